// Staff authentication for the dashboard: the session cookie (random 256 bits, stored only as a SHA-256 hash,
// HttpOnly, SameSite=Strict, Secure over HTTPS), login with lockout after repeated failures, and the CSRF checks
// every state-changing request passes: same Origin when the browser names one, plus the session's CSRF token in
// a custom header (which a cross-site form cannot send, and our CORS policy does not allow).

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { decoyHash, verifyPassword } from '../security/passwords';
import { sha256Hex } from '../security/secrets';
import type { StaffSession, StaffStore } from '../storage/staffStore';

export const SESSION_COOKIE = 'biotech_staff';
export const CSRF_HEADER = 'x-csrf-token';
/** Sent by the dashboard with its login: a cross-site form cannot add a header. */
export const LOGIN_HEADER = 'x-biotech-dashboard';
export const SESSION_LIFETIME_MS = 8 * 60 * 60_000;
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60_000;

export interface StaffAuthOptions {
  readonly staff: StaffStore;
  readonly now: () => number;
  /** Always mark the cookie Secure (behind a TLS-terminating proxy); otherwise only when the request is HTTPS. */
  readonly secureCookie: boolean;
}

export type LoginOutcome =
  | { readonly kind: 'ok'; readonly sessionId: string; readonly session: StaffSession }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'locked'; readonly retryAfterSeconds: number };

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

export async function login(options: StaffAuthOptions, name: string, password: string): Promise<LoginOutcome> {
  const now = options.now();
  const account = await options.staff.account(name);
  if (account !== null && account.lockedUntil !== null && account.lockedUntil > now) {
    return { kind: 'locked', retryAfterSeconds: Math.ceil((account.lockedUntil - now) / 1000) };
  }
  // An unknown name costs the same scrypt as a known one, so timing does not tell which names exist.
  const valid = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
  if (account === null) return { kind: 'invalid' };
  if (!valid) {
    await options.staff.recordFailure(account.name, now, LOCKOUT_FAILURES, LOCKOUT_MS);
    const after = await options.staff.account(account.name);
    if (after?.lockedUntil != null && after.lockedUntil > now) return { kind: 'locked', retryAfterSeconds: Math.ceil(LOCKOUT_MS / 1000) };
    return { kind: 'invalid' };
  }
  await options.staff.clearFailures(account.name);
  const sessionId = randomBytes(32).toString('base64url');
  const session: StaffSession = { staffName: account.name, csrfToken: randomBytes(32).toString('base64url'), expiresAt: now + SESSION_LIFETIME_MS };
  await options.staff.createSession(sessionHash(sessionId), session.staffName, session.csrfToken, now, session.expiresAt);
  return { kind: 'ok', sessionId, session };
}

function isSecure(options: StaffAuthOptions, request: FastifyRequest): boolean {
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
