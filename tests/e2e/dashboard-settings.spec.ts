// Remote settings on the dashboard's Devices page in Chromium against a real collector (issue #22): staff set a
// site's settings in the editor dialog (a value the collector refuses is named in plain words first), then ask one
// device for a PIN change; that device's GET /v1/settings returns the merged settings with the request's time. The
// device's health report with a setting changed at the kiosk shows on the page in plain words, with the pending PIN
// change, a settings document it could not save, and what to do. Axe finds nothing on the page and in the open dialog in four languages; photographed at
// 1280 px.

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { REMOTE_SETTINGS_PATHS, settingsEtag, type RemoteSettings } from '../../common/config/remoteSettings';
import { LANGUAGES } from '../../common/i18n/languages';
import { SITES, STAFF, startDashboardCollector, type DashboardCollector } from './support/dashboardCollector';
import { signInToDashboard } from './support/dashboardContent';

test.describe.configure({ mode: 'serial' });

const SITE = SITES[0]!;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let collector: DashboardCollector;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  collector = await startDashboardCollector(12);
});
test.afterAll(async () => collector?.stop());

function deviceSettings(token: string, ifNoneMatch?: string): Promise<Response> {
  return fetch(`${collector.url}${REMOTE_SETTINGS_PATHS.deviceFetch}`, {
    headers: { authorization: `Bearer ${token}`, ...(ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch }) },
  });
}

test('staff set a site’s settings and ask one device for a new PIN; the device gets them merged and its report shows in plain words', async ({ page }) => {
  const token = collector.deviceTokens[0]!;
  expect((await deviceSettings(token)).status).toBe(204);
  await signInToDashboard(page, collector.url, STAFF);
  await page.getByRole('link', { name: 'Devices' }).click();

  // The site's settings: event mode and a 45 s idle timeout, first typed as 5 s, which the collector refuses.
  await page.locator(`[data-settings-site="${SITE}"]`).getByRole('button', { name: `Settings for this site – ${SITE}` }).click();
  const dialog = page.getByRole('dialog', { name: `Settings for the site ${SITE}` });
  await expect(dialog).toBeVisible();
  const mode = dialog.locator('[data-setting=mode]');
  await mode.getByRole('checkbox', { name: 'Set by the hub' }).check();
  await mode.getByRole('radio', { name: 'Event' }).check();
  const idle = dialog.locator('[data-setting=idleTimeoutSeconds]');
  await idle.getByRole('checkbox', { name: 'Set by the hub' }).check();
  await idle.getByLabel('Seconds without activity (20 to 3600)').fill('5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The hub refused these settings. Back to the start when nobody plays: a whole number of seconds from 20 to 3600, or “Never”.');
  await expect(idle).toHaveAttribute('data-invalid', 'true');
  expect((await deviceSettings(token)).status).toBe(204);
  await idle.getByLabel('Seconds without activity (20 to 3600)').fill('45');
  const games = dialog.locator('[data-setting=enabledGames]');
  await games.getByRole('checkbox', { name: 'Set by the hub' }).check();
  await games.getByRole('checkbox', { name: 'Cleanroom gowning' }).uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved (revision 1). Devices take it at their next sync.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(`[data-settings-site="${SITE}"]`)).toContainText(`Revision 1, saved by ${STAFF.name}`);

  // One device of the site: a PIN change asked for, with why the PIN itself never travels.
  const devices = await page.request.get(`${collector.url}/api/devices`);
  const deviceId = ((await devices.json()) as { deviceId: string; siteLabel: string }[]).find((device) => device.siteLabel === SITE)!.deviceId;
  const row = page.locator(`[data-table=devices] tr[data-device-id="${deviceId}"]`);
  await row.getByRole('button', { name: `Settings for this device – ${SITE} ${deviceId.slice(0, 8)}` }).click();
  const deviceDialog = page.getByRole('dialog', { name: `Settings for device ${deviceId.slice(0, 8)} (${SITE})` });
  await expect(deviceDialog.locator('[data-setting=pin]')).toContainText('The PIN never travels over the network');
  await deviceDialog.getByRole('checkbox', { name: 'Ask for a new PIN on this device' }).check();
  await deviceDialog.getByRole('button', { name: 'Save' }).click();
  await expect(deviceDialog.getByRole('status')).toHaveText('Saved (revision 2). Devices take it at their next sync.');
  await page.keyboard.press('Escape');
  await expect(deviceDialog).toBeHidden();

  // The device's own fetch: the site's values, the PIN request, revision 2; then 304 with that ETag.
  const fetched = await deviceSettings(token);
  expect(fetched.status).toBe(200);
  expect(fetched.headers.get('etag')).toBe(settingsEtag(2));
  const settings = (await fetched.json()) as RemoteSettings;
  expect(settings.revision).toBe(2);
  expect(settings.values).toEqual({ mode: 'event', idleTimeoutSeconds: 45, enabledGames: ['bioreactor', 'purify', 'code-of-life', 'data-detective', 'cell-therapy-race', 'pipette-pro', 'startup-launchpad'] });
  expect(settings.pinChangeRequestedAt).toEqual(expect.any(Number));
  expect((await deviceSettings(token, settingsEtag(2))).status).toBe(304);
  // Another site's device gets nothing.
  expect((await deviceSettings(collector.deviceTokens[2]!)).status).toBe(204);

  // Its health report after applying revision 2, with the idle timeout changed at the kiosk, the new PIN not chosen,
  // and a later document it could not save.
  const report = {
    appVersion: '1.6.0',
    contentPack: { source: 'built-in', version: 0, refusal: null },
    settings: { revision: 2, localOverrides: ['idleTimeoutSeconds'], pinChangePending: true, refusal: 'not-saved' },
    host: 'electron',
    lastSuccessfulSyncAt: Date.now(),
    pendingEvents: 0,
    missedEvents: 0,
    storage: { warnings: [], recoveries: 0 },
    renderer: { crashes: 0, hangs: 0 },
    freeStorageBytes: null,
  };
  const sent = await page.request.post(`${collector.url}/v1/health`, { headers: { authorization: `Bearer ${token}` }, data: report });
  expect(sent.status()).toBe(204);
  await page.reload();
  await expect(row.locator('[data-column=health]')).toContainText('Settings: revision 2 applied');
  await expect(row.locator('[data-column=health]')).toContainText('Changed at the kiosk: idle timeout');
  await expect(row.locator('[data-column=health]')).toContainText('New PIN asked for, not chosen yet');
  await expect(row.locator('[data-column=health]')).toContainText('Last settings refused: the device could not save them');
  await expect(row.locator('[data-column=advice]')).toContainText(`A new PIN was asked for on this device in ${SITE}: open its admin panel and choose a new one.`);
  await expect(row.locator('[data-column=advice]')).toContainText(`This device in ${SITE} did not take the hub’s last settings: the reason is under “Device”.`);
});

for (const language of LANGUAGES) {
  test(`the Devices page and the settings dialog have no axe violation in ${language}, photographed at 1280 px`, async ({ page }) => {
    // Two axe passes on a loaded machine take a while; nothing here is timed.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInToDashboard(page, collector.url, STAFF);
    await page.goto(`${collector.url}/?lang=${language}#/devices`);
    await expect(page.locator('[data-pin-change-pending]')).toBeVisible();
    await expect(page.locator('[data-settings-refusal]')).toBeVisible();
    const pageResults = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(pageResults.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `devices page in ${language}`).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`devices-settings-${language}-1280.png`), fullPage: true });
    await page.locator(`[data-settings-site="${SITE}"]`).getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('[data-setting=idleTimeoutSeconds] input[type=number]')).toHaveValue('45');
    const dialogResults = await new AxeBuilder({ page }).include('dialog').withTags(AXE_TAGS).analyze();
    expect(dialogResults.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `settings dialog in ${language}`).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`settings-dialog-${language}-1280.png`) });
    await dialog.locator('[data-setting=pin]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`settings-dialog-pin-${language}-1280.png`) });
  });
}
