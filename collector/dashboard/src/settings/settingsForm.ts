// The remote-settings editor's form (SettingsEditor.tsx) as plain data: read from a target's saved document, turned
// back into the values the collector checks (common/config/remoteSettings.ts). A field left unticked is not set from
// the hub; games keep the hub's order whatever order staff ticked them in. Pure, so it is unit-tested.

import { defaultDeviceConfig, type Mode } from '../../../../common/config/deviceConfig';
import { REMOTE_SETTING_FIELDS, type RemoteSettingField, type RemoteSettingValues, type SaveRemoteSettingsRequest, type RemoteSettingsTarget, type StoredRemoteSettings } from '../../../../common/config/remoteSettings';
import { GAME_IDS, type GameId } from '../../../../common/ids';
import { LANGUAGES, type Language } from '../../../../common/i18n/languages';

export interface SettingsForm {
  /** Which fields the hub sets for this target. */
  readonly set: Readonly<Record<RemoteSettingField, boolean>>;
  readonly mode: Mode;
  readonly enabledLanguages: readonly Language[];
  readonly defaultLanguage: Language;
  /** As typed in the number field. */
  readonly idleSeconds: string;
  /** No return to the home at all (classrooms). */
  readonly idleNever: boolean;
  readonly enabledGames: readonly GameId[];
  readonly hubPageUrl: string;
  readonly requirePinChange: boolean;
}

/** The form for a target's saved document, or for a target with none (nothing set, a kiosk's defaults to start from). */
export function formOf(saved: StoredRemoteSettings | null): SettingsForm {
  const base = defaultDeviceConfig('kiosk');
  const values = saved?.values ?? {};
  const idle = values.idleTimeoutSeconds === undefined ? base.idleTimeoutSeconds : values.idleTimeoutSeconds;
  const set = Object.fromEntries(REMOTE_SETTING_FIELDS.map((field) => [field, values[field] !== undefined])) as Record<RemoteSettingField, boolean>;
  return {
    set,
    mode: values.mode ?? base.mode,
    enabledLanguages: values.enabledLanguages ?? base.enabledLanguages,
    defaultLanguage: values.defaultLanguage ?? base.defaultLanguage,
    idleSeconds: idle === null ? String(base.idleTimeoutSeconds) : String(idle),
    idleNever: idle === null,
    enabledGames: values.enabledGames ?? base.enabledGames,
    hubPageUrl: values.hubPageUrl ?? base.hubPageUrl,
    requirePinChange: saved?.pinChangeRequestedAt != null,
  };
}

/** A whole number of seconds as typed; anything else is sent as typed, so the collector names the problem. */
function seconds(typed: string): number | string {
  const trimmed = typed.trim();
  return /^[0-9]{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The save request for `target` (values unchecked here: the collector is the judge and says what is wrong). */
export function requestOf(target: RemoteSettingsTarget, form: SettingsForm): SaveRemoteSettingsRequest {
  const values: Record<string, unknown> = {};
  if (form.set.mode) values.mode = form.mode;
  if (form.set.enabledLanguages) values.enabledLanguages = LANGUAGES.filter((language) => form.enabledLanguages.includes(language));
  if (form.set.defaultLanguage) values.defaultLanguage = form.defaultLanguage;
  if (form.set.idleTimeoutSeconds) values.idleTimeoutSeconds = form.idleNever ? null : seconds(form.idleSeconds);
  if (form.set.enabledGames) values.enabledGames = GAME_IDS.filter((game) => form.enabledGames.includes(game));
  if (form.set.hubPageUrl) values.hubPageUrl = form.hubPageUrl.trim();
  return { target, values: values as RemoteSettingValues, requirePinChange: form.requirePinChange };
}

/** The field a refused value belongs to ("values.idleTimeoutSeconds" → idleTimeoutSeconds), else null. */
export function fieldOfIssue(path: string): RemoteSettingField | null {
  const [first, second] = path.split('.');
  const field = first === 'values' ? second : first;
  return (REMOTE_SETTING_FIELDS as readonly string[]).includes(field ?? '') ? (field as RemoteSettingField) : null;
}
