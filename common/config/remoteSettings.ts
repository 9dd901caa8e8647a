// Remote settings: the device settings hub staff may set from the dashboard, for a whole site or for one device,
// instead of walking to each kiosk. The collector keeps one document per target; a device asks for its own during
// sync and gets the site's values with its own device's values on top. It applies them between visitors only, and a
// setting staff later change at the kiosk itself stays as a local override (reported, never hidden) until the hub
// changes that same setting again. The PIN never travels: staff can only ask that the kiosk's PIN be changed.
//
// Devices (Bearer device token; class tokens get 204):
//   GET /v1/settings   If-None-Match: "<revision>"
//       200 RemoteSettings (ETag "<revision>") · 304 unchanged · 204 nothing set for this device (keep what it has)
// Staff (the dashboard's session, like the other /api/ routes):
//   GET /api/settings                    → RemoteSettingsOverview: every target with its document
//   PUT /api/settings                      SaveRemoteSettingsRequest → StoredRemoteSettings

import { z } from '../zod';
import { siteLabelSchema, deviceConfigFieldSchemas, type DeviceConfig } from './deviceConfig';

export const REMOTE_SETTINGS_PATHS = {
  deviceFetch: '/v1/settings',
  staff: '/api/settings',
} as const;

/** The settings the hub may set from afar, in the order the dashboard shows them. Never the PIN, site or tokens. */
export const REMOTE_SETTING_FIELDS = ['mode', 'enabledLanguages', 'defaultLanguage', 'idleTimeoutSeconds', 'enabledGames', 'hubPageUrl'] as const;
export type RemoteSettingField = (typeof REMOTE_SETTING_FIELDS)[number];

/** Why a device did not use a document from the hub: it is not valid settings, or the device could not save the result. */
export const SETTINGS_REFUSALS = ['invalid', 'not-saved'] as const;
export type SettingsRefusal = (typeof SETTINGS_REFUSALS)[number];

/** Some or all of the remote settings; a field left out is not set from afar (the device keeps its own). */
export const remoteSettingValuesSchema = z
  .strictObject({
    mode: z.optional(deviceConfigFieldSchemas.mode),
    enabledLanguages: z.optional(deviceConfigFieldSchemas.enabledLanguages),
    defaultLanguage: z.optional(deviceConfigFieldSchemas.defaultLanguage),
    idleTimeoutSeconds: z.optional(deviceConfigFieldSchemas.idleTimeoutSeconds),
    enabledGames: z.optional(deviceConfigFieldSchemas.enabledGames),
    hubPageUrl: z.optional(deviceConfigFieldSchemas.hubPageUrl),
  })
  .check(
    z.refine(
      (values) => values.defaultLanguage === undefined || values.enabledLanguages === undefined || values.enabledLanguages.includes(values.defaultLanguage),
      { message: 'the default language must be one of the enabled languages', path: ['defaultLanguage'] },
    ),
  );
export type RemoteSettingValues = z.infer<typeof remoteSettingValuesSchema>;

/** Whom a document is for: every device of a site (labels compared without regard to case) or one device. */
export const remoteSettingsTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('site'), site: siteLabelSchema }),
  z.strictObject({ kind: z.literal('device'), deviceId: z.uuid() }),
]);
export type RemoteSettingsTarget = z.infer<typeof remoteSettingsTargetSchema>;

/** A target as one string for query parameters and keys: "site:Hall B", "device:<uuid>". */
export function remoteSettingsTargetKey(target: RemoteSettingsTarget): string {
  return target.kind === 'site' ? `site:${target.site}` : `device:${target.deviceId}`;
}

/** What a device receives: the merged values and the newest open request to change the PIN. */
export const remoteSettingsSchema = z.strictObject({
  /** Grows with every change staff save for this device's site or the device itself; sent back as If-None-Match. */
  revision: z.int().check(z.gte(1), z.lte(Number.MAX_SAFE_INTEGER)),
  values: remoteSettingValuesSchema,
  /**
   * Set while staff ask for the kiosk's PIN to be changed: the collector's time of that request (epoch ms). The
   * device compares it only with the request it last satisfied, never with its own clock.
   */
  pinChangeRequestedAt: z.nullable(z.int().check(z.gte(0), z.lte(8_640_000_000_000_000))),
});
export type RemoteSettings = z.infer<typeof remoteSettingsSchema>;

export const saveRemoteSettingsRequestSchema = z.strictObject({
  target: remoteSettingsTargetSchema,
  values: remoteSettingValuesSchema,
  requirePinChange: z.boolean(),
});
export type SaveRemoteSettingsRequest = z.infer<typeof saveRemoteSettingsRequestSchema>;

/** One target's document as the collector keeps it (saving an empty document clears a target; rows stay). */
export interface StoredRemoteSettings {
  target: RemoteSettingsTarget;
  values: RemoteSettingValues;
  /** The collector-wide sequence number of this save; a device's revision is the larger of its site's and its own. */
  version: number;
  /** While set, the time of the save that asked for a PIN change. */
  pinChangeRequestedAt: number | null;
  savedAt: string;
  savedBy: string;
}

export interface RemoteSettingsOverview {
  targets: StoredRemoteSettings[];
}

/** The ETag of a device's settings: its revision, quoted. */
export function settingsEtag(revision: number): string {
  return `"${revision}"`;
}

/**
 * What a device gets from its site's document and its own: the device's values win field by field, the revision is
 * the newer of the two versions, and a PIN request from either stands (the newer one). Null when neither exists.
 */
export function mergeRemoteSettings(site: StoredRemoteSettings | null, device: StoredRemoteSettings | null): RemoteSettings | null {
  if (site === null && device === null) return null;
  const values: RemoteSettingValues = { ...(site?.values ?? {}), ...(device?.values ?? {}) };
  // A device's own languages may leave out the site's default language: the device's list wins, so its first one.
  if (values.enabledLanguages !== undefined && values.defaultLanguage !== undefined && !values.enabledLanguages.includes(values.defaultLanguage)) {
    values.defaultLanguage = values.enabledLanguages[0]!;
  }
  const requests = [site?.pinChangeRequestedAt ?? null, device?.pinChangeRequestedAt ?? null].filter((at): at is number => at !== null);
  return {
    revision: Math.max(site?.version ?? 0, device?.version ?? 0),
    values,
    pinChangeRequestedAt: requests.length === 0 ? null : Math.max(...requests),
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Applies received settings to a device's config. A field is taken when the hub set it for the first time or changed
 * it since the settings last applied (`previous`); a field the hub did not change keeps the kiosk's own value, so a
 * local override survives until the hub changes that same setting. A field the hub stopped setting keeps its value.
 */
export function applyRemoteSettings(config: DeviceConfig, incoming: RemoteSettings, previous: RemoteSettings | null): { config: DeviceConfig; applied: RemoteSettingField[] } {
  const next: Record<string, unknown> = { ...config };
  const applied: RemoteSettingField[] = [];
  for (const field of REMOTE_SETTING_FIELDS) {
    const value = incoming.values[field];
    if (value === undefined) continue;
    if (previous !== null && sameValue(previous.values[field], value)) continue;
    if (sameValue(config[field], value)) continue;
    next[field] = value;
    applied.push(field);
  }
  const result = next as DeviceConfig;
  if (!result.enabledLanguages.includes(result.defaultLanguage)) result.defaultLanguage = result.enabledLanguages[0]!;
  return { config: result, applied };
}

/** The settings the hub set that the kiosk now has otherwise: changed by staff at the kiosk since they applied. */
export function localOverrides(config: DeviceConfig, applied: RemoteSettings | null): RemoteSettingField[] {
  if (applied === null) return [];
  return REMOTE_SETTING_FIELDS.filter((field) => applied.values[field] !== undefined && !sameValue(applied.values[field], config[field]));
}

/** True while the hub asks for a PIN change this kiosk has not made yet. */
export function pinChangePending(applied: RemoteSettings | null, satisfiedRequestAt: number | null): boolean {
  return applied !== null && applied.pinChangeRequestedAt !== null && applied.pinChangeRequestedAt !== satisfiedRequestAt;
}
