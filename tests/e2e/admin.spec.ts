// The kiosk's admin panel on the shipped build: changing the PIN (the new one opens the panel, the old one no
// longer does), the export buttons (the file holds the visits recorded on this device), and the enrolment form
// linking the device to a real collector (a used code is refused in plain words), after which the device's sync
// delivers its health report, which the staff dashboard's API shows.

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { deviceConfigSchema } from '../../common/config/deviceConfig';
import { expect, test } from './support/test';
import { expectNoAxeViolations, openApp } from './support/app';
import { enterPin, kioskConfig, tapStaffCorner, TEST_PIN, useDeviceConfig, WEB_CONFIG_OVERRIDE_KEY } from './support/kiosk';
import { startHubBehindApp, staffSession } from './support/hubBehindApp';

async function openPanel(page: Page, pin: string) {
  await tapStaffCorner(page);
  await enterPin(page, pin);
  return page.getByRole('dialog', { name: 'Staff area' });
}

test('a new PIN opens the panel and the old one no longer does', async ({ page }) => {
  await useDeviceConfig(page, kioskConfig());
  await openApp(page, { locale: 'en' });
  let panel = await openPanel(page, TEST_PIN);
  await panel.getByLabel('New PIN (4 to 8 digits)').fill('97531');
  await panel.getByLabel('Confirm the new PIN').fill('97530');
  await panel.getByRole('button', { name: 'Change the PIN' }).click();
  await expect(panel.getByText('The two codes are not the same.')).toBeVisible();
  await panel.getByLabel('Confirm the new PIN').fill('97531');
  await panel.getByRole('button', { name: 'Change the PIN' }).click();
  await expect(panel.getByText('PIN changed.')).toBeVisible();
  const stored = deviceConfigSchema.parse(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), WEB_CONFIG_OVERRIDE_KEY)) ?? '{}'));
  expect(JSON.stringify(stored)).not.toContain('97531');
  await panel.getByRole('button', { name: 'Close and go back to the start' }).click();

  await page.reload();
  await expect(page.getByTestId('attract')).toBeVisible();
  await tapStaffCorner(page);
  await enterPin(page, TEST_PIN);
  const pad = page.getByRole('dialog', { name: 'Staff area' });
  await expect(pad.getByRole('status')).toContainText('Wrong code.');
  await expect(pad.getByRole('heading', { name: 'This device', exact: true })).toHaveCount(0);
  await pad.getByRole('button', { name: 'Cancel' }).click();
  panel = await openPanel(page, '97531');
  await expect(panel.getByRole('heading', { name: 'This device', exact: true })).toBeVisible();
});

test('the export buttons download the visits recorded on this device', async ({ page }) => {
  await useDeviceConfig(page, kioskConfig());
  await openApp(page, { locale: 'en' });
  // One visit: start it, look at a career, so the log holds a session and a career view.
  await page.getByTestId('attract').click({ position: { x: 400, y: 400 } });
  await page.evaluate(() => (window.location.hash = '#/careers/role/qa-officer'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const panel = await openPanel(page, TEST_PIN);
  const [jsonl] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download as JSON Lines' }).click()]);
  const lines = readFileSync((await jsonl.path())!, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  const types = lines.map((event) => (event.type ?? (event.payload as { type?: string } | undefined)?.type) as string);
  expect(types).toContain('session-started');
  expect(types).toContain('career-viewed');
  const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download as CSV' }).click()]);
  const rows = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(rows.length).toBe(lines.length + 1);
  expect(rows.some((row) => row.includes('career-viewed') && row.includes('qa-officer'))).toBe(true);
});

test('the enrolment form links the device to the hub; a used code is refused in plain words; the device reports its health', async ({ page }) => {
  test.setTimeout(120_000);
  const staff = { name: 'marie', password: 'correct horse battery' };
  // The page and the collector on one origin, as the web build's CSP allows connections to 'self' only.
  const hub = await startHubBehindApp('admin-enrol', staff);
  try {
    const { origin } = hub;
    const code = await hub.enrolmentCode('Hall A');
    await useDeviceConfig(page, kioskConfig());
    await page.goto(`${origin}/?locale=en`);
    await expect(page.locator('main#main')).toBeVisible();
    const panel = await openPanel(page, TEST_PIN);
    await expect(panel.getByText('This device is not linked to the hub yet')).toBeVisible();
    await expect(panel.getByTestId('device-token-warning')).toHaveCount(0);
    await panel.getByLabel('Hub address').fill(origin);
    await panel.getByLabel('Enrolment code').fill(code);
    await panel.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(panel.getByText(/Device linked to the hub \(id [^)]+\)\./)).toBeVisible();
    // A browser keeps the token unencrypted: staff are told so, in plain words, as soon as it is saved.
    await expect(panel.getByTestId('device-token-warning')).toHaveText(
      'Warning: this browser keeps the secret key that links this device to the hub unencrypted. Anyone who uses this browser can read it. For a device left alone in a hall, use the kiosk app.',
    );
    const stored = deviceConfigSchema.parse(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), WEB_CONFIG_OVERRIDE_KEY)) ?? '{}'));
    expect(stored.collectorUrl).toBe(origin);
    expect(stored.deviceToken).toMatch(/\S{16,}/);

    await panel.getByLabel('Enrolment code').fill(code);
    await panel.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(panel.getByText('Could not link the device: this code has already been used.')).toBeVisible();

    // The linked device syncs on its own and then sends its health report: a browser tab's view of itself.
    const call = await staffSession(hub.collectorUrl, staff);
    const latestReport = async () => {
      const devices = (await (await call('GET', '/api/devices')).json()) as { health: { report: Record<string, unknown> } | null }[];
      return devices[0]?.health?.report ?? null;
    };
    await expect.poll(latestReport, { timeout: 60_000 }).not.toBeNull();
    const report = (await latestReport())!;
    // No pack published and no collector key in this test's config: the built-in pack (version 0), nothing refused.
    expect(report).toMatchObject({ host: 'web', contentPack: { source: 'built-in', version: 0, refusal: null }, renderer: null, missedEvents: 0, storage: { warnings: [] } });
    expect(report.freeStorageBytes).toEqual(expect.any(Number));
  } finally {
    await hub.stop();
  }
});

test('a device token kept in the browser is flagged to staff in the hub section, in their language', async ({ page }) => {
  // A token saved earlier (no collector address: nothing is sent, the panel only reports how the token is kept).
  await useDeviceConfig(page, kioskConfig({ deviceToken: 'T'.repeat(43) }));
  await openApp(page, { locale: 'de' });
  await tapStaffCorner(page);
  await enterPin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: 'Team-Bereich' });
  const warning = panel.getByTestId('device-token-warning');
  await expect(warning).toContainText('Dieser Browser speichert den geheimen Schlüssel');
  await expect(panel.getByRole('region', { name: 'Senden an den Hub' })).toContainText('unverschlüsselt');
  await expectNoAxeViolations(page, 'admin panel with the device token warning');
});
