// A content pack: what hub staff may change without a developer (the home's "did you know" facts with their
// sources, an agenda of hub events, the training routes' providers, next start dates and links, the highlighted
// roles, and the games a site or mode offers in their order). One schema for the bundled default pack, the collector's
// drafts and published packs, the dashboard's editor and a pack taken from a USB stick.
//
// A pack holds staff-written texts and our own ids only: every object is strict (no field can be added), so a pack
// cannot carry visitor data. Texts are per language; a draft may miss some, a published pack may not.

import { z } from '../zod';
import { MODES, siteLabelSchema } from '../config/deviceConfig';
import { LANGUAGES, type Language } from '../i18n/languages';
import { GAME_IDS, ROLE_IDS, ROUTE_IDS } from '../ids';
import { BUILT_IN_PACK_VERSION, CONTENT_PACK_FORMAT } from './packFormat';

export { BUILT_IN_PACK_VERSION, CONTENT_PACK_FORMAT };

export const CONTENT_LIMITS = {
  facts: { min: 1, max: 6 },
  agenda: { max: 12 },
  highlightedRoles: { max: 6 },
  factFigure: 24,
  factText: 200,
  factSource: 120,
  agendaTitle: 80,
  agendaText: 280,
  agendaPlace: 80,
  routeNote: 200,
  provider: 80,
  link: 500,
} as const;

/** A staff-chosen id inside a pack ("open-day-march"), stable across versions so the editor can track an entry. */
const entryId = z
  .string()
  .check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by "-"'));

/** A calendar day, "YYYY-MM-DD", in the hub's time zone. */
export const calendarDaySchema = z.iso.date();

/** A public web page (a QR code points to it): https only, no credentials in it. */
export const publicLinkSchema = z
  .string()
  .check(
    z.maxLength(CONTENT_LIMITS.link),
    z.regex(/^https:\/\/[^\s'"<>]+$/, 'must be an https:// link'),
    z.refine((text) => URL.canParse(text) && new URL(text).username === '' && new URL(text).password === '', 'must be a valid https link without a user name or password'),
  );

/** A staff-written text, trimmed, not empty, at most maxLength characters. */
function trimmedText(maxLength: number) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(maxLength));
}

/** A text in some or all languages; which ones are required is the pack's `languages`. */
export function localizedText(maxLength: number) {
  return z.partialRecord(z.enum(LANGUAGES), trimmedText(maxLength));
}
export type LocalizedText = Partial<Record<Language, string>>;

export const factSchema = z.strictObject({
  id: entryId,
  /** The figure in large type ("2 400", "1 sur 5", "30 %"), written per language with its own number format. */
  figure: localizedText(CONTENT_LIMITS.factFigure),
  text: localizedText(CONTENT_LIMITS.factText),
  /** "Source : L'Echo, 2021": every fact names where it comes from. */
  source: localizedText(CONTENT_LIMITS.factSource),
});
export type Fact = z.infer<typeof factSchema>;

export const agendaEntrySchema = z.strictObject({
  id: entryId,
  date: calendarDaySchema,
  /** The last day of an event over several days; null for one day. */
  endDate: z.nullable(calendarDaySchema),
  place: localizedText(CONTENT_LIMITS.agendaPlace),
  title: localizedText(CONTENT_LIMITS.agendaTitle),
  text: localizedText(CONTENT_LIMITS.agendaText),
  /** Shown as a QR code; null when the event has no page. */
  link: z.nullable(publicLinkSchema),
});
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

/** What staff may say about one training route of the explorer (the route itself stays in the app's data). */
export const routeNoticeSchema = z.strictObject({
  routeId: z.enum(ROUTE_IDS),
  /** Schools and centres that teach it (proper names, the same in every language). */
  providers: z.array(trimmedText(CONTENT_LIMITS.provider)).check(z.maxLength(8)),
  /** The next start (first day of the next intake); null when unknown. */
  nextStart: z.nullable(calendarDaySchema),
  /** The provider's page for this route (shown as a QR code); null for none. */
  link: z.nullable(publicLinkSchema),
  /** A short note ("places left", "information session first"); null for none. */
  note: z.nullable(localizedText(CONTENT_LIMITS.routeNote)),
});
export type RouteNotice = z.infer<typeof routeNoticeSchema>;

function noRepeats<T>(list: readonly T[]): boolean {
  return new Set(list).size === list.length;
}

/** The editable content of a pack (a draft holds this with texts possibly missing in some languages). */
export const packContentSchema = z
  .strictObject({
    facts: z.array(factSchema).check(z.minLength(CONTENT_LIMITS.facts.min), z.maxLength(CONTENT_LIMITS.facts.max)),
    agenda: z.array(agendaEntrySchema).check(z.maxLength(CONTENT_LIMITS.agenda.max)),
    routes: z.array(routeNoticeSchema).check(z.maxLength(ROUTE_IDS.length)),
    highlightedRoles: z.array(z.enum(ROLE_IDS)).check(z.maxLength(CONTENT_LIMITS.highlightedRoles.max)),
    /** The games offered, in hub order; null leaves it to the device's own settings (as the built-in pack does). */
    games: z.nullable(z.array(z.enum(GAME_IDS)).check(z.minLength(1))),
  })
  .check(
    z.superRefine((content, context) => {
    const unique = (list: readonly string[], path: string) => {
      if (!noRepeats(list)) context.addIssue({ code: 'custom', path: [path], message: 'must not list the same id twice' });
    };
    unique(content.facts.map((fact) => fact.id), 'facts');
    unique(content.agenda.map((entry) => entry.id), 'agenda');
    unique(content.routes.map((route) => route.routeId), 'routes');
    unique(content.highlightedRoles, 'highlightedRoles');
    if (content.games !== null) unique(content.games, 'games');
    content.agenda.forEach((entry, index) => {
      if (entry.endDate !== null && entry.endDate < entry.date) {
        context.addIssue({ code: 'custom', path: ['agenda', index, 'endDate'], message: 'must not be before the first day' });
      }
    });
    }),
  );
export type PackContent = z.infer<typeof packContentSchema>;

/** Which devices a published pack is for; a site's pack wins over a mode's, which wins over the one for all. */
export const packTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('site'), site: siteLabelSchema }),
  z.strictObject({ kind: z.literal('mode'), mode: z.enum(MODES) }),
]);
export type PackTarget = z.infer<typeof packTargetSchema>;

export const packLanguagesSchema = z.array(z.enum(LANGUAGES)).check(z.minLength(1), z.refine(noRepeats, 'must not list a language twice'));

/** Where one text is missing: the editor flags it, and publishing is refused while any is. */
export interface MissingText {
  /** e.g. ["facts", 0, "text"] or ["agenda", 1, "title"]. */
  path: readonly (string | number)[];
  language: Language;
}

/** Every text of the content that lacks one of the required languages. */
export function missingTexts(content: PackContent, languages: readonly Language[]): MissingText[] {
  const missing: MissingText[] = [];
  const check = (text: LocalizedText | null, path: readonly (string | number)[]) => {
    if (text === null) return;
    for (const language of languages) if (text[language] === undefined) missing.push({ path, language });
  };
  content.facts.forEach((fact, index) => {
    check(fact.figure, ['facts', index, 'figure']);
    check(fact.text, ['facts', index, 'text']);
    check(fact.source, ['facts', index, 'source']);
  });
  content.agenda.forEach((entry, index) => {
    check(entry.place, ['agenda', index, 'place']);
    check(entry.title, ['agenda', index, 'title']);
    check(entry.text, ['agenda', index, 'text']);
  });
  content.routes.forEach((route, index) => check(route.note, ['routes', index, 'note']));
  return missing;
}

/** A pack as published (and signed) by the collector, or built into the app (version 0). */
export const contentPackSchema = z
  .strictObject({
    format: z.literal(CONTENT_PACK_FORMAT),
    version: z.int().check(z.gte(BUILT_IN_PACK_VERSION), z.lte(Number.MAX_SAFE_INTEGER)),
    target: packTargetSchema,
    /** When the collector published it (ISO 8601, UTC); null for the built-in pack. */
    publishedAt: z.nullable(z.iso.datetime()),
    /** The languages every text of this pack has. */
    languages: packLanguagesSchema,
    content: packContentSchema,
  })
  .check(
    z.superRefine((pack, context) => {
      for (const { path, language } of missingTexts(pack.content, pack.languages)) {
        context.addIssue({ code: 'custom', path: ['content', ...path], message: `is missing its ${language} text` });
      }
    }),
  );
export type ContentPack = z.infer<typeof contentPackSchema>;

/** Whether a pack published for `target` applies to a device of this site and mode. */
export function targetMatches(target: PackTarget, device: { siteLabel: string; mode: (typeof MODES)[number] }): boolean {
  if (target.kind === 'all') return true;
  if (target.kind === 'mode') return target.mode === device.mode;
  // Site labels are typed by people at different places: compare them without regard to case.
  return target.site.toLocaleLowerCase('fr') === device.siteLabel.trim().toLocaleLowerCase('fr');
}
