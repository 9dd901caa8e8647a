// Memory soak: simulated kiosk visitors in one page. Each visit: touch the attract screen, switch language, play a
// game briefly, view a career, then the visit ends (idle reset). JS heap (after forced GC) and DOM node count are
// taken after 20 and after 300 visits; the target is growth within 5 %.

import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { memorySnapshot, newPage } from './session.mjs';

export function kioskConfig() {
  const salt = randomBytes(16);
  return {
    mode: 'kiosk',
    siteLabel: 'Bench',
    enabledLanguages: ['fr', 'nl', 'de', 'en'],
    defaultLanguage: 'fr',
    idleTimeoutSeconds: 3600,
    enabledGames: ['bioreactor', 'gowning', 'purify', 'code-of-life', 'data-detective', 'cell-therapy-race'],
    adminPin: { algorithm: 'PBKDF2-SHA256', iterations: 100_000, salt: salt.toString('base64'), hash: pbkdf2Sync('2468', salt, 100_000, 32, 'sha256').toString('base64') },
    hubPageUrl: 'https://biowin.org/',
    collectorUrl: null,
    deviceToken: null,
  };
}

/** Runs `count` visits inside the page (no Playwright round trips per step, so the soak stays fast). */
async function visits(page, count, gameIds, roleIds) {
  await page.evaluate(
    async ({ count, gameIds, roleIds }) => {
      const app = window.__biotechTest.app;
      const until = async (check, timeout = 20_000) => {
        const started = performance.now();
        while (!check()) {
          if (performance.now() - started > timeout) throw new Error('soak step timed out');
          await new Promise((resolve) => setTimeout(resolve, 16));
        }
      };
      const languages = ['nl', 'de', 'en'];
      for (let i = 0; i < count; i++) {
        await until(() => document.querySelector('.attract__touch') !== null);
        document.querySelector('.attract__touch').click();
        await until(() => document.querySelector('[data-testid="attract"]') === null && document.querySelector('.language-choice__button') !== null);
        document.querySelector(`.home .language-choice__button[lang="${languages[i % 3]}"]`)?.click();
        window.location.hash = `#/games/${gameIds[i % gameIds.length]}`;
        await until(() => document.querySelector('.game-intro .button--large') !== null);
        document.querySelector('.game-intro .button--large').click();
        await until(() => document.querySelector('.game-play__host canvas') !== null);
        await new Promise((resolve) => setTimeout(resolve, 150));
        window.location.hash = `#/careers/role/${roleIds[i % roleIds.length]}`;
        await until(() => document.querySelector('.game-play__host') === null && document.querySelector('main h1') !== null);
        await app.endVisit('idle');
      }
    },
    { count, gameIds, roleIds },
  );
}

export async function benchSoak(browser, { base, gameIds, first = 20, warm = 100, total = 300 }) {
  const { context, page, cdp } = await newPage(browser, { deviceConfig: kioskConfig() });
  await page.goto(`${base}/?testHooks=1&seed=3`);
  await page.waitForFunction(() => window.__biotechTest?.app !== undefined);
  const roleIds = ['qa-officer', 'usp-operator', 'data-scientist', 'cgt-specialist'];
  const startedAt = Date.now();
  await visits(page, first, gameIds, roleIds);
  const atFirst = await memorySnapshot(cdp);
  // A third point once every game has run many times: V8 keeps compiling hot code well past 20 visits (six games
  // in rotation), which the 20 → 300 figure includes; 100 → 300 shows what is left after that warm-up.
  await visits(page, warm - first, gameIds, roleIds);
  const atWarm = await memorySnapshot(cdp);
  await visits(page, total - warm, gameIds, roleIds);
  const atTotal = await memorySnapshot(cdp);
  const seconds = (Date.now() - startedAt) / 1000;
  await context.close();
  return {
    visits: total,
    seconds,
    heapAfterFirstBytes: atFirst.heapBytes,
    heapAfterAllBytes: atTotal.heapBytes,
    heapGrowth: atTotal.heapBytes / atFirst.heapBytes - 1,
    heapAfterWarmBytes: atWarm.heapBytes,
    heapGrowthAfterWarm: atTotal.heapBytes / atWarm.heapBytes - 1,
    domNodesAfterFirst: atFirst.domNodes,
    domNodesAfterAll: atTotal.domNodes,
    domGrowth: atTotal.domNodes / atFirst.domNodes - 1,
    listenersAfterFirst: atFirst.listeners,
    listenersAfterAll: atTotal.listeners,
  };
}
