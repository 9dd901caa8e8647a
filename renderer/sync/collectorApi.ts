// The two requests the app makes to the hub's collector, and what each answer means for the sync loop:
// POST /v1/events (one batch) and POST /v1/enrol (exchange an enrolment code for the device token).

import { formatLocalTimestamp, type EngagementEvent } from '../../common/events';
import { parseRetryAfter } from './backoff';
import type { SyncErrorCode } from './syncStatus';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export type BatchOutcome =
  | { readonly ok: true; readonly accepted: number; readonly duplicates: number }
  | { readonly ok: false; readonly error: SyncErrorCode; readonly retryAfterMs: number | null; readonly tooLarge?: boolean };

/** `path` under the collector's base URL, which may itself have a path (a hub behind a reverse proxy). */
export function collectorEndpoint(collectorUrl: string, path: string): string {
  return new URL(path, collectorUrl.endsWith('/') ? collectorUrl : `${collectorUrl}/`).href;
}

type BatchFailure = Extract<BatchOutcome, { ok: false }>;

function failure(error: SyncErrorCode, response?: Response, now = Date.now()): BatchFailure {
  return { ok: false, error, retryAfterMs: response === undefined ? null : parseRetryAfter(response.headers.get('retry-after'), now) };
}

/**
 * Sends one batch. Resolves with the collector's acknowledgement only when it answered 200 with counts that add
 * up to the batch; every other answer (or none) is a failure and the batch must go back to pending.
 */
export async function postBatch(
  fetchFunction: FetchFunction,
  request: { collectorUrl: string; deviceToken: string; events: readonly EngagementEvent[]; sentAt: number; signal: AbortSignal; now: number },
): Promise<BatchOutcome> {
  let response: Response;
  try {
    response = await fetchFunction(collectorEndpoint(request.collectorUrl, 'v1/events'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${request.deviceToken}` },
      body: JSON.stringify({ sentAt: formatLocalTimestamp(new Date(request.sentAt)), events: request.events }),
      signal: request.signal,
      cache: 'no-store',
    });
  } catch {
    return failure(request.signal.aborted ? 'timeout' : 'network');
  }
  if (response.status === 200) {
    try {
      const answer = (await response.json()) as { accepted?: unknown; duplicates?: unknown; rejected?: unknown };
      const { accepted, duplicates } = answer;
      // Events whose time cannot be true are refused one by one (`rejected`, collector/server/batch.ts): they are
      // answered for, like the stored ones, and leave the device (collectors before this field never send it).
      const rejected = answer.rejected ?? 0;
      if (typeof accepted === 'number' && typeof duplicates === 'number' && typeof rejected === 'number' && accepted + duplicates + rejected === request.events.length) {
        return { ok: true, accepted, duplicates };
      }
      return failure('bad-answer');
    } catch {
      return failure(request.signal.aborted ? 'timeout' : 'bad-answer');
    }
  }
  // Drain the body so the connection can be reused; its content does not change what we do.
  await response.text().catch(() => undefined);
  if (response.status === 401 || response.status === 403) return failure('unauthorized', response, request.now);
  if (response.status === 429) return failure('rate-limited', response, request.now);
  if (response.status === 413) return { ...failure('rejected', response, request.now), tooLarge: true };
  if (response.status >= 400 && response.status < 500) return failure('rejected', response, request.now);
  return failure('server-error', response, request.now);
}

export interface DeviceEnrolment {
  readonly deviceId: string;
  readonly deviceToken: string;
  /** The site name staff gave the code ("Hall A"), for the device config's siteLabel. */
  readonly siteLabel: string;
}

export type EnrolmentErrorCode =
  | 'unknown-code'
  | 'code-already-used'
  | 'code-expired'
  | 'malformed-code'
  | 'rate-limited'
  | 'network'
  | 'server-error'
  | 'bad-answer';

export class EnrolmentError extends Error {
  readonly code: EnrolmentErrorCode;
  constructor(code: EnrolmentErrorCode, message: string) {
    super(message);
    this.name = 'EnrolmentError';
    this.code = code;
  }
}

const ENROLMENT_ERRORS: Record<string, EnrolmentErrorCode> = {
  'unknown-code': 'unknown-code',
  'code-already-used': 'code-already-used',
  'code-expired': 'code-expired',
  'malformed-code': 'malformed-code',
  'invalid-request': 'malformed-code',
  'rate-limited': 'rate-limited',
};

/** Exchanges a staff enrolment code for this device's token (admin panel). Rejects with an EnrolmentError. */
export async function enrolDevice(
  collectorUrl: string,
  code: string,
  options: { fetch?: FetchFunction; timeoutMs?: number } = {},
): Promise<DeviceEnrolment> {
  const fetchFunction = options.fetch ?? ((input, init) => fetch(input, init));
  let response: Response;
  try {
    response = await fetchFunction(collectorEndpoint(collectorUrl, 'v1/enrol'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      cache: 'no-store',
    });
  } catch (error) {
    throw new EnrolmentError('network', `the collector at ${collectorUrl} could not be reached (${(error as Error).message})`);
  }
  let answer: Record<string, unknown>;
  try {
    answer = (await response.json()) as Record<string, unknown>;
  } catch {
    throw new EnrolmentError(response.status >= 500 ? 'server-error' : 'bad-answer', `the collector answered ${response.status} without JSON`);
  }
  if (response.status === 201 && typeof answer.deviceToken === 'string' && typeof answer.deviceId === 'string' && typeof answer.siteLabel === 'string') {
    return { deviceId: answer.deviceId, deviceToken: answer.deviceToken, siteLabel: answer.siteLabel };
  }
  const message = typeof answer.message === 'string' ? answer.message : `the collector answered ${response.status}`;
  const errorCode = typeof answer.error === 'string' ? ENROLMENT_ERRORS[answer.error] : undefined;
  throw new EnrolmentError(errorCode ?? (response.status >= 500 ? 'server-error' : 'bad-answer'), message);
}
