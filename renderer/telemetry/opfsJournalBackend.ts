// The engagement journal's file operations in the app: a dedicated worker (journalWorker.ts, bundled by Vite from
// the `new URL(..., import.meta.url)` below, allowed by the CSP's worker-src 'self') that keeps the files in the
// Origin Private File System and flushes every append to disk before answering.

import { opfsAvailable } from './opfsAvailable';
import type { JournalBackend, JournalBackendFactory } from './journalBackend';
import type { JournalRequest, JournalResponse } from './journalProtocol';

type RequestBody = JournalRequest extends infer R ? (R extends JournalRequest ? Omit<R, 'id'> : never) : never;
type Success = Extract<JournalResponse, { ok: true }>;

/** How long the worker may take to start and open the folder before the journal is declared unavailable. */
const INIT_TIMEOUT_MS = 15_000;

function failure(name: string, message: string): Error {
  // Keeps the DOMException name (QuotaExceededError, ...) so the caller can classify the failure.
  const error = new Error(message);
  error.name = name;
  return error;
}

/** True when this page can keep a journal: OPFS and module workers exist (not in Node, not in old browsers). */
export { opfsAvailable } from './opfsAvailable';

class OpfsJournalBackend implements JournalBackend {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(response: Success): void; reject(error: Error): void }>();
  private broken: Error | null = null;
  private readonly encoder = new TextEncoder();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<JournalResponse>) => {
      const response = event.data;
      const entry = this.waiting.get(response.id);
      if (entry === undefined) return;
      this.waiting.delete(response.id);
      if (response.ok) entry.resolve(response);
      else entry.reject(failure(response.error.name, `journal: ${response.error.message}`));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.fail(failure('JournalWorkerError', `journal worker failed: ${event.message || 'it could not be loaded'}`));
    };
    worker.onmessageerror = () => this.fail(failure('JournalWorkerError', 'journal worker sent an unreadable message'));
  }

  /** Rejects everything waiting and every later request: a worker that died cannot be trusted with appends. */
  fail(error: Error): void {
    this.broken ??= error;
    for (const entry of this.waiting.values()) entry.reject(error);
    this.waiting.clear();
  }

  request(body: RequestBody, transfer: Transferable[] = []): Promise<Success> {
    if (this.broken !== null) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise<Success>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as JournalRequest, transfer);
    });
  }

  private bytes(text: string): ArrayBuffer {
    return this.encoder.encode(text).buffer as ArrayBuffer;
  }

  async list(): Promise<string[]> {
    return (await this.request({ op: 'list' })).names ?? [];
  }

  async read(name: string, maxBytes?: number): Promise<string | null> {
    return (await this.request(maxBytes === undefined ? { op: 'read', name } : { op: 'read', name, maxBytes })).text ?? null;
  }

  async startSegment(name: string, text: string): Promise<void> {
    const bytes = this.bytes(text);
    await this.request({ op: 'start', name, bytes }, [bytes]);
  }

  async append(text: string): Promise<void> {
    const bytes = this.bytes(text);
    await this.request({ op: 'append', bytes }, [bytes]);
  }

  async remove(name: string): Promise<boolean> {
    return (await this.request({ op: 'remove', name })).removed ?? false;
  }

  async close(): Promise<void> {
    try {
      if (this.broken === null) await this.request({ op: 'close' });
    } finally {
      this.fail(failure('InvalidStateError', 'journal: closed'));
      this.worker.terminate();
    }
  }
}

/** Starts the worker and opens (creating) the journal's folder; rejects when OPFS cannot be used here. */
export const openOpfsJournal: JournalBackendFactory = async (folder) => {
  if (!opfsAvailable()) throw failure('NotSupportedError', 'the Origin Private File System is not available in this host');
  const worker = new Worker(new URL('./journalWorker.ts', import.meta.url), { type: 'module', name: 'engagement-journal' });
  const backend = new OpfsJournalBackend(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failure('TimeoutError', 'the journal worker did not start in time')), INIT_TIMEOUT_MS);
  });
  try {
    await Promise.race([backend.request({ op: 'init', folder }), timeout]);
    return backend;
  } catch (error) {
    backend.fail(error instanceof Error ? error : failure('Error', String(error)));
    worker.terminate();
    throw error;
  } finally {
    clearTimeout(timer);
  }
};
