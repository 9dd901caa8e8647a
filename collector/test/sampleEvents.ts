// Valid engagement events for collector tests and benchmarks: deterministic shapes, fresh UUIDv7 ids, and a
// batch body as the sync client sends it.

import { formatLocalTimestamp, type EngagementEvent } from '../../common/events';
import { uuidV4, uuidV7 } from '../../common/uuid/uuid';

const installationId = uuidV4();

export function sampleEvent(index: number, occurredAt: Date = new Date()): EngagementEvent {
  return {
    eventId: uuidV7(),
    installationId,
    sessionId: uuidV4(),
    appVersion: '0.1.0',
    mode: 'kiosk',
    siteLabel: 'Hall A',
    occurredAt: formatLocalTimestamp(occurredAt),
    type: 'game-completed',
    gameId: 'bioreactor',
    level: 'easy',
    score: index % 10_000,
    stars: 2,
    durationMs: 60_000,
  };
}

export function sampleEvents(count: number, occurredAt?: Date): EngagementEvent[] {
  return Array.from({ length: count }, (_, index) => sampleEvent(index, occurredAt));
}

export function batchBody(events: readonly unknown[], sentAt: Date = new Date()): { sentAt: string; events: readonly unknown[] } {
  return { sentAt: formatLocalTimestamp(sentAt), events };
}
