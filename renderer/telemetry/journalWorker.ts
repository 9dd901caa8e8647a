// The engagement journal's dedicated worker: the only code that touches the journal's files in the Origin Private
// File System. Appends go through a FileSystemSyncAccessHandle (available only in dedicated workers) and are followed
// by flush(), the documented point at which the written bytes are on disk; only then is the append answered.
// Requests are handled strictly one after another.

import type { JournalRequest, JournalResponse } from './journalProtocol';

/** The parts of the OPFS API used here (the sync access handle is typed only in TypeScript's worker library). */
interface SyncAccessHandle {
  read(buffer: Uint8Array, options?: { at?: number }): number;
  write(buffer: Uint8Array, options?: { at?: number }): number;
  truncate(size: number): void;
  getSize(): number;
  flush(): void;
  close(): void;
}
interface FileHandle {
  createSyncAccessHandle(): Promise<SyncAccessHandle>;
}
interface DirectoryHandle {
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
}
interface WorkerScope {
  onmessage: ((event: MessageEvent<JournalRequest>) => void) | null;
  postMessage(message: JournalResponse): void;
}

const scope = globalThis as unknown as WorkerScope;
let folder: DirectoryHandle | null = null;
let current: { name: string; handle: SyncAccessHandle } | null = null;
const decoder = new TextDecoder();

function folderHandle(): DirectoryHandle {
  if (folder === null) throw new DOMException('the journal worker was not initialised', 'InvalidStateError');
  return folder;
}

/** True for the errors OPFS raises when another window holds the file or it is gone: not failures of ours. */
function unavailable(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NoModificationAllowedError' || error.name === 'NotFoundError');
}

/** Writes all of `bytes` at the end of the file and flushes; on any failure cuts the file back and rethrows. */
function appendDurably(handle: SyncAccessHandle, bytes: Uint8Array): void {
  const size = handle.getSize();
  try {
    let written = 0;
    while (written < bytes.length) {
      const count = handle.write(bytes.subarray(written), { at: size + written });
      if (count <= 0) throw new DOMException('the journal file accepted no more bytes', 'QuotaExceededError');
      written += count;
    }
    handle.flush();
  } catch (error) {
    try {
      handle.truncate(size);
      handle.flush();
    } catch {
      // The original error is the one to report.
    }
    throw error;
  }
}

async function readFile(name: string, maxBytes: number | undefined): Promise<string | null> {
  if (current?.name === name) throw new DOMException('the current segment is not read back', 'InvalidStateError');
  let handle: SyncAccessHandle;
  try {
    handle = await (await folderHandle().getFileHandle(name)).createSyncAccessHandle();
  } catch (error) {
    if (unavailable(error)) return null;
    throw error;
  }
  try {
    const size = Math.min(handle.getSize(), maxBytes ?? Number.MAX_SAFE_INTEGER);
    const buffer = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const count = handle.read(buffer.subarray(read), { at: read });
      if (count <= 0) break;
      read += count;
    }
    // A header prefix may end inside a character: decoding replaces it, and the header line ends well before.
    return decoder.decode(buffer.subarray(0, read));
  } finally {
    handle.close();
  }
}

async function handle(request: JournalRequest): Promise<Omit<JournalResponse & { ok: true }, 'id' | 'ok'>> {
  switch (request.op) {
    case 'init': {
      const root = (await navigator.storage.getDirectory()) as unknown as DirectoryHandle;
      folder = await root.getDirectoryHandle(request.folder, { create: true });
      return {};
    }
    case 'list': {
      const names: string[] = [];
      for await (const name of folderHandle().keys()) names.push(name);
      return { names };
    }
    case 'read':
      return { text: await readFile(request.name, request.maxBytes) };
    case 'start': {
      const file = await folderHandle().getFileHandle(request.name, { create: true });
      const next = await file.createSyncAccessHandle();
      try {
        next.truncate(0);
        appendDurably(next, new Uint8Array(request.bytes));
      } catch (error) {
        next.close();
        throw error;
      }
      current?.handle.close();
      current = { name: request.name, handle: next };
      return {};
    }
    case 'append':
      if (current === null) throw new DOMException('no journal segment is open', 'InvalidStateError');
      appendDurably(current.handle, new Uint8Array(request.bytes));
      return {};
    case 'remove':
      if (current?.name === request.name) return { removed: false };
      try {
        await folderHandle().removeEntry(request.name);
        return { removed: true };
      } catch (error) {
        if (unavailable(error)) return { removed: false };
        throw error;
      }
    case 'close':
      current?.handle.close();
      current = null;
      return {};
  }
}

let chain: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const request = event.data;
  chain = chain.then(async () => {
    try {
      scope.postMessage({ id: request.id, ok: true, ...(await handle(request)) });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ id: request.id, ok: false, error: { name, message } });
    }
  });
};
