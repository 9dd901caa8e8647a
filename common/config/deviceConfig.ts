// The device configuration: how one installation (a hall kiosk, a classroom laptop, a fair stand) is set up.
// Electron keeps it in userData/config.json; the web host reads config.json beside index.html.
// Parsing never throws: a bad field falls back to its default and is reported as a problem naming the field,
// so a broken file can never stop a kiosk from starting.

import { z } from '../zod';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages';
import { GAME_IDS } from '../ids';
import { contentKeySchema } from '../content/contentKey';
import { PIN_HASH_ALGORITHM, PIN_MAX_ITERATIONS, PIN_MIN_ITERATIONS } from './pinHash';

export const MODES = ['kiosk', 'classroom', 'event'] as const;
export type Mode = (typeof MODES)[number];

/** The collector's release channels a kiosk follows for its updates (collector/releases/rollout.ts). */
export const UPDATE_CHANNELS = ['stable', 'pilot'] as const;
export type UpdateChannel = (typeof UPDATE_CHANNELS)[number];

/** A time of day, 24-hour "HH:MM", local time of the device. */
const timeOfDay = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as "HH:MM" (24-hour), e.g. "02:30"'));

/** Idle time before the "still there?" countdown, per mode; null means never (a teacher's classroom). */
export const DEFAULT_IDLE_TIMEOUT_SECONDS: Record<Mode, number | null> = {
  kiosk: 90,
  classroom: null,
  event: 60,
};

/**
 * Where QR codes point until staff set the hub's own page: the only public page about the hub in our sources
 * (BioWin's announcement, shared/content/sector.md).
 */
export const DEFAULT_HUB_PAGE_URL = 'https://biowin.org/fr/2021/06/30/feu-vert-pour-le-eu-biotech-school-health-hub-a-gosselies-2/';

/** Staff-chosen names such as "Hall A" or "Salon SIEP Mons": letters, digits and simple punctuation only. */
export const siteLabelSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(60, 'must be at most 60 characters'),
    z.regex(/^[\p{L}\p{N} .,'()&/+-]+$/u, 'may contain only letters, digits, spaces and . , \' ( ) & / + -'),
  );

/** An http(s) address a browser can open (the hub's page, the collector). */
const httpUrl = z
  .string()
  .check(
    z.maxLength(2048),
    z.regex(/^https?:\/\/[^\s;,'"]+$/, 'must be an http(s) URL'),
    z.refine((text) => URL.canParse(text), 'must be a valid URL'),
  );

/** Each field's own schema, for documents that carry some of a device's settings (remoteSettings.ts). */
export const deviceConfigFieldSchemas = {
  mode: z.enum(MODES),
  siteLabel: siteLabelSchema,
  enabledLanguages: z
    .array(z.enum(LANGUAGES))
    .check(
      z.minLength(1, 'must list at least one language'),
      z.refine((list) => new Set(list).size === list.length, 'must not list a language twice'),
    ),
  defaultLanguage: z.enum(LANGUAGES),
  idleTimeoutSeconds: z.nullable(z.number().check(z.int(), z.gte(20), z.lte(3600))),
  /** Games offered, in hub order; games not built yet are simply not shown. */
  enabledGames: z.array(z.enum(GAME_IDS)).check(z.refine((list) => new Set(list).size === list.length, 'must not list a game twice')),
  /** The admin PIN as a salted slow hash (never the PIN itself); null until the set-up wizard has run. */
  adminPin: z.nullable(
    z.strictObject({
      algorithm: z.literal(PIN_HASH_ALGORITHM),
      iterations: z.number().check(z.int(), z.gte(PIN_MIN_ITERATIONS), z.lte(PIN_MAX_ITERATIONS)),
      salt: z.string().check(z.regex(/^[A-Za-z0-9+/]{16,}={0,2}$/, 'must be base64')),
      hash: z.string().check(z.regex(/^[A-Za-z0-9+/]{40,}={0,2}$/, 'must be base64')),
    }),
  ),
  /** The hub's public page that take-home QR codes point to (a role and start profile are added as parameters). */
  hubPageUrl: httpUrl,
  /** The hub's collector (https in production); null: this device keeps its events until exported or enrolled. */
  collectorUrl: z.nullable(httpUrl),
  /**
   * Received once from the collector at enrolment (or a class code); sent as a Bearer token with every batch. Never
   * in the web host's public config.json, which refuses it.
   */
  deviceToken: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a device token from enrolment'))),
  /**
   * The collector's public key for content packs (common/content/signedPack.ts), learned at enrolment or from a class
   * code, or written here by IT; null: the device takes no pack and shows the content built into the app. A public
   * key is no secret, so a web host's public config.json may hold it.
   */
  contentKey: z.nullable(contentKeySchema),
  /** The collector's release channel this kiosk updates from: stable, or pilot for a test kiosk. */
  updateChannel: z.enum(UPDATE_CHANNELS, 'must be "stable" or "pilot"'),
  /**
   * When staff allow a downloaded update to be installed (the kiosk restarts, about a minute), local time; `to`
   * before `from` crosses midnight. Null: between two visitors, once the attract screen has shown for a while.
   * Never during a visit either way.
   */
  updateQuietWindow: z.nullable(
    z.strictObject({ from: timeOfDay, to: timeOfDay }).check(z.refine((window) => window.from !== window.to, 'from and to must differ')),
  ),
} as const;

const fieldSchemas = deviceConfigFieldSchemas;

export const deviceConfigSchema = z.strictObject(fieldSchemas);
export type DeviceConfig = z.infer<typeof deviceConfigSchema>;
export type DeviceConfigField = keyof typeof fieldSchemas;

export function defaultDeviceConfig(mode: Mode = 'kiosk'): DeviceConfig {
  return {
    mode,
    siteLabel: 'Biotech Hub',
    enabledLanguages: [...LANGUAGES],
    defaultLanguage: DEFAULT_LANGUAGE,
    idleTimeoutSeconds: DEFAULT_IDLE_TIMEOUT_SECONDS[mode],
    enabledGames: [...GAME_IDS],
    adminPin: null,
    hubPageUrl: DEFAULT_HUB_PAGE_URL,
    collectorUrl: null,
    deviceToken: null,
    contentKey: null,
    updateChannel: 'stable',
    updateQuietWindow: null,
  };
}

export type AdminPinHash = NonNullable<DeviceConfig['adminPin']>;

/** public-token: the web host's public config.json held a device token, which was ignored (renderer/host/webHost.ts). */
export type ConfigProblemCode = 'unreadable' | 'not-an-object' | 'invalid-field' | 'unknown-field' | 'public-token';

/** One thing wrong with a config file, for the admin: which field, and why (English detail for IT logs). */
export interface ConfigProblem {
  readonly code: ConfigProblemCode;
  /** The field the problem is about; absent when the whole file is unusable. */
  readonly field?: string;
  readonly detail: string;
}

export interface ParsedDeviceConfig {
  readonly config: DeviceConfig;
  readonly problems: readonly ConfigProblem[];
}

const FIELD_NAMES = Object.keys(fieldSchemas) as DeviceConfigField[];

/**
 * Turns whatever was in a config file into a usable config. Valid fields are kept, invalid or missing ones take the
 * default for the (valid or default) mode, and every deviation except a missing field is reported.
 */
export function parseDeviceConfig(raw: unknown): ParsedDeviceConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      config: defaultDeviceConfig(),
      problems: [{ code: 'not-an-object', detail: 'the file must contain one JSON object' }],
    };
  }
  const input = raw as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(input)) {
    if (!(FIELD_NAMES as string[]).includes(key)) {
      problems.push({ code: 'unknown-field', field: key, detail: 'this setting does not exist and was ignored' });
    }
  }

  const modeResult = fieldSchemas.mode.safeParse(input.mode);
  const defaults = defaultDeviceConfig(modeResult.success ? modeResult.data : 'kiosk');
  const config: Record<string, unknown> = { ...defaults };
  for (const field of FIELD_NAMES) {
    if (!(field in input)) continue;
    const result = fieldSchemas[field].safeParse(input[field]);
    if (result.success) {
      config[field] = result.data;
    } else {
      problems.push({ code: 'invalid-field', field, detail: result.error.issues[0]?.message ?? 'invalid value' });
    }
  }

  const parsed = deviceConfigSchema.parse(config);
  if (!parsed.enabledLanguages.includes(parsed.defaultLanguage)) {
    problems.push({
      code: 'invalid-field',
      field: 'defaultLanguage',
      detail: 'must be one of the enabled languages',
    });
    parsed.defaultLanguage = parsed.enabledLanguages[0] as Language;
  }
  return { config: parsed, problems };
}

/** Parses the text of a config file; unreadable JSON gives the defaults and one problem. */
export function parseDeviceConfigText(text: string): ParsedDeviceConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      config: defaultDeviceConfig(),
      problems: [{ code: 'unreadable', detail: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return parseDeviceConfig(raw);
}
