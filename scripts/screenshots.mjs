// Takes screenshots of app screens in given languages and viewports, for people to look at (not a test).
// Serves the test build (dist/web-test: npm run build:web:test) itself, whose test hooks reach the countdown and the
// results screens quickly; it looks the same as the shipped build. Usage:
//   node scripts/screenshots.mjs --set shell            (home + settings, 4 languages + pseudo, kiosk + laptop sizes)
//   node scripts/screenshots.mjs --set kiosk            (attract, countdown, PIN pad, admin, wizard; fr + nl)
//   node scripts/screenshots.mjs --set games            (hub, intro, play, results per game; fr + de; 3 sizes)
//   node scripts/screenshots.mjs --set classroom        (teacher view, guide, lesson, event screens; fr + nl; 1920x1080 + 1366x768)
//   node scripts/screenshots.mjs --set guides           (teacher guides printed to PDF by Chromium: dist/guides/<lang>/<id>.pdf, fr + nl)
// Writes PNG files to dist/screens/<set>/.

import { spawn } from 'node:child_process';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const set = process.argv[process.argv.indexOf('--set') + 1] ?? 'shell';
const port = 4600 + Math.floor(Math.random() * 300);
const base = `http://127.0.0.1:${port}`;
const outDir = path.join(root, 'dist', 'screens', set);
mkdirSync(outDir, { recursive: true });

const SIZES = { kiosk: [1920, 1080], laptop: [1366, 768], portrait: [1080, 1920] };
const pin = '2468';
const salt = randomBytes(16);
const adminPin = { algorithm: 'PBKDF2-SHA256', iterations: 100_000, salt: salt.toString('base64'), hash: pbkdf2Sync(pin, salt, 100_000, 32, 'sha256').toString('base64') };
const kioskConfig = (extra = {}) => ({ mode: 'kiosk', siteLabel: 'Hall A', enabledLanguages: ['fr', 'nl', 'de', 'en'], defaultLanguage: 'fr', idleTimeoutSeconds: 90, enabledGames: ['bioreactor', 'gowning', 'purify', 'code-of-life', 'data-detective', 'cell-therapy-race', 'pipette-pro', 'startup-launchpad'], adminPin, ...extra });

/** Each shot: name, query, hash, optional config, optional steps(page). */
function shots() {
  const list = [];
  if (set === 'shell') {
    for (const locale of ['fr', 'nl', 'de', 'en', 'pseudo']) {
      for (const size of ['kiosk', 'laptop']) {
        list.push({ name: `home-${locale}-${size}`, size, query: `locale=${locale}`, hash: '#/' });
        list.push({ name: `settings-${locale}-${size}`, size, query: `locale=${locale}`, hash: '#/?sheet=settings' });
      }
    }
  }
  if (set === 'kiosk') {
    for (const locale of ['fr', 'nl']) {
      for (const size of ['kiosk', 'portrait']) {
        const cfg = kioskConfig({ defaultLanguage: locale });
        list.push({ name: `attract-${locale}-${size}`, size, query: 'testHooks=1', hash: '#/', config: cfg, wait: 2500 });
        list.push({
          name: `countdown-${locale}-${size}`, size, query: 'testHooks=1&idleSeconds=1&countdownSeconds=15', hash: '#/', config: cfg,
          steps: async (page) => { await page.getByTestId('attract').click({ position: { x: 300, y: 300 } }); await page.waitForTimeout(2500); },
        });
        list.push({
          name: `pin-${locale}-${size}`, size, query: 'testHooks=1', hash: '#/', config: cfg,
          steps: async (page) => { for (let i = 0; i < 5; i++) await page.mouse.click(12, 12); await page.waitForTimeout(400); },
        });
        list.push({
          name: `admin-${locale}-${size}`, size, query: 'testHooks=1', hash: '#/', config: cfg,
          steps: async (page) => {
            await page.keyboard.press('Control+Alt+a');
            for (const d of pin) await page.keyboard.press(d);
            await page.keyboard.press('Enter');
            await page.waitForTimeout(1500);
          },
        });
        list.push({ name: `wizard-${locale}-${size}`, size, query: `locale=${locale}`, hash: '#/', config: kioskConfig({ adminPin: null, defaultLanguage: locale }) });
      }
    }
  }
  if (set === 'games') {
    for (const game of (process.env.GAMES ?? 'bioreactor,gowning').split(',')) {
      for (const locale of (process.env.LOCALES ?? 'fr,de').split(',')) {
        for (const size of ['kiosk', 'laptop', 'portrait']) {
          list.push({ name: `${game}-hub-${locale}-${size}`, size, query: `locale=${locale}`, hash: '#/games' });
          list.push({ name: `${game}-intro-${locale}-${size}`, size, query: `locale=${locale}&seed=7`, hash: `#/games/${game}` });
          list.push({
            name: `${game}-play-${locale}-${size}`, size, query: `locale=${locale}&seed=7&testHooks=1`, hash: `#/games/${game}`,
            steps: async (page) => { await page.locator('.game-intro .button--large').click(); await page.waitForTimeout(3000); },
          });
        }
      }
    }
  }
  if (set === 'classroom') {
    const classroomConfig = { mode: 'classroom', siteLabel: 'Classe 3B', enabledLanguages: ['fr', 'nl', 'de', 'en'], defaultLanguage: 'fr', idleTimeoutSeconds: null };
    const eventConfig = (locale) => kioskConfig({ mode: 'event', siteLabel: 'Salon', idleTimeoutSeconds: 60, defaultLanguage: locale });
    for (const locale of ['fr', 'nl']) {
      for (const size of ['kiosk', 'laptop']) {
        list.push({
          name: `teacher-${locale}-${size}`, size, query: `locale=${locale}`, hash: '#/classroom', config: classroomConfig, wait: 2500,
          steps: async (page) => {
            for (const step of ['gowning', 'bioreactor', 'quiz']) await page.getByTestId(`lesson-add-${step}`).click();
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.waitForTimeout(500);
          },
        });
        list.push({ name: `guide-gowning-${locale}-${size}`, size, query: `locale=${locale}`, hash: '#/classroom/guide/gowning', config: classroomConfig, wait: 2000 });
        list.push({ name: `lesson-${locale}-${size}`, size, query: `locale=${locale}`, hash: `#/lesson?steps=gowning,bioreactor,quiz,careers&lang=${locale}&lock=1`, config: classroomConfig, wait: 2000 });
        list.push({ name: `event-attract-${locale}-${size}`, size, query: 'testHooks=1&seed=7', hash: '#/', config: eventConfig(locale), wait: 2500 });
        list.push({
          name: `event-welcome-${locale}-${size}`, size, query: `locale=${locale}&testHooks=1&seed=7`, hash: '#/', config: eventConfig(locale), wait: 2000,
          steps: async (page) => { await page.getByTestId('attract').click({ position: { x: 300, y: 300 } }); await page.waitForTimeout(1500); },
        });
        list.push({
          name: `event-results-${locale}-${size}`, size, query: `locale=${locale}&testHooks=1&seed=7`, hash: '#/', config: eventConfig(locale), wait: 2000,
          steps: async (page) => {
            await page.getByTestId('attract').click({ position: { x: 300, y: 300 } });
            await page.locator('.event-go').click();
            await page.waitForFunction(() => typeof window.__biotechTest?.endGame === 'function', undefined, { timeout: 30_000 });
            await page.evaluate(() => window.__biotechTest.endGame(870));
            await page.waitForTimeout(1500);
          },
        });
      }
    }
  }
  if (set === 'guides') {
    const classroomConfig = { mode: 'classroom', siteLabel: 'Classe', enabledLanguages: ['fr', 'nl', 'de', 'en'], defaultLanguage: 'fr', idleTimeoutSeconds: null };
    for (const locale of ['fr', 'nl']) {
      for (const guide of ['gowning', 'bioreactor', 'purify', 'code-of-life', 'data-detective', 'cell-therapy-race', 'pipette-pro', 'startup-launchpad', 'explorer']) {
        list.push({ name: `${locale}/${guide}`, size: 'laptop', query: `locale=${locale}`, hash: `#/classroom/guide/${guide}`, config: classroomConfig, wait: 2000, pdf: true });
      }
    }
  }
  return list;
}

const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve-web.mjs'), '--port', String(port), '--root', 'dist/web-test'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 700));
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  for (const shot of shots()) {
    const [width, height] = SIZES[shot.size];
    const context = await browser.newContext({ viewport: { width, height } });
    if (shot.config) {
      await context.addInitScript((value) => {
        if (!sessionStorage.getItem('shot')) {
          localStorage.setItem('biotech.deviceConfig.v1', value);
          sessionStorage.setItem('shot', '1');
        }
      }, JSON.stringify(shot.config));
    }
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`${shot.name}: ${error.message}`));
    await page.goto(`${base}/?${shot.query}${shot.hash}`);
    await page.waitForTimeout(shot.wait ?? 1200);
    if (shot.steps) await shot.steps(page);
    if (shot.pdf) {
      // Chromium's print to PDF, with the guide's print stylesheet: what a teacher gets from "Save as PDF".
      const file = path.join(root, 'dist', 'guides', `${shot.name}.pdf`);
      mkdirSync(path.dirname(file), { recursive: true });
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    } else {
      await page.screenshot({ path: path.join(outDir, `${shot.name}.png`) });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`screenshots in ${path.relative(root, outDir)}`);
