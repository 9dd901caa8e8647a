// The two requests the app makes to the hub's collector, and what each answer means for the sync loop:
// POST /v1/events (one batch) and POST /v1/enrol (exchange an enrolment code for the device token; the request
// itself is common/host/enrolment.ts, shared with the Electron main process).

import { formatLocalTimestamp, type EngagementEvent } from '../../common/events';
import {
  collectorEndpoint,
  EnrolmentError,
  requestEnrolment,
  type DeviceEnrolment,
  type EnrolmentErrorCode,
  type FetchFunction,
} from '../../common/host/enrolment';
import { parseRetryAfter } from './backoff';
import type { SyncErrorCode } from './syncStatus';

export { collectorEndpoint, EnrolmentError, type DeviceEnrolment, type EnrolmentErrorCode, type FetchFunction };

export type BatchOutcome =
  | { readonly ok: true; readonly accepted: number; readonly duplicates: number }
  | {
      readonly ok: false;
      readonly error: SyncErrorCode;
      readonly retryAfterMs: number | null;
      readonly tooLarge?: boolean;
      /** 429 collector-busy: the collector took too many uploads at once and read nothing of this one; not a fault. */
      readonly busy?: boolean;
    };

type BatchFailure = Extract<BatchOutcome, { ok: false }>;

function failure(error: SyncErrorCode, response?: Response, now = Date.now()): BatchFailure {
  return { ok: false, error, retryAfterMs: response === undefined ? null : parseRetryAfter(response.headers.get('retry-after'), now) };
}

/** The `error` code of a refusal's JSON body, or null. */
function problemCode(text: string): string | null {
  try {
    const body = JSON.parse(text) as { error?: unknown } | null;
    return typeof body?.error === 'string' ? body.error : null;
  } catch {
    return null;
  }
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
  // Drain the body so the connection can be reused; only a 429's error code changes what we do.
  const text = await response.text().catch(() => '');
  if (response.status === 401 || response.status === 403) return failure('unauthorized', response, request.now);
  if (response.status === 429) return { ...failure('rate-limited', response, request.now), busy: problemCode(text) === 'collector-busy' };
  if (response.status === 413) return { ...failure('rejected', response, request.now), tooLarge: true };
  if (response.status >= 400 && response.status < 500) return failure('rejected', response, request.now);
  return failure('server-error', response, request.now);
}

/** Exchanges a staff enrolment code for this device's token from the page (the web host's way; see common/host/enrolment). */
export function enrolDevice(collectorUrl: string, code: string, options: { fetch?: FetchFunction; timeoutMs?: number } = {}): Promise<DeviceEnrolment> {
  return requestEnrolment(options.fetch ?? ((input, init) => fetch(input, init)), { collectorUrl, code }, options.timeoutMs);
}
