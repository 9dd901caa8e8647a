// Start-up Launchpad end to end on the test build: four runs played to the results through the real choice buttons,
// one per language and input (French by touch on easy, Dutch by mouse on normal, German by keyboard on hard, English
// by keyboard on easy with a seed whose medicine is approved), a careful founder's choices each time (an antibody, a
// quality person first, a biomarker, a contract manufacturer, the honest answers). Fixed seeds (?seed=N&testHooks=1)
// make every run repeatable: the phase draws come from the run's seed. Also: axe on intro, play, pause and results,
// events recorded, a seeded fuzz run followed by a responsive fresh run, and leaving mid-run cleans up.

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './support/app';
import {
  activate,
  backIntoRun,
  expectLeftMidRun,
  expectNoRawKeys,
  expectResults,
  expectRunRecorded,
  type InputKind,
  openGame,
  pauseButton,
  pauseDialog,
  pointAt,
  readGame,
  seededRandom,
  startButton,
  startFreshRun,
  waitForGame,
} from './support/games';
import { chooseLevel } from './support/games34';
import { TEST_BUILD } from './support/builds';

test.use(TEST_BUILD);

const GAME = 'startup-launchpad';
type Level = 'easy' | 'normal' | 'hard';
type Lang = 'fr' | 'nl' | 'de' | 'en';

interface LaunchpadRead {
  level: Level;
  paused: boolean;
  finished: boolean;
  snapshot: {
    card: string | null;
    options: string[];
    news: unknown[];
    history: { phase: string; odds: number; passed: boolean; backup: boolean }[];
    endReason: 'approved' | 'failed' | 'cash' | null;
    founderShare: number;
    team: string[];
  };
  evaluation: { stars: number; score: number; approved: boolean; phasesPassed: number; goodChoices: number; possibleChoices: number } | null;
}

const read = async (page: Page) => (await readGame<LaunchpadRead>(page)) as LaunchpadRead;

/** What a careful founder picks when a card offers it, in this order; otherwise the first choice. */
const CAREFUL = ['biologic', 'quality', 'regulatory', 'business', 'biomarker', 'cdmo', 'honest', 'seriesA', 'seriesB', 'partner', 'continue', 'backup'];

async function startLaunchpad(page: Page, kind: InputKind, level: Level): Promise<void> {
  await chooseLevel(page, kind, level);
  await activate(page, startButton(page), kind);
  await waitForGame(page, GAME);
  expect((await read(page)).level).toBe(level);
}

const moveKey = (s: LaunchpadRead) => `${s.snapshot.news.length}|${s.snapshot.card}|${s.finished}`;

/** Plays every card with the careful choices until the run ends; returns the last published state. */
async function playThrough(page: Page, kind: InputKind): Promise<LaunchpadRead> {
  let s = await read(page);
  for (let move = 0; move < 30 && !s.finished; move++) {
    const options = s.snapshot.options;
    const pick = CAREFUL.find((option) => options.includes(option)) ?? options[0];
    const index = options.indexOf(pick as string);
    const button = page.locator('.lp-choice').nth(index);
    await expect(button).toHaveAttribute('data-option', pick as string);
    const before = moveKey(s);
    // Keyboard: the number key, and every third choice Tab to the button and Enter.
    if (kind === 'keyboard' && move % 3 !== 2) await page.keyboard.press(`Digit${index + 1}`);
    else await activate(page, button, kind);
    await expect.poll(async () => moveKey(await read(page))).not.toBe(before);
    s = await read(page);
  }
  expect(s.finished).toBe(true);
  return s;
}

const RUNS: readonly { lang: Lang; kind: InputKind; level: Level; seed: number }[] = [
  { lang: 'fr', kind: 'touch', level: 'easy', seed: 2 },
  { lang: 'nl', kind: 'mouse', level: 'normal', seed: 3 },
  { lang: 'de', kind: 'keyboard', level: 'hard', seed: 9 },
  { lang: 'en', kind: 'keyboard', level: 'easy', seed: 5 },
];

for (const { lang, kind, level, seed } of RUNS) {
  test.describe(`start-up launchpad in ${lang} by ${kind}`, () => {
    if (kind === 'touch') test.use({ hasTouch: true });

    test(`${lang}: playable to the results by ${kind} alone on ${level}, with the real odds explained and events recorded`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchConsole(page);
      await openGame(page, GAME, { locale: lang, seed });
      const namespaces = ['games', GAME];
      if (lang === 'fr') await expectNoAxeViolations(page, `${GAME} intro`);
      await startLaunchpad(page, kind, level);
      await expect(page.locator('.lp-advice')).not.toBeEmpty();
      await expectNoRawKeys(page, namespaces, `${lang} ${GAME} play`);
      if (lang === 'fr') {
        await expectNoAxeViolations(page, `${GAME} play`);
        await pauseButton(page).click();
        await expect(pauseDialog(page)).toBeVisible();
        await expect.poll(async () => (await read(page)).paused).toBe(true);
        await expectNoAxeViolations(page, `${GAME} pause`);
        await pauseDialog(page).locator('.button--large').click();
        await expect.poll(async () => (await read(page)).paused).toBe(false);
      }
      if (kind === 'keyboard') {
        await page.keyboard.press('r');
        await expect(page.locator('.lp-advice')).not.toBeEmpty();
      }

      const last = await playThrough(page, kind);
      const evaluation = last.evaluation;
      expect(evaluation).not.toBeNull();
      // The careful founder made every good choice the run reached.
      expect(evaluation?.goodChoices).toBe(evaluation?.possibleChoices);
      expect(evaluation?.stars).toBe(3);
      if (lang === 'en') expect(last.snapshot.endReason).toBe('approved');
      else expect(last.snapshot.endReason).toBe('failed');

      const { stars, scoreText } = await expectResults(page);
      expect(stars).toBe(evaluation?.stars);
      expect(scoreText).toContain(String(evaluation?.score));
      const summary = page.locator('.game-results__summary');
      await expect(summary.locator('li')).not.toHaveCount(0);
      if (lang === 'en') {
        await expect(summary).toContainText('approved');
        await expect(summary).toContainText('Regulatory affairs specialist');
      } else {
        // A failure is explained by the real odds of the phase where the medicine stopped.
        const stopped = last.snapshot.history.at(-1);
        await expect(summary).toContainText(String(Math.round((stopped?.odds ?? 0) * 100)));
      }
      await expect(page.locator('.learned-list li')).not.toHaveCount(0);
      await expect(page.locator('.related-roles li')).not.toHaveCount(0);
      await expectNoRawKeys(page, [...namespaces, 'careersRoles'], `${lang} ${GAME} results`);
      if (lang === 'fr' || lang === 'en') await expectNoAxeViolations(page, `${GAME} results (${lang})`);
      await expectRunRecorded(page, GAME, { level, stars: evaluation?.stars, score: evaluation?.score });
      expect(errors).toEqual([]);
    });
  });
}

test.describe('start-up launchpad fuzz', () => {
  test.use({ hasTouch: true });

  test('seeded fuzz: 15 s of random taps and keys raise no error, then a fresh run still answers', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchConsole(page);
    const random = seededRandom(7171);
    await openGame(page, GAME, { seed: 21 });
    await startLaunchpad(page, 'mouse', 'hard');
    const box = await page.locator('.game-play__host').boundingBox();
    if (!box) throw new Error('no game host');
    const keys = ['1', '2', '3', '4', '5', 'r', 'R', 'Escape', 'Tab', 'Shift+Tab', 'ArrowDown', 'Enter', 'Space', 'x', '9'];
    let actions = 0;
    const startAgain = async () => {
      await startButton(page).click();
      await waitForGame(page, GAME);
    };
    const startedAt = Date.now();
    while (Date.now() - startedAt < 15_000) {
      if (await backIntoRun(page, GAME, startAgain)) continue;
      if (random() < 0.5) {
        await pointAt(page, { x: box.x + random() * box.width, y: box.y + random() * box.height }, random() < 0.5 ? 'touch' : 'mouse');
      } else {
        const key = keys[Math.floor(random() * keys.length)] as string;
        const inside = await page.evaluate(() => !!document.activeElement?.closest('.game-play'));
        if ((key === 'Enter' || key === 'Space') && !inside) continue;
        await page.keyboard.press(key);
      }
      actions += 1;
    }
    expect(actions).toBeGreaterThan(30);

    await startFreshRun(page, GAME, () => startLaunchpad(page, 'mouse', 'hard'));
    const s = await read(page);
    expect(s.paused).toBe(false);
    expect(s.snapshot.card).toBe('modality');
    await page.keyboard.press('Digit1');
    await expect.poll(async () => (await read(page)).snapshot.card).toBe('hire');
    await page.locator('.lp-choice').first().click();
    await expect.poll(async () => (await read(page)).snapshot.card).toBe('biomarker');
    expect(errors).toEqual([]);
  });
});

test('leaving mid-run through the pause dialog records game-abandoned and leaves no canvas', async ({ page }) => {
  const errors = watchConsole(page);
  await openGame(page, GAME, { seed: 3 });
  await startLaunchpad(page, 'mouse', 'normal');
  for (let i = 0; i < 3; i++) {
    const before = moveKey(await read(page));
    await page.locator('.lp-choice').first().click();
    await expect.poll(async () => moveKey(await read(page))).not.toBe(before);
  }
  await pauseButton(page).click();
  await expect(pauseDialog(page)).toBeVisible();
  await pauseDialog(page).locator('.button--secondary').click();
  await expect(page.locator('.game-intro')).toBeVisible();
  const abandoned = await expectLeftMidRun(page, GAME);
  expect(Number(abandoned.progress)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
