// Knows when the app's first screen has been drawn, so work that screen does not need waits until after it: the
// engagement log's code (Dexie, its storage, the journal) is loaded then (renderer/app/boot.ts). Loaded and run
// before, it competed with the first screen for the network and the processor of a slow school laptop.
// "Drawn" is the browser's own word for it where it has one: its first-contentful-paint entry, reported once the frame
// is on the display. The frames counted after the commit are not always enough: on a loaded machine the paint was
// reported after the log's code had been requested, and a slow network then counts that code as part of the paint.

/** How long after the first commit the work waits at most, should no frame come (a tab opened in the background). */
export const FIRST_SCREEN_WAIT_MS = 2000;

let drawn: (() => void) | null = null;
const firstScreenDrawn = new Promise<void>((resolve) => {
  drawn = resolve;
});

/** Resolves once the first screen has been drawn (or at the latest FIRST_SCREEN_WAIT_MS after it was committed). */
export function afterFirstScreen(): Promise<void> {
  return firstScreenDrawn;
}

/** The frame that paints the commit, the one after it, then a task: the screen has been handed to the display. */
function framesAfterCommit(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Resolves once the browser reports the page's first contentful paint; at once where it reports no paints. */
function firstContentfulPaint(): Promise<void> {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes.includes('paint')) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    // buffered: a paint reported before this call is delivered too.
    observer.observe({ type: 'paint', buffered: true });
  });
}

let reactCommitted: (() => void) | null = null;
const reactFirstCommit = new Promise<void>((resolve) => {
  reactCommitted = resolve;
});

/** Resolves once React has committed its first screen (which may come after the home's snapshot, quickHome.ts). */
export function afterReactFirstCommit(): Promise<void> {
  return reactFirstCommit;
}

/** Called from React's first commit (FirstScreenSignal.tsx). */
export function reportReactCommitted(): void {
  reactCommitted?.();
  reactCommitted = null;
  reportFirstScreenCommitted();
}

/** Called when the first screen is in the page: React's first commit, or the home's snapshot (quickHome.ts). */
export function reportFirstScreenCommitted(): void {
  const done = drawn;
  if (done === null) return;
  drawn = null;
  const fallback = setTimeout(done, FIRST_SCREEN_WAIT_MS);
  void Promise.all([framesAfterCommit(), firstContentfulPaint()]).then(() => {
    clearTimeout(fallback);
    done();
  });
}
