// The staff dashboard in Chromium against a real, seeded collector: login, wrong password, the wait after repeated
// failures, unlock and the audit log, logout;
// each page shows the seeded figures (counted independently here); filters change them; CSV files hold exactly
// the table's cells; "<5" holds in tables, charts and CSV; the releases page shows the CLI's releases and each device's
// version; axe finds nothing on any page in any language.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DAYS, STAFF, startDashboardCollector, type DashboardCollector } from './support/dashboardCollector';

let collector: DashboardCollector;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  collector = await startDashboardCollector();
});
test.afterAll(async () => collector?.stop());

async function login(page: Page, name = STAFF.name, password = STAFF.password): Promise<void> {
  await page.goto(`${collector.url}/?lang=en`);
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function setRange(page: Page, extra: Record<string, string> = {}): Promise<void> {
  await page.locator('input[name=from]').fill('2026-03-01');
  await page.locator('input[name=to]').fill('2026-03-31');
  for (const [name, value] of Object.entries(extra)) await page.locator(`select[name=${name}]`).selectOption(value);
  await page.getByRole('button', { name: 'Apply' }).click();
}

const shown = (n: number) => (n < 5 ? '<5' : String(n));
const digits = (text: string) => text.replace(/[^\d<]/g, '');

/** The fields of one RFC 4180 CSV line (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) => match[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
}

test('staff log in, see the seeded figures, filter them, and log out', async ({ page }) => {
  await login(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await setRange(page);
  const all = collector.sessions.filter((s) => DAYS.includes(s.day));
  await expect(page.locator('[data-figure=sessions]')).toHaveText(new Intl.NumberFormat('en').format(all.length));
  const kioskRow = page.locator('[data-table=sessions-by-mode] tbody tr', { hasText: 'Kiosk (hall)' });
  await expect(kioskRow.locator('td')).toHaveText(shown(all.filter((s) => s.mode === 'kiosk').length));

  await setRange(page, { mode: 'classroom', language: 'nl' });
  const filtered = all.filter((s) => s.mode === 'classroom' && s.language === 'nl').length;
  await expect(page.locator('[data-figure=sessions]')).toHaveText(shown(filtered));

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  const after = await page.request.get(`${collector.url}/api/reports/overview?from=2026-03-01&to=2026-03-31`);
  expect(after.status()).toBe(401);
});

test('a wrong password is refused, repeated failures make this computer wait, and an administrator can unlock', async ({ page }) => {
  test.setTimeout(240_000); // a dozen password checks (scrypt) and waits, on a busy machine
  await login(page, 'luc', 'wrong password 1');
  await expect(page.getByRole('alert')).toContainText('Wrong name or password.');
  // After a few failures from this computer, each further one makes it wait (longer every time).
  let waiting = false;
  for (let attempt = 2; attempt <= 8 && !waiting; attempt += 1) {
    await page.getByLabel('Password').fill(`wrong password ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText(/Wrong name or password|Too many tries from this computer/);
    waiting = (await page.getByRole('alert').textContent())!.includes('Too many tries');
  }
  expect(waiting).toBe(true);

  // An administrator (here from the same computer, so after its wait) sees luc's failed tries and clears them; the
  // audit log shows it all, and no address.
  const admin = await page.context().newPage();
  await admin.goto(`${collector.url}/?lang=en`);
  await admin.getByLabel('User name').fill(STAFF.name);
  // Tried again until this computer's wait is over; a try still being checked may log in meanwhile.
  await expect(async () => {
    if (await admin.getByRole('link', { name: 'Security' }).isVisible()) return;
    await admin.getByLabel('Password').fill(STAFF.password, { timeout: 5_000 });
    await admin.getByRole('button', { name: 'Sign in' }).click({ timeout: 5_000 });
    await expect(admin.getByRole('link', { name: 'Security' })).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
  await admin.getByRole('link', { name: 'Security' }).click();
  const luc = admin.locator('[data-table=accounts] tbody tr', { hasText: 'luc' });
  await luc.getByRole('button', { name: /Unlock/ }).click();
  await expect(luc.getByRole('button', { name: /Unlock/ })).toHaveCount(0);
  const audit = admin.locator('[data-table=audit] tbody');
  await expect(audit.locator('tr', { hasText: 'Account unlocked' })).toContainText(STAFF.name);
  await expect(audit.locator('tr', { hasText: 'Login refused' }).first()).toContainText('luc');
  await expect(audit).not.toContainText('127.0.0.1');
  await admin.close();
});

test('games and careers pages show the seeded figures, with "<5" in tables and charts', async ({ page }) => {
  await login(page);
  await page.getByRole('link', { name: 'Games' }).click();
  await setRange(page);
  const events = collector.sessions.filter((s) => DAYS.includes(s.day)).flatMap((s) => s.events);
  const started = events.filter((e) => e.type === 'game-started' && e.gameId === 'gowning').length;
  const row = page.locator('[data-table=games] tbody tr', { hasText: 'Gowning' });
  await expect(row.locator('td').first()).toHaveText(shown(started));
  const neverPlayed = page.locator('[data-table=games] tbody tr', { hasText: 'Code' });
  await expect(neverPlayed.locator('td').first()).toHaveText('<5');
  await expect(page.locator('[data-table=games] .chart .chart-value', { hasText: '<5' }).first()).toBeAttached();

  await page.getByRole('link', { name: 'Careers' }).click();
  const viewed = events.filter((e) => e.type === 'career-viewed' && e.roleId === 'founder').length;
  const founder = page.locator('[data-table=roles] tbody tr').filter({ has: page.locator('th', { hasText: /founder/i }) });
  await expect(founder.locator('td').first()).toHaveText(shown(viewed));
});

test('each CSV download holds exactly the cells of its table, "<5" included', async ({ page }) => {
  await login(page);
  await setRange(page, { site: 'Salon SIEP' });
  for (const tableId of ['sessions-by-mode', 'sessions-by-language', 'sessions-over-time']) {
    const section = page.locator(`[data-table=${tableId}]`);
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /Download CSV/ }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    const rows = await section.locator('tbody tr, tfoot tr').allInnerTexts();
    // The seeded site has sessions in every one of these tables: two empty files would prove nothing.
    expect(rows.length, `${tableId} has rows`).toBeGreaterThan(0);
    expect(csv.length).toBe(rows.length);
    expect(csv.some((line) => /,[1-9]\d*(,|$)/.test(line)), `${tableId} holds a figure of 5 or more`).toBe(true);
    csv.forEach((line, index) => {
      const csvCells = csvFields(line).slice(1).map(digits);
      const tableCells = rows[index]!.split('\t').slice(1).map(digits);
      expect(csvCells, `${tableId} row ${index}`).toEqual(tableCells);
    });
    if (tableId === 'sessions-over-time') expect(csv.some((line) => line.endsWith(',<5'))).toBe(true);
  }
});

test('devices page lists devices, the unwell first with what to do, and creates an enrolment code shown as text and QR code', async ({ page }) => {
  // Health reports as the devices' sync sends them: Salon SIEP's log was full, Hall A's app crashed once.
  const report = { appVersion: '1.4.0', contentPack: { source: 'built-in', version: 0, refusal: null }, host: 'web', lastSuccessfulSyncAt: Date.now(), pendingEvents: 2, missedEvents: 0, storage: { warnings: [], recoveries: 0 }, renderer: null, freeStorageBytes: 8 * 1024 ** 3 };
  const reports = [
    { ...report, host: 'electron', renderer: { crashes: 1, hangs: 0 } },
    report,
    { ...report, missedEvents: 12, storage: { warnings: ['cap-reached'], recoveries: 0 } },
  ];
  for (const [index, body] of reports.entries()) {
    const sent = await page.request.post(`${collector.url}/v1/health`, { headers: { authorization: `Bearer ${collector.deviceTokens[index]}` }, data: body });
    expect(sent.status()).toBe(204);
  }
  await login(page);
  await page.getByRole('link', { name: 'Devices' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(3);
  const rows = page.locator('[data-table=devices] tbody tr');
  await expect(rows.locator('th')).toHaveText(['Salon SIEP', 'Hall A', 'Classe Charleroi']);
  await expect(rows.nth(0).locator('[data-severity]')).toHaveText('Needs action');
  await expect(rows.nth(0).locator('[data-column=advice]')).toContainText('The log is full: 12 events could not be recorded. Let the device sync (network in Salon SIEP).');
  await expect(rows.nth(1).locator('[data-severity]')).toHaveText('Keep an eye on it');
  await expect(rows.nth(1).locator('[data-column=health]')).toContainText('crashes: 1, freezes: 0');
  await expect(rows.nth(2).locator('[data-severity]')).toHaveText('All well');
  await expect(rows.nth(2).locator('[data-column=health]')).toContainText('8 GB free');
  await page.screenshot({ path: test.info().outputPath('devices.png'), fullPage: true });
  await expect(page.locator('[data-column=rejected]').first()).toHaveText('0');
  await page.getByLabel('Site name (e.g. Hall A)').fill('Hall B');
  await page.getByRole('button', { name: 'Create a code' }).click();
  await expect(page.locator('[data-code]')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  await expect(page.getByRole('img', { name: /QR code of enrolment code/ })).toBeVisible();
});

test('releases page lists each release with its rollout, the devices per version and a version a kiosk went back from', async ({ page }) => {
  await login(page);
  await page.getByRole('link', { name: 'Releases' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Releases' })).toBeVisible();
  const releases = page.locator('[data-table=releases] tbody tr');
  await expect(releases).toHaveCount(2);
  await expect(releases.nth(0).locator('th')).toHaveText('1.1.0');
  await expect(releases.nth(0)).toContainText('0 % of kiosks, and every device at: Hall A');
  await expect(releases.nth(1)).toContainText('100 % of kiosks');
  await expect(releases.nth(1)).toContainText('Linux');
  const counts = page.locator('[data-table=version-counts] tbody tr');
  await expect(counts).toHaveCount(2);
  await expect(counts.nth(0)).toHaveText(/^1\.0\.0\s*Stable\s*2$/);
  await expect(counts.nth(1)).toHaveText(/^1\.1\.0\s*Stable\s*1$/);
  const devices = page.locator('[data-table=device-versions] tbody tr');
  await expect(devices).toHaveCount(3);
  await expect(devices.filter({ hasText: 'Salon SIEP' })).toContainText('left 1.1.0, which did not start');
  await expect(devices.filter({ hasText: 'Hall A' }).locator('[data-column=version]')).toHaveText('1.1.0');
});

for (const language of ['fr', 'nl', 'de', 'en'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on any page in ${language}`, async ({ page }) => {
    test.setTimeout(240_000); // six pages, each analysed by axe: minutes on a busy 2-core machine
    await page.goto(`${collector.url}/?lang=${language}`);
    const login = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(login.violations, 'login page').toEqual([]);
    await page.locator('input[name=name]').fill(STAFF.name);
    await page.locator('input[name=password]').fill(STAFF.password);
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('[data-figure=sessions], [role=status]').first()).toBeVisible();
    for (const name of ['overview', 'games', 'careers', 'classes', 'devices', 'releases', 'security']) {
      await page.goto(`${collector.url}/?lang=${language}#/${name}`);
      await expect(page.locator('main h2').first()).toBeVisible();
      // Titled cards show before their rows: wait until nothing on the page is still loading (LoadState).
      await expect(page.locator('main p[role=status]')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `${name} in ${language}`).toEqual([]);
    }
  });
}
