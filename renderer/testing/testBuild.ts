// The one switch between the shipped app and the end-to-end test build. vite.config.ts sets __BIOTECH_TEST_BUILD__
// to false for `vite build` (dist/web, which Electron loads too) and to true only for `vite build --mode e2e`
// (dist/web-test). Every test-only ability is written behind `if (TEST_BUILD)`: the bundler folds the constant and
// drops that code from the shipped build, so there no URL, storage value or global can change what the app records,
// scores or shows. tests/e2e/production-bundle.spec.ts checks the shipped files for the names used below.

export const TEST_BUILD: boolean = __BIOTECH_TEST_BUILD__;

/** What a test build's page URL may switch on (?testHooks=1 and, with it, the shorter timings). */
export interface TestSwitches {
  /** Exposes app, engagement log and game state on window.__biotechTest for Playwright and the benchmark. */
  readonly testHooks: boolean;
  /** Shorter idle time and countdown (seconds) so tests need not wait 90 s. */
  readonly idleSeconds: number | null;
  readonly countdownSeconds: number | null;
  /** A tiny pending-event cap, to show the "not recorded" warning without a million events. */
  readonly pendingCap: number | null;
  /**
   * ?sw=1 lets a test-hook page register the offline service worker. Test-hook pages never register it otherwise, so
   * a worker's cache cannot answer requests a test routes or expects to reach the server.
   */
  readonly serviceWorker: boolean;
  /** ?syncFast=1: the sync client gives up on a silent collector after 2 s and retries within a second. */
  readonly syncFast: boolean;
}

/** Parses the switches; nothing takes effect without testHooks=1. Unknown or malformed values are ignored. */
export function readTestSwitches(search: string): TestSwitches {
  const params = new URLSearchParams(search);
  const testHooks = params.get('testHooks') === '1';
  const seconds = (name: string): number | null => {
    const text = params.get(name);
    return testHooks && text !== null && /^\d{1,4}$/.test(text) && Number(text) > 0 ? Number(text) : null;
  };
  return {
    testHooks,
    idleSeconds: seconds('idleSeconds'),
    countdownSeconds: seconds('countdownSeconds'),
    pendingCap: seconds('pendingCap'),
    serviceWorker: testHooks && params.get('sw') === '1',
    syncFast: testHooks && params.get('syncFast') === '1',
  };
}

let current: TestSwitches | undefined;

/** This page's switches, read once. Call it only behind `if (TEST_BUILD)`; the shipped build has none. */
export function testSwitches(): TestSwitches {
  if (!TEST_BUILD) throw new Error('test switches exist only in the test build');
  return (current ??= readTestSwitches(window.location.search));
}

/** The global the test build's hooks live on. */
export function testHookGlobal(): Record<string, unknown> {
  if (!TEST_BUILD) throw new Error('test hooks exist only in the test build');
  const target = window as unknown as { __biotechTest?: Record<string, unknown> };
  return (target.__biotechTest ??= {});
}
