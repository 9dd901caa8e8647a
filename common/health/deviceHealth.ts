// The health report a device sends with each sync (POST /v1/health): the state of the device itself, never of its
// visitors. Every field is an enum, a count, a time, a boolean or a version matching the semantic-version pattern,
// and the objects are strict, so a report that carries anything else (a name, free text, an extra field) is refused
// whole: the schema makes it impossible to send a person's data this way.

import { z } from '../zod';
import { SEMVER_PATTERN } from '../events/envelope';
import { PACK_REFUSALS } from '../content/signedPack';
import { REMOTE_SETTING_FIELDS, SETTINGS_REFUSALS } from '../config/remoteSettings';

export const HEALTH_HOSTS = ['electron', 'web'] as const;

/** Where the content on screen comes from: the pack built into the app, the collector (sync) or a file (USB). */
export const CONTENT_PACK_SOURCES = ['built-in', 'collector', 'file'] as const;

/** The engagement log's warnings, as the admin panel shows them (renderer/telemetry/problems.ts). */
export const STORAGE_WARNINGS = [
  'storage-unavailable',
  'cap-reached',
  'near-cap',
  'quota-exceeded',
  'write-failed',
  'corrupt-records',
  'store-recovered',
  'journal-failed',
] as const;
export type StorageWarning = (typeof STORAGE_WARNINGS)[number];

const count = z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));
const version = z.string().check(z.maxLength(64), z.regex(SEMVER_PATTERN, 'must be a semantic version'));
/** Epoch milliseconds on the device's clock. */
const time = z.number().check(z.int(), z.gte(0), z.lte(8_640_000_000_000_000));

/** The content pack shown (version 0: built in) and the last pack refused since the last report (its reason only). */
export const contentPackStateSchema = z.strictObject({
  source: z.enum(CONTENT_PACK_SOURCES),
  version: z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
  refusal: z.nullable(z.enum(PACK_REFUSALS)),
});
export type ContentPackState = z.infer<typeof contentPackStateSchema>;

/** What devices from before content packs send: always the built-in content, named by the app's version. */
export const legacyContentPackSchema = z.strictObject({ source: z.literal('built-in'), version });

/**
 * The hub's remote settings on this device (common/config/remoteSettings.ts): the revision applied (0: none), the
 * settings staff changed at the kiosk since (local overrides), whether a PIN change the hub asked for is still due,
 * and why the last document from the hub was not used, until a valid one comes (its reason only, never its details).
 */
export const remoteSettingsStateSchema = z.strictObject({
  revision: count,
  localOverrides: z.array(z.enum(REMOTE_SETTING_FIELDS)).check(z.maxLength(REMOTE_SETTING_FIELDS.length)),
  pinChangePending: z.boolean(),
  refusal: z.nullable(z.enum(SETTINGS_REFUSALS)),
});
export type RemoteSettingsState = z.infer<typeof remoteSettingsStateSchema>;

const reportFields = {
  appVersion: version,
  contentPack: contentPackStateSchema,
  settings: remoteSettingsStateSchema,
  host: z.enum(HEALTH_HOSTS),
  /** The device's last sync the collector acknowledged before this report, or null if none yet. */
  lastSuccessfulSyncAt: z.nullable(time),
  /** Events recorded and waiting for the collector. */
  pendingEvents: count,
  /** Events never recorded because the log was full (since installation). */
  missedEvents: count,
  storage: z.strictObject({
    warnings: z.array(z.enum(STORAGE_WARNINGS)).check(z.maxLength(STORAGE_WARNINGS.length)),
    /** Times the browser discarded the log and it was restored from the journal (since installation). */
    recoveries: count,
  }),
  /** Renderer crashes and hangs since the last acknowledged report; null where the host cannot know (a browser tab). */
  renderer: z.nullable(z.strictObject({ crashes: count, hangs: count })),
  /** Free storage for the app in bytes where the host knows it, else null. */
  freeStorageBytes: z.nullable(count),
};

/** The report a device of this version sends. */
export const deviceHealthReportSchema = z.strictObject(reportFields);
export type DeviceHealthReport = z.infer<typeof deviceHealthReportSchema>;

/** A report as the collector accepts and keeps it: from this version, or from a device not updated yet. */
export const deviceHealthSchema = z.strictObject({
  ...reportFields,
  contentPack: z.union([contentPackStateSchema, legacyContentPackSchema]),
  // Devices from before remote settings do not send it, and the first ones with them sent no refusal.
  settings: z.optional(z.strictObject({ ...remoteSettingsStateSchema.shape, refusal: z.optional(remoteSettingsStateSchema.shape.refusal) })),
});
export type DeviceHealth = z.infer<typeof deviceHealthSchema>;
