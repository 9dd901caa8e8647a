// POST /v1/health: an enrolled device reports its own state after a sync (common/health/deviceHealth.ts). The
// token and the device's rate limit are checked before the body is read, as for the events; a report that does not
// match the strict schema (an extra field, free text) is refused whole with 400 and nothing is kept. The latest
// report of each device is kept for the dashboard's devices page.

import type { FastifyInstance } from 'fastify';
import { deviceHealthSchema } from '../../common/health/deviceHealth';
import type { RateLimitSettings } from '../settings';
import type { DeviceHealthStore } from '../storage/healthStore';
import type { CollectorStore } from '../storage/collectorStore';
import { authenticate, refuseUnauthenticated, requestDevices } from './deviceAuth';
import { tooManyRequests } from './problems';
import { RateLimiter } from './rateLimiter';

/** A report is a few hundred bytes; anything much larger is not one. */
export const MAX_HEALTH_BODY_BYTES = 4_096;

export function registerHealthRoute(app: FastifyInstance, store: CollectorStore, health: DeviceHealthStore, rateLimit: RateLimitSettings, now: () => number): void {
  const limiter = new RateLimiter(rateLimit);
  app.post(
    '/v1/health',
    {
      bodyLimit: MAX_HEALTH_BODY_BYTES,
      onRequest: async (request, reply) => {
        const auth = await authenticate(store, request.headers.authorization, now());
        if (!('device' in auth)) return refuseUnauthenticated(reply, auth);
        const limit = limiter.take(auth.device.deviceId, now());
        if (!limit.allowed) return tooManyRequests(reply, limit.retryAfterSeconds, 'requests from this device');
        requestDevices.set(request, auth.device);
      },
    },
    async (request, reply) => {
      const device = requestDevices.get(request);
      if (device === undefined) throw new Error('health report reached without an authenticated device');
      const report = deviceHealthSchema.safeParse(request.body);
      if (!report.success) {
        // Only the paths and codes of the problems: never the values, which could be anything.
        const issues = report.error.issues.slice(0, 10).map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
        return reply.code(400).send({ error: 'invalid-health-report', message: 'the health report does not match its schema', issues });
      }
      await health.save(device.deviceId, report.data, now());
      return reply.code(204).send();
    },
  );
}
