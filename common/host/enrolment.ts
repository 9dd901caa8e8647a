// Enrolment: a device exchanges a staff enrolment code for its device token at the hub's collector (POST /v1/enrol).
// Shared by both hosts: the web host makes the request from the page, the Electron kiosk makes it in the main
// process (the page's CSP only allows the collector already saved, and the request must reach a new one), which
// checks the request first with checkEnrolmentRequest. Errors cross IPC as plain data (EnrolmentResult).

import { contentKeySchema, type ContentKey } from '../content/contentKey';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface DeviceEnrolment {
  readonly deviceId: string;
  readonly deviceToken: string;
  /** The site name staff gave the code ("Hall A"), for the device config's siteLabel. */
  readonly siteLabel: string;
  /** The collector's public key for content packs; null from a collector that does not send one (before packs). */
  readonly contentKey: ContentKey | null;
}

/** The content key of a collector's answer, or null when it has none or sends something else. */
export function answeredContentKey(answer: Record<string, unknown>): ContentKey | null {
  const parsed = contentKeySchema.safeParse(answer.contentKey);
  return parsed.success ? parsed.data : null;
}

export type EnrolmentErrorCode =
  | 'unknown-code'
  | 'code-already-used'
  | 'code-expired'
  | 'malformed-code'
  | 'invalid-collector-url'
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

/** What the Electron main process answers over IPC (an Error's own fields do not survive the trip). */
export type EnrolmentResult =
  | { readonly ok: true; readonly enrolment: DeviceEnrolment }
  | { readonly ok: false; readonly code: EnrolmentErrorCode; readonly message: string };

export interface EnrolmentRequest {
  readonly collectorUrl: string;
  readonly code: string;
}

/** `path` under the collector's base URL, which may itself have a path (a hub behind a reverse proxy). */
export function collectorEndpoint(collectorUrl: string, path: string): string {
  return new URL(path, collectorUrl.endsWith('/') ? collectorUrl : `${collectorUrl}/`).href;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
/** Ten letters and digits, typed with or without the hyphens and spaces the dashboard shows ("7KQ4-M9X2-TB"). */
const CODE_SHAPE = /^[0-9A-Za-z]{10}$/;

/**
 * Checks an enrolment request that came from the page before the main process sends anything: the collector must
 * be https (plain http only on this machine, for a trial collector), with no user name or password in the URL, and
 * the code must have the shape of an enrolment code.
 */
export function checkEnrolmentRequest(input: unknown): { ok: true; request: EnrolmentRequest } | Extract<EnrolmentResult, { ok: false }> {
  const candidate = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const { collectorUrl, code } = candidate;
  if (typeof collectorUrl !== 'string' || collectorUrl.length > 2048 || !URL.canParse(collectorUrl.trim())) {
    return { ok: false, code: 'invalid-collector-url', message: 'the collector address is not a URL' };
  }
  const url = new URL(collectorUrl.trim());
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return { ok: false, code: 'invalid-collector-url', message: 'the collector address must start with https:// (http:// only for this computer)' };
  }
  if (typeof code !== 'string' || code.length > 40 || !CODE_SHAPE.test(code.replace(/[\s-]/g, ''))) {
    return { ok: false, code: 'malformed-code', message: 'an enrolment code has 10 letters and digits, e.g. 7KQ4-M9X2-TB' };
  }
  return { ok: true, request: { collectorUrl: url.href, code: code.trim() } };
}

const COLLECTOR_ERRORS: Record<string, EnrolmentErrorCode> = {
  'unknown-code': 'unknown-code',
  'code-already-used': 'code-already-used',
  'code-expired': 'code-expired',
  'malformed-code': 'malformed-code',
  'invalid-request': 'malformed-code',
  'rate-limited': 'rate-limited',
};

/** What can go wrong before the collector's answer can be read: no answer, or an answer without JSON. */
export type CodeExchangeFailure = 'network' | 'server-error' | 'bad-answer';

/**
 * Posts a code (a staff enrolment code, a class code) to the collector and reads its JSON answer; the request and
 * reading both exchanges share. `fail` makes the caller's own error for a request that got no readable answer.
 */
export async function postCode(
  fetchFunction: FetchFunction,
  collectorUrl: string,
  path: string,
  code: string,
  timeoutMs: number,
  fail: (failure: CodeExchangeFailure, message: string) => Error,
): Promise<{ response: Response; answer: Record<string, unknown> }> {
  let response: Response;
  try {
    response = await fetchFunction(collectorEndpoint(collectorUrl, path), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
      // A collector that redirects elsewhere is not followed: the token must come from the address staff typed.
      redirect: 'error',
    });
  } catch (error) {
    throw fail('network', `the collector at ${collectorUrl} could not be reached (${(error as Error).message})`);
  }
  try {
    return { response, answer: (await response.json()) as Record<string, unknown> };
  } catch {
    throw fail(response.status >= 500 ? 'server-error' : 'bad-answer', `the collector answered ${response.status} without JSON`);
  }
}

/** Exchanges a staff enrolment code for this device's token. Rejects with an EnrolmentError. */
export async function requestEnrolment(
  fetchFunction: FetchFunction,
  { collectorUrl, code }: EnrolmentRequest,
  timeoutMs = 15_000,
): Promise<DeviceEnrolment> {
  const { response, answer } = await postCode(fetchFunction, collectorUrl, 'v1/enrol', code, timeoutMs, (failure, message) => new EnrolmentError(failure, message));
  if (response.status === 201 && typeof answer.deviceToken === 'string' && typeof answer.deviceId === 'string' && typeof answer.siteLabel === 'string') {
    return { deviceId: answer.deviceId, deviceToken: answer.deviceToken, siteLabel: answer.siteLabel, contentKey: answeredContentKey(answer) };
  }
  const message = typeof answer.message === 'string' ? answer.message : `the collector answered ${response.status}`;
  const errorCode = typeof answer.error === 'string' ? COLLECTOR_ERRORS[answer.error] : undefined;
  throw new EnrolmentError(errorCode ?? (response.status >= 500 ? 'server-error' : 'bad-answer'), message);
}

/** The IPC answer for one enrolment attempt: never throws, so the page always learns the reason. */
export async function enrolmentResult(attempt: Promise<DeviceEnrolment>): Promise<EnrolmentResult> {
  try {
    return { ok: true, enrolment: await attempt };
  } catch (error) {
    if (error instanceof EnrolmentError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'network', message: (error as Error).message };
  }
}

/** The page's side of the IPC answer: the enrolment, or the same EnrolmentError the web host throws. */
export function unwrapEnrolmentResult(result: EnrolmentResult): DeviceEnrolment {
  if (result.ok) return result.enrolment;
  throw new EnrolmentError(result.code, result.message);
}

/**
 * The Electron main process's whole answer to the page's enrolment request: checked first (nothing is sent for a
 * request that fails the check), then made with the main process's own fetch.
 */
export async function enrolForPage(candidate: unknown, fetchFunction: FetchFunction): Promise<EnrolmentResult> {
  const checked = checkEnrolmentRequest(candidate);
  if (!checked.ok) return checked;
  return enrolmentResult(requestEnrolment(fetchFunction, checked.request));
}
