// The device's content: which pack is shown (built in, from the collector, or from a USB file), the pack waiting for
// the next moment between two visitors, the last refusal, and staff's "go back". Every pack passes checkSignedPack
// (common/content/signedPack.ts) with the collector key of the device config when it arrives and again when it is
// read at the next start; nothing else is ever shown. A pack from the sync only waits: the app calls settle() when a
// visitor has gone (attract screen, idle reset) or a classroom is back on its home, and only then does it change.
// A file from staff at the device is shown at once. Storage that fails leaves the built-in pack and a problem.

import type { ContentPack } from '../../common/content/contentPack';
import type { PackRefusal } from '../../common/content/signedPack';
import type { DeviceConfigState } from '../../common/host/hostApi';
import { createStore, type Store } from '../state/store';
import { DEFAULT_PACK } from './defaultPack';
import { EMPTY_SHELF, type ContentSource, type KeptPack, type PackOrigin, type PackShelf, type PackSummary, type RefusalRecord } from './packShelf';
import type { PackStorage } from './packStorage';

export interface ShownContent {
  readonly pack: ContentPack;
  readonly source: ContentSource;
}

/** Why the kept packs could not be used: no storage, a damaged record, a pack that fails its check, a failed write. */
export type ContentStoreProblem = 'storage-unavailable' | 'storage-damaged' | 'kept-pack-refused' | 'write-failed';

export interface ContentStatus {
  readonly shown: PackSummary;
  readonly waiting: PackSummary | null;
  /** What "go back" would show; null when there is nothing to go back to. */
  readonly previous: PackSummary | null;
  readonly lastRefusal: RefusalRecord | null;
  readonly problem: ContentStoreProblem | null;
  /** The device config holds no collector key: no pack can be checked, so none is taken. */
  readonly hasKey: boolean;
}

/** What a pack offered to the device became. */
export type OfferOutcome = { readonly kind: 'accepted'; readonly version: number } | { readonly kind: 'unchanged' } | { readonly kind: 'refused'; readonly refusal: PackRefusal };

export interface ContentService {
  readonly shown: Store<ShownContent>;
  readonly status: Store<ContentStatus>;
  /** Reads the kept packs and checks them again; resolves once the content to show is known. */
  readonly ready: Promise<void>;
  /** The version the sync names in If-None-Match: the newest it has, or has been told to leave. */
  knownVersion(): number;
  /** A pack from the collector: checked, then kept as waiting. */
  offerFromCollector(body: unknown): Promise<OfferOutcome>;
  /** A pack file staff chose at the device: checked, then shown at once. */
  takeFromFile(text: string): Promise<OfferOutcome>;
  /** Shows the previous pack again (this device only); false when there is none. */
  goBack(): Promise<boolean>;
  /** Shows the waiting pack if this is a moment between visitors. */
  settle(): void;
  /** For the health report: what is shown, and the last refusal not yet reported. */
  healthState(): { source: ContentSource; version: number; refusal: PackRefusal | null };
  /** The collector kept a report naming `refusal`: it is not named again. */
  refusalReported(refusal: PackRefusal | null): Promise<void>;
}

export interface ContentServiceOptions {
  readonly deviceConfig: Store<DeviceConfigState>;
  /** Opens the pack storage; a rejection leaves the built-in pack and a problem for staff. */
  readonly openStorage: () => Promise<PackStorage>;
  /** True between two visitors (attract screen, or a classroom on its home with no game). */
  readonly betweenVisitors: () => boolean;
  readonly now?: () => number;
}

export const BUILT_IN: ShownContent = { pack: DEFAULT_PACK, source: 'built-in' };

function summary(pack: ContentPack, source: ContentSource): PackSummary {
  return { version: pack.version, publishedAt: pack.publishedAt, target: pack.target, source };
}

/** A readable version number from a pack whose check failed, for the admin panel only. */
function claimedVersion(body: unknown): number | null {
  try {
    const payload = (body as { payload?: unknown }).payload;
    const version = typeof payload === 'string' ? (JSON.parse(payload) as { version?: unknown }).version : undefined;
    return typeof version === 'number' && Number.isSafeInteger(version) ? version : null;
  } catch {
    return null;
  }
}

export function createContentService(options: ContentServiceOptions): ContentService {
  const now = options.now ?? Date.now;
  const shown = createStore<ShownContent>(BUILT_IN);
  let shelf: PackShelf = EMPTY_SHELF;
  let storage: PackStorage | null = null;
  let problem: ContentStoreProblem | null = null;
  /** Checked packs of the shelf, by role (the signed form is checked once per read or arrival). */
  let waitingPack: ContentPack | null = null;
  let previousPack: ContentPack | null = null;

  const device = () => {
    const { siteLabel, mode, contentKey } = options.deviceConfig.get().config;
    return { key: contentKey, device: { siteLabel, mode } };
  };

  const statusNow = (): ContentStatus => ({
    shown: summary(shown.get().pack, shown.get().source),
    waiting: waitingPack && shelf.waiting ? summary(waitingPack, shelf.waiting.origin) : null,
    previous: shelf.current === null ? null : previousPack && shelf.previous ? summary(previousPack, shelf.previous.origin) : summary(DEFAULT_PACK, 'built-in'),
    lastRefusal: shelf.lastRefusal,
    problem,
    hasKey: device().key !== null,
  });
  const status = createStore<ContentStatus>(statusNow());
  const publish = () => status.set(statusNow());

  // Writes are chained so the last shelf always wins.
  let writing: Promise<void> = Promise.resolve();
  const save = (next: PackShelf): Promise<void> => {
    shelf = next;
    publish();
    writing = writing.then(async () => {
      if (storage === null) return;
      try {
        await storage.write(next);
      } catch {
        problem = 'write-failed';
        publish();
      }
    });
    return writing;
  };

  /** The check every kept or arriving pack passes; `currentVersion` 0 re-reads a kept pack as it is. */
  const check = async (body: unknown, currentVersion: number) => {
    const { key, device: which } = device();
    if (key === null) return { ok: false as const, refusal: 'unknown-key' as const, detail: 'this device has no collector key (contentKey) in its config' };
    // The check's code (the pack's schema, Ed25519) loads with the first pack to check: a device without the key
    // never needs it, and one with the key has it before its first screen (it waits for its kept packs anyway).
    const { checkSignedPack } = await import('../../common/content/signedPack');
    return checkSignedPack(body, { key, device: which, currentVersion });
  };

  const refuse = async (refusal: PackRefusal, origin: PackOrigin, body: unknown, detail: string): Promise<OfferOutcome> => {
    await save({ ...shelf, lastRefusal: { refusal, origin, version: claimedVersion(body), detail, at: now() }, refusalToReport: refusal });
    return { kind: 'refused', refusal };
  };

  const show = (kept: KeptPack | null, pack: ContentPack | null) => {
    shown.set(kept === null || pack === null ? BUILT_IN : { pack, source: kept.origin });
  };

  const load = async () => {
    try {
      storage = await options.openStorage();
    } catch {
      problem = 'storage-unavailable';
      publish();
      return;
    }
    let kept: PackShelf;
    try {
      const read = await storage.read();
      kept = read.shelf;
      if (read.damaged) problem = 'storage-damaged';
    } catch {
      problem = 'storage-damaged';
      publish();
      return;
    }
    const reread = async (entry: KeptPack | null) => {
      if (entry === null) return null;
      const result = await check(entry.signed, 0);
      if (!result.ok) problem = 'kept-pack-refused';
      return result.ok ? result.pack : null;
    };
    let current = await reread(kept.current);
    let previous = await reread(kept.previous);
    const waiting = await reread(kept.waiting);
    let next: PackShelf = { ...kept, current: current ? kept.current : null, previous: previous ? kept.previous : null, waiting: null };
    // A page load is a moment between visitors: a pack that was waiting is shown now.
    if (waiting !== null && kept.waiting !== null && waiting.version > (current?.version ?? 0)) {
      next = { ...next, previous: next.current, current: kept.waiting };
      previous = current;
      current = waiting;
    }
    shelf = next;
    previousPack = previous;
    waitingPack = null;
    show(shelf.current, current);
    publish();
    if (next !== kept) await save(next);
  };

  const ready = load();

  const service: ContentService = {
    shown,
    status,
    ready,
    knownVersion: () => Math.max(shown.get().pack.version, waitingPack?.version ?? 0, shelf.declinedVersion),
    async offerFromCollector(body) {
      await ready;
      const version = claimedVersion(body);
      // After staff went back, the version they left is not taken again; the collector answers 304 for it anyway.
      if (version !== null && version <= shelf.declinedVersion && version > shown.get().pack.version) return { kind: 'unchanged' };
      const result = await check(body, shown.get().pack.version);
      if (!result.ok) return refuse(result.refusal, 'collector', body, result.detail);
      if (result.pack.version === shown.get().pack.version || result.pack.version === waitingPack?.version) return { kind: 'unchanged' };
      waitingPack = result.pack;
      await save({ ...shelf, waiting: { signed: body as KeptPack['signed'], origin: 'collector', receivedAt: now() } });
      service.settle();
      return { kind: 'accepted', version: result.pack.version };
    },
    async takeFromFile(text) {
      await ready;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return refuse('not-a-pack', 'file', null, 'the file is not JSON');
      }
      const result = await check(body, shown.get().pack.version);
      if (!result.ok) return refuse(result.refusal, 'file', body, result.detail);
      if (result.pack.version === shown.get().pack.version) return { kind: 'unchanged' };
      const kept: KeptPack = { signed: body as KeptPack['signed'], origin: 'file', receivedAt: now() };
      previousPack = shown.get().source === 'built-in' ? null : shown.get().pack;
      const stillWaiting = waitingPack !== null && waitingPack.version > result.pack.version;
      if (!stillWaiting) waitingPack = null;
      show(kept, result.pack);
      await save({ ...shelf, previous: shelf.current, current: kept, waiting: stillWaiting ? shelf.waiting : null });
      return { kind: 'accepted', version: result.pack.version };
    },
    async goBack() {
      await ready;
      if (shelf.current === null) return false;
      const leaving = shown.get().pack;
      const back = previousPack;
      previousPack = leaving;
      show(shelf.previous, back);
      await save({ ...shelf, current: shelf.previous, previous: shelf.current, declinedVersion: Math.max(shelf.declinedVersion, leaving.version) });
      return true;
    },
    settle() {
      if (waitingPack === null || shelf.waiting === null || !options.betweenVisitors()) return;
      const next = waitingPack;
      previousPack = shown.get().source === 'built-in' ? null : shown.get().pack;
      waitingPack = null;
      show(shelf.waiting, next);
      void save({ ...shelf, previous: shelf.current, current: shelf.waiting, waiting: null });
    },
    healthState: () => ({ source: shown.get().source, version: shown.get().pack.version, refusal: shelf.refusalToReport }),
    async refusalReported(refusal) {
      if (refusal !== null && shelf.refusalToReport === refusal) await save({ ...shelf, refusalToReport: null });
    },
  };
  options.deviceConfig.subscribe(publish);
  return service;
}
