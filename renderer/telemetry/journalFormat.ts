// The line format of the engagement journal (the second durable copy of the log, kept outside IndexedDB): one JSON
// object per line, each prefixed with the CRC-32 of its UTF-8 bytes, so a line torn by a kill or a damaged disk is
// recognised and ignored instead of being read as an event. Pure: no I/O, shared by the journal and its tests.
//
//   <8 hex digits CRC-32> <space> <JSON> <newline>
//
// Three kinds of line: a header at the top of every segment (the installation id it belongs to), an event (the full
// stored event, envelope and payload, plus the time it was recorded), and a drop (events the journal wrote but
// IndexedDB refused, e.g. over the pending cap, which a recovery must not bring back).

import type { EngagementEvent } from '../../common/events';

export const JOURNAL_FORMAT_VERSION = 1;

export interface JournalHeader {
  readonly installationId: string;
  readonly createdAt: number;
}

export interface JournalEvent {
  readonly recordedAt: number;
  readonly event: EngagementEvent;
}

export interface DecodedSegment {
  /** The segment's header line, or null when it is missing or damaged. */
  readonly header: JournalHeader | null;
  /** Sound event lines, in the order they were written. */
  readonly events: readonly JournalEvent[];
  /** Event ids named by drop lines. */
  readonly dropped: ReadonlySet<string>;
  /** Damaged lines followed by sound ones: real corruption, reported to the admin. */
  readonly corruptLines: number;
  /** Damaged or unterminated lines at the very end: an append cut short by a kill, expected and harmless. */
  readonly tornLines: number;
}

// Int32Array, not Uint32Array: entries above 2^31 would not be small integers and would make the loop ~5x slower.
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crcByte(crc: number, byte: number): number {
  return (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
}

/** Folds a non-ASCII code point's UTF-8 bytes into the CRC. */
function crcCodePoint(crc: number, code: number): number {
  if (code < 0x800) return crcByte(crcByte(crc, 0xc0 | (code >> 6)), 0x80 | (code & 0x3f));
  if (code < 0x10000) return crcByte(crcByte(crcByte(crc, 0xe0 | (code >> 12)), 0x80 | ((code >> 6) & 0x3f)), 0x80 | (code & 0x3f));
  const first = crcByte(crcByte(crc, 0xf0 | (code >> 18)), 0x80 | ((code >> 12) & 0x3f));
  return crcByte(crcByte(first, 0x80 | ((code >> 6) & 0x3f)), 0x80 | (code & 0x3f));
}

/** CRC-32 (IEEE) of the UTF-8 encoding of `text`, computed without allocating the bytes. */
export function crc32Utf8(text: string): number {
  let crc = -1;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    let code = text.charCodeAt(index);
    if (code < 0x80) {
      crc = (CRC_TABLE[(crc ^ code) & 0xff] as number) ^ (crc >>> 8);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        index += 1;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd; // a lone surrogate encodes as U+FFFD, as TextEncoder does
    crc = crcCodePoint(crc, code);
  }
  return (crc ^ -1) >>> 0;
}

function line(json: string): string {
  return `${crc32Utf8(json).toString(16).padStart(8, '0')} ${json}\n`;
}

export function encodeHeaderLine(header: JournalHeader): string {
  return line(JSON.stringify({ v: JOURNAL_FORMAT_VERSION, installationId: header.installationId, createdAt: header.createdAt }));
}

/** One line per event, concatenated: a whole write transaction's batch becomes one write. */
export function encodeEventLines(events: readonly JournalEvent[]): string {
  let text = '';
  for (const { recordedAt, event } of events) text += line(JSON.stringify({ r: recordedAt, e: event }));
  return text;
}

export function encodeDropLine(eventIds: readonly string[]): string {
  return line(JSON.stringify({ d: eventIds }));
}

type ParsedLine =
  | { readonly kind: 'header'; readonly header: JournalHeader }
  | { readonly kind: 'event'; readonly event: JournalEvent }
  | { readonly kind: 'drop'; readonly eventIds: readonly string[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The line's content when its checksum and shape are sound, otherwise null. */
export function parseLine(text: string): ParsedLine | null {
  if (text.length < 10 || text.charCodeAt(8) !== 0x20) return null;
  const checksum = text.slice(0, 8);
  if (!/^[0-9a-f]{8}$/.test(checksum)) return null;
  const json = text.slice(9);
  if (crc32Utf8(json) !== Number.parseInt(checksum, 16)) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  if (isObject(value.e)) {
    const event = value.e;
    if (typeof value.r !== 'number' || typeof event.eventId !== 'string' || typeof event.type !== 'string') return null;
    return { kind: 'event', event: { recordedAt: value.r, event: event as unknown as EngagementEvent } };
  }
  if (Array.isArray(value.d)) {
    const eventIds = value.d.filter((id): id is string => typeof id === 'string');
    return { kind: 'drop', eventIds };
  }
  if (value.v === JOURNAL_FORMAT_VERSION && typeof value.installationId === 'string' && typeof value.createdAt === 'number') {
    return { kind: 'header', header: { installationId: value.installationId, createdAt: value.createdAt } };
  }
  return null;
}

/** Reads a whole segment. A line not ended by a newline was cut short and is never trusted, whatever it contains. */
export function decodeSegment(text: string): DecodedSegment {
  const lines = text.split('\n');
  const unterminated = lines.pop() ?? '';
  let header: JournalHeader | null = null;
  const events: JournalEvent[] = [];
  const dropped = new Set<string>();
  let damagedRun = 0;
  let corruptLines = 0;
  for (const [index, raw] of lines.entries()) {
    const parsed = parseLine(raw);
    if (parsed === null) {
      damagedRun += 1;
      continue;
    }
    corruptLines += damagedRun;
    damagedRun = 0;
    if (parsed.kind === 'event') events.push(parsed.event);
    else if (parsed.kind === 'drop') for (const id of parsed.eventIds) dropped.add(id);
    else if (index === 0) header = parsed.header;
    else corruptLines += 1; // a header anywhere but the top is not something this code writes
  }
  return { header, events, dropped, corruptLines, tornLines: damagedRun + (unterminated === '' ? 0 : 1) };
}

/** The header of a segment from its first bytes (enough to hold the header line), or null. */
export function decodeHeader(prefix: string): JournalHeader | null {
  const end = prefix.indexOf('\n');
  if (end < 0) return null;
  const parsed = parseLine(prefix.slice(0, end));
  return parsed?.kind === 'header' ? parsed.header : null;
}
