// The home's snapshot (homeSnapshot.tsx): drawn by React from the app's tree, in each language, and the same, to the
// last attribute, whatever the config fields outside DRAWN_FROM hold (snapshotMarkup.ts), which is why the page shows it
// on a device whose config differs only there: React adopts it as it is (renderer/app/start.tsx). The closed settings
// sheet is drawn empty, so neither the site's name nor the visitor's settings are in it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDeviceConfig, type DeviceConfig } from '../../common/config/deviceConfig';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import { lendFirstVisitBrowser } from './firstVisitBrowser';
import { DRAWN_FROM } from './snapshotMarkup';
import { SHELL_NAMESPACES } from '../i18n/shellNamespaces';

type Draw = (config: DeviceConfig, language: Language, texts: Record<string, Record<string, unknown>>) => Promise<string>;

const locales = path.resolve(import.meta.dirname, '..', '..', 'locales');
const texts = (language: Language) =>
  Object.fromEntries(SHELL_NAMESPACES.map((namespace) => [namespace, JSON.parse(readFileSync(path.join(locales, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>]));

/** Every field outside DRAWN_FROM (the content key aside: with one the snapshot is never shown), set otherwise. */
const OTHER_VALUES: Partial<DeviceConfig> = {
  siteLabel: 'Athénée de Gosselies',
  defaultLanguage: 'de',
  idleTimeoutSeconds: 120,
  adminPin: { algorithm: 'PBKDF2-SHA256', iterations: 210_000, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=' },
  hubPageUrl: 'https://example.org/hub',
  collectorUrl: 'https://hub.example.org/',
  deviceToken: 'A'.repeat(43),
  updateChannel: 'pilot',
  updateQuietWindow: { from: '22:00', to: '06:00' },
};

let draw: Draw;
let giveBack: () => void;
beforeAll(async () => {
  giveBack = lendFirstVisitBrowser();
  ({ drawHomeSnapshot: draw } = (await import('./homeSnapshot')) as { drawHomeSnapshot: Draw });
});
afterAll(() => giveBack());

describe('the home\'s snapshot', () => {
  const config = defaultDeviceConfig('classroom');

  it('is the home in the language asked for, its language buttons marking that one', async () => {
    for (const language of LANGUAGES) {
      const html = await draw(config, language, texts(language));
      const title = (texts(language).common as { home: { title: string } }).home.title;
      expect(html, language).toContain(`id="home-title" class="home__title">${title.replace(/'/g, '&#x27;')}</h1>`);
      expect(html, language).toMatch(new RegExp(`lang="${language}" class="language-choice__button" aria-pressed="true"`));
    }
  });

  it('holds the settings sheet closed and empty', async () => {
    expect(await draw(config, 'fr', texts('fr'))).toMatch(/<dialog class="sheet" aria-labelledby="settings-title"><\/dialog>/);
  });

  it('names every config field: each is either one it is drawn from or one tested here not to change it', () => {
    const fields = Object.keys(config).filter((field) => field !== 'contentKey');
    expect(fields.filter((field) => !(DRAWN_FROM as readonly string[]).includes(field)).sort()).toEqual(Object.keys(OTHER_VALUES).sort());
  });

  it('is the same whatever the fields it is not drawn from hold', async () => {
    const plain = await draw(config, 'fr', texts('fr'));
    const differ = [];
    for (const [field, value] of Object.entries(OTHER_VALUES)) {
      if ((await draw({ ...config, [field]: value }, 'fr', texts('fr'))) !== plain) differ.push(field);
    }
    expect(differ).toEqual([]);
  });

  it('changes with the fields it is drawn from', async () => {
    const plain = await draw(config, 'fr', texts('fr'));
    expect(await draw({ ...config, mode: 'event' }, 'fr', texts('fr'))).not.toBe(plain);
    expect(await draw({ ...config, enabledLanguages: ['fr', 'en'] }, 'fr', texts('fr'))).not.toBe(plain);
    expect(await draw({ ...config, enabledGames: [] }, 'fr', texts('fr'))).not.toBe(plain);
  });
});
