// Staff authentication for the dashboard: the session cookie (random 256 bits, stored only as a SHA-256 hash,
// HttpOnly, SameSite=Strict, Secure by default), login with per-client limits (loginThrottle.ts) and a per-account
// lock counted before each password check, answered alike for known and unknown names; and the CSRF checks
// every state-changing request passes: same Origin when the browser names one, plus the session's CSRF token in
// a custom header (which a cross-site form cannot send, and our CORS policy does not allow).

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { decoyHash, verifyPassword } from '../security/passwords';
import { sha256Hex } from '../security/secrets';
import { UNKNOWN_ACTOR, type AuditLog } from '../storage/auditLog';
import type { StaffSession, StaffStore } from '../storage/staffStore';
import type { LoginThrottle } from './loginThrottle';

export const SESSION_COOKIE = 'biotech_staff';
export const CSRF_HEADER = 'x-csrf-token';
/** Sent by the dashboard with its login: a cross-site form cannot add a header. */
export const LOGIN_HEADER = 'x-biotech-dashboard';
export const SESSION_LIFETIME_MS = 8 * 60 * 60_000;
/** Attempts in a row on one account before it is locked (the attempt that reaches it is still checked). */
export const LOCKOUT_FAILURES = 5;
/** The first lock of an account lasts this long; each further lock in a row twice as long, up to LOCKOUT_MAX_MS. */
export const LOCKOUT_FIRST_MS = 2 * 60_000;
export const LOCKOUT_MAX_MS = 60 * 60_000;

export function lockDuration(lockoutsBefore: number): number {
  return Math.min(LOCKOUT_MAX_MS, LOCKOUT_FIRST_MS * 2 ** Math.min(lockoutsBefore, 20));
}

export interface StaffAuthOptions {
  readonly staff: StaffStore;
  readonly audit: AuditLog;
  readonly throttle: LoginThrottle;
  readonly now: () => number;
  /**
   * Mark the session cookie Secure (the default). False only for a plain-HTTP trial on a loopback address, which
   * the CLI allows with an explicit flag and warns about at start.
   */
  readonly secureCookie: boolean;
}

/**
 * invalid covers a wrong password, an unknown name and a locked account alike (same answer, same time: one password
 * hash each), so an answer tells nothing about which names exist or are locked. busy: the client must wait.
 */
export type LoginOutcome =
  | { readonly kind: 'ok'; readonly sessionId: string; readonly session: StaffSession }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'busy'; readonly retryAfterSeconds: number };

export function sessionHash(sessionId: string): string {
  return sha256Hex(`staff-session:${sessionId}`);
}

export function cookieValue(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

async function checkPassword(options: StaffAuthOptions, name: string, password: string): Promise<boolean | null> {
  const now = options.now();
  // Counted before the hash is computed, so parallel guesses cannot all be checked before the lock.
  const reservation = await options.staff.reserveAttempt(name, now, LOCKOUT_FAILURES, lockDuration);
  const account = reservation === 'reserved' || reservation === 'reserved-and-locked' ? await options.staff.account(name) : null;
  // Unknown, locked or not: one scrypt check each, so the time taken does not tell them apart.
  const valid = await options.throttle.withHashTurn(async () => verifyPassword(password, account?.passwordHash ?? (await decoyHash())));
  if (valid === null) return null;
  const known = reservation !== 'unknown';
  if (account !== null && valid) {
    await options.staff.recordSuccess(name);
    await options.audit.record({ at: now, actor: name, action: 'login', subject: null });
    return true;
  }
  await options.audit.record({ at: now, actor: known ? name : UNKNOWN_ACTOR, action: 'login-failed', subject: reservation === 'locked' ? 'locked' : null });
  if (reservation === 'reserved-and-locked') await options.audit.record({ at: now, actor: name, action: 'account-locked', subject: null });
  return false;
}

/** A login from `client` (its address: used as an in-memory key only, never stored or logged). */
export async function login(options: StaffAuthOptions, client: string, name: string, password: string): Promise<LoginOutcome> {
  const admission = options.throttle.admit(client, options.now());
  if (!admission.allowed) return { kind: 'busy', retryAfterSeconds: admission.retryAfterSeconds };
  let valid: boolean | null = false;
  try {
    valid = await checkPassword(options, name, password);
  } finally {
    admission.finish(valid === true ? 'success' : 'failure', options.now());
  }
  if (valid === null) return { kind: 'busy', retryAfterSeconds: 1 };
  if (!valid) return { kind: 'invalid' };
  const now = options.now();
  const sessionId = randomBytes(32).toString('base64url');
  const session: StaffSession = { staffName: name, csrfToken: randomBytes(32).toString('base64url'), expiresAt: now + SESSION_LIFETIME_MS };
  await options.staff.createSession(sessionHash(sessionId), session.staffName, session.csrfToken, now, session.expiresAt);
  return { kind: 'ok', sessionId, session };
}

function isSecure(options: StaffAuthOptions, request: FastifyRequest): boolean {
  // request.protocol is https over TLS, or behind a trusted proxy that says so (X-Forwarded-Proto).
  return options.secureCookie || request.protocol === 'https';
}

export function setSessionCookie(options: StaffAuthOptions, request: FastifyRequest, reply: FastifyReply, sessionId: string): void {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${SESSION_LIFETIME_MS / 1000}`];
  if (isSecure(options, request)) attributes.push('Secure');
  reply.header('set-cookie', `${SESSION_COOKIE}=${sessionId}; ${attributes.join('; ')}`);
}

export function clearSessionCookie(options: StaffAuthOptions, request: FastifyRequest, reply: FastifyReply): void {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', 'Max-Age=0'];
  if (isSecure(options, request)) attributes.push('Secure');
  reply.header('set-cookie', `${SESSION_COOKIE}=; ${attributes.join('; ')}`);
}

export async function sessionOf(options: StaffAuthOptions, request: FastifyRequest): Promise<{ id: string; session: StaffSession } | null> {
  const id = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (id === null || !/^[A-Za-z0-9_-]{43}$/.test(id)) return null;
  const session = await options.staff.session(sessionHash(id), options.now());
  return session === null ? null : { id, session };
}

/**
 * The request's Origin, when the browser sent one, must name this very server (host and port; the scheme is not
 * compared, because behind a TLS-terminating proxy the browser says https and the collector sees http).
 */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export function csrfTokenMatches(request: FastifyRequest, session: StaffSession): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
