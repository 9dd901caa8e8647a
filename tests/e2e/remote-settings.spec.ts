// Remote settings end to end, on the shipped web build with its own sync and a real collector process: staff set Hall
// A's idle time and languages through the collector's staff API (PUT /api/settings); a visitor in the middle of a
// visit keeps the old settings, and after the idle reset the kiosk offers only the hub's languages and starts again
// after the hub's idle time; staff change a setting at the kiosk and the device's health report names it as a local
// override; staff ask for a new PIN and the admin panel opens on the PIN change, after which the report says it is no
// longer pending; a kiosk of another site does not change. page.clock moves the kiosk's time on (the shipped sync
// asks for settings every 5 minutes and sends its health report every 15).

import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { RemoteSettingValues, SaveRemoteSettingsRequest } from '../../common/config/remoteSettings';
import type { RemoteSettingsState } from '../../common/health/deviceHealth';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/app';
import { staffSession, startHubBehindApp } from './support/hubBehindApp';
import { enterPin, kioskConfig, startVisit, tapStaffCorner, TEST_PIN, useDeviceConfig as storeDeviceConfig } from './support/kiosk';

const STAFF = { name: 'lea.staff', password: 'correct horse battery' };
const HALL_A = { kind: 'site', site: 'Hall A' } as const;
const HUB_VALUES: RemoteSettingValues = { idleTimeoutSeconds: 120, enabledLanguages: ['fr', 'en'], defaultLanguage: 'en' };
const LANGUAGE_NAMES = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' } as const;
const NEW_PIN = '135790';
const REMOTE_SETTINGS_KEY = 'biotech.remoteSettings.v1';

/** The collector's staff API, signed in as STAFF. */
async function staffApi(api: string) {
  const call = await staffSession(api, STAFF);
  return {
    /** Saves Hall A's document; returns its version (the revision its devices will see). */
    async saveSettings(values: RemoteSettingValues, requirePinChange: boolean): Promise<number> {
      const request: SaveRemoteSettingsRequest = { target: HALL_A, values, requirePinChange };
      return ((await (await call('PUT', '/api/settings', request)).json()) as { version: number }).version;
    },
    async settingsOf(site: string): Promise<RemoteSettingsState | null> {
      const devices = (await (await call('GET', '/api/devices')).json()) as { siteLabel: string; health: { report: { settings?: RemoteSettingsState } } | null }[];
      return devices.find((device) => device.siteLabel === site)?.health?.report.settings ?? null;
    },
  };
}

const staffArea = (page: Page) => page.getByRole('dialog', { name: /^(Staff area|Espace équipe)$/ });

async function openPanel(page: Page, pin = TEST_PIN): Promise<Locator> {
  await tapStaffCorner(page);
  await enterPin(page, pin);
  const panel = staffArea(page);
  await expect(panel).toBeVisible();
  return panel;
}

async function closePanel(page: Page): Promise<void> {
  await staffArea(page).getByRole('button', { name: /^(Close and go back to the start|Fermer et revenir à l'accueil)$/ }).click();
  await expect(staffArea(page)).toHaveCount(0);
}

/** A kiosk of `site` (English for staff and at each reset), linked to the hub with a code through its admin panel. */
async function kioskOf(browser: Browser, origin: string, site: string, code: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.clock.install();
  await storeDeviceConfig(page, kioskConfig({ siteLabel: site, defaultLanguage: 'en', idleTimeoutSeconds: 600 }));
  await page.goto(`${origin}/?locale=en`);
  await expect(page.getByTestId('attract')).toBeVisible();
  const panel = await openPanel(page);
  await panel.getByLabel('Hub address').fill(origin);
  await panel.getByLabel('Enrolment code').fill(code);
  await panel.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(panel.getByText(/Device linked to the hub/)).toBeVisible();
  await closePanel(page);
  await expect(page.getByTestId('attract')).toBeVisible();
  return { context, page };
}

/** The revisions the kiosk keeps (its own localStorage record), as the app keeps them. */
async function keptRevisions(page: Page): Promise<{ applied: number | null; waiting: number | null }> {
  return page.evaluate((key) => {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null') as { applied: { revision: number } | null; waiting: { revision: number } | null } | null;
    return { applied: kept?.applied?.revision ?? null, waiting: kept?.waiting?.revision ?? null };
  }, REMOTE_SETTINGS_KEY);
}

const languageButton = (page: Page, language: keyof typeof LANGUAGE_NAMES) => page.locator('main').getByRole('button', { name: LANGUAGE_NAMES[language], exact: true });

/** The idle reset of a visitor who walked away `minutes` after the last touch ("still there?", then the attract). */
async function walkAway(page: Page, idle: string): Promise<void> {
  await page.clock.fastForward(idle);
  await page.clock.fastForward('00:30');
  await expect(page.getByTestId('attract')).toBeVisible();
}

test("the hub's settings reach Hall A's kiosk between visitors; a local change is reported as an override; a PIN change is asked for; Hall B stays as it was", async ({ browser }) => {
  test.setTimeout(240_000);
  const hub = await startHubBehindApp('remote-settings', STAFF);
  const { origin } = hub;
  const contexts: BrowserContext[] = [];
  try {
    const staff = await staffApi(hub.collectorUrl);

    // A visitor is at Hall A's kiosk when staff set the hall's idle time and languages from the dashboard.
    const a = await kioskOf(browser, origin, 'Hall A', await hub.enrolmentCode('Hall A'));
    contexts.push(a.context);
    const kiosk = a.page;
    await startVisit(kiosk);
    await expect(languageButton(kiosk, 'de')).toBeVisible();
    const first = await staff.saveSettings(HUB_VALUES, false);

    // Five minutes on, the sync has them: they wait, and the visitor keeps all four languages and the old idle time
    // (with the hub's 120 s the visit would already have ended).
    await kiosk.clock.fastForward('05:30');
    await expect.poll(async () => (await keptRevisions(kiosk)).waiting, { timeout: 30_000 }).toBe(first);
    await expect(kiosk.getByTestId('attract')).toHaveCount(0);
    for (const language of ['fr', 'nl', 'de', 'en'] as const) await expect(languageButton(kiosk, language)).toBeVisible();

    // The visitor walks away: after the reset the kiosk has the hub's settings.
    await walkAway(kiosk, '10:05');
    await expect.poll(async () => keptRevisions(kiosk)).toEqual({ applied: first, waiting: null });
    await startVisit(kiosk);
    await expect(languageButton(kiosk, 'fr')).toBeVisible();
    await expect(languageButton(kiosk, 'en')).toBeVisible();
    await expect(languageButton(kiosk, 'nl')).toHaveCount(0);
    await expect(languageButton(kiosk, 'de')).toHaveCount(0);
    // The hub's 120 s: the next walk-away ends the visit after 2 minutes.
    await walkAway(kiosk, '02:05');

    // Staff change the idle time at the kiosk: the panel names it as a local override, with the hub's value.
    let panel = await openPanel(kiosk);
    const notice = panel.getByTestId('remote-settings');
    await expect(notice).toContainText(`Settings from the hub, revision ${first}`);
    await expect(panel.getByTestId('remote-setting-enabledLanguages')).toHaveText('Languages offered: Français and English (chosen by the hub)');
    const idle = panel.getByRole('group', { name: 'Start again after (seconds)' });
    await idle.getByLabel('300', { exact: true }).check();
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await expect(panel.getByTestId('remote-setting-idleTimeoutSeconds')).toHaveText("Start again after (seconds): you changed this here; the hub's value is 120 seconds.");
    await closePanel(kiosk);
    // The next health report (every 15 minutes) says so.
    await kiosk.clock.fastForward('15:30');
    await expect.poll(() => staff.settingsOf('Hall A'), { timeout: 60_000 }).toEqual({ revision: first, localOverrides: ['idleTimeoutSeconds'], pinChangePending: false, refusal: null });

    // Staff ask for a new PIN (same values). "Send now" fetches it; the panel opens on the PIN change next time.
    const second = await staff.saveSettings(HUB_VALUES, true);
    panel = await openPanel(kiosk);
    await panel.getByRole('button', { name: 'Send now' }).click();
    await expect(notice).toContainText(`Settings from the hub, revision ${second}`);
    await closePanel(kiosk);
    await startVisit(kiosk);
    await languageButton(kiosk, 'fr').click();
    await expect(kiosk.locator('html')).toHaveAttribute('lang', 'fr');
    panel = await openPanel(kiosk);
    await expect(panel.getByTestId('pin-change-requested')).toHaveText('Le hub demande un nouveau code PIN pour cette borne. Choisis-le maintenant\u00a0: l’ancien code reste valable jusque-là.');
    await expect(panel.locator('#admin-new-pin')).toBeFocused();
    await expectNoAxeViolations(kiosk, 'admin panel asking for a new PIN (French)');
    await panel.screenshot({ path: test.info().outputPath('admin-pin-requested-fr.png') });
    await panel.getByTestId('remote-settings').screenshot({ path: test.info().outputPath('admin-set-by-hub-fr.png') });
    await closePanel(kiosk);
    await languageButton(kiosk, 'en').click();
    await expect(kiosk.locator('html')).toHaveAttribute('lang', 'en');
    panel = await openPanel(kiosk);
    await expect(panel.getByTestId('pin-change-requested')).toHaveText('The hub asks for a new PIN on this kiosk. Choose it now: the old PIN works until then.');
    await expect(panel.locator('#admin-new-pin')).toBeFocused();
    await expectNoAxeViolations(kiosk, 'admin panel asking for a new PIN');
    await panel.screenshot({ path: test.info().outputPath('admin-pin-requested-en.png') });
    await panel.getByTestId('remote-settings').screenshot({ path: test.info().outputPath('admin-set-by-hub-en.png') });
    await kiosk.clock.fastForward('15:30');
    await expect.poll(() => staff.settingsOf('Hall A'), { timeout: 60_000 }).toMatchObject({ revision: second, pinChangePending: true });

    // Staff choose the new PIN with the keyboard: the request is answered, and the next report says so.
    await kiosk.keyboard.type(NEW_PIN);
    await kiosk.keyboard.press('Tab');
    await kiosk.keyboard.type(NEW_PIN);
    await panel.getByRole('button', { name: 'Change the PIN' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'New PIN saved. The hub will know at the next sync.' })).toBeVisible();
    await closePanel(kiosk);
    await kiosk.clock.fastForward('15:30');
    await expect.poll(() => staff.settingsOf('Hall A'), { timeout: 60_000 }).toEqual({ revision: second, localOverrides: ['idleTimeoutSeconds'], pinChangePending: false, refusal: null });
    panel = await openPanel(kiosk, NEW_PIN);
    await expect(panel.getByTestId('pin-change-requested')).toHaveCount(0);

    // Staff change the hub's idle time; on the way the document is spoiled (5 s, below the schema's minimum): the kiosk
    // refuses it in plain words and keeps its settings. The real one then ends the local override of that setting.
    await kiosk.route('**/v1/settings', async (route) => {
      const response = await route.fetch();
      if (response.status() !== 200) return route.fulfill({ response });
      const settings = (await response.json()) as { values: RemoteSettingValues };
      return route.fulfill({ response, json: { ...settings, values: { ...settings.values, idleTimeoutSeconds: 5 } } });
    });
    const third = await staff.saveSettings({ ...HUB_VALUES, idleTimeoutSeconds: 60 }, false);
    await panel.getByRole('button', { name: 'Send now' }).click();
    const refusal = panel.getByTestId('remote-settings-refusal');
    await expect(refusal).toContainText('the hub sent settings this kiosk cannot read. It keeps its current settings.');
    await expect(refusal).toContainText('Details for IT: values.idleTimeoutSeconds');
    await expect(notice).toContainText(`Settings from the hub, revision ${second}`);
    await expectNoAxeViolations(kiosk, 'admin panel with refused settings');
    await notice.screenshot({ path: test.info().outputPath('admin-refused-settings-en.png') });
    // The next health report tells the hub why, by its reason only (the details stay on the kiosk).
    await kiosk.clock.fastForward('15:30');
    await expect.poll(() => staff.settingsOf('Hall A'), { timeout: 60_000 }).toEqual({ revision: second, localOverrides: ['idleTimeoutSeconds'], pinChangePending: false, refusal: 'invalid' });
    await kiosk.unroute('**/v1/settings');
    await panel.getByRole('button', { name: 'Send now' }).click();
    await expect(notice).toContainText(`Settings from the hub, revision ${third}`);
    await expect(refusal).toHaveCount(0);
    await expect(panel.getByTestId('remote-setting-idleTimeoutSeconds')).toHaveText('Start again after (seconds): 60 seconds (chosen by the hub)');
    await closePanel(kiosk);

    // A kiosk of another site keeps its own settings: all four languages, no hub revision.
    const b = await kioskOf(browser, origin, 'Hall B', await hub.enrolmentCode('Hall B'));
    contexts.push(b.context);
    await expect.poll(() => staff.settingsOf('Hall B'), { timeout: 60_000 }).toEqual({ revision: 0, localOverrides: [], pinChangePending: false, refusal: null });
    expect(await keptRevisions(b.page)).toEqual({ applied: null, waiting: null });
    await startVisit(b.page);
    for (const language of ['fr', 'nl', 'de', 'en'] as const) await expect(languageButton(b.page, language)).toBeVisible();
  } finally {
    // The collector and the proxy stop even when a context cannot be closed (a test that ran out of time).
    await Promise.allSettled(contexts.map((context) => context.close()));
    await hub.stop();
  }
});
