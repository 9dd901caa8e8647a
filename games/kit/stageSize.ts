// The size a game's canvas takes from the element it sits in, and when it keeps the size it has instead: an element
// that is collapsed for a moment must not lay a scene out at a sliver.

/**
 * Below this many CSS pixels either way an element is collapsed (not laid out yet, or being taken down as the results
 * replace the game), not a real stage: a scene laid out that small has negative boxes, which the canvas renderer
 * refuses ("The radius provided is negative"). Nothing is playable that small anyway.
 */
export const MIN_STAGE_PX = 64;

/** The stage size for an element's box, or null while it is collapsed (the canvas keeps the size it has). */
export function stageSizeOf(width: number, height: number): { width: number; height: number } | null {
  const size = { width: Math.floor(width), height: Math.floor(height) };
  return size.width >= MIN_STAGE_PX && size.height >= MIN_STAGE_PX ? size : null;
}
