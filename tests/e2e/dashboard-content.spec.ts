// The dashboard's Content page in Chromium against a real collector (issue #22): staff write a fact and an agenda
// entry for one site with one language left out; publishing is refused with the missing text flagged and listed;
// once filled, the pack is published after a confirmation, the history names the staff member, and a device of that
// site gets the new pack (signature checked as a device does) while a device of another site gets nothing; a newer
// version and a rollback publish the old text again as a new version; a version can be viewed; the USB download is a
// valid signed pack. Axe finds nothing on the page in four languages, and each is photographed at 1440 px.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CONTENT_PATHS, packEtag } from '../../common/content/contentApi';
import { checkSignedPack, type ContentKey } from '../../common/content/signedPack';
import type { ContentPack } from '../../common/content/contentPack';
import { LANGUAGES } from '../../common/i18n/languages';
import { GAME_IDS } from '../../common/ids';
import { SITES, STAFF, startDashboardCollector, type DashboardCollector } from './support/dashboardCollector';
import { fillContentText, openContentFor, signInToDashboard } from './support/dashboardContent';

test.describe.configure({ mode: 'serial' });

const SITE = SITES[0]!;
const OTHER_SITE_DEVICE = 2;
const FACT = {
  figure: { fr: '2 400', nl: '2.400', de: '2.400', en: '2,400' },
  text: { fr: 'emplois en biotech à Gosselies', nl: 'banen in biotech in Gosselies', de: 'Arbeitsplätze in der Biotech in Gosselies', en: 'biotech jobs in Gosselies' },
  source: { fr: 'Source : BioWin, 2024', nl: 'Bron: BioWin, 2024', de: 'Quelle: BioWin, 2024', en: 'Source: BioWin, 2024' },
};
const EVENT = {
  title: { fr: 'Portes ouvertes', nl: 'Opendeur', de: 'Tag der offenen Tür', en: 'Open day' },
  place: { fr: 'Hall B', nl: 'Hal B', de: 'Halle B', en: 'Hall B' },
  text: { fr: 'Viens voir les labos.', nl: 'Kom de labo’s bekijken.', de: 'Komm und sieh dir die Labore an.', en: 'Come and see the labs.' },
};
const NEWER_TEXT = 'biotech jobs around Charleroi';

let collector: DashboardCollector;
/** A device of SITE enrolled through the dashboard: its token and the collector's content key it learnt. */
let device: { token: string; key: ContentKey };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  collector = await startDashboardCollector(12);
});
test.afterAll(async () => collector?.stop());

/** A device's fetch of its content, checked as the device checks it. */
async function deviceFetch(token: string, key: ContentKey | null, ifNoneMatch?: string): Promise<{ status: number; pack: ContentPack | null }> {
  const response = await fetch(`${collector.url}${CONTENT_PATHS.deviceFetch}?site=${encodeURIComponent(SITE)}&mode=kiosk`, {
    headers: { authorization: `Bearer ${token}`, ...(ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch }) },
  });
  if (response.status !== 200 || key === null) return { status: response.status, pack: null };
  const check = await checkSignedPack(await response.json(), { key, device: { siteLabel: SITE, mode: 'kiosk' }, currentVersion: 0 });
  if (!check.ok) throw new Error(`the device refused the pack: ${check.refusal} ${check.detail}`);
  return { status: 200, pack: check.pack };
}

test('staff publish a pack for one site only once every language is there, see its history, and roll back', async ({ page }) => {
  test.setTimeout(180_000);
  await signInToDashboard(page, collector.url, STAFF);

  // A device of the site, enrolled with a code made on the dashboard: it learns the collector's content key.
  const session = (await (await page.request.get(`${collector.url}/api/session`)).json()) as { csrfToken: string };
  const code = await page.request.post(`${collector.url}/api/enrolment-codes`, { data: { siteLabel: SITE }, headers: { 'x-csrf-token': session.csrfToken } });
  expect(code.status()).toBe(201);
  const enrolled = await fetch(`${collector.url}/v1/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: ((await code.json()) as { code: string }).code }) });
  const answer = (await enrolled.json()) as { deviceToken: string; contentKey: ContentKey };
  device = { token: answer.deviceToken, key: answer.contentKey };
  expect((await deviceFetch(device.token, device.key)).status).toBe(204);

  await openContentFor(page, SITE);
  await expect(page.locator('[data-target-state]')).toContainText('Nothing is published for these devices yet.');

  // The fact in four languages; the event's description left without its English text.
  await fillContentText(page, 'facts-0-figure', FACT.figure);
  await fillContentText(page, 'facts-0-text', FACT.text);
  await fillContentText(page, 'facts-0-source', FACT.source);
  await page.getByRole('button', { name: 'Add an event' }).click();
  await page.locator('#content-agenda-0-date').fill('2027-03-10');
  // The field shows the browser's date format; its hint reads the day in the dashboard's language.
  await expect(page.locator('#content-agenda-0-date-hint')).toHaveText('That is Wednesday, March 10, 2027.');
  await fillContentText(page, 'agenda-0-title', EVENT.title);
  await fillContentText(page, 'agenda-0-place', EVENT.place);
  await fillContentText(page, 'agenda-0-text', { fr: EVENT.text.fr, nl: EVENT.text.nl, de: EVENT.text.de });
  // An event added by mistake and removed: the focus goes back to the event before it, not to the page's top.
  await page.getByRole('button', { name: 'Add an event' }).click();
  await page.getByRole('button', { name: 'Remove – Event 2' }).click();
  await expect(page.locator('[data-section=agenda] fieldset.entry')).toHaveCount(1);
  await expect(page.locator('#content-agenda-0-date')).toBeFocused();
  const eventText = page.locator('[data-field="agenda.0.text"]');
  await expect(eventText.locator('[data-missing-count]')).toHaveText('⚠ 1 language missing');
  await expect(eventText.locator('[data-language=en] [data-missing-flag]')).toHaveText('⚠ Missing in English');
  await expect(page.locator('#content-agenda-0-text-en')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-publish-state]')).toContainText('Publishing is refused while 1 text lacks a required language.');

  // Publishing anyway: the collector refuses (422) and its list names the text and the language, linked to the field.
  await page.getByRole('button', { name: 'Publish (refused: 1 text missing)' }).click();
  const refused = page.locator('[data-refused] li');
  await expect(refused).toHaveCount(1);
  await expect(refused).toHaveAttribute('data-refused-path', 'agenda.0.text');
  await expect(refused).toHaveAttribute('data-refused-language', 'en');
  await expect(refused).toHaveText('Event 1 – Description: Missing in English');
  await expect(refused.locator('a')).toHaveAttribute('href', '#content-agenda-0-text-en');
  await expect(page.locator('[data-outcome=failed]')).toHaveText('Not published: fill in the missing texts listed above.');
  expect((await deviceFetch(device.token, device.key)).status).toBe(204);

  // Filled in: published after the confirmation.
  await page.locator('#content-agenda-0-text-en').fill(EVENT.text.en);
  await expect(page.locator('[data-publish-state]')).toHaveText('Every text is written in FR, NL, DE, EN: ready to publish.');
  await page.getByRole('button', { name: `Publish to ${SITE}` }).click();
  await page.getByRole('button', { name: `Yes, publish to ${SITE}` }).click();
  await expect(page.locator('[data-outcome=published]')).toHaveText(`Version 1 published to ${SITE}.`);
  const first = page.locator('[data-table=content-history] tr[data-version="1"]');
  await expect(first.locator('[data-column=who]')).toHaveText(STAFF.name);
  await expect(first.locator('[data-column=origin]')).toHaveText('Published from a draft');
  await expect(page.locator(`[data-table=content-targets] tr[data-target="site:${SITE}"]`)).toContainText('Version 1');

  // The device of the site gets exactly that; a device of another site gets nothing.
  const one = await deviceFetch(device.token, device.key);
  expect(one.pack?.version).toBe(1);
  expect(one.pack?.target).toEqual({ kind: 'site', site: SITE });
  expect(one.pack?.languages).toEqual([...LANGUAGES]);
  expect(one.pack?.content.facts).toEqual([{ id: 'fact-1', ...FACT }]);
  expect(one.pack?.content.agenda).toEqual([{ id: 'event-1', date: '2027-03-10', endDate: null, link: null, ...EVENT }]);
  const elsewhere = await fetch(`${collector.url}${CONTENT_PATHS.deviceFetch}?site=${encodeURIComponent(SITES[OTHER_SITE_DEVICE]!)}&mode=kiosk`, {
    headers: { authorization: `Bearer ${collector.deviceTokens[OTHER_SITE_DEVICE]}` },
  });
  expect(elsewhere.status).toBe(204);

  // A newer text as version 2, then version 1 brought back: a new version 3 with the old text.
  await page.locator('#content-facts-0-text-en').fill(NEWER_TEXT);
  await page.getByRole('button', { name: `Publish to ${SITE}` }).click();
  await page.getByRole('button', { name: `Yes, publish to ${SITE}` }).click();
  await expect(page.locator('[data-outcome=published]')).toHaveText(`Version 2 published to ${SITE}.`);
  expect((await deviceFetch(device.token, device.key, packEtag(1))).pack?.content.facts[0]?.text.en).toBe(NEWER_TEXT);

  await page.getByRole('button', { name: 'Bring back this version – Version 1' }).click();
  await page.getByRole('button', { name: `Yes, publish version 1 again for ${SITE}` }).click();
  await expect(page.locator('[data-outcome=published]')).toHaveText(`Version 1 brought back: published as version 3 to ${SITE}.`);
  const third = page.locator('[data-table=content-history] tr[data-version="3"]');
  await expect(third.locator('[data-column=origin]')).toHaveText('Restored from version 1');
  await expect(third.locator('[data-column=who]')).toHaveText(STAFF.name);
  await expect(page.locator('[data-table=content-history] tbody tr')).toHaveCount(3);
  const restored = await deviceFetch(device.token, device.key, packEtag(2));
  expect(restored.pack?.version).toBe(3);
  expect(restored.pack?.content.facts[0]?.text.en).toBe(FACT.text.en);
  expect((await deviceFetch(device.token, null, packEtag(3))).status).toBe(304);

  // Viewing version 2 shows its text as a visitor would read it.
  await page.getByRole('button', { name: 'View – Version 2' }).click();
  const viewed = page.locator('[data-viewed-version="2"]');
  await viewed.getByRole('button', { name: 'English' }).click();
  await expect(viewed.locator('.visitor-fact')).toContainText(NEWER_TEXT);

  // The preview of the editor in German: the home's facts and the agenda in the visitor's words.
  const preview = page.locator('[data-preview]').first();
  await preview.getByRole('button', { name: 'German' }).click();
  await expect(preview.locator('.visitor-fact')).toContainText(FACT.text.de);
  await expect(preview.locator('.visitor-agenda-entry')).toContainText(EVENT.title.de);
  await expect(preview.locator('.visitor-section-title').first()).toHaveText('Wusstest du?');

  // The USB file: the newest version for the site, signed, accepted by the device's own check.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download version 3 for ${SITE}` }).click()]);
  expect(download.suggestedFilename()).toBe('biotech-content-site-hall-a-v3.json');
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown;
  const check = await checkSignedPack(file, { key: device.key, device: { siteLabel: SITE, mode: 'kiosk' }, currentVersion: 0 });
  expect(check.ok && check.pack.version).toBe(3);
  expect(check.ok && check.pack.content.facts[0]?.text).toEqual(FACT.text);
});

for (const language of LANGUAGES) {
  test(`the Content page has no axe violation in ${language}, photographed at 1440 px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInToDashboard(page, collector.url, STAFF);
    await page.goto(`${collector.url}/?lang=${language}#/content`);
    await expect(page.locator('[data-target="all"] [data-target-state]')).toBeVisible();
    // The site published above, with one text emptied so a missing language is flagged on the photograph.
    await page.locator('input[name=target-kind][value=site]').check();
    await page.locator('input[name=target-site]').fill(SITE);
    await page.locator('.target-picker button[type=submit]').click();
    await expect(page.locator(`[data-table=content-history] tr[data-version="3"]`)).toBeVisible();
    await page.locator('#content-facts-0-source-de').fill('');
    await expect(page.locator('[data-field="facts.0.source"] [data-missing-flag]')).toBeVisible();
    // Unsaved additions, so every kind of form is on the page: a route notice with a note, a role, the games' order.
    await page.locator('[data-section=routes] > button').click();
    await page.locator('#content-routes-0-providers').fill('Haute École Louvain en Hainaut\nIFAPME Charleroi');
    await page.locator('[data-section=routes] input[type=checkbox]').check();
    await fillContentText(page, 'routes-0-note', { fr: 'Séance d’information le 12 mars', en: 'Information session on 12 March' });
    await page.locator('[data-section=roles] .add-row button').click();
    await page.locator('[data-section=games] input[type=checkbox]').check();
    await expect(page.locator('[data-list=games] li')).toHaveCount(GAME_IDS.length);
    await expect(page.locator('[data-list=roles] li')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `content page in ${language}`).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`content-${language}-1440.png`), fullPage: true });
  });
}
