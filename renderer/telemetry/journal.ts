// The engagement journal: an append-only copy of every stored event, kept outside IndexedDB (in the Origin Private
// File System in the app) because Chromium may discard an origin's whole IndexedDB store when it finds it damaged
// after a crash. Each write transaction's batch becomes one durable append; segments rotate at a size limit and an
// old segment is deleted only once every event in it is acknowledged by the collector. The file I/O is behind
// JournalBackend, so this logic is unit-tested in Node.

import type { JournalBackend } from './journalBackend';
import { utf8Length } from './journalBackend';
import {
  decodeHeader,
  decodeSegment,
  encodeDropLine,
  encodeEventLines,
  encodeHeaderLine,
  type DecodedSegment,
  type JournalEvent,
} from './journalFormat';
import { DEFAULT_SEGMENT_BYTES, HEADER_PREFIX_BYTES, needsRotation, segmentDeletable, segmentName, sortSegments } from './journalSegments';
import type { EventState } from './records';

export interface JournalOptions {
  readonly now: () => number;
  /** Size at which the current segment is closed and a new one started. */
  readonly segmentBytes?: number;
  readonly random?: () => number;
}

export interface JournalContents {
  /** Every closed segment that could be read, oldest first. */
  readonly segments: readonly { readonly name: string; readonly contents: DecodedSegment }[];
  /** Segments another window is still writing (their events are in IndexedDB through that window). */
  readonly locked: number;
}

export interface CompactionOutcome {
  readonly deleted: number;
  readonly kept: number;
  readonly corruptLines: number;
}

/** Looks up the delivery state of events (absent: not in the store). */
export type StatesOf = (eventIds: readonly string[]) => Promise<ReadonlyMap<string, EventState>>;

export class Journal {
  private current: { name: string; bytes: number } | null = null;
  private installationId: string | null = null;
  private readonly segmentBytes: number;

  constructor(
    private readonly backend: JournalBackend,
    private readonly options: JournalOptions,
  ) {
    this.segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
  }

  /** The installation id in the newest readable segment header, or null when the journal holds none. */
  async knownInstallationId(): Promise<string | null> {
    const names = sortSegments(await this.backend.list()).reverse();
    for (const name of names) {
      if (name === this.current?.name) continue;
      const prefix = await this.backend.read(name, HEADER_PREFIX_BYTES);
      const header = prefix === null ? null : decodeHeader(prefix);
      if (header !== null) return header.installationId;
    }
    return null;
  }

  /** Reads every closed segment in full (for a recovery); segments held by another window are skipped. */
  async readAll(): Promise<JournalContents> {
    const segments: { name: string; contents: DecodedSegment }[] = [];
    let locked = 0;
    for (const name of sortSegments(await this.backend.list())) {
      if (name === this.current?.name) continue;
      const text = await this.backend.read(name);
      if (text === null) locked += 1;
      else segments.push({ name, contents: decodeSegment(text) });
    }
    return { segments, locked };
  }

  /** Starts this run's segment, headed by the installation id: from here on appends are possible. */
  async start(installationId: string): Promise<void> {
    this.installationId = installationId;
    await this.rotate();
  }

  private async rotate(): Promise<void> {
    if (this.installationId === null) throw new Error('journal: start() must come before appends');
    const name = segmentName(this.options.now(), this.options.random);
    const header = encodeHeaderLine({ installationId: this.installationId, createdAt: this.options.now() });
    await this.backend.startSegment(name, header);
    this.current = { name, bytes: utf8Length(header) };
  }

  private async write(text: string): Promise<void> {
    if (this.current === null) throw new Error('journal: start() must come before appends');
    const bytes = utf8Length(text);
    if (needsRotation(this.current.bytes, bytes, this.segmentBytes)) await this.rotate();
    await this.backend.append(text);
    this.current = { name: this.current.name, bytes: this.current.bytes + bytes };
  }

  /** Appends a batch of events as one durable write. */
  append(events: readonly JournalEvent[]): Promise<void> {
    return events.length === 0 ? Promise.resolve() : this.write(encodeEventLines(events));
  }

  /** Records that these journaled events were refused by IndexedDB, so no recovery brings them back. */
  drop(eventIds: readonly string[]): Promise<void> {
    return eventIds.length === 0 ? Promise.resolve() : this.write(encodeDropLine(eventIds));
  }

  /**
   * Deletes closed segments whose every event is acknowledged (or acknowledged and already purged). Segments another
   * window holds, and empty ones (a window may be creating it), are left alone.
   */
  async compact(statesOf: StatesOf): Promise<CompactionOutcome> {
    let deleted = 0;
    let kept = 0;
    let corruptLines = 0;
    for (const name of sortSegments(await this.backend.list())) {
      if (name === this.current?.name) continue;
      const text = await this.backend.read(name);
      if (text === null || text === '') {
        kept += 1;
        continue;
      }
      const contents = decodeSegment(text);
      corruptLines += contents.corruptLines;
      const eventIds = contents.events.map((entry) => entry.event.eventId);
      const states = eventIds.length === 0 ? new Map<string, EventState>() : await statesOf(eventIds);
      // A segment with damaged lines may hold events nobody can read back: keep it for someone to repair.
      if (contents.corruptLines === 0 && segmentDeletable(eventIds, contents.dropped, states) && (await this.backend.remove(name))) {
        deleted += 1;
      } else kept += 1;
    }
    return { deleted, kept, corruptLines };
  }

  close(): Promise<void> {
    this.current = null;
    return this.backend.close();
  }
}
