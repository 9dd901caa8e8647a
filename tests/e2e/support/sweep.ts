// Helpers for the quality sweep specs (sweep-axe, sweep-focus, sweep-pseudo): the list of every screen reachable by a
// deep link, a way to reach each game's intro, pause dialog and results, and DOM checks for clipped text.

import { expect, type Page } from '@playwright/test';
import { GAME_IDS, type GameId } from '../../../common/ids';
import { openApp, type Lang } from './app';
import { pauseButton, pauseDialog, startButton, waitForGame } from './games';
import { kioskConfig, tapStaffCorner, TEST_PIN, useDeviceConfig as storeDeviceConfig } from './kiosk';

export { GAME_IDS, type GameId };

/** The games in groups of three: one sweep test per group stays well inside its time on a slow machine. */
export const GAME_GROUPS: readonly { readonly first: number; readonly games: readonly GameId[] }[] = Array.from(
  { length: Math.ceil(GAME_IDS.length / 3) },
  (_, index) => ({ first: index * 3 + 1, games: GAME_IDS.slice(index * 3, index * 3 + 3) }),
);

/** Time for one screen's check (navigation and axe) on a loaded two-core machine. */
export const SECONDS_PER_SCREEN_CHECK = 20;

export type Locale = Lang | 'pseudo';

/** Screens reached by a deep link, with an element that shows the screen is rendered. */
export const LINKED_SCREENS: readonly { readonly name: string; readonly hash: string; readonly ready: string }[] = [
  { name: 'home', hash: '#/', ready: 'main#main h1' },
  { name: 'settings', hash: '#/?sheet=settings', ready: '[role="dialog"], dialog[open]' },
  { name: 'privacy', hash: '#/privacy', ready: 'main#main h1' },
  { name: 'games hub', hash: '#/games', ready: 'main#main h1' },
  { name: 'careers list', hash: '#/careers', ready: 'main#main h1' },
  { name: 'role', hash: '#/careers/role/qa-officer', ready: 'main#main h1' },
  { name: 'pathway', hash: '#/careers/role/qa-officer/pathway?from=employee-switch', ready: '.careers-pathway' },
  { name: 'quiz', hash: '#/careers/quiz', ready: 'main#main h1' },
  { name: 'classroom', hash: '#/classroom', ready: 'main#main h1' },
  { name: 'guide', hash: '#/classroom/guide/bioreactor', ready: 'main#main h1' },
  { name: 'lesson', hash: '#/lesson?steps=bioreactor,quiz', ready: 'main#main h1' },
  { name: 'event', hash: '#/event', ready: 'main#main h1' },
];

/** Navigates to a deep link in the already open app (no reload) and waits for the screen. */
export async function gotoHash(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 });
}

/** Opens a game's intro in the open app (no reload). */
export async function gotoGameIntro(page: Page, game: GameId): Promise<void> {
  await gotoHash(page, `#/games/${game}`, '.game-intro');
}

/** From the intro: starts the game, waits for it, opens the pause dialog. */
export async function startAndPause(page: Page, game: GameId): Promise<void> {
  await startButton(page).click();
  await waitForGame(page, game);
  await pauseButton(page).click();
  await expect(pauseDialog(page)).toBeVisible();
}

/** From the pause dialog: resumes and ends the game with the test hook; waits for the results. */
export async function resumeAndEnd(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(pauseDialog(page)).toBeHidden();
  await page.waitForFunction(() => typeof (window as unknown as { __biotechTest?: { endGame?: unknown } }).__biotechTest?.endGame === 'function');
  await page.evaluate(() => (window as unknown as { __biotechTest: { endGame(score: number): void } }).__biotechTest.endGame(420));
  await expect(page.locator('.game-results')).toBeVisible({ timeout: 30_000 });
}

/** Opens a kiosk-mode app in the locale and the admin panel through the staff gesture and PIN. */
export async function openAdminPanel(page: Page, locale: Locale): Promise<void> {
  await storeDeviceConfig(page, kioskConfig({ defaultLanguage: locale === 'pseudo' ? 'fr' : locale }));
  await openApp(page, { locale, extraQuery: 'testHooks=1' });
  await tapStaffCorner(page);
  const pad = page.getByRole('dialog');
  await expect(pad).toBeVisible();
  // Digit keys are labelled "<word> <digit>" in every locale (the pseudo-locale keeps the digit as is).
  for (const digit of TEST_PIN) await pad.getByRole('button', { name: new RegExp(`\\s${digit}(\\s|$)`) }).click();
  await pad.locator('.button-row .button--large').click();
  await expect(pad.locator('.pin-pad__key')).toHaveCount(0);
  await expect(page.getByRole('dialog').getByRole('heading').first()).toBeVisible();
}

export interface Clipped {
  readonly kind: string;
  readonly element: string;
  readonly text: string;
}

/**
 * Text clipped by its container or leaving the viewport: elements with overflow hidden/clip or an ellipsis whose
 * content is larger than their box, text nodes whose box extends outside an ancestor that clips, text beyond the
 * viewport's left or right edge. Only visible elements are checked.
 */
export async function findClippedText(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const found: { kind: string; element: string; text: string }[] = [];
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls}`;
    };
    const visible = (el: Element): boolean => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
    };
    const isVisuallyHidden = (el: Element): boolean => {
      // The screen-reader-only pattern (1px box, clip) is not clipped text a reader would see.
      for (let e: Element | null = el; e; e = e.parentElement) {
        const box = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        if ((box.width <= 1 && box.height <= 1) || style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return true;
      }
      return false;
    };
    const clips = (style: CSSStyleDeclaration, axis: 'x' | 'y'): boolean => {
      const value = axis === 'x' ? style.overflowX : style.overflowY;
      return value === 'hidden' || value === 'clip';
    };
    const tolerance = 1;

    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('canvas, svg, script, style, noscript') || !visible(el) || isVisuallyHidden(el)) continue;
      if (!/\p{L}/u.test(el.textContent ?? '')) continue;
      const style = getComputedStyle(el);
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const ellipsis = style.textOverflow === 'ellipsis';
      if ((clips(style, 'x') || ellipsis) && el.scrollWidth > el.clientWidth + tolerance) {
        found.push({ kind: 'clipped horizontally', element: describe(el), text });
      } else if (clips(style, 'y') && el.scrollHeight > el.clientHeight + tolerance) {
        found.push({ kind: 'clipped vertically', element: describe(el), text });
      }
    }

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const width = document.documentElement.clientWidth;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !/\p{L}/u.test(node.textContent ?? '')) continue;
      if (parent.closest('canvas, svg, script, style, noscript') || !visible(parent) || isVisuallyHidden(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const text = (node.textContent ?? '').trim().slice(0, 60);
      if (box.left < -tolerance || box.right > width + tolerance) {
        found.push({ kind: 'leaves the viewport', element: describe(parent), text });
        continue;
      }
      for (let a: Element | null = parent.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        const clipX = clips(style, 'x');
        const clipY = clips(style, 'y');
        if (!clipX && !clipY) continue;
        const outer = a.getBoundingClientRect();
        const outX = clipX && (box.left < outer.left - tolerance || box.right > outer.right + tolerance);
        const outY = clipY && (box.top < outer.top - tolerance || box.bottom > outer.bottom + tolerance);
        // A scrolling container (auto/scroll) does not clip for good: only hidden/clip ancestors count.
        if (outX || outY) {
          found.push({ kind: 'text outside a clipping ancestor', element: `${describe(parent)} in ${describe(a)}`, text });
          break;
        }
      }
    }
    const seen = new Set<string>();
    return found.filter((f) => {
      const key = `${f.kind}|${f.element}|${f.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

/** Presses Tab (at most `limit` times) until the focused element's text or label matches; fails listing what it met. */
export async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return `${el.getAttribute('aria-label') ?? ''} ${el.innerText ?? ''}`.trim().replace(/\s+/g, ' ');
    });
    if (name.test(label)) return;
    seen.push(label.slice(0, 40));
  }
  throw new Error(`Tab never reached ${name}; focus went through: ${seen.join(' | ')}`);
}

export interface FocusState {
  readonly tag: string;
  readonly text: string;
  readonly inScreen: boolean;
  readonly isHeading: boolean;
}

/** Where the focus is: not on body, inside the main screen or an open dialog, or the screen's heading. */
export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { tag: 'body', text: '', inScreen: false, isHeading: false };
    const inScreen = !!el.closest('main#main, dialog[open], [role="dialog"]');
    return { tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 40), inScreen, isHeading: /^H[1-2]$/.test(el.tagName) };
  });
}

/** Focus ring of the focused element compared with the same element unfocused: returns a description or null if none. */
export async function focusIndicatorDifference(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const read = () => {
      const s = getComputedStyle(el);
      return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow, visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };
    };
    const focused = read();
    el.blur();
    const unfocused = read();
    // Back to keyboard focus: focus() after a keydown keeps :focus-visible in Chromium.
    el.focus({ focusVisible: true } as FocusOptions);
    const outlineChanged = focused.visible && focused.outline !== unfocused.outline;
    const shadowChanged = focused.shadow !== 'none' && focused.shadow !== unfocused.shadow;
    return outlineChanged || shadowChanged ? `${focused.outline} / ${focused.shadow}` : null;
  });
}
