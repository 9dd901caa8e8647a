// The devices page's health facts and advice, rendered in each dashboard language: where the content shown comes
// from and its version, the last pack refused in plain words, the old report shape of devices not updated yet, the
// hub's settings on the device, and a text for every piece of advice.

import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../common/i18n/languages';
import type { DeviceHealth } from '../../../common/health/deviceHealth';
import de from '../../../locales/de/dashboard.json';
import en from '../../../locales/en/dashboard.json';
import fr from '../../../locales/fr/dashboard.json';
import nl from '../../../locales/nl/dashboard.json';
import type { DeviceSummary } from '../../reports/types';
import type { AdviceKind } from './deviceAdvice';
import { DeviceAdviceList, DeviceFacts } from './DeviceHealthView';

const DICTIONARIES = { fr, nl, de, en };

const REPORT: DeviceHealth = {
  appVersion: '1.5.0',
  contentPack: { source: 'collector', version: 12, refusal: 'unknown-key' },
  host: 'electron',
  lastSuccessfulSyncAt: 1_764_000_000_000,
  pendingEvents: 0,
  missedEvents: 0,
  storage: { warnings: [], recoveries: 0 },
  renderer: { crashes: 0, hangs: 0 },
  freeStorageBytes: null,
};

function device(report: DeviceHealth): DeviceSummary {
  return { deviceId: 'd', siteLabel: 'Hall B', enrolledAt: 0, revokedAt: null, lastSyncAt: 1, rejectedEvents: 0, health: { reportedAt: 1_764_000_000_000, report } };
}

async function render(language: (typeof LANGUAGES)[number], report: DeviceHealth, newestSettings?: number | null): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, resources: { [language]: { translation: DICTIONARIES[language] } }, interpolation: { escapeValue: false } });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(DeviceFacts, { device: device(report), language, newestSettings })));
}

const ADVICE_KINDS: readonly AdviceKind[] = [
  'never-synced',
  'not-synced',
  'missed-events',
  'storage-memory',
  'storage-full',
  'storage-trouble',
  'backlog',
  'crashes',
  'no-report',
  'pack-refused',
  'pin-change-pending',
  'settings-refused',
];

async function renderAdvice(language: (typeof LANGUAGES)[number], kinds: readonly AdviceKind[]): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, resources: { [language]: { translation: DICTIONARIES[language] } }, interpolation: { escapeValue: false } });
  const verdict = { severity: 'watch' as const, advice: kinds.map((kind) => ({ kind, count: 2 })) };
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(DeviceAdviceList, { verdict, siteLabel: 'Hall B' })));
}

const unescape = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe.each(LANGUAGES)('the devices page in %s', (language) => {
  const pack = DICTIONARIES[language].devices.pack;

  it('gives every piece of advice in words, with the site named where the text names it', async () => {
    const html = unescape(await renderAdvice(language, ADVICE_KINDS));
    expect(html.match(/<li>/g)).toHaveLength(ADVICE_KINDS.length);
    expect(html).not.toMatch(/devices\.|\{\{/);
    expect(html).toContain(DICTIONARIES[language].devices.tips['settings-refused'].replace('{{site}}', 'Hall B'));
  });

  it('names the source and version of the pack shown and the last refusal in plain words', async () => {
    const html = unescape(await render(language, REPORT));
    expect(html).toContain(pack.collector.replace('{{version}}', '12'));
    expect(html).toContain(pack.refused['unknown-key']);
    expect(html).toContain('data-pack-refusal="unknown-key"');
    expect(html).not.toContain('devices.pack');
  });

  it('shows a file pack, the built-in one, and an old report without a refusal line', async () => {
    expect(unescape(await render(language, { ...REPORT, contentPack: { source: 'file', version: 4, refusal: null } }))).toContain(pack.file.replace('{{version}}', '4'));
    const builtIn = unescape(await render(language, { ...REPORT, contentPack: { source: 'built-in', version: 0, refusal: null } }));
    expect(builtIn).toContain(pack['built-in']);
    expect(builtIn).not.toContain('pack-refusal');
    expect(unescape(await render(language, { ...REPORT, contentPack: { source: 'built-in', version: '1.4.0' } }))).toContain(pack.legacy);
  });

  const words = DICTIONARIES[language].settings;

  it('says which settings revision the device applied against the newest saved for it, its kiosk overrides in words, and a pending PIN change', async () => {
    const settings = { revision: 5, localOverrides: ['idleTimeoutSeconds', 'enabledGames'] as const, pinChangePending: true };
    const html = unescape(await render(language, { ...REPORT, settings: { ...settings, localOverrides: [...settings.localOverrides] } }, 7));
    expect(html).toContain(words.health.behind.replace('{{applied}}', '5').replace('{{newest}}', '7'));
    expect(html).toContain(words.health.overrides.replace('{{fields}}', `${words.overrideNames.idleTimeoutSeconds}, ${words.overrideNames.enabledGames}`));
    expect(html).toContain(words.health.pinPending);
    expect(html).not.toContain('settings.');
    const current = unescape(await render(language, { ...REPORT, settings: { revision: 7, localOverrides: [], pinChangePending: false } }, 7));
    expect(current).toContain(words.health.applied.replace('{{revision}}', '7'));
    expect(current).not.toContain(words.health.pinPending);
    expect(current).not.toContain('data-settings-overrides');
    // A device from before remote settings says nothing about them.
    expect(unescape(await render(language, REPORT, 7))).not.toContain('data-settings-revision');
  });

  it("names why the device refused the hub's last settings, and nothing once it took valid ones", async () => {
    const settings = { revision: 3, localOverrides: [], pinChangePending: false };
    for (const refusal of ['invalid', 'not-saved'] as const) {
      const html = unescape(await render(language, { ...REPORT, settings: { ...settings, refusal } }, 4));
      expect(html).toContain(words.health.refused[refusal]);
      expect(html).toContain(`data-settings-refusal="${refusal}"`);
    }
    expect(unescape(await render(language, { ...REPORT, settings: { ...settings, refusal: null } }, 4))).not.toContain('data-settings-refusal');
  });
});
