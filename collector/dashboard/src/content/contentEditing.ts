// The content editor's pure steps on a pack's content (common/content/contentPack.ts): a starting content for a target
// with nothing saved or published yet, new entries with ids of their own, moving and removing entries, writing one
// language of a text, and finding what is missing or wrong at a field. The page and its forms only call these, so
// every rule is tested without a browser.

import { GAME_IDS, ROUTE_IDS, type GameId } from '../../../../common/ids';
import { LANGUAGES, type Language } from '../../../../common/i18n/languages';
import type { AgendaEntry, Fact, LocalizedText, MissingText, PackContent, RouteNotice } from '../../../../common/content/contentPack';

/** A field's place in the content, as the schema's paths give it: ["facts", 0, "text"]. */
export type FieldPath = readonly (string | number)[];

/** The id of a field's element (and of its language inputs with `-fr`...), so a problem can link to it. */
export function fieldId(path: FieldPath, language?: Language): string {
  return ['content', ...path.map(String), ...(language === undefined ? [] : [language])].join('-');
}

/** The content staff start from when nothing is saved or published for the target (one fact is required). */
export function starterContent(): PackContent {
  return { facts: [emptyFact([])], agenda: [], routes: [], highlightedRoles: [], games: null };
}

/** "fact-3": the prefix and the smallest number no entry uses yet. */
export function freshId(prefix: string, used: readonly string[]): string {
  let number = used.length + 1;
  while (used.includes(`${prefix}-${number}`)) number += 1;
  return `${prefix}-${number}`;
}

export function emptyFact(facts: readonly Fact[]): Fact {
  return { id: freshId('fact', facts.map((fact) => fact.id)), figure: {}, text: {}, source: {} };
}

export function emptyAgendaEntry(agenda: readonly AgendaEntry[], today: string): AgendaEntry {
  return { id: freshId('event', agenda.map((entry) => entry.id)), date: today, endDate: null, place: {}, title: {}, text: {}, link: null };
}

/** A notice for the first route that has none yet; null when every route has one. */
export function emptyRouteNotice(routes: readonly RouteNotice[]): RouteNotice | null {
  const free = ROUTE_IDS.find((routeId) => !routes.some((notice) => notice.routeId === routeId));
  return free === undefined ? null : { routeId: free, providers: [], nextStart: null, link: null, note: null };
}

/** The list with the entry at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveEntry<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const moved = [...list];
  [moved[index], moved[to]] = [moved[to]!, moved[index]!];
  return moved;
}

export function withoutEntry<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

export function replaceEntry<T>(list: readonly T[], index: number, entry: T): T[] {
  return list.map((current, at) => (at === index ? entry : current));
}

/** One language of a text written; an empty or blank value removes that language (it is then missing). */
export function withLanguage(text: LocalizedText, language: Language, value: string): LocalizedText {
  const next: LocalizedText = { ...text };
  if (value.trim() === '') delete next[language];
  else next[language] = value;
  return next;
}

/**
 * A day as staff read it in the dashboard's language ("mercredi 10 mars 2027"): a date field shows the browser's own
 * format, which may be another language's; null for an empty or impossible day.
 */
export function readableDay(day: string | null, language: string): string | null {
  if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(at);
}

function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

/** The required languages a text at `path` lacks, in the order of LANGUAGES. */
export function missingAt(missing: readonly MissingText[], path: FieldPath): Language[] {
  const languages = new Set(missing.filter((entry) => samePath(entry.path, path)).map((entry) => entry.language));
  return LANGUAGES.filter((language) => languages.has(language));
}

/** A problem the schema found, for the field it names (or the nearest enclosing one the editor shows). */
export interface FieldProblem {
  readonly path: FieldPath;
  readonly message: string;
}

/** The problems at a field or inside it (a language of a text is inside the text). */
export function problemsAt(problems: readonly FieldProblem[], path: FieldPath): FieldProblem[] {
  return problems.filter((problem) => problem.path.length >= path.length && path.every((part, index) => problem.path[index] === part));
}

/** The games chosen, or every game in the app's order when the pack leaves them to the device. */
export function gamesOrDefault(games: readonly GameId[] | null): GameId[] {
  return games === null ? [...GAME_IDS] : [...games];
}

/** A text in the preview language, or null when that language is missing. */
export function textIn(text: LocalizedText | null, language: Language): string | null {
  return text?.[language]?.trim() || null;
}
