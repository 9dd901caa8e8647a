// Plays a running game to its results the way a visitor does, on the shipped build: only through its real DOM
// controls (the side panel's buttons, or Gowning's accessible overlay), each tapped with the events a finger sends
// (pointer down and up, then click; the kiosk's idle watch sees them as a visitor's activity), chosen by a seeded
// generator; no test hook. Every game can be finished this way: each
// round or step offers enabled buttons until the game ends (a wrong choice costs points, never the way forward), and
// the timed games end when their clock runs out. The loop runs inside the page, one tap per animation frame, so a
// run takes seconds even on a busy machine.

import { expect, type Page } from '@playwright/test';

/** The results screen after a run: the hub's, or event mode's (score, board, take-home code). */
const RESULTS = '.game-results, .event-results';

/**
 * Taps controls until a results screen shows; returns how many taps it took. One tap per frame: in the games that run
 * on their own clock (Data Detective's monitoring takes about 90 s) an idle machine at 60 frames a second taps over
 * 5,000 times before the clock lets the run go on, so the cap is set far above that; the test's timeout bounds a run.
 */
export async function playToResults(page: Page, { seed = 1, maxTaps = 20_000 }: { seed?: number; maxTaps?: number } = {}): Promise<number> {
  await expect(page.locator('.game-play canvas')).toHaveCount(1, { timeout: 30_000 });
  const taps = await page.evaluate(
    async ({ seed, maxTaps, results }) => {
      // Mulberry32, so a run is repeatable for a given seed.
      let state = seed >>> 0;
      const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let taps = 0;
      while (taps < maxTaps && !document.querySelector(results)) {
        // The run left the screen (an idle reset, a crash): stop, the assertion below says so.
        if (!document.querySelector('.game-play')) return -1;
        // The pause bar is left out: it only pauses or leaves the run.
        const controls = [...document.querySelectorAll<HTMLButtonElement>('.game-play button')].filter(
          (button) => !button.disabled && !button.closest('.game-play__bar') && button.checkVisibility({ visibilityProperty: true }),
        );
        if (controls.length > 0) {
          const control = controls[Math.floor(next() * controls.length)]!;
          for (const type of ['pointerdown', 'pointerup']) control.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'touch', isPrimary: true }));
          control.click();
          taps++;
        }
        await frame();
      }
      return taps;
    },
    { seed, maxTaps, results: RESULTS },
  );
  expect(taps, 'the game left the screen before its results').toBeGreaterThanOrEqual(0);
  await expect(page.locator(RESULTS).first()).toBeVisible({ timeout: 60_000 });
  return taps;
}
