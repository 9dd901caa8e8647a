// POST /v1/events: an enrolled device uploads a batch (the contract is batch.ts). Before the body is parsed: the
// collector as a whole receives and stores only so many uploads at once (uploadGate.ts), the others told when to come
// back without even a database look-up; then the token and the device's rate limit are checked, and a device may have
// only a few uploads in flight at once, so a slow or stuck sender holds at most that many connections. These 429
// refusals are sent once the body has arrived, read and dropped without being kept (discardBody.ts), so that the
// client is not still sending when its answer comes. The site stored with each event is the device's own, from its
// enrolment record.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitSettings } from '../settings';
import type { CollectorStore } from '../storage/collectorStore';
import { MAX_BODY_BYTES, parseBatch } from './batch';
import { deviceTokenHash } from '../security/secrets';
import { authenticate, refuseUnauthenticated, requestDevices } from './deviceAuth';
import { discardBody } from './discardBody';
import { collectorBusy, tooManyRequests } from './problems';
import { RateLimiter } from './rateLimiter';
import { UploadGate } from './uploadGate';

/**
 * Uploads of one device being received or stored at the same time: the sync client sends one at a time, and one
 * more covers a retry sent while the first is still being stored.
 */
export const MAX_UPLOADS_IN_FLIGHT_PER_DEVICE = 2;

export interface IngestLimits {
  readonly rateLimit: RateLimitSettings;
  readonly uploadsInFlightPerDevice: number;
  /** Uploads of all devices being received or stored at once (DEFAULT_UPLOADS_AT_ONCE); more get 429 collector-busy. */
  readonly uploadsAtOnce: number;
  /** Random numbers in [0, 1) for the busy answer's jitter; tests pass their own. */
  readonly random?: () => number;
}

/**
 * One upload's places: in the collector's gate, and among its device's uploads at once once it is authenticated.
 * They are given back when the connection has closed and the upload is not being stored: a device that gives up on
 * an upload (its timeout) while the store is still writing it gets them back when the write ends, and an upload
 * refused or cut off before its handler runs gets them back when its connection closes. Fastify runs neither
 * onResponse nor onRequestAbort for a client that leaves after its body arrived, so the connection's own close event
 * is what counts.
 */
class UploadPlace {
  private storing = false;
  private closed = false;
  private given = false;
  private readonly giveBacks: (() => void)[] = [];

  constructor(giveBack: () => void) {
    this.giveBacks.push(giveBack);
  }

  /** Another place this upload holds, given back with the first (at once if they were already given back). */
  alsoGiveBack(giveBack: () => void): void {
    if (this.given) giveBack();
    else this.giveBacks.push(giveBack);
  }

  /**
   * Refused after its admission (one device's limits): the places are given back at once, not when the refusal is
   * sent, so that a device sending its refused body slowly does not keep a place of the collector's gate meanwhile.
   */
  refused(): void {
    this.release();
  }

  connectionClosed(): void {
    this.closed = true;
    if (!this.storing) this.release();
  }

  startStoring(): void {
    this.storing = true;
  }

  doneStoring(): void {
    this.storing = false;
    if (this.closed) this.release();
  }

  private release(): void {
    if (this.given) return;
    this.given = true;
    for (const giveBack of this.giveBacks) giveBack();
  }
}

/** The gate's name for a device before it is authenticated: its token's hash (the token itself is never kept). */
function gateKey(header: string | undefined): string | null {
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  return match === null ? null : deviceTokenHash(match[1]!);
}

/**
 * Before a 429 refusal: the body is read to its end and dropped (at most the upload size limit; a longer one is
 * answered with Connection: close instead), so the answer reaches a client that has finished sending.
 */
async function dropBody(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if ((await discardBody(request.raw, MAX_BODY_BYTES)) === 'too-large') reply.header('connection', 'close');
}

export function registerIngestRoute(app: FastifyInstance, store: CollectorStore, limits: IngestLimits, now: () => number): void {
  const limiter = new RateLimiter(limits.rateLimit);
  const gate = new UploadGate(limits.uploadsAtOnce, now, limits.random);
  const inFlight = new Map<string, number>();
  const places = new WeakMap<object, UploadPlace>();
  const release = (deviceId: string) => {
    const left = (inFlight.get(deviceId) ?? 1) - 1;
    if (left <= 0) inFlight.delete(deviceId);
    else inFlight.set(deviceId, left);
  };

  app.post(
    '/v1/events',
    {
      // Authentication and the limits come before the body is parsed, so refused clients cost almost nothing: a
      // refused body is read only to be dropped.
      onRequest: async (request, reply) => {
        // The gate comes first, before the token is looked up in the database: when the collector is busy, the
        // answer must not wait behind the writes it is busy with. A request without a well-formed token skips it
        // (authentication refuses it without touching the database).
        const key = gateKey(request.headers.authorization);
        let place: UploadPlace | undefined;
        if (key !== null) {
          const admission = gate.enter(key);
          if (!admission.admitted) {
            await dropBody(request, reply);
            return collectorBusy(reply, admission.retryAfterSeconds);
          }
          request.log.debug({ uploadsOpen: gate.uploadsOpen }, 'upload admitted');
          const admitted = new UploadPlace(admission.leave);
          place = admitted;
          places.set(request, admitted);
          // The response closes once, whatever ended it: answered, refused later, timed out or left by the client.
          // A client that left before this point has already closed: its place is given back now.
          if (reply.raw.closed) admitted.connectionClosed();
          else reply.raw.once('close', () => admitted.connectionClosed());
        }
        const auth = await authenticate(store, request.headers.authorization, now());
        if (!('device' in auth)) return refuseUnauthenticated(reply, auth);
        const { deviceId } = auth.device;
        const limit = limiter.take(deviceId, now());
        if (!limit.allowed) {
          place?.refused();
          await dropBody(request, reply);
          return tooManyRequests(reply, limit.retryAfterSeconds, 'requests from this device');
        }
        const uploads = inFlight.get(deviceId) ?? 0;
        if (uploads >= limits.uploadsInFlightPerDevice) {
          place?.refused();
          await dropBody(request, reply);
          return tooManyRequests(reply, 1, 'uploads from this device at once');
        }
        inFlight.set(deviceId, uploads + 1);
        place?.alsoGiveBack(() => release(deviceId));
        requestDevices.set(request, auth.device);
      },
    },
    async (request, reply) => {
      const device = requestDevices.get(request);
      if (device === undefined) throw new Error('ingest reached without an authenticated device');
      const place = places.get(request);
      place?.startStoring();
      try {
        const receivedAt = now();
        const batch = parseBatch(request.body, receivedAt, device.siteLabel);
        if ('problem' in batch) {
          const { status, ...problem } = batch.problem;
          return reply.code(status).send(problem);
        }
        const rejected = batch.rejections.length;
        const outcome = await store.insertEvents(device.deviceId, batch.rows, { receivedAt, rejected });
        request.log.info({ deviceId: device.deviceId, ...outcome, rejected }, 'batch stored');
        return reply.code(200).send({ ...outcome, rejected, rejections: batch.rejections, receivedAt: new Date(receivedAt).toISOString() });
      } finally {
        place?.doneStoring();
      }
    },
  );
}
