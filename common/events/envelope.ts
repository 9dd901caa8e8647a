// The envelope every engagement event carries: who recorded it (random installation and session ids, never a
// person), with which app version, in which mode and at which staff-named site, and when (local time with offset).

import { z } from '../zod';
import { deviceConfigSchema } from '../config/deviceConfig';
import { UUID_PATTERN, UUID_V7_PATTERN } from '../uuid/uuid';
import { fields } from './fields';

/** Semantic Versioning 2.0.0, the official pattern (semver.org), e.g. 0.1.0 or 1.2.0-rc.1+build.5. */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Local wall-clock time to the millisecond with its UTC offset, e.g. 2026-11-26T17:03:04.123+01:00. */
export const LOCAL_TIMESTAMP_PATTERN =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}[+-](0\d|1[0-4]):[0-5]\d$/;

function isRealCalendarDay(timestamp: string): boolean {
  const match = LOCAL_TIMESTAMP_PATTERN.exec(timestamp);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const envelopeShape = {
  eventId: z.string().check(z.regex(UUID_V7_PATTERN, 'must be a lower-case UUIDv7')),
  installationId: z.string().check(z.regex(UUID_PATTERN, 'must be a lower-case UUID')),
  sessionId: z.string().check(z.regex(UUID_PATTERN, 'must be a lower-case UUID')),
  appVersion: z.string().check(z.maxLength(64, 'must be at most 64 characters'), z.regex(SEMVER_PATTERN, 'must be a semantic version')),
  mode: fields.mode,
  // The device's own site label, kept in the wire format for devices in the field and for local exports. The hub's
  // collector does not trust it: it stores the site of the device's enrolment record instead (collector/server/batch.ts).
  siteLabel: deviceConfigSchema.shape.siteLabel,
  occurredAt: z
    .string()
    .check(
      z.regex(LOCAL_TIMESTAMP_PATTERN, 'must be local time with milliseconds and UTC offset, e.g. 2026-11-26T17:03:04.123+01:00'),
      z.refine(isRealCalendarDay, 'must be a real calendar day'),
    ),
} as const;

export const eventEnvelopeSchema = z.strictObject(envelopeShape);
export type EventEnvelope = z.infer<typeof eventEnvelopeSchema>;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Formats a moment as local time with the device's UTC offset at that moment (daylight saving included). */
export function formatLocalTimestamp(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatLocalTimestamp: the date is invalid');
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const absolute = Math.abs(offsetMinutes);
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}
