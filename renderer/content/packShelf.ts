// What a device keeps of the content packs it accepted: the pack shown now, the one shown before it (for "go back"),
// a pack waiting for the moment between two visitors, the last refusal, and the version staff went back from. Plain
// data (the signed packs exactly as received), so the same checks run again when it is read at the next start.

import type { PackTarget } from '../../common/content/contentPack';
import type { PackRefusal, SignedPack } from '../../common/content/signedPack';

/** Where an accepted pack came from: the hub's collector (sync), or a file staff took from a USB stick. */
export type PackOrigin = 'collector' | 'file';
/** Where the content on screen comes from (the health report's contentPack.source). */
export type ContentSource = 'built-in' | PackOrigin;

export interface KeptPack {
  readonly signed: SignedPack;
  readonly origin: PackOrigin;
  /** When the device accepted it (device clock, epoch ms). */
  readonly receivedAt: number;
}

export interface RefusalRecord {
  readonly refusal: PackRefusal;
  readonly origin: PackOrigin;
  /** The refused pack's version when it could be read, else null. */
  readonly version: number | null;
  /** English detail for IT (checkSignedPack's words). */
  readonly detail: string;
  readonly at: number;
}

export interface PackShelf {
  /** The pack shown; null: the built-in pack. */
  readonly current: KeptPack | null;
  /** The pack shown before it; null: the built-in pack. */
  readonly previous: KeptPack | null;
  /** Accepted, shown at the next moment between two visitors. */
  readonly waiting: KeptPack | null;
  readonly lastRefusal: RefusalRecord | null;
  /** The last refusal not yet in a health report the collector kept. */
  readonly refusalToReport: PackRefusal | null;
  /** After "go back": the version staff left, which the sync does not take again (a newer one is). */
  readonly declinedVersion: number;
}

export const EMPTY_SHELF: PackShelf = { current: null, previous: null, waiting: null, lastRefusal: null, refusalToReport: null, declinedVersion: 0 };

/** What the admin panel says about a pack without reading its texts. */
export interface PackSummary {
  readonly version: number;
  readonly publishedAt: string | null;
  readonly target: PackTarget;
  readonly source: ContentSource;
}
