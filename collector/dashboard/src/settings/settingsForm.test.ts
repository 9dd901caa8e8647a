// The remote-settings editor's form: read from a saved document, turned back into the request the collector checks
// (unticked fields left out, languages and games in the hub's order, "never" as null, a bad number sent as typed so
// the collector names it), the refused fields found from the collector's issue paths, and the devices page's
// revision and site list read from the overview.

import { describe, expect, it } from 'vitest';
import { REMOTE_SETTINGS_PATHS, remoteSettingValuesSchema, type StoredRemoteSettings } from '../../../../common/config/remoteSettings';
import { SETTINGS_OVERVIEW_PATH } from '../api';
import { fieldOfIssue, formOf, requestOf } from './settingsForm';
import { newestRevisionFor, settingsSites, siteSettings } from './settingsRevision';

const DEVICE = '3f1c1a52-7a0e-4b1e-9f51-2d3c4b5a6e7f';

function stored(change: Partial<StoredRemoteSettings>): StoredRemoteSettings {
  return { target: { kind: 'site', site: 'Hall B' }, values: {}, version: 1, pinChangeRequestedAt: null, savedAt: '2026-12-04T10:00:00.000Z', savedBy: 'marie', ...change };
}

describe('the settings form', () => {
  it('sends nothing set for a target with no document, and only the PIN request when ticked', () => {
    const form = formOf(null);
    expect(Object.values(form.set).every((on) => !on)).toBe(true);
    expect(requestOf({ kind: 'site', site: 'Hall B' }, form)).toEqual({ target: { kind: 'site', site: 'Hall B' }, values: {}, requirePinChange: false });
    expect(requestOf({ kind: 'device', deviceId: DEVICE }, { ...form, requirePinChange: true }).requirePinChange).toBe(true);
  });

  it('gives back a saved document unchanged, and keeps the hub order of languages and games', () => {
    const values = { mode: 'event', enabledLanguages: ['fr', 'de'], defaultLanguage: 'de', idleTimeoutSeconds: null, enabledGames: ['bioreactor', 'purify'], hubPageUrl: 'https://hub.example/' } as const;
    const form = formOf(stored({ values: { ...values, enabledLanguages: [...values.enabledLanguages], enabledGames: [...values.enabledGames] }, pinChangeRequestedAt: 5 }));
    expect(form.requirePinChange).toBe(true);
    expect(form.idleNever).toBe(true);
    const request = requestOf({ kind: 'site', site: 'Hall B' }, { ...form, enabledLanguages: ['de', 'fr'], enabledGames: ['purify', 'bioreactor'] });
    expect(request.values).toEqual(values);
    expect(remoteSettingValuesSchema.safeParse(request.values).success).toBe(true);
  });

  it('sends whole seconds as a number and anything else as typed, so the collector refuses it', () => {
    const form = { ...formOf(null), set: { ...formOf(null).set, idleTimeoutSeconds: true } };
    expect(requestOf({ kind: 'site', site: 'A' }, { ...form, idleSeconds: ' 120 ' }).values).toEqual({ idleTimeoutSeconds: 120 });
    const typed = requestOf({ kind: 'site', site: 'A' }, { ...form, idleSeconds: '1.5' }).values;
    expect(typed).toEqual({ idleTimeoutSeconds: '1.5' });
    expect(remoteSettingValuesSchema.safeParse(typed).success).toBe(false);
  });

  it('finds the setting of a refused value from the issue path', () => {
    expect(fieldOfIssue('values.idleTimeoutSeconds')).toBe('idleTimeoutSeconds');
    expect(fieldOfIssue('values.enabledGames.1')).toBe('enabledGames');
    expect(fieldOfIssue('values')).toBeNull();
    expect(fieldOfIssue('target.site')).toBeNull();
  });
});

describe('the devices page reading the overview', () => {
  const overview = {
    targets: [
      stored({ target: { kind: 'site', site: 'Hall B' }, version: 3 }),
      stored({ target: { kind: 'site', site: 'Hall C' }, version: 9 }),
      stored({ target: { kind: 'device', deviceId: DEVICE }, version: 5 }),
    ],
  };

  it('takes the newer of the site and the device revision, site labels compared without regard to case', () => {
    expect(newestRevisionFor({ deviceId: DEVICE, siteLabel: 'hall b' }, overview)).toBe(5);
    expect(newestRevisionFor({ deviceId: 'other', siteLabel: 'HALL B' }, overview)).toBe(3);
    expect(newestRevisionFor({ deviceId: 'other', siteLabel: 'Hall D' }, overview)).toBeNull();
  });

  it('lists each site once: those of staff-enrolled devices and those with a document, not the classes', () => {
    const devices = [
      { siteLabel: 'Hall B', classId: null },
      { siteLabel: 'hall b', classId: null },
      { siteLabel: 'Athénée', classId: 'c1' },
    ];
    expect(settingsSites(devices, overview)).toEqual(['Hall B', 'Hall C']);
    expect(siteSettings('HALL C', overview)?.version).toBe(9);
  });

  it('reads the overview at the contract address', () => {
    expect(SETTINGS_OVERVIEW_PATH).toBe(REMOTE_SETTINGS_PATHS.staff);
  });
});
