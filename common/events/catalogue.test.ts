// Protects the privacy rule that the engagement log can only ever hold enums, bounded numbers and our ids:
// every schema accepts valid events and rejects unknown fields, free text and values outside its lists.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_TYPES, engagementEventSchema, eventPayloadSchema, type EngagementEvent, type EventPayload } from './catalogue';
import { formatLocalTimestamp, eventEnvelopeSchema } from './envelope';
import { ALLOWED, FIELDS_BY_TYPE, SETTING_VALUES, validEnvelope, validEvent, validPayload } from '../../tests/support/eventArbitraries';

const envelope = {
  eventId: '019ac3b4-1a2b-7c3d-8e4f-0123456789ab',
  installationId: '3f1c2a9e-5b7d-4c1e-9a2b-1234567890ab',
  sessionId: '8d2e4f6a-0b1c-4d3e-a5f6-abcdefabcdef',
  appVersion: '0.1.0',
  mode: 'kiosk',
  siteLabel: 'Hall A',
  occurredAt: '2026-11-26T17:03:04.123+01:00',
} as const;

/** One valid example per event type (settings-changed has one per setting). */
const EXAMPLES: readonly EventPayload[] = [
  { type: 'session-started', language: 'fr', mode: 'kiosk', hostKind: 'electron' },
  { type: 'language-changed', from: 'fr', to: 'nl' },
  { type: 'profile-chosen', profile: 'pupil', ageBand: '12-15' },
  { type: 'screen-viewed', screen: 'home' },
  { type: 'game-started', gameId: 'bioreactor', level: 'easy' },
  { type: 'game-completed', gameId: 'gowning', level: 'hard', score: 1200, stars: 3, durationMs: 95_000 },
  { type: 'game-abandoned', gameId: 'purify', level: 'quick', score: 10, durationMs: 12_000, progress: 0.25 },
  { type: 'career-viewed', roleId: 'qc-analyst' },
  { type: 'quiz-completed', topTypes: ['I', 'R'] },
  { type: 'pathway-viewed', fromProfile: 'jobseeker-no-diploma', roleId: 'usp-operator' },
  { type: 'qr-shown', roleId: 'data-scientist' },
  { type: 'settings-changed', setting: 'language', value: 'de' },
  { type: 'settings-changed', setting: 'textSize', value: 'larger' },
  { type: 'settings-changed', setting: 'reducedMotion', value: 'on' },
  { type: 'settings-changed', setting: 'sound', value: 'off' },
  { type: 'session-ended', reason: 'idle', durationMs: 180_000 },
];

function withEnvelope(payload: EventPayload): EngagementEvent {
  return { ...envelope, ...payload } as EngagementEvent;
}

/** The second, independent reading of the specification that accepted events must satisfy. */
function oracleAccepts(candidate: unknown): boolean {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return false;
  const record = candidate as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !(type in FIELDS_BY_TYPE)) return false;
  const expected = new Set([...Object.keys(envelope), 'type', ...(FIELDS_BY_TYPE[type] ?? [])]);
  const keys = Object.keys(record);
  if (keys.length !== expected.size || !keys.every((key) => expected.has(key))) return false;
  if (!eventEnvelopeSchema.safeParse(Object.fromEntries(Object.keys(envelope).map((key) => [key, record[key]]))).success) {
    return false;
  }
  for (const field of FIELDS_BY_TYPE[type] ?? []) {
    if (type === 'settings-changed') {
      const allowed = SETTING_VALUES[record.setting as string];
      if (allowed === undefined || !allowed.includes(record.value as string)) return false;
      continue;
    }
    const check = ALLOWED[field];
    if (check === undefined || !check(record[field])) return false;
  }
  return true;
}

describe('event catalogue', () => {
  it('has an example for every event type', () => {
    expect(new Set(EXAMPLES.map((example) => example.type))).toEqual(new Set(EVENT_TYPES));
  });

  it.each(EXAMPLES.map((example) => [`${example.type} ${'setting' in example ? example.setting : ''}`, example] as const))(
    'accepts a valid %s event and payload',
    (_name, payload) => {
      expect(eventPayloadSchema.safeParse(payload).success).toBe(true);
      expect(engagementEventSchema.safeParse(withEnvelope(payload)).success).toBe(true);
    },
  );

  it.each(EXAMPLES.map((example) => [example.type, example] as const))('%s rejects an extra field', (_name, payload) => {
    expect(engagementEventSchema.safeParse({ ...withEnvelope(payload), note: 'hello' }).success).toBe(false);
    expect(engagementEventSchema.safeParse({ ...withEnvelope(payload), userAgent: 'Mozilla/5.0' }).success).toBe(false);
    expect(eventPayloadSchema.safeParse({ ...payload, name: 'Alice' }).success).toBe(false);
    // A payload must not smuggle envelope fields either: track() owns them.
    expect(eventPayloadSchema.safeParse({ ...payload, sessionId: envelope.sessionId }).success).toBe(false);
  });

  it.each(EXAMPLES.map((example) => [example.type, example] as const))(
    '%s rejects free text and wrong values in every field',
    (_name, payload) => {
      for (const field of Object.keys(payload)) {
        if (field === 'type') continue;
        for (const wrong of ['Alice', 'alice@example.org', '', 'FR', -1, 1.5e9, null, true, ['x']]) {
          const candidate = { ...withEnvelope(payload), [field]: wrong };
          if (oracleAccepts(candidate)) continue;
          expect(engagementEventSchema.safeParse(candidate).success, `${field} = ${JSON.stringify(wrong)}`).toBe(false);
        }
      }
    },
  );

  it.each(EXAMPLES.map((example) => [example.type, example] as const))('%s rejects a missing field', (_name, payload) => {
    for (const field of Object.keys(withEnvelope(payload))) {
      const candidate: Record<string, unknown> = { ...withEnvelope(payload) };
      delete candidate[field];
      expect(engagementEventSchema.safeParse(candidate).success, `without ${field}`).toBe(false);
    }
  });

  it('rejects unknown event types and non-objects', () => {
    for (const wrong of [{ ...envelope, type: 'page-view' }, null, 'session-started', 42, [], {}]) {
      expect(engagementEventSchema.safeParse(wrong).success).toBe(false);
    }
  });

  it('pairs each setting with its own values only', () => {
    expect(eventPayloadSchema.safeParse({ type: 'settings-changed', setting: 'sound', value: 'fr' }).success).toBe(false);
    expect(eventPayloadSchema.safeParse({ type: 'settings-changed', setting: 'language', value: 'on' }).success).toBe(false);
    expect(eventPayloadSchema.safeParse({ type: 'settings-changed', setting: 'textSize', value: 'huge' }).success).toBe(false);
    expect(eventPayloadSchema.safeParse({ type: 'settings-changed', setting: 'volume', value: 'on' }).success).toBe(false);
  });

  it('checks numbers, stars, progress and interest types against their ranges', () => {
    const completed = EXAMPLES[5]!;
    for (const [field, value] of [
      ['score', -1],
      ['score', 2.5],
      ['score', Number.NaN],
      ['score', Number.POSITIVE_INFINITY],
      ['stars', 4],
      ['durationMs', 8 * 24 * 3600 * 1000],
    ] as const) {
      expect(eventPayloadSchema.safeParse({ ...completed, [field]: value }).success, `${field} = ${value}`).toBe(false);
    }
    const abandoned = EXAMPLES[6]!;
    expect(eventPayloadSchema.safeParse({ ...abandoned, progress: 1.01 }).success).toBe(false);
    expect(eventPayloadSchema.safeParse({ ...abandoned, progress: -0.01 }).success).toBe(false);
    for (const types of [[], ['R', 'I', 'A', 'S'], ['R', 'R'], ['X'], 'RIA']) {
      expect(eventPayloadSchema.safeParse({ type: 'quiz-completed', topTypes: types }).success).toBe(false);
    }
  });

  it('checks every envelope field', () => {
    const good = withEnvelope(EXAMPLES[3]!);
    const wrongs: Record<string, unknown[]> = {
      eventId: ['3f1c2a9e-5b7d-4c1e-9a2b-1234567890ab', '019AC3B4-1A2B-7C3D-8E4F-0123456789AB', 'x'],
      installationId: ['not-a-uuid', '3f1c2a9e5b7d4c1e9a2b1234567890ab'],
      sessionId: ['', 'Alice'],
      appVersion: ['1.0', 'v1.0.0', 'latest', '01.0.0'],
      mode: ['museum'],
      siteLabel: ['', 'Hall <A>', 'x'.repeat(61), 'https://example.org'],
      occurredAt: [
        '2026-11-26T17:03:04.123Z',
        '2026-11-26T17:03:04+01:00',
        '2026-11-26 17:03:04.123+01:00',
        '2026-02-30T17:03:04.123+01:00',
        '2026-13-01T17:03:04.123+01:00',
        '2026-11-26T24:00:00.000+01:00',
        '2026-11-26T17:03:04.123+15:00',
      ],
    };
    for (const [field, values] of Object.entries(wrongs)) {
      for (const value of values) {
        expect(engagementEventSchema.safeParse({ ...good, [field]: value }).success, `${field} = ${String(value)}`).toBe(false);
      }
    }
    expect(engagementEventSchema.safeParse({ ...good, appVersion: '1.2.0-rc.1+build.5' }).success).toBe(true);
    expect(engagementEventSchema.safeParse({ ...good, occurredAt: '2028-02-29T00:00:00.000-05:30' }).success).toBe(true);
  });

  it('formats local time with the offset the schema expects', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (date) => {
        const text = formatLocalTimestamp(date);
        expect(eventEnvelopeSchema.shape.occurredAt.safeParse(text).success).toBe(true);
        expect(new Date(text).getTime()).toBe(date.getTime());
      }),
    );
    expect(() => formatLocalTimestamp(new Date(Number.NaN))).toThrow(/invalid/);
  });
});

describe('event catalogue properties', () => {
  it('accepts every event the specification allows', () => {
    fc.assert(
      fc.property(validEvent, (event) => {
        const result = engagementEventSchema.safeParse(event);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(validPayload, (payload) => eventPayloadSchema.safeParse(payload).success), { numRuns: 1000 });
  });

  it('never accepts an event with one field replaced by something random, unless that is allowed', () => {
    fc.assert(
      fc.property(validEvent, fc.nat(), fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }), (event, pick, value) => {
        const keys = Object.keys(event);
        const field = keys[pick % keys.length]!;
        const candidate = { ...event, [field]: value };
        if (engagementEventSchema.safeParse(candidate).success) expect(oracleAccepts(candidate)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never accepts an event with an extra field, whatever its name and value', () => {
    fc.assert(
      fc.property(validEvent, fc.string({ minLength: 1 }), fc.anything(), (event, key, value) => {
        fc.pre(!(key in event) && key !== '__proto__');
        expect(engagementEventSchema.safeParse({ ...event, [key]: value }).success).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts random objects built from real field names unless the specification allows them', () => {
    const fieldNames = [...new Set(Object.values(FIELDS_BY_TYPE).flat())];
    const anyValue = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('fr', 'kiosk', 'web', 'pupil', '12-15', 'home', 'bioreactor', 'qc-analyst', 'easy', 'on', 'idle', 'R', 'employee', 'language'),
      fc.array(fc.constantFrom('R', 'I', 'A', 'x')),
    );
    const randomEvent = fc
      .tuple(validEnvelope, fc.constantFrom(...EVENT_TYPES, 'other'), fc.dictionary(fc.constantFrom(...fieldNames), anyValue))
      .map(([env, type, body]) => ({ ...env, ...body, type }));
    fc.assert(
      fc.property(randomEvent, (candidate) => {
        const accepted = engagementEventSchema.safeParse(candidate).success;
        expect(accepted).toBe(oracleAccepts(candidate));
      }),
      { numRuns: 5000 },
    );
  });

  it('never lets arbitrary input through', () => {
    fc.assert(
      fc.property(fc.anything(), (candidate) => {
        if (engagementEventSchema.safeParse(candidate).success) expect(oracleAccepts(candidate)).toBe(true);
        if (eventPayloadSchema.safeParse(candidate).success) throw new Error('arbitrary input passed as a payload');
      }),
      { numRuns: 2000 },
    );
  });
});
