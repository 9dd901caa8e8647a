// Helpers shared by the end-to-end specs: open the app at a deep link in a given language, collect console errors,
// run axe with the WCAG 2.2 AA rule set, measure touch targets.

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface OpenOptions {
  readonly locale?: Lang | 'pseudo';
  readonly hash?: string;
  readonly extraQuery?: string;
}

/**
 * Opens the app and waits until the first screen is rendered by React: the home drawn before React (its language
 * buttons only, renderer/app/quickHome.ts) is tested on its own in home-snapshot.spec.ts.
 */
export async function openApp(page: Page, { locale, hash = '#/', extraQuery = '' }: OpenOptions = {}): Promise<void> {
  const query = [locale ? `locale=${locale}` : '', extraQuery].filter(Boolean).join('&');
  await page.goto(`/${query ? `?${query}` : ''}${hash}`);
  await expect(page.locator('main#main')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-first-screen', 'snapshot', { timeout: 30_000 });
}

/**
 * Test build with ?testHooks=1: waits until the engagement log is open and the app's session started, the moment the
 * app puts it on window.__biotechTest.telemetry (the log opens just after the first screen, renderer/app/boot.ts).
 */
export async function waitForEngagementLog(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __biotechTest?: { telemetry?: unknown } }).__biotechTest?.telemetry !== undefined, undefined, {
    timeout: 30_000,
  });
}

/** Records console errors and uncaught exceptions; assert on the returned list at the end of a test. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Every visible control a finger can hit (buttons, links, labels wrapping inputs), with its box. */
export async function touchTargets(page: Page): Promise<{ name: string; width: number; height: number }[]> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>('button, a[href], label:has(input), [role="button"]');
    return [...candidates]
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return style.visibility !== 'hidden' && box.width > 0 && box.height > 0 && !el.classList.contains('skip-link');
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return { name: (el.textContent ?? '').trim().slice(0, 40), width: box.width, height: box.height };
      });
  });
}
