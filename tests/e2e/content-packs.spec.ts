// Content packs end to end, on the shipped web build with its own sync and a real collector process: staff write a
// changed fact and an agenda entry for one site in the dashboard (the collector serves it) and publish them; later
// versions go through the collector's staff API. A kiosk of that site takes the
// pack at its next sync but shows it only between visitors (a visitor in a game keeps the old text until the idle
// reset), then in four languages; a kiosk of another site does not change; a pack tampered with on the way is refused
// in plain words and the shown one stays; a rollback on the collector brings the old text back; "go back" works on
// the device alone; and a pack file from a USB stick is taken with the network off (a tampered file is refused).
// page.clock moves the kiosk's time on (the shipped sync asks for content every 5 minutes, the idle reset after 10).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { PackContent } from '../../common/content/contentPack';
import { deviceConfigSchema } from '../../common/config/deviceConfig';
import { LANGUAGES } from '../../common/i18n/languages';
import { DEFAULT_PACK } from '../../renderer/content/defaultPack';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/app';
import { fillContentText, openContentFor, signInToDashboard } from './support/dashboardContent';
import { staffSession, startHubBehindApp } from './support/hubBehindApp';
import { enterPin, kioskConfig, startVisit, tapStaffCorner, TEST_PIN, useDeviceConfig as storeDeviceConfig, WEB_CONFIG_OVERRIDE_KEY } from './support/kiosk';

const STAFF = { name: 'lea.staff', password: 'correct horse battery' };
const HALL_A = { kind: 'site', site: 'Hall A' } as const;

/** The hub's own figure and text for the first fact, in each language. */
const HUB_FACT = {
  figure: { fr: '3 100', nl: '3.100', de: '3.100', en: '3,100' },
  text: {
    fr: 'personnes à engager par les entreprises biotech wallonnes, selon le hub.',
    nl: 'mensen aan te werven door de Waalse biotechbedrijven, volgens de hub.',
    de: 'Menschen sollen die wallonischen Biotech-Firmen einstellen, sagt der Hub.',
    en: 'people to be hired by Walloon biotech companies, says the hub.',
  },
};
const OPEN_DAY = { fr: 'Journée portes ouvertes', nl: 'Opendeurdag', de: 'Tag der offenen Tür', en: 'Open day' };
const OPEN_DAY_TEXT = {
  fr: 'Viens voir les labos et parler aux formateurs.',
  nl: 'Kom de labo’s bekijken en praat met de opleiders.',
  de: 'Komm, schau dir die Labore an und sprich mit den Ausbildern.',
  en: 'Come and see the labs and talk to the trainers.',
};
const GOSSELIES = { fr: 'Gosselies', nl: 'Gosselies', de: 'Gosselies', en: 'Gosselies' };
const OPEN_DAY_LINK = 'https://example.org/open-day';
const BUILT_IN_FIGURE_EN = '2,400';

/** Tomorrow on the device's calendar (the browser shares this machine's time zone). */
function tomorrow(): string {
  const day = new Date(Date.now() + 24 * 3_600_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function hubContent(figureEn = HUB_FACT.figure.en): PackContent {
  const [first, ...others] = DEFAULT_PACK.content.facts;
  return {
    ...DEFAULT_PACK.content,
    // Every route: a next start, a note and the provider's page; one role highlighted; two games, in this order.
    routes: DEFAULT_PACK.content.routes.map((route) => ({
      ...route,
      nextStart: '2027-09-14',
      link: 'https://example.org/courses',
      note: { fr: 'Séance d’information en juin.', nl: 'Infosessie in juni.', de: 'Infoabend im Juni.', en: 'Information session in June.' },
    })),
    highlightedRoles: ['qa-officer'],
    games: ['purify', 'bioreactor'],
    facts: [{ ...first!, figure: { ...HUB_FACT.figure, en: figureEn }, text: HUB_FACT.text }, ...others],
    agenda: [
      {
        id: 'open-day',
        date: tomorrow(),
        endDate: null,
        place: GOSSELIES,
        title: OPEN_DAY,
        text: OPEN_DAY_TEXT,
        link: OPEN_DAY_LINK,
      },
    ],
  };
}

/** Staff at the dashboard write the hub's first fact and the open day for Hall A, and publish them: version 1. */
async function publishFromDashboard(page: Page, collectorUrl: string): Promise<number> {
  await signInToDashboard(page, collectorUrl, STAFF);
  await openContentFor(page, HALL_A.site);
  await fillContentText(page, 'facts-0-figure', HUB_FACT.figure);
  await fillContentText(page, 'facts-0-text', HUB_FACT.text);
  await fillContentText(page, 'facts-0-source', DEFAULT_PACK.content.facts[0]!.source);
  await page.getByRole('button', { name: 'Add an event' }).click();
  await page.locator('#content-agenda-0-date').fill(tomorrow());
  await fillContentText(page, 'agenda-0-title', OPEN_DAY);
  await fillContentText(page, 'agenda-0-place', GOSSELIES);
  await fillContentText(page, 'agenda-0-text', OPEN_DAY_TEXT);
  await page.locator('#content-agenda-0-link').fill(OPEN_DAY_LINK);
  await page.getByRole('button', { name: `Publish to ${HALL_A.site}` }).click();
  await page.getByRole('button', { name: `Yes, publish to ${HALL_A.site}` }).click();
  const outcome = page.locator('[data-outcome=published]');
  await expect(outcome).toHaveText(/^Version \d+ published to Hall A\.$/);
  return Number(/Version (\d+)/.exec((await outcome.textContent()) ?? '')![1]);
}

/** The collector's staff API, signed in as STAFF. */
async function staffApi(api: string) {
  const call = await staffSession(api, STAFF);
  return {
    async publish(content: PackContent): Promise<number> {
      await call('PUT', '/api/content/draft', { target: HALL_A, languages: [...LANGUAGES], content });
      return ((await (await call('POST', '/api/content/publish', { target: HALL_A })).json()) as { version: number }).version;
    },
    async rollback(version: number): Promise<number> {
      return ((await (await call('POST', '/api/content/rollback', { target: HALL_A, version })).json()) as { version: number }).version;
    },
    async file(): Promise<string> {
      return (await call('GET', `/api/content/file?target=${encodeURIComponent('site:Hall A')}`)).text();
    },
    async keyId(): Promise<string> {
      return ((await (await call('GET', '/api/content')).json()) as { keyId: string }).keyId;
    },
    async contentPackOf(site: string): Promise<unknown> {
      const devices = (await (await call('GET', '/api/devices')).json()) as { siteLabel: string; health: { report: { contentPack: unknown } } | null }[];
      return devices.find((device) => device.siteLabel === site)?.health?.report.contentPack ?? null;
    },
  };
}

async function openPanel(page: Page) {
  await tapStaffCorner(page);
  await enterPin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: 'Staff area' });
  await expect(panel).toBeVisible();
  return panel;
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
  await expect(panel.getByText("This device does not have the collector's key yet")).toBeVisible();
  await panel.getByLabel('Hub address').fill(origin);
  await panel.getByLabel('Enrolment code').fill(code);
  await panel.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(panel.getByText(/Device linked to the hub/)).toBeVisible();
  await expect(panel.getByText("This device does not have the collector's key yet")).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close and go back to the start' }).click();
  await expect(page.getByTestId('attract')).toBeVisible();
  return { context, page };
}

/** The device's kept packs (its own IndexedDB database), read as the app keeps them. */
async function keptVersions(page: Page): Promise<{ waiting: number | null }> {
  return page.evaluate(
    () =>
      new Promise<{ waiting: number | null }>((resolve, reject) => {
        const opening = indexedDB.open('biotech-content');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const read = opening.result.transaction('shelf').objectStore('shelf').get('packs');
          read.onsuccess = () => {
            const waiting = (read.result as { waiting: { signed: { payload: string } } | null } | undefined)?.waiting ?? null;
            resolve({ waiting: waiting === null ? null : (JSON.parse(waiting.signed.payload) as { version: number }).version });
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

const firstFact = (page: Page) => page.locator('main .fact').first();

test('a pack published for one site reaches its kiosks between visitors only; tampering is refused; rollback, go back and a USB file work', async ({ browser }) => {
  test.setTimeout(300_000);
  const hub = await startHubBehindApp('content-packs', STAFF);
  const { origin } = hub;
  const contexts: BrowserContext[] = [];
  try {
    const staff = await staffApi(hub.collectorUrl);

    // Two kiosks, one per site, linked with enrolment codes: each keeps the collector's content key.
    const a = await kioskOf(browser, origin, 'Hall A', await hub.enrolmentCode('Hall A'));
    contexts.push(a.context);
    const stored = deviceConfigSchema.parse(JSON.parse((await a.page.evaluate((key) => localStorage.getItem(key), WEB_CONFIG_OVERRIDE_KEY)) ?? '{}'));
    expect(stored.contentKey?.keyId).toBe(await staff.keyId());

    // A visitor comes and opens a game; meanwhile staff publish the hub's fact and open day for Hall A.
    const visitor = a.page;
    await startVisit(visitor);
    await expect(firstFact(visitor)).toContainText(BUILT_IN_FIGURE_EN);
    await expect(visitor.getByRole('heading', { name: 'Coming up at the hub' })).toHaveCount(0);
    const desk = await browser.newContext();
    contexts.push(desk);
    const first = await publishFromDashboard(await desk.newPage(), hub.collectorUrl);
    expect(first).toBe(1);
    await visitor.evaluate(() => {
      window.location.hash = '#/games/gowning';
    });
    await expect(visitor.locator('main#main h1').first()).toBeVisible();
    await expect(visitor.locator('#home-title')).toHaveCount(0);

    // Five minutes on, the sync has the pack: it waits, and the visitor back on the home still sees the old facts.
    await visitor.clock.fastForward('05:30');
    await expect.poll(async () => (await keptVersions(visitor)).waiting, { timeout: 30_000 }).toBe(1);
    await visitor.evaluate(() => {
      window.location.hash = '#/';
    });
    await expect(visitor.locator('#home-title')).toBeVisible();
    await expect(firstFact(visitor)).toContainText(BUILT_IN_FIGURE_EN);
    await expect(visitor.getByRole('heading', { name: 'Coming up at the hub' })).toHaveCount(0);

    // The visitor walks away: "still there?", the reset, the attract screen; the next visitor gets the hub's content.
    // (The five minutes above count too, so the "still there?" countdown is already over: kiosk.spec.ts checks it.)
    await visitor.clock.fastForward('10:05');
    await visitor.clock.fastForward('00:30');
    await expect(visitor.getByTestId('attract')).toBeVisible();
    await startVisit(visitor);
    for (const language of LANGUAGES) {
      await visitor.locator('main').getByRole('button', { name: { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' }[language], exact: true }).click();
      await expect(visitor.locator('html')).toHaveAttribute('lang', language);
      await expect(firstFact(visitor)).toContainText(HUB_FACT.figure[language]);
      await expect(firstFact(visitor)).toContainText(HUB_FACT.text[language]);
      const agenda = visitor.getByRole('region', { name: { fr: 'Bientôt au hub', nl: 'Binnenkort in de hub', de: 'Bald im Hub', en: 'Coming up at the hub' }[language] });
      await expect(agenda.getByRole('heading', { name: OPEN_DAY[language] })).toBeVisible();
      await expect(agenda.getByRole('img', { name: new RegExp(OPEN_DAY[language]) })).toBeVisible();
    }
    await expectNoAxeViolations(visitor, 'home with the hub agenda');
    await visitor.screenshot({ path: test.info().outputPath('home-with-hub-content.png'), fullPage: true });

    // A kiosk of another site keeps the built-in content (its health report says so once it has synced).
    const b = await kioskOf(browser, origin, 'Hall B', await hub.enrolmentCode('Hall B'));
    contexts.push(b.context);
    await expect.poll(() => staff.contentPackOf('Hall B'), { timeout: 60_000 }).toEqual({ source: 'built-in', version: 0, refusal: null });
    await startVisit(b.page);
    await expect(firstFact(b.page)).toContainText(BUILT_IN_FIGURE_EN);
    await expect(b.page.getByRole('heading', { name: 'Coming up at the hub' })).toHaveCount(0);

    // Back at kiosk A, between visitors: staff publish a second version, and it is tampered with on the way.
    await visitor.clock.fastForward('10:05');
    await visitor.clock.fastForward('00:30');
    await expect(visitor.getByTestId('attract')).toBeVisible();
    // (The route is in place before the publication, so no sync of the kiosk can get the untouched pack first.)
    await visitor.route('**/v1/content?**', async (route) => {
      const response = await route.fetch();
      if (response.status() !== 200) return route.fulfill({ response });
      const signed = (await response.json()) as { payload: string };
      return route.fulfill({ response, json: { ...signed, payload: signed.payload.replace('9,999', '1,000,000') } });
    });
    const second = await staff.publish(hubContent('9,999'));
    let panel = await openPanel(visitor);
    await expect(panel.getByTestId('content-shown')).toContainText(`version ${first},`);
    await panel.getByRole('button', { name: 'Send now' }).click();
    await expect(panel.getByTestId('content-refusal')).toContainText('changed after it was signed');
    await expect(panel.getByTestId('content-shown')).toContainText(`version ${first},`);
    await expectNoAxeViolations(visitor, 'admin panel with a refused pack');
    await panel.getByRole('region', { name: 'Hub content' }).screenshot({ path: test.info().outputPath('admin-refused-pack.png') });
    await visitor.unroute('**/v1/content?**');
    await panel.getByRole('button', { name: 'Send now' }).click();
    await expect(panel.getByTestId('content-shown')).toContainText(`version ${second},`);

    // Version 2 (from the staff API) also carries the hub's word on routes, a highlighted role and the games' order:
    // the explorer puts that role first, marked; a pathway shows the notices; the games hub offers the pack's games in
    // its order.
    await panel.getByRole('button', { name: 'Close and go back to the start' }).click();
    await startVisit(visitor);
    await expect(firstFact(visitor)).toContainText('9,999');
    const goTo = (hash: string) =>
      visitor.evaluate((next) => {
        window.location.hash = next;
      }, hash);
    await goTo('#/careers');
    const firstCard = visitor.locator('.careers-grid > li').first();
    await expect(firstCard).toContainText('Highlighted by the hub');
    await expect(visitor.getByText('Highlighted by the hub')).toHaveCount(1);
    await goTo('#/careers/role/qa-officer/pathway?from=pupil-upper');
    await expect(visitor.getByText('Next start: September 14, 2027').first()).toBeVisible();
    await expect(visitor.getByText('Information session in June.').first()).toBeVisible();
    await expect(visitor.getByRole('img', { name: /^QR code to the page of the course/ }).first()).toBeVisible();
    await expectNoAxeViolations(visitor, 'pathway with route notices');
    await visitor.screenshot({ path: test.info().outputPath('pathway-with-route-notices.png'), fullPage: true });
    await goTo('#/games');
    await expect(visitor.locator('.game-card')).toHaveCount(2);
    expect(await visitor.locator('.game-card a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['#/games/purify', '#/games/bioreactor']);
    await visitor.clock.fastForward('10:05');
    await visitor.clock.fastForward('00:30');
    await expect(visitor.getByTestId('attract')).toBeVisible();
    panel = await openPanel(visitor);

    // A rollback on the collector publishes the first content again as a new version: its text comes back.
    const restored = await staff.rollback(first);
    await panel.getByRole('button', { name: 'Send now' }).click();
    await expect(panel.getByTestId('content-shown')).toContainText(`version ${restored},`);
    await panel.getByRole('button', { name: 'Close and go back to the start' }).click();
    await startVisit(visitor);
    await expect(firstFact(visitor)).toContainText(HUB_FACT.figure.en);

    // "Go back" on the device alone shows the pack before (version 2) again.
    await visitor.clock.fastForward('10:05');
    await visitor.clock.fastForward('00:30');
    await expect(visitor.getByTestId('attract')).toBeVisible();
    panel = await openPanel(visitor);
    await panel.getByRole('button', { name: 'Go back to the previous content' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'The previous content is showing again on this device.' })).toBeVisible();
    await expect(panel.getByTestId('content-shown')).toContainText(`version ${second},`);

    // A USB stick: with the network off (before the publication, so the sync cannot fetch it), staff take the newest
    // pack from a file; a tampered file is refused.
    await a.context.setOffline(true);
    const fourth = await staff.publish(hubContent('4,200'));
    const file = await staff.file();
    const folder = mkdtempSync(path.join(tmpdir(), 'content-usb-'));
    const good = path.join(folder, 'pack.json');
    const bad = path.join(folder, 'tampered.json');
    writeFileSync(good, file);
    const signed = JSON.parse(file) as { payload: string };
    writeFileSync(bad, JSON.stringify({ ...signed, payload: signed.payload.replace('4,200', '42,000') }));
    const picker = panel.getByLabel('Take a pack from a file (USB stick)');
    await picker.setInputFiles(bad);
    await expect(panel.getByRole('status').filter({ hasText: 'File refused: changed after it was signed.' })).toBeVisible();
    await picker.setInputFiles(good);
    await expect(panel.getByRole('status').filter({ hasText: `Version ${fourth} taken and showing.` })).toBeVisible();
    await expect(panel.getByTestId('content-shown')).toContainText('taken from a file');
    await panel.getByRole('button', { name: 'Close and go back to the start' }).click();
    await startVisit(visitor);
    await expect(firstFact(visitor)).toContainText('4,200');
    await a.context.setOffline(false);
    rmSync(folder, { recursive: true, force: true });
  } finally {
    // The collector and the proxy stop even when a context cannot be closed (a test that ran out of time).
    await Promise.allSettled(contexts.map((context) => context.close()));
    await hub.stop();
  }
});
