// Staff at the dashboard, as the dashboard specs drive it: sign in (English), open the Content page's editor for one
// site, and write one text of the editor in several languages at once.

import { expect, type Page } from '@playwright/test';
import type { Language } from '../../../common/i18n/languages';

export async function signInToDashboard(page: Page, collectorUrl: string, staff: { name: string; password: string }): Promise<void> {
  await page.goto(`${collectorUrl}/?lang=en`);
  await page.getByLabel('User name').fill(staff.name);
  await page.getByLabel('Password').fill(staff.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

/** From anywhere in the dashboard: the Content page, with the editor open for the devices of `site`. */
export async function openContentFor(page: Page, site: string): Promise<void> {
  await page.locator('a[href="#/content"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Content' })).toBeVisible();
  await page.getByRole('radio', { name: 'One site' }).check();
  await page.getByLabel('Site name (as on the devices)').fill(site);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Edit: ${site}` })).toBeVisible();
}

/** One text of the editor (e.g. "facts-0-text"), in each language given. */
export async function fillContentText(page: Page, path: string, texts: Partial<Record<Language, string>>): Promise<void> {
  for (const [language, text] of Object.entries(texts)) await page.locator(`#content-${path}-${language}`).fill(text);
}
