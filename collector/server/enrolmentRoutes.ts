// POST /v1/enrol: a kiosk or laptop exchanges a single-use enrolment code for its device id and token. Guesses are
// limited per client (in memory, keyed by address, never stored or logged), so a guesser slows itself down and
// never locks out a genuine code typed elsewhere. The answer carries the collector's public content key, with which
// the device checks every content pack it is sent (common/content/signedPack.ts).

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ContentKey } from '../../common/content/signedPack';
import type { RateLimitSettings } from '../settings';
import { deviceTokenHash, enrolmentCodeHash, newDeviceId, newDeviceToken } from '../security/secrets';
import type { CollectorStore } from '../storage/collectorStore';
import { RateLimiter } from './rateLimiter';
import { tooManyRequests } from './problems';

/** Enrolment attempts per client: guessing a 50-bit code at this pace is hopeless, a typo costs nothing. */
export const ENROL_RATE_PER_CLIENT: RateLimitSettings = { perMinute: 30, burst: 10 };

const enrolBodySchema = z.strictObject({ code: z.string().max(64) });

export function registerEnrolmentRoute(app: FastifyInstance, store: CollectorStore, contentKey: () => Promise<ContentKey>, now: () => number): void {
  const limiter = new RateLimiter(ENROL_RATE_PER_CLIENT);

  app.post('/v1/enrol', async (request, reply) => {
    const limit = limiter.take(request.ip, now());
    if (!limit.allowed) return tooManyRequests(reply, limit.retryAfterSeconds, 'enrolment attempts from this address');
    const body = enrolBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'invalid-request', message: 'send {"code": "<enrolment code>"}' });
    const codeHash = enrolmentCodeHash(body.data.code);
    if (codeHash === null) {
      return reply.code(400).send({ error: 'malformed-code', message: 'an enrolment code has 10 letters and digits, e.g. 7KQ4-M9X2-TB' });
    }
    // Read (or created) before the code is used: a failure here leaves the code usable.
    const key = await contentKey();
    const deviceId = newDeviceId();
    const deviceToken = newDeviceToken();
    const outcome = await store.redeemEnrolmentCode(codeHash, now(), deviceId, deviceTokenHash(deviceToken));
    switch (outcome.kind) {
      case 'enrolled':
        request.log.info({ deviceId, siteLabel: outcome.siteLabel }, 'device enrolled');
        return reply.code(201).send({ deviceId, deviceToken, siteLabel: outcome.siteLabel, contentKey: key });
      case 'unknown':
        return reply.code(401).send({ error: 'unknown-code', message: 'this enrolment code is not known; check it or create a new one' });
      case 'used':
        return reply.code(409).send({ error: 'code-already-used', message: 'this enrolment code was already used; create a new one' });
      case 'expired':
        return reply.code(410).send({
          error: 'code-expired',
          message: `this enrolment code expired at ${new Date(outcome.expiredAt).toISOString()}; create a new one`,
        });
    }
  });
}
