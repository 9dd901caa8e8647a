// Classrooms reach the hub: staff create a class code on the dashboard's Classes page; its lesson link opens the
// shipped classroom app in two separate browsers (two pupils), each of which joins the class with its own token and
// syncs its visits as that class; the dashboard counts the class (visits shown, the two devices withheld as "<5");
// revoking the code stops both tokens at once and a third browser is refused; the served config.json holds no
// token, and a token put into it is ignored. The teacher can also type the code into the lesson builder's link.

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { WEB_CONFIG_OVERRIDE_KEY } from '../../renderer/host/webHost';
import { SHIPPED_BUILD_ORIGIN } from './support/builds';
import { startHubBehindApp } from './support/hubBehindApp';

const STAFF = { name: 'teacher.dupont', password: 'correct horse battery' };
const SCHOOL = 'Athénée Royal de Gosselies';
const CLASS = '2B';
/** A token someone wrote into the public config.json: the web host must ignore it. */
const PUBLIC_TOKEN = 'Aa0Aa0Aa0Aa0Aa0Aa0Aa0Aa0Aa0Aa0Aa0Aa0Aa0Aa0A';
/** Page loads per pupil browser: each starts a visit, so two browsers make 6 visits (above the <5 threshold). */
const LOADS_PER_PUPIL = 3;

/** Today in the hub's time zone, the day a class code is made for. */
const hubToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

/** A pupil's own browser: no service worker (so the served config.json can be given here), Belgian clock. */
async function pupilBrowser(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'Europe/Brussels' });
  await context.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ mode: 'classroom', siteLabel: 'Web', collectorUrl: origin, deviceToken: PUBLIC_TOKEN }),
    }),
  );
  return context;
}

async function storedToken(page: Page): Promise<string | null> {
  const stored = await page.evaluate((key) => localStorage.getItem(key), WEB_CONFIG_OVERRIDE_KEY);
  return stored === null ? null : ((JSON.parse(stored) as { deviceToken: string | null }).deviceToken ?? null);
}

test('a class code from the dashboard, carried by a lesson link, lets each pupil browser sync as that class until it is revoked', async ({ browser, page, request }) => {
  test.setTimeout(240_000);
  // The pupils' app and its collector on one origin, as the web build's CSP allows the collector's origin only.
  const hub = await startHubBehindApp('classes', STAFF);
  const { origin, collectorUrl: dashboard } = hub;
  const contexts: BrowserContext[] = [];
  try {
    // The served config.json holds no token.
    const served = await request.get(`${SHIPPED_BUILD_ORIGIN}/config.json`);
    expect(served.ok()).toBe(true);
    expect(Object.keys((await served.json()) as object)).not.toContain('deviceToken');

    // Staff create the code on the Classes page.
    await page.goto(`${dashboard}/?lang=en`);
    await page.getByLabel('User name').fill(STAFF.name);
    await page.getByLabel('Password').fill(STAFF.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Classes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Classes' })).toBeVisible();
    await page.getByRole('textbox', { name: 'School', exact: true }).fill(SCHOOL);
    await page.getByLabel('Class (e.g. 2B)').fill(CLASS);
    await page.getByLabel('Day', { exact: true }).fill(hubToday());
    await page.getByLabel('Screens at most').fill('3');
    await page.getByLabel('Address of the classroom app (for the lesson link)').fill(`${origin}/`);
    await page.getByRole('button', { name: 'Create the code' }).click();
    const created = page.locator('[data-class-code]');
    await expect(created).toBeVisible();
    const code = (await created.getAttribute('data-class-code'))!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    const link = await page.locator('[data-lesson-link]').inputValue();
    expect(link).toContain(`class=${code.replace(/-/g, '')}`);
    await expect(page.getByRole('img', { name: `QR code of the lesson link of class ${CLASS}` })).toBeVisible();
    const row = page.locator(`[data-table=class-codes] tr[data-class-row="${code}"]`);
    await expect(row.locator('[data-column=used]')).toHaveText('0 / 3');
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);

    // Two pupils open the link in their own browsers: each joins with its own token, not the public one.
    const pupils: Page[] = [];
    for (let index = 0; index < 2; index += 1) {
      const context = await pupilBrowser(browser, origin);
      contexts.push(context);
      const pupil = await context.newPage();
      await pupil.goto(link);
      await expect(pupil.getByTestId('lesson-class')).toHaveAttribute('data-state', 'joined');
      await expect(pupil.getByTestId('lesson-class')).toContainText(CLASS);
      if (index === 0) expect((await new AxeBuilder({ page: pupil }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
      pupils.push(pupil);
    }
    const tokens = await Promise.all(pupils.map(storedToken));
    expect(tokens[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(tokens).not.toContain(PUBLIC_TOKEN);
    await page.reload();
    await expect(row.locator('[data-column=used]')).toHaveText('2 / 3');

    // Each page load is a visit; reopening the link keeps the browser's place (and token) in the class.
    for (const pupil of pupils) {
      for (let load = 1; load < LOADS_PER_PUPIL; load += 1) {
        await pupil.reload();
        await expect(pupil.getByTestId('lesson-class')).toHaveAttribute('data-state', 'joined');
      }
    }
    expect(await Promise.all(pupils.map(storedToken))).toEqual(tokens);

    // The dashboard counts the class once the visits have synced: 6 visits shown, 2 devices withheld as "<5".
    const visits = 2 * LOADS_PER_PUPIL;
    await expect
      .poll(async () => (await (await page.request.get(`${dashboard}/api/reports/classes`)).json()) as unknown, { timeout: 60_000 })
      .toEqual({
        schools: [{ school: SCHOOL, devices: '<5', visits, classes: [{ classLabel: CLASS, devices: '<5', visits }] }],
        total: { devices: '<5', visits },
      });
    await page.reload();
    const reach = page.locator(`[data-table=class-reach] tr[data-reach-class="${CLASS}"]`);
    await expect(reach.locator('[data-column=visits]')).toHaveText(String(visits));
    await expect(reach.locator('[data-column=devices]')).toHaveText('<5');

    // Revoking the code stops both tokens at once, and a third browser can no longer join.
    await row.getByRole('button', { name: `Stop – ${SCHOOL} – ${CLASS}` }).click();
    await row.getByRole('button', { name: `Yes, stop “${SCHOOL} – ${CLASS}”` }).click();
    await expect(row.locator('[data-column=state]')).toContainText('Stopped on');
    for (const token of tokens) {
      const refused = await request.post(`${origin}/v1/events`, {
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        data: { sentAt: '2026-01-01T00:00:00.000+01:00', events: [] },
      });
      expect(refused.status()).toBe(401);
      expect(((await refused.json()) as { error: string }).error).toBe('device-revoked');
    }
    const late = await pupilBrowser(browser, origin);
    contexts.push(late);
    const third = await late.newPage();
    await third.goto(link);
    await expect(third.getByTestId('lesson-class')).toHaveAttribute('data-state', 'failed');
    await expect(third.getByTestId('lesson-class')).toContainText('le code de classe a été arrêté');
    expect(await storedToken(third)).toBeNull();
  } finally {
    // The collector and the proxy stop even when a context cannot be closed (a test that ran out of time).
    await Promise.allSettled(contexts.map((context) => context.close()));
    await hub.stop();
  }
});

test('the teacher adds a class code to the lesson link, with a plain message for a code of the wrong shape', async ({ page }) => {
  await page.goto('/?locale=en#/classroom');
  await page.getByTestId('lesson-add-gowning').click();
  const field = page.getByTestId('lesson-class-code');
  await field.fill('7kq4 m9x2');
  await expect(page.getByRole('alert')).toContainText('This code does not have the right shape');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('lesson-link')).not.toHaveValue(/class=/);
  await field.fill('7kq4-m9x2-tb');
  await expect(page.getByTestId('lesson-link')).toHaveValue(/#\/lesson\?steps=gowning&lang=en&class=7KQ4M9X2TB$/);
  await expect(page.getByText('The link holds the class code 7KQ4M9X2TB.')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
});
