// The shell: home screen, language switching, settings that persist, deep links, no console errors.

import { expect, test } from './support/test';
import { LANGUAGES, openApp, touchTargets, watchConsole } from './support/app';
import { CONTENT_NUMBERS } from '../../renderer/i18n/contentNumbers';

const TITLES = {
  fr: 'Joue, explore et trouve ton métier dans la biotech',
  nl: 'Speel, ontdek en vind je job in de biotech',
  de: 'Spiel, entdecke und finde deinen Beruf in der Biotechnologie',
  en: 'Play, explore and find your job in biotech',
} as const;

test('home opens in French by default with the four languages named in their own words', async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
  const group = page.getByRole('group', { name: 'Choisis ta langue' });
  for (const [lang, name] of [['fr', 'Français'], ['nl', 'Nederlands'], ['de', 'Deutsch'], ['en', 'English']] as const) {
    await expect(group.getByRole('button', { name })).toHaveAttribute('lang', lang);
  }
  await expect(group.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

for (const lang of LANGUAGES) {
  test(`switching to ${lang} changes the visible texts and <html lang>`, async ({ page }) => {
    const errors = watchConsole(page);
    await openApp(page, { locale: lang === 'fr' ? 'en' : 'fr' });
    const names = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' } as const;
    await page.locator('main').getByRole('button', { name: names[lang] }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[lang]);
    // The sector's hires, formatted when the app was built (renderer/content/builtInFigures.ts), read as this
    // browser's own number format writes them.
    const written = await page.evaluate(([language, value]) => new Intl.NumberFormat(language).format(value), [lang, CONTENT_NUMBERS.sectorHires] as const);
    await expect(page.locator('.fact__figure').first()).toHaveText(written);
    expect(errors).toEqual([]);
  });
}

test('settings persist across a reload', async ({ page }) => {
  await openApp(page, { hash: '#/?sheet=settings' });
  const dialog = page.getByRole('dialog', { name: 'Réglages' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Très grande' }).check();
  await dialog.getByRole('switch', { name: /Moins d'animations/ }).check();
  await dialog.getByRole('switch', { name: /Son/ }).uncheck();
  await dialog.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
  const reopened = page.getByRole('dialog', { name: 'Instellingen' });
  await expect(reopened).toBeVisible();
  await expect(reopened.getByRole('radio', { name: 'Extra groot' })).toBeChecked();
  await expect(reopened.getByRole('switch', { name: /Minder beweging/ })).toBeChecked();
  await expect(reopened.getByRole('switch', { name: /Geluid/ })).not.toBeChecked();
});

test('the settings sheet opens from the top bar, closes with Escape and returns focus', async ({ page }) => {
  await openApp(page, { locale: 'en' });
  const opener = page.getByRole('button', { name: 'Settings' });
  await opener.click();
  await expect(page).toHaveURL(/#\/\?sheet=settings$/);
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).not.toHaveURL(/sheet=settings/);
  await expect(opener).toBeFocused();
});

test('a deep link opens the settings sheet directly', async ({ page }) => {
  await openApp(page, { locale: 'de', hash: '#/?sheet=settings' });
  await expect(page.getByRole('dialog', { name: 'Einstellungen' })).toBeVisible();
});

test('an unknown deep link falls back to home without errors', async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page, { hash: '#/does/not/exist' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.fr);
  expect(errors).toEqual([]);
});

test('touch targets on home and settings are at least 48 px', async ({ page }) => {
  await openApp(page, { hash: '#/?sheet=settings' });
  const targets = await touchTargets(page);
  expect(targets.length).toBeGreaterThan(10);
  for (const target of targets) {
    expect(target.width, JSON.stringify(target)).toBeGreaterThanOrEqual(48);
    expect(target.height, JSON.stringify(target)).toBeGreaterThanOrEqual(48);
  }
});
