// Bearer-token authentication of kiosks: the token from the Authorization header is hashed and looked up; unknown
// and revoked devices get 401 with a message saying what staff should do, and so does a class device whose day is
// over (its token expires with its class code). Runs before the body is read.

import type { FastifyReply, FastifyRequest } from 'fastify';
import { deviceTokenHash } from '../security/secrets';
import type { CollectorStore, Device } from '../storage/collectorStore';

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

export type AuthOutcome = { readonly device: Device } | { readonly error: string; readonly message: string };

export async function authenticate(store: CollectorStore, header: string | undefined, now: number): Promise<AuthOutcome> {
  if (header === undefined || header === '') {
    return { error: 'missing-token', message: 'this endpoint needs Authorization: Bearer <device token>; enrol the device first' };
  }
  const match = BEARER.exec(header);
  if (match === null) return { error: 'malformed-token', message: 'the Authorization header must be "Bearer <device token>"' };
  const device = await store.deviceByTokenHash(deviceTokenHash(match[1]!));
  if (device === null) return { error: 'unknown-token', message: 'this device token is not known here; enrol the device again' };
  if (device.revokedAt !== null) {
    return {
      error: 'device-revoked',
      message: `this device was revoked on ${new Date(device.revokedAt).toISOString()}; enrol it again with a new code`,
    };
  }
  if (device.expiresAt !== null && now >= device.expiresAt) {
    return {
      error: 'token-expired',
      message: `this class token expired at ${new Date(device.expiresAt).toISOString()}; open the lesson link with a new class code`,
    };
  }
  return { device };
}

export function refuseUnauthenticated(reply: FastifyReply, outcome: { error: string; message: string }): FastifyReply {
  return reply.code(401).header('www-authenticate', 'Bearer realm="biotech-collector"').send(outcome);
}

/** The authenticated device of a request, set by the ingest route's onRequest hook. */
export const requestDevices = new WeakMap<FastifyRequest, Device>();
