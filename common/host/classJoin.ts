// Joining a class: a pupil's browser exchanges the class code from its lesson link for a device of its own at the
// hub's collector (POST /v1/classes/join): its own token, valid until the end of the class's day. Only the web host
// uses it (the Electron kiosk is enrolled by staff); kept beside enrolment.ts, whose request it mirrors.

import type { ContentKey } from '../content/contentKey';
import { answeredContentKey, postCode, type FetchFunction } from './enrolment';

export { normaliseClassCode } from './classCode';

export interface ClassJoin {
  readonly deviceId: string;
  readonly deviceToken: string;
  /** The school and class staff named for the code; the collector files the device's events under them. */
  readonly school: string;
  readonly classLabel: string;
  /** Epoch ms when the token stops working (the end of the class's day). */
  readonly expiresAt: number;
  /** The collector's public key for content packs; null from a collector that does not send one. */
  readonly contentKey: ContentKey | null;
}

export type ClassJoinErrorCode =
  | 'unknown-code'
  | 'code-revoked'
  | 'code-expired'
  | 'code-not-yet-valid'
  | 'class-full'
  | 'malformed-code'
  | 'rate-limited'
  | 'network'
  | 'server-error'
  | 'bad-answer';

const KNOWN_ERRORS: readonly ClassJoinErrorCode[] = ['unknown-code', 'code-revoked', 'code-expired', 'code-not-yet-valid', 'class-full', 'malformed-code', 'rate-limited'];

export class ClassJoinError extends Error {
  readonly code: ClassJoinErrorCode;
  /** For rate-limited: how long the collector asked to wait, in ms. */
  readonly retryAfterMs: number | null;
  constructor(code: ClassJoinErrorCode, message: string, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'ClassJoinError';
    this.code = code;
    this.retryAfterMs = retryAfterMs;
  }
}


/** Exchanges a class code for this browser's own device and token. Rejects with a ClassJoinError. */
export async function requestClassJoin(fetchFunction: FetchFunction, collectorUrl: string, code: string, timeoutMs = 15_000): Promise<ClassJoin> {
  const { response, answer } = await postCode(fetchFunction, collectorUrl, 'v1/classes/join', code, timeoutMs, (failure, message) => new ClassJoinError(failure, message));
  const { deviceId, deviceToken, school, classLabel, expiresAt } = answer;
  if (
    response.status === 201 &&
    typeof deviceId === 'string' &&
    typeof deviceToken === 'string' &&
    typeof school === 'string' &&
    typeof classLabel === 'string' &&
    typeof expiresAt === 'string' &&
    Number.isFinite(Date.parse(expiresAt))
  ) {
    return { deviceId, deviceToken, school, classLabel, expiresAt: Date.parse(expiresAt), contentKey: answeredContentKey(answer) };
  }
  const message = typeof answer.message === 'string' ? answer.message : `the collector answered ${response.status}`;
  const known = KNOWN_ERRORS.find((code) => code === answer.error);
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new ClassJoinError(known ?? (response.status >= 500 ? 'server-error' : 'bad-answer'), message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null);
}
