// Robustness sweep (PhET-style fuzzing of the whole app, not only games): a seeded "monkey" taps, drags and types
// at random across every screen for a few minutes of simulated use. No uncaught error, no console error, and the
// app must still respond at the end. The seed is printed, so a failure can be replayed with MONKEY_SEED.

import type { Page } from '@playwright/test';
import { createRandom } from '../../common/random/seededRandom';
import { expect, test } from './support/test';
import { openApp, watchConsole } from './support/app';

const SCREENS = ['#/', '#/games', '#/careers', '#/careers/quiz', '#/careers/role/qa-officer', '#/careers/role/usp-operator/pathway?from=jobseeker-no-diploma', '#/privacy', '#/?sheet=settings'];
const KEYS = ['Tab', 'Shift+Tab', 'Enter', ' ', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'f', 'h', '1', '2', '3', 'a', 'r'];
const ACTIONS = 400;

/** One random action; returns a short description for the log. */
async function act(page: Page, random: ReturnType<typeof createRandom>): Promise<string> {
  const roll = random.next();
  if (roll < 0.12) {
    const hash = random.pick(SCREENS);
    await page.evaluate((h) => (window.location.hash = h), hash);
    return `go ${hash}`;
  }
  if (roll < 0.55) {
    // Tap a visible control, chosen at random among those on screen (downloads and leaving the app excluded).
    const targets = page.locator('button:visible, a[href^="#"]:visible, label:has(input):visible');
    const count = await targets.count();
    if (count === 0) return 'no target';
    const index = random.int(0, count - 1);
    await targets.nth(index).click({ timeout: 2_000, trial: false }).catch(() => undefined);
    return `tap #${index}`;
  }
  const viewport = page.viewportSize() ?? { width: 1366, height: 768 };
  if (roll < 0.7) {
    await page.mouse.click(random.int(0, viewport.width - 1), random.int(80, viewport.height - 1));
    return 'tap anywhere';
  }
  if (roll < 0.78) {
    const x = random.int(0, viewport.width - 1);
    const y = random.int(80, viewport.height - 1);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + random.int(-200, 200), y + random.int(-200, 200), { steps: 4 });
    await page.mouse.up();
    return 'drag';
  }
  const key = random.pick(KEYS);
  await page.keyboard.press(key);
  return `key ${key}`;
}

test('a seeded monkey across the whole app causes no error and leaves the app responsive', async ({ page }) => {
  test.setTimeout(240_000);
  const seed = Number(process.env.MONKEY_SEED ?? 20261126);
  const random = createRandom(seed);
  const errors = watchConsole(page);
  // Downloads (the staff export) are not part of a visitor's reach; dialogs such as print are dismissed.
  page.on('dialog', (dialog) => void dialog.dismiss());
  await openApp(page, { extraQuery: `seed=${seed}` });
  const log: string[] = [];
  for (let i = 0; i < ACTIONS; i++) {
    log.push(await act(page, random));
    if (errors.length > 0) break;
  }
  expect(errors, `seed ${seed}, last actions: ${log.slice(-8).join(' | ')}`).toEqual([]);

  // Still responsive: the settings sheet opens from wherever the monkey left the app.
  await page.evaluate(() => (window.location.hash = '#/?sheet=settings'));
  await expect(page.getByRole('dialog')).toBeVisible();
});
