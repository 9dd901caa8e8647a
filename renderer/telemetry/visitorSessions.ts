// Turns what the app reports into stored events: checks each payload against the catalogue (common/events), refuses
// events outside a visitor session, adds the envelope (ids, app context, local time), and runs the sessions
// themselves (a fresh random id per visitor, ended with its duration).

import {
  eventPayloadSchema,
  formatLocalTimestamp,
  MAX_DURATION_MS,
  type EngagementEvent,
  type EventPayload,
  type SessionEndReason,
} from '../../common/events';
import type { Language } from '../../common/i18n/languages';
import { uuidV4, uuidV7 } from '../../common/uuid/uuid';
import { TelemetryError } from './errors';
import type { ProblemCounters } from './problemCounters';
import { newEventRecord } from './records';
import type { TelemetryClock, TelemetryContext } from './telemetryOptions';
import type { WriteQueue } from './writeQueue';

/** Payloads app code records through track(); session start and end go through the session API. */
export type TrackedPayload = Exclude<EventPayload, { type: 'session-started' | 'session-ended' }>;

export interface VisitorSessions {
  /** The current visitor session's id, or null between sessions. */
  readonly sessionId: string | null;
  track(payload: TrackedPayload): Promise<EngagementEvent>;
  startSession(language: Language): Promise<EngagementEvent>;
  endSession(reason: SessionEndReason): Promise<EngagementEvent | null>;
}

export function createVisitorSessions(options: {
  readonly context: TelemetryContext;
  /** The installation id an event recorded at the given epoch milliseconds carries (eventInstallationId.ts). */
  readonly installationIdAt: (epochMs: number) => string;
  readonly clock: TelemetryClock;
  readonly queue: WriteQueue;
  readonly counters: ProblemCounters;
  /** True once the log is closed: everything is refused from then on. */
  isClosed(): boolean;
}): VisitorSessions {
  const { context, installationIdAt, clock, queue, counters } = options;
  let session: { id: string; startedAt: number } | null = null;

  function refuse(reason: 'invalid-event' | 'no-session' | 'closed', message: string): Promise<never> {
    if (reason !== 'closed') counters.invalidEvents += 1;
    return Promise.reject(new TelemetryError(reason, message));
  }

  /** Builds the full event synchronously (time and session as of the call) and queues its write. */
  function append(payload: EventPayload, sessionId: string): Promise<EngagementEvent> {
    const recordedAt = clock.now();
    const event = {
      eventId: uuidV7(),
      installationId: installationIdAt(recordedAt),
      sessionId,
      appVersion: context.appVersion,
      mode: context.mode,
      siteLabel: context.siteLabel,
      occurredAt: formatLocalTimestamp(new Date(recordedAt)),
      ...payload,
    } as EngagementEvent;
    return queue.enqueue(newEventRecord(event, recordedAt)).then(() => event);
  }

  function track(payload: TrackedPayload): Promise<EngagementEvent> {
    if (options.isClosed()) return refuse('closed', 'telemetry is closed');
    const parsed = eventPayloadSchema.safeParse(payload);
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`).join('; ');
      return refuse('invalid-event', `not recorded: the event does not match the catalogue (${details})`);
    }
    if (parsed.data.type === 'session-started' || parsed.data.type === 'session-ended') {
      return refuse('invalid-event', `not recorded: ${parsed.data.type} is recorded by startSession()/endSession(), not track()`);
    }
    if (session === null) {
      return refuse('no-session', `not recorded: ${parsed.data.type} happened outside a visitor session (call startSession first)`);
    }
    return append(parsed.data, session.id);
  }

  function endSession(reason: SessionEndReason): Promise<EngagementEvent | null> {
    if (options.isClosed()) return refuse('closed', 'telemetry is closed');
    if (session === null) return Promise.resolve(null);
    const durationMs = Math.min(MAX_DURATION_MS, Math.max(0, Math.round(clock.monotonic() - session.startedAt)));
    const { id } = session;
    session = null;
    return append({ type: 'session-ended', reason, durationMs }, id);
  }

  function startSession(language: Language): Promise<EngagementEvent> {
    if (options.isClosed()) return refuse('closed', 'telemetry is closed');
    const payload = { type: 'session-started', language, mode: context.mode, hostKind: context.hostKind } as const;
    if (!eventPayloadSchema.safeParse(payload).success) {
      return refuse('invalid-event', `not recorded: session-started needs a known language, got ${JSON.stringify(language)}`);
    }
    if (session !== null) endSession('explicit').catch(() => undefined);
    session = { id: uuidV4(), startedAt: clock.monotonic() };
    return append(payload, session.id);
  }

  return {
    get sessionId() {
      return session?.id ?? null;
    },
    track,
    startSession,
    endSession,
  };
}
