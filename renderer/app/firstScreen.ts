// Knows when the app's first screen has been drawn, so work that screen does not need waits until after it: the
// engagement log's code (Dexie, its storage, the journal) is loaded then (renderer/app/boot.ts). Loaded and run
// before, it competed with the first screen for the network and the processor of a slow school laptop.

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

/**
 * Called when React has committed the first screen. The next frame paints it; the screen is on the display only once
 * that frame has been presented, which a task queued from the frame after it follows.
 */
export function reportFirstScreenCommitted(): void {
  const done = drawn;
  if (done === null) return;
  drawn = null;
  const fallback = setTimeout(done, FIRST_SCREEN_WAIT_MS);
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        done();
      }, 0),
    ),
  );
}
