// The file operations the engagement journal needs, behind a small interface: in the app they run in a dedicated
// worker on the Origin Private File System (opfsJournalBackend.ts + journalWorker.ts); in unit tests, which run in
// Node where there is no OPFS, in memory (MemoryJournalBackend below, which also simulates kills and full disks).

export interface JournalBackend {
  /** Names of the files in the journal's folder. */
  list(): Promise<string[]>;
  /**
   * The file's text (at most `maxBytes` from the start when given), or null when another window is writing it (it
   * holds the file's exclusive lock) or it no longer exists.
   */
  read(name: string, maxBytes?: number): Promise<string | null>;
  /** Creates `name`, makes it the file appends go to (locking it), writes `text` and flushes it to disk. */
  startSegment(name: string, text: string): Promise<void>;
  /**
   * Appends to the current segment and flushes it to disk: resolves only once the text is durable. On failure the
   * file is cut back to its previous length, so a failed append never leaves half a line behind a later one.
   */
  append(text: string): Promise<void>;
  /** Deletes a closed segment; false when another window holds it or it is gone. */
  remove(name: string): Promise<boolean>;
  /** Releases the current segment and any resources (the worker). */
  close(): Promise<void>;
}

/** Opens the journal in the folder for one database; rejects when this host cannot keep one. */
export type JournalBackendFactory = (folder: string) => Promise<JournalBackend>;

/** Byte length of a string once encoded as UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** An in-memory file system shared by the backends opened on it: survives "restarts" within one test. */
export class MemoryJournalDisk {
  readonly folders = new Map<string, Map<string, string>>();
  /** Files held by a live backend (as OPFS's exclusive access handles). */
  readonly locked = new Set<string>();
  /** When set, appends fail with this error (after writing nothing), e.g. a QuotaExceededError. */
  failAppends: Error | null = null;

  folder(name: string): Map<string, string> {
    let folder = this.folders.get(name);
    if (folder === undefined) {
      folder = new Map();
      this.folders.set(name, folder);
    }
    return folder;
  }

  /** A backend factory over this disk. */
  readonly factory: JournalBackendFactory = async (folder) => new MemoryJournalBackend(this, folder);

  /** What a kill leaves: every lock released, files as they are. */
  releaseAll(): void {
    this.locked.clear();
  }
}

export class MemoryJournalBackend implements JournalBackend {
  private current: string | null = null;
  private closed = false;

  constructor(
    private readonly disk: MemoryJournalDisk,
    private readonly folder: string,
  ) {}

  private key(name: string): string {
    return `${this.folder}/${name}`;
  }

  private files(): Map<string, string> {
    if (this.closed) throw new Error('InvalidStateError: the journal is closed');
    return this.disk.folder(this.folder);
  }

  async list(): Promise<string[]> {
    return [...this.files().keys()];
  }

  async read(name: string, maxBytes?: number): Promise<string | null> {
    const text = this.files().get(name);
    if (text === undefined || (name !== this.current && this.disk.locked.has(this.key(name)))) return null;
    return maxBytes === undefined ? text : text.slice(0, maxBytes);
  }

  async startSegment(name: string, text: string): Promise<void> {
    const files = this.files();
    if (this.current !== null) this.disk.locked.delete(this.key(this.current));
    files.set(name, text);
    this.current = name;
    this.disk.locked.add(this.key(name));
  }

  async append(text: string): Promise<void> {
    const files = this.files();
    if (this.current === null) throw new Error('InvalidStateError: no segment started');
    if (this.disk.failAppends !== null) throw this.disk.failAppends;
    files.set(this.current, (files.get(this.current) ?? '') + text);
  }

  async remove(name: string): Promise<boolean> {
    const files = this.files();
    if (this.disk.locked.has(this.key(name))) return false;
    return files.delete(name);
  }

  async close(): Promise<void> {
    if (this.current !== null) this.disk.locked.delete(this.key(this.current));
    this.current = null;
    this.closed = true;
  }
}
