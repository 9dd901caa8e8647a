// The training map of issue 18 end to end: a jobseeker without a diploma reaches a production job through the CESS in
// promotion sociale; an adult is shown IFAPME's lab assistant course in alternance; a Dutch or German reader sees their
// community's counterparts beside (never inside) the Walloon pathway; the "what is this?" explainers open by keyboard
// and by tap; axe passes on the changed screens in every language. Expected steps come from the route DATA and are
// written out here, not taken from logic/pathways.ts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { mastersFor } from '../../renderer/careers/data/masters';
import { trainingRoute } from '../../renderer/careers/data/routes';
import { SOURCES } from '../../renderer/careers/data/sources';
import { expectNoAxeViolations, LANGUAGES, openApp, touchTargets, watchConsole, type Lang } from './support/app';

type Tree = { readonly [key: string]: Tree | string };
const CAREERS = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(join(process.cwd(), 'locales', lang, 'careers.json'), 'utf8')) as Tree]),
) as Record<Lang, Tree>;

/** A careers text as the screen shows it, {{placeholders}} filled in; throws on a missing key. */
function c(lang: Lang, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  let node: Tree | string | undefined = CAREERS[lang];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${lang} careers:${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

function roleTitle(lang: Lang, roleId: string): string {
  const roles = JSON.parse(readFileSync(join(process.cwd(), 'locales', lang, 'careersRoles.json'), 'utf8')) as Record<string, { title: string }>;
  const title = roles[roleId]?.title;
  if (!title) throw new Error(`no role ${roleId}`);
  return title;
}

async function expectBigTargets(page: Page, context: string): Promise<void> {
  const small = (await touchTargets(page)).filter((target) => target.width < 48 || target.height < 48);
  expect(small, `touch targets under 48 px on ${context}`).toEqual([]);
}

test('a jobseeker without a diploma reaches downstream operator through the CESS in promotion sociale', async ({ page }) => {
  const errors = watchConsole(page);
  const lang = 'fr';
  await openApp(page, { locale: lang, hash: '#/careers/role/dsp-operator' });
  await page.getByRole('button', { name: c(lang, 'nav.pathway') }).click();
  await page.getByRole('group', { name: c(lang, 'pathway.chooseProfile') }).getByRole('button', { name: c(lang, 'profiles.jobseeker-no-diploma') }).click();
  await expect(page).toHaveURL(/#\/careers\/role\/dsp-operator\/pathway\?from=jobseeker-no-diploma$/);
  const first = page.locator('.careers-pathway').first();
  await expect(first.locator('.careers-step__name')).toHaveText([
    c(lang, 'pathway.today'),
    c(lang, 'routes.promotion-sociale-cess.name'),
    c(lang, 'routes.aptaskil-course.name'),
    c(lang, 'pathway.goal'),
  ]);
  await expect(first.locator('.careers-step--goal .careers-step__text')).toHaveText(roleTitle(lang, 'dsp-operator'));
  // The CESS step is credited to promotion sociale, with its source; Le Forem is not named as awarding it.
  await expect(first.locator('.careers-step').nth(1)).not.toContainText('Forem');
  await expect(page.locator('.careers-sources')).toContainText(SOURCES.promotionSocialeCess);
  await expect(page.locator('.careers-sources')).toContainText(SOURCES.aptaskil);
  // The Jury of the FWB is the other way to the CESS for an adult: it is one of the ways shown for a bachelor job.
  await page.evaluate(() => {
    window.location.hash = '#/careers/role/qa-officer/pathway?from=jobseeker-no-diploma';
  });
  await expect(page.locator('.careers-pathway').first().locator('.careers-step__name').nth(1)).toHaveText(c(lang, 'routes.promotion-sociale-cess.name'));
  expect(trainingRoute('jury-cess').providers).toEqual(['Jury de la Fédération Wallonie-Bruxelles']);
  expect(errors).toEqual([]);
});

test('an adult with the CESS is shown the IFAPME lab assistant course in alternance as a way into lab technician', async ({ page }) => {
  const lang = 'nl';
  await openApp(page, { locale: lang, hash: '#/careers/role/lab-technician/pathway?from=jobseeker-diploma' });
  const ifapme = page.locator('.careers-pathway').filter({ hasText: c(lang, 'routes.ifapme-lab-assistant.name') });
  await expect(ifapme).toHaveCount(1);
  await expect(ifapme.locator('.careers-step__name')).toHaveText([c(lang, 'pathway.today'), c(lang, 'routes.ifapme-lab-assistant.name'), c(lang, 'pathway.goal')]);
  await expect(ifapme.locator('.careers-step').nth(1)).toContainText(c(lang, 'routes.ifapme-lab-assistant.description'));
  // No length is published for it: the step says so rather than guessing.
  await expect(ifapme.locator('.careers-step').nth(1).locator('.careers-step__time')).toHaveText(c(lang, 'pathway.durationUnknown'));
  await expect(ifapme.locator('.careers-total')).toHaveText(c(lang, 'pathway.totalUnknown'));
  await expect(page.locator('.careers-sources')).toContainText(SOURCES[trainingRoute('ifapme-lab-assistant').source]);
});

test('a university step names the masters that lead to the job, with the universities and their sources', async ({ page }) => {
  const lang = 'en';
  await openApp(page, { locale: lang, hash: '#/careers/role/qa-officer/pathway?from=pupil-upper' });
  const masters = page.locator('.careers-masters').first();
  await expect(masters).toBeVisible();
  const programmes = mastersFor('qa-officer');
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  await expect(masters.locator('li')).toHaveText(
    programmes.map((programme) => c(lang, 'masters.item', { programme: c(lang, `masters.${programme.id}`), universities: list.format(programme.offeredBy.map((offer) => offer.university)) })),
  );
  for (const programme of programmes) for (const offer of programme.offeredBy) await expect(page.locator('.careers-sources')).toContainText(SOURCES[offer.source]);
});

test('a Dutch-speaking visitor sees the Flemish counterparts beside the Walloon pathway, a French-speaking one does not', async ({ page }) => {
  await openApp(page, { locale: 'nl', hash: '#/careers/role/usp-operator/pathway?from=jobseeker-no-diploma' });
  const section = page.getByRole('region', { name: c('nl', 'counterparts.flanders.heading') });
  await expect(section).toBeVisible();
  await expect(section).toContainText(c('nl', 'counterparts.flanders.intro'));
  await expect(section.locator('.careers-counterpart__name')).toHaveText([c('nl', 'routes.vitalent-course.name'), c('nl', 'routes.vdab-training.name')]);
  // Apart from the Walloon ways: no counterpart is a step of a pathway.
  await expect(page.locator('.careers-pathway .careers-step__name', { hasText: 'ViTalent' })).toHaveCount(0);
  await expect(page.locator('.careers-sources')).toContainText(SOURCES.vitalent);
  await expect(page.locator('.careers-sources')).toContainText(SOURCES.vdab);

  await page.goto('about:blank');
  await openApp(page, { locale: 'fr', hash: '#/careers/role/usp-operator/pathway?from=jobseeker-no-diploma' });
  await expect(page.locator('.careers-pathway').first()).toBeVisible();
  await expect(page.locator('.careers-counterparts')).toHaveCount(0);
});

test('a German-speaking visitor sees the German-speaking Community\'s diploma and apprenticeship for a technical job', async ({ page }) => {
  await openApp(page, { locale: 'de', hash: '#/careers/role/maintenance-tech/pathway?from=pupil-upper' });
  const section = page.getByRole('region', { name: c('de', 'counterparts.german-speaking.heading') });
  await expect(section.locator('.careers-counterpart__name')).toHaveText([
    c('de', 'routes.dg-secondary-diploma.name'),
    c('de', 'routes.zawm-apprenticeship.name'),
  ]);
  await expect(page.locator('.careers-counterparts[data-region="flanders"]')).toHaveCount(0);
});

test('the "what is this?" explainer opens and closes by keyboard, and each word is explained once per screen', async ({ page }) => {
  const lang = 'nl';
  await openApp(page, { locale: lang, hash: '#/careers/role/qa-officer/pathway?from=jobseeker-no-diploma' });
  const button = page.getByRole('button', { name: c(lang, 'glossary.promotion-sociale.question') });
  await expect(button).toHaveCount(1);
  await expect(page.getByRole('button', { name: c(lang, 'glossary.cess.question') })).toHaveCount(1);
  const answer = page.getByText(c(lang, 'glossary.promotion-sociale.answer'));
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(answer).toBeHidden();
  // Reach it with Tab from the control before it, as a keyboard user would.
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(answer).toBeVisible();
  await expect(button).toHaveAttribute('aria-controls', (await answer.getAttribute('id')) ?? 'missing');
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(answer).toBeHidden();
  await page.keyboard.press('Space');
  await expect(answer).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('the explainers under "what I have now" open by tap and are big enough to hit', async ({ page }) => {
    const lang = 'de';
    await openApp(page, { locale: lang, hash: '#/careers' });
    for (const term of ['cess', 'bachelier', 'master']) {
      const button = page.getByRole('button', { name: c(lang, `glossary.${term}.question`) });
      await button.tap();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByText(c(lang, `glossary.${term}.answer`))).toBeVisible();
    }
    await page.getByRole('button', { name: c(lang, 'glossary.cess.question') }).tap();
    await expect(page.getByText(c(lang, 'glossary.cess.answer'))).toBeHidden();
    await expectBigTargets(page, 'explorer with explainers open');
  });
});

for (const lang of LANGUAGES) {
  test(`axe and touch targets on the changed screens, explainers open (${lang})`, async ({ page }) => {
    // Five screens with axe each: more than the default minute on a busy machine.
    test.setTimeout(240_000);
    const screens = [
      '#/careers',
      '#/careers/role/dsp-operator/pathway?from=jobseeker-no-diploma',
      '#/careers/role/qa-officer/pathway?from=pupil-upper',
      '#/careers/role/maintenance-tech/pathway?from=pupil-upper',
      '#/careers/role/usp-operator/pathway?from=jobseeker-no-diploma',
    ];
    for (const hash of screens) {
      await page.goto('about:blank');
      await openApp(page, { locale: lang, hash });
      await expect(page.locator('.careers-term__button').first()).toBeVisible();
      for (const button of await page.locator('.careers-term__button').all()) await button.click();
      await expect(page.locator('.careers-term__answer').first()).toBeVisible();
      await expectNoAxeViolations(page, `${hash} (${lang})`);
      await expectBigTargets(page, `${hash} (${lang})`);
    }
  });
}
