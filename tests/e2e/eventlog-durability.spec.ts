// The engagement log's durability promise, tested the hard way: a burst of 5,000 events, the browser killed with
// SIGKILL part-way through, then restarted on the same profile. Every event whose track() had resolved must be there,
// the others whole or absent, and the store must open cleanly. Repeated at 10 kill points on one profile, so each
// restart also re-checks the survivors of the earlier kills, and the installation id never changes. Twice the
// IndexedDB store is deleted after the kill, as Chromium does when it finds it damaged: the journal (OPFS) must
// bring every event back. Plus the pending cap: counted, never dropping old events.

import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_BUILD } from './support/builds';

// Test build: the model snapshot the running game publishes, the engagement log or the short timings (tests/README.md).
test.use(TEST_BUILD);

/** Debian's Chromium and the closed-network flags (as scripts/chromium-path.mjs; an .mjs cannot be loaded from a spec). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const BURST = 5_000;
/** Resolved-event counts at which the browser is killed; 0 kills as soon as the burst has been issued. */
const KILL_POINTS = [0, 1, 250, 700, 1200, 1900, 2600, 3300, 4000, 4700];
/**
 * Kill points after which the profile's IndexedDB folder is deleted before the restart, as Chromium itself does now
 * and then when it finds the store damaged after a crash: the events must come back from the journal (OPFS).
 */
const DISCARD_STORE_AFTER = new Set([1200, 4000]);

interface StoredSummary {
  readonly score: number;
  readonly eventId: string;
  readonly type: string;
  readonly gameId: string;
  readonly level: string;
  readonly stars: number;
  readonly durationMs: number;
}

declare global {
  interface Window {
    __reportResolved?: (resolved: [number, string][]) => Promise<void>;
  }
}

/** The ids of every process descending from `root` (Chromium's browser, zygotes, renderers, GPU, utilities). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces and brackets: the fields after the last ')' are fixed.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The browser process Playwright launched for this profile: a child of this worker whose command line names it. */
function browserProcess(userDataDir: string): number {
  for (const pid of processTree(process.pid).slice(1)) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (commandLine.includes(userDataDir) && !commandLine.includes('--type=')) return pid;
    } catch {
      // Gone already.
    }
  }
  throw new Error(`no browser process found for profile ${userDataDir}`);
}

/** Deletes the profile's IndexedDB data (every origin's), as Chromium's recovery of a damaged store does. */
function discardIndexedDb(userDataDir: string): number {
  const folder = path.join(userDataDir, 'Default', 'IndexedDB');
  const entries = readdirSync(folder);
  for (const entry of entries) rmSync(path.join(folder, entry), { recursive: true, force: true });
  return entries.length;
}

/** SIGKILLs the browser and every process it started, browser first (no chance to flush or shut down cleanly). */
function killBrowser(pid: number): void {
  for (const target of processTree(pid)) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Already gone: children die with their browser.
    }
  }
}

async function launch(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL,
  });
}

async function openWithHooks(page: Page): Promise<void> {
  await page.goto('/?testHooks=1');
  await page
    // Generous: after the browser discarded its IndexedDB store, start-up first restores every event from the journal.
    .waitForFunction(() => window.__biotechTest?.telemetry !== undefined, undefined, { timeout: 60_000 })
    .catch(() => {
      throw new Error('window.__biotechTest.telemetry never appeared: the app must call exposeTelemetryForTests() under ?testHooks=1');
    });
}

/** After a restart: the store opens, nothing is corrupt, and the events of each session come back. */
async function readBack(page: Page, sessionIds: readonly string[]) {
  return page.evaluate(async (ids) => {
    const telemetry = window.__biotechTest!.telemetry!;
    const stats = await telemetry.stats();
    const file = await telemetry.exportEvents('jsonl');
    const wanted = new Set(ids);
    const bySession: Record<string, unknown[]> = {};
    for (const line of (await file.blob.text()).split('\n')) {
      if (line === '') continue;
      const event = JSON.parse(line) as { sessionId: string; type: string };
      if (!wanted.has(event.sessionId) || event.type !== 'game-completed') continue;
      (bySession[event.sessionId] ??= []).push(event);
    }
    return {
      bySession,
      skippedCorrupt: file.skippedCorrupt,
      storage: stats.problems.storage,
      quarantined: stats.events.quarantined,
      installationId: telemetry.installationId,
      journal: stats.problems.journal,
      storeRecoveries: stats.problems.storeRecoveries,
      recoveredEvents: stats.problems.recoveredEvents,
    };
  }, sessionIds);
}

test.describe('engagement log durability', () => {
  test('every resolved event survives SIGKILL mid-burst, at 10 kill points', async ({ baseURL }) => {
    test.setTimeout(600_000);
    expect(baseURL, 'playwright.config must set use.baseURL').toBeTruthy();
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'biotech-eventlog-'));
    const rounds: { sessionId: string; resolved: Map<number, string>; killedAt: number }[] = [];
    /** The profile's installation id: it must never change, or the browser discarded the store and nothing restored it. */
    let installationId: string | null = null;
    try {
      for (const killPoint of KILL_POINTS) {
        const context = await launch(userDataDir, baseURL!);
        const browserPid = browserProcess(userDataDir);
        const page = context.pages()[0] ?? (await context.newPage());
        const resolved = new Map<number, string>();
        let killed = false;
        const kill = () => {
          if (killed) return;
          killed = true;
          killBrowser(browserPid);
        };
        await page.exposeFunction('__reportResolved', async (batch: [number, string][]) => {
          if (killed) return; // A report that raced the kill: the resolution happened, but we only count what we saw first.
          for (const [index, eventId] of batch) resolved.set(index, eventId);
          if (killPoint > 0 && resolved.size >= killPoint) kill();
        });
        await openWithHooks(page);
        const idBeforeKill = await page.evaluate(() => window.__biotechTest!.telemetry!.installationId);
        installationId ??= idBeforeKill;
        expect(idBeforeKill, `installation id at the start of kill point ${killPoint}`).toBe(installationId);

        const sessionId = await page.evaluate(async (count) => {
          const telemetry = window.__biotechTest!.telemetry!;
          await telemetry.startSession('fr');
          const session = telemetry.sessionId!;
          let buffer: [number, string][] = [];
          const report = () => {
            const batch = buffer;
            buffer = [];
            void window.__reportResolved!(batch);
          };
          for (let index = 0; index < count; index += 1) {
            telemetry
              .track({ type: 'game-completed', gameId: 'bioreactor', level: 'normal', score: index, stars: (index % 4) as 0 | 1 | 2 | 3, durationMs: 1000 + index })
              .then(
                (event) => {
                  if (buffer.length === 0) queueMicrotask(report);
                  buffer.push([index, event.eventId]);
                },
                () => undefined,
              );
          }
          return session;
        }, BURST);
        if (killPoint === 0) kill();
        await expect.poll(() => killed, { timeout: 120_000, message: `kill point ${killPoint} was never reached` }).toBe(true);
        await context.close().catch(() => undefined);
        rounds.push({ sessionId, resolved, killedAt: killPoint });
        if (DISCARD_STORE_AFTER.has(killPoint)) expect(discardIndexedDb(userDataDir), 'IndexedDB folders deleted').toBeGreaterThan(0);

        // Restart on the same profile and check this round and every earlier one.
        const restarted = await launch(userDataDir, baseURL!);
        try {
          const checkPage = restarted.pages()[0] ?? (await restarted.newPage());
          await openWithHooks(checkPage);
          const back = await readBack(checkPage, rounds.map((round) => round.sessionId));
          process.stdout.write(
            `kill point ${killPoint}: installation ${back.installationId}, store recoveries ${back.storeRecoveries}, recovered events ${back.recoveredEvents}\n`,
          );
          expect(back.storage).toBe('indexeddb');
          expect(back.journal).toBe('opfs');
          expect(back.installationId, `installation id after the restart at kill point ${killPoint}`).toBe(installationId);
          // At least the deliberate discards were noticed (Chromium may add its own).
          expect(back.storeRecoveries).toBeGreaterThanOrEqual(KILL_POINTS.slice(0, KILL_POINTS.indexOf(killPoint) + 1).filter((point) => DISCARD_STORE_AFTER.has(point)).length);
          expect(back.skippedCorrupt).toBe(0);
          expect(back.quarantined).toBe(0);
          // Plain checks collected into one assertion: tens of thousands of expect() calls would dominate the run.
          const problems: string[] = [];
          for (const round of rounds) {
            const stored = (back.bySession[round.sessionId] ?? []) as StoredSummary[];
            const scores = new Set<number>();
            for (const event of stored) {
              // Present whole: exactly the event that was tracked, once.
              if (scores.has(event.score)) problems.push(`kill point ${round.killedAt}: score ${event.score} stored twice`);
              scores.add(event.score);
              if (event.gameId !== 'bioreactor' || event.level !== 'normal' || event.stars !== event.score % 4 || event.durationMs !== 1000 + event.score) {
                problems.push(`kill point ${round.killedAt}: event ${event.score} altered: ${JSON.stringify(event)}`);
              }
              const resolvedId = round.resolved.get(event.score);
              if (resolvedId !== undefined && resolvedId !== event.eventId) problems.push(`kill point ${round.killedAt}: event ${event.score} has another id`);
            }
            const missing = [...round.resolved.keys()].filter((score) => !scores.has(score));
            if (missing.length > 0) problems.push(`kill point ${round.killedAt}: ${missing.length} resolved events lost, e.g. ${missing.slice(0, 5).join(', ')}`);
            if (round === rounds.at(-1)) {
              test.info().annotations.push({
                type: 'kill point',
                description:
                  `${round.killedAt}: ${round.resolved.size} resolved before the kill, ${stored.length} of ${BURST} stored; ` +
                  `store recovered from the journal ${back.storeRecoveries} time(s) so far (${back.recoveredEvents} events)`,
              });
            }
          }
          expect(problems).toEqual([]);
        } finally {
          await restarted.close();
        }
      }
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });

  test('filling the pending cap counts the rest, warns, and keeps older events intact', async ({ page }) => {
    await openWithHooks(page);
    const databaseName = `eventlog-cap-${Date.now()}`;
    const first = await page.evaluate(async (name) => {
      const log = await window.__biotechTest!.openTelemetry!({ databaseName: name, pendingCap: 50 });
      await log.startSession('nl');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 60 }, (_, index) => log.track({ type: 'game-started', gameId: 'purify', level: index % 2 ? 'easy' : 'hard' })),
      );
      const stats = await log.stats();
      await log.close();
      return {
        resolved: outcomes.filter((outcome) => outcome.status === 'fulfilled').length,
        reasons: outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as { reason: string }).reason] : [])),
        notRecorded: stats.notRecorded,
        warnings: stats.warnings,
      };
    }, databaseName);
    expect(first.resolved).toBe(49);
    expect(first.reasons).toEqual(Array(11).fill('cap-reached'));
    expect(first.notRecorded).toBe(11);
    expect(first.warnings).toContain('cap-reached');

    await page.reload();
    await openWithHooks(page);
    const after = await page.evaluate(async (name) => {
      const log = await window.__biotechTest!.openTelemetry!({ databaseName: name, pendingCap: 50 });
      const stats = await log.stats();
      const file = await log.exportEvents('jsonl');
      const events = (await file.blob.text()).trim().split('\n').map((line) => JSON.parse(line) as { type: string; level?: string });
      await log.close();
      return { stats, events };
    }, databaseName);
    expect(after.stats.notRecorded).toBe(11);
    expect(after.stats.warnings).toContain('cap-reached');
    expect(after.stats.events.pending).toBe(50);
    expect(after.events[0]?.type).toBe('session-started');
    expect(after.events.slice(1).map((event) => event.level)).toEqual(Array.from({ length: 49 }, (_, index) => (index % 2 ? 'easy' : 'hard')));
  });
});
