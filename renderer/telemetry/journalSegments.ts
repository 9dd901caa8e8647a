// Bookkeeping of the journal's segment files: how they are named (so a plain sort is chronological and two windows
// never write the same file), when the current one is full, and when an old one may be deleted. Pure.

import { EventState } from './records';

/** A segment is closed and a new one started past this size (about 20,000 events). */
export const DEFAULT_SEGMENT_BYTES = 8 * 1024 * 1024;
/** Bytes read to find a segment's header line (the header is well under this). */
export const HEADER_PREFIX_BYTES = 512;

const SEGMENT_NAME = /^seg-([0-9a-z]{9})-([0-9a-z]{6})\.jsonl$/;

/** `seg-<creation time, base 36, fixed width>-<random writer id>.jsonl`. */
export function segmentName(createdAt: number, random: () => number = Math.random): string {
  const time = Math.max(0, Math.floor(createdAt)).toString(36).padStart(9, '0');
  let writer = '';
  for (let index = 0; index < 6; index += 1) writer += Math.floor(random() * 36).toString(36);
  return `seg-${time}-${writer}.jsonl`;
}

export function isSegmentName(name: string): boolean {
  return SEGMENT_NAME.test(name);
}

/** Segment names, oldest first; anything that is not a segment is left out. */
export function sortSegments(names: readonly string[]): string[] {
  return names.filter(isSegmentName).sort();
}

export function needsRotation(currentBytes: number, appendBytes: number, limit: number): boolean {
  // A batch never goes to a fresh segment only to be rotated again: an empty (header-only) segment takes any batch.
  return currentBytes + appendBytes > limit && currentBytes > HEADER_PREFIX_BYTES;
}

/**
 * Whether a closed segment may be deleted: every event in it (apart from the dropped ones) is acknowledged by the
 * collector, or no longer in IndexedDB at all, which after the start-up recovery means it was acknowledged and then
 * purged after the retention period (pending and sent events are never purged). Anything else - pending, sent, or
 * set aside as corrupt - keeps the whole segment.
 */
export function segmentDeletable(
  eventIds: readonly string[],
  dropped: ReadonlySet<string>,
  states: ReadonlyMap<string, EventState>,
): boolean {
  for (const eventId of eventIds) {
    if (dropped.has(eventId)) continue;
    const state = states.get(eventId);
    if (state !== undefined && state !== EventState.acknowledged) return false;
  }
  return true;
}
