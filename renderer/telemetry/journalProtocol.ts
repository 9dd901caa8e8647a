// The messages between the engagement journal (main thread, opfsJournalBackend.ts) and its dedicated worker
// (journalWorker.ts), which owns the OPFS files. Each request carries an id; the worker answers every request once,
// in the order received.

export type JournalRequest =
  | { readonly id: number; readonly op: 'init'; readonly folder: string }
  | { readonly id: number; readonly op: 'list' }
  | { readonly id: number; readonly op: 'read'; readonly name: string; readonly maxBytes?: number }
  | { readonly id: number; readonly op: 'start'; readonly name: string; readonly bytes: ArrayBuffer }
  | { readonly id: number; readonly op: 'append'; readonly bytes: ArrayBuffer }
  | { readonly id: number; readonly op: 'remove'; readonly name: string }
  | { readonly id: number; readonly op: 'close' };

export type JournalResponse =
  | { readonly id: number; readonly ok: true; readonly names?: string[]; readonly text?: string | null; readonly removed?: boolean }
  | { readonly id: number; readonly ok: false; readonly error: { readonly name: string; readonly message: string } };
