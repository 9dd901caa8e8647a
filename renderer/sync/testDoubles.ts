// Test doubles for the sync client: a manual clock whose timers fire only when the test advances it, an
// in-memory outbox that records every state change, and helpers to answer fetch calls by hand.

import type { EngagementEvent } from '../../common/events';
import type { NetworkMonitor, SyncClock, SyncOutboxPort } from './syncClient';

export class ManualClock implements SyncClock {
  time = 1_800_000_000_000;
  private nextId = 1;
  readonly timers = new Map<number, { at: number; ms: number; callback: () => void }>();
  /** Every delay ever scheduled, in order. */
  readonly scheduled: number[] = [];

  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, ms, callback });
    this.scheduled.push(ms);
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Moves time forward, firing due timers in order. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

/** Lets pending promise chains run. */
export async function settle(rounds = 20): Promise<void> {
  for (let index = 0; index < rounds; index += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

type State = 'pending' | 'sent' | 'acknowledged';

export class MemoryOutbox implements SyncOutboxPort {
  readonly states = new Map<string, State>();
  private readonly events: EngagementEvent[] = [];
  readonly log: string[] = [];

  add(events: readonly EngagementEvent[]): void {
    for (const event of events) {
      this.events.push(event);
      this.states.set(event.eventId, 'pending');
    }
  }
  async takeBatch(limit: number): Promise<EngagementEvent[]> {
    const batch = this.events.filter((event) => this.states.get(event.eventId) === 'pending').slice(0, limit);
    for (const event of batch) this.states.set(event.eventId, 'sent');
    this.log.push(`take ${batch.length}`);
    return batch;
  }
  async acknowledge(ids: readonly string[]): Promise<number> {
    for (const id of ids) this.states.set(id, 'acknowledged');
    this.log.push(`ack ${ids.length}`);
    return ids.length;
  }
  async release(ids: readonly string[]): Promise<number> {
    for (const id of ids) if (this.states.get(id) === 'sent') this.states.set(id, 'pending');
    this.log.push(`release ${ids.length}`);
    return ids.length;
  }
  async countWaiting(): Promise<number> {
    return [...this.states.values()].filter((state) => state !== 'acknowledged').length;
  }
  count(state: State): number {
    return [...this.states.values()].filter((value) => value === state).length;
  }
}

export class ManualNetwork implements NetworkMonitor {
  online = true;
  private readonly listeners = new Set<() => void>();
  isOnline(): boolean {
    return this.online;
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(online: boolean): void {
    this.online = online;
    for (const listener of this.listeners) listener();
  }
}

export interface PendingRequest {
  readonly url: string;
  readonly init: RequestInit;
  readonly body: { sentAt: string; events: EngagementEvent[] };
  respond(status: number, body: unknown, headers?: Record<string, string>): void;
  fail(error: Error): void;
}

/** A fetch whose calls wait until the test answers them; counts how many are in flight at once. */
export function manualFetch() {
  const requests: PendingRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchFunction = (url: string, init: RequestInit): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = () => {
        inFlight -= 1;
      };
      init.signal?.addEventListener('abort', () => {
        done();
        reject(new DOMException('aborted', 'AbortError'));
      });
      requests.push({
        url,
        init,
        body: JSON.parse(String(init.body)) as PendingRequest['body'],
        respond(status, body, headers = {}) {
          done();
          // A 204 has no body at all (the Response constructor refuses even an empty one).
          resolve(new Response(status === 204 ? null : typeof body === 'string' ? body : JSON.stringify(body), { status, headers }));
        },
        fail(error) {
          done();
          reject(error);
        },
      });
    });
  return { fetchFunction, requests, maxInFlight: () => maxInFlight };
}
