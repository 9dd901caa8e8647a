// What the admin panel shows about sync: when it last succeeded, how many events wait, and the last problem as a
// code the UI translates ("offline", "unauthorized", ...), never raw error text. A small observable value with
// the get/subscribe shape React's useSyncExternalStore expects.

export const SYNC_ERROR_CODES = [
  /** The device reports no network. */
  'offline',
  /** The collector could not be reached (DNS, refused, connection dropped). */
  'network',
  /** The collector did not answer in time. */
  'timeout',
  /** The collector answered 5xx (or a proxy in between did). */
  'server-error',
  /** The collector asked this device to slow down (429). */
  'rate-limited',
  /** The device token was refused: enrol the device again. */
  'unauthorized',
  /** The collector refused the events themselves (400/413): usually an app newer than the collector. */
  'rejected',
  /** The collector's answer was not the expected acknowledgement. */
  'bad-answer',
  /** The local event log could not record the acknowledgement. */
  'storage',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

/** starting: not yet looked at the log; idle: everything delivered, polling for new events. */
export type SyncState = 'starting' | 'idle' | 'sending' | 'waiting' | 'offline' | 'stopped';

export interface SyncStatus {
  readonly state: SyncState;
  /** Epoch ms of the last acknowledged batch (this run), or null. */
  readonly lastSuccessAt: number | null;
  /** Events waiting for the collector's acknowledgement, or null before the first count. */
  readonly pendingCount: number | null;
  /** The last problem, cleared by the next success. */
  readonly lastError: SyncErrorCode | null;
  /** Epoch ms of the next attempt while waiting after a failure, else null. */
  readonly nextAttemptAt: number | null;
  /** Events acknowledged since start (including ones the collector already had). */
  readonly deliveredCount: number;
}

export interface SyncStatusStore {
  get(): SyncStatus;
  subscribe(listener: () => void): () => void;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  state: 'starting',
  lastSuccessAt: null,
  pendingCount: null,
  lastError: null,
  nextAttemptAt: null,
  deliveredCount: 0,
};

export function createSyncStatusStore(): SyncStatusStore & { update(change: Partial<SyncStatus>): void } {
  let status = INITIAL_SYNC_STATUS;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update(change) {
      status = { ...status, ...change };
      for (const listener of [...listeners]) listener();
    },
  };
}
