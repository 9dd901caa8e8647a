// The messages between the reconnect benchmark (bench/collector/reconnect.ts, in Vitest) and the collector process
// it observes (reconnectCollector.ts, a child process so the collector's memory is its own): the parent asks, the
// child answers each request with one message of the matching type.

import type { StorageSettings } from '../../collector/settings';

/** How the child is started: its storage, given as JSON in the environment variable RECONNECT_STORAGE. */
export type ReconnectStorage = StorageSettings;

export type ParentMessage =
  /** Enrol `devices` devices, spread over `sites` sites, through the store's enrolment (code created, then redeemed). */
  | { readonly type: 'enrol'; readonly devices: number; readonly sites: number }
  /** Start the clock, the upload log and the memory samples: the devices are about to reconnect. */
  | { readonly type: 'observe' }
  /** The devices are done: wait until the rollups hold every stored event, then report. */
  | { readonly type: 'report' }
  /** Count the stored events and list their ids. */
  | { readonly type: 'verify' }
  | { readonly type: 'close' };

/** One POST /v1/events as the collector saw it, in ms since `observe`: from the request's arrival to its answer. */
export interface UploadSeen {
  readonly start: number;
  readonly end: number;
  readonly status: number;
}

export interface MemorySample {
  /** Seconds since `observe`. */
  readonly t: number;
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  readonly externalBytes: number;
}

export interface CollectorReport {
  readonly uploads: UploadSeen[];
  /** Answers to POST /v1/health by status. */
  readonly healthAnswers: Record<string, number>;
  /** From the last upload's answer until the rollup backlog was empty (the dashboard holds every event). */
  readonly foldSeconds: number;
  /** CPU time of the collector process (all its threads) from `observe` to the end of the fold. */
  readonly cpuSeconds: number;
  /** At `observe`: the collector started, devices enrolled, nothing uploaded yet. */
  readonly before: MemorySample;
  /** Every 25 ms from `observe` to the end of the fold. */
  readonly samples: MemorySample[];
  /** The kernel's high-water mark of the process's resident memory (getrusage maxrss), in bytes. */
  readonly maxRssBytes: number;
  /** After the fold and a forced garbage collection: what the collector keeps once the wave has passed. */
  readonly after: MemorySample;
}

export type ChildMessage =
  | { readonly type: 'ready'; readonly address: string }
  | { readonly type: 'enrol'; readonly tokens: string[] }
  | { readonly type: 'observe' }
  | { readonly type: 'report'; readonly report: CollectorReport }
  | { readonly type: 'verify'; readonly rows: number; readonly distinctIds: number; readonly ids: string[] }
  | { readonly type: 'close' }
  | { readonly type: 'failed'; readonly message: string };
