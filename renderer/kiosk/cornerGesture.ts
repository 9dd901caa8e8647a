// The hidden gesture that opens the admin panel on a kiosk without a keyboard: five taps in the top-left corner
// within three seconds. Visitors do not find it by accident; staff learn it once.

export const GESTURE_TAPS = 5;
export const GESTURE_WINDOW_MS = 3_000;

/** Adds a tap; returns the taps still in the window and whether the gesture is complete. */
export function addCornerTap(taps: readonly number[], now: number): { taps: number[]; complete: boolean } {
  const recent = [...taps.filter((t) => now - t < GESTURE_WINDOW_MS), now];
  if (recent.length >= GESTURE_TAPS) return { taps: [], complete: true };
  return { taps: recent, complete: false };
}
