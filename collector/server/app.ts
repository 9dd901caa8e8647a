// The collector's HTTP API as a Fastify instance: POST /v1/events (ingest), POST /v1/enrol (device enrolment),
// GET /healthz, and CORS so both hosts (app:// in Electron, a school's web origin) may call it. Built without
// listening, so tests drive it with inject() and the CLI decides where it listens.

import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { RateLimitSettings } from '../settings';
import { deviceTokenHash, enrolmentCodeHash, newDeviceId, newDeviceToken } from '../security/secrets';
import type { CollectorStore } from '../storage/collectorStore';
import { MAX_BODY_BYTES, parseBatch } from './batch';
import { authenticate, refuseUnauthenticated, requestDevices } from './deviceAuth';
import { installProblemHandlers } from './problems';
import { RateLimiter } from './rateLimiter';
import { registerDashboardFiles } from './dashboardFiles';
import { registerDashboardRoutes } from './dashboardRoutes';
import { StaffStore } from '../storage/staffStore';

export interface AppOptions {
  readonly store: CollectorStore;
  readonly logger: Logger;
  readonly rateLimit: RateLimitSettings;
  /** Server clock (epoch ms); tests pass their own. */
  readonly now?: () => number;
  /** The built dashboard (collector/dist/dashboard by default); null serves the API only. */
  readonly dashboardDir?: string | null;
  /** Mark the staff session cookie Secure even over plain HTTP (a TLS-terminating proxy in front). */
  readonly secureCookie?: boolean;
}

/** Where `npm run build:dashboard` puts the dashboard. */
export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../dist/dashboard', import.meta.url));

/** Enrolment attempts, all devices together: guessing a 50-bit code at this pace is hopeless. */
const ENROL_RATE: RateLimitSettings = { perMinute: 30, burst: 10 };

const enrolBodySchema = z.strictObject({ code: z.string().max(64) });

function tooManyRequests(retryAfterSeconds: number, what: string) {
  return { retryAfterSeconds, body: { error: 'rate-limited', message: `too many ${what}; wait ${retryAfterSeconds} s and try again` } };
}

export function buildApp(options: AppOptions): FastifyInstance {
  const { store, logger } = options;
  const now = options.now ?? Date.now;
  const deviceLimiter = new RateLimiter(options.rateLimit);
  store.onFoldError = (error) => logger.error({ err: error }, 'folding stored events into the dashboard rollups failed; the next fold retries them');
  const enrolLimiter = new RateLimiter(ENROL_RATE);

  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Our onResponse hook logs each request without the client's address or headers (see logging.ts).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: false,
    requestIdHeader: false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // Malformed HTTP: answer 400 and log only the error code (Fastify's default logs the raw bytes, headers included).
    clientErrorHandler(error: Error & { code?: string }, socket) {
      logger.debug({ code: error.code }, 'malformed HTTP request');
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    },
  });
  installProblemHandlers(app);
  // JSON only: a text/plain body gets 415 instead of reaching the routes as a string.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    // The device API uses no cookies, so any origin may call it; the device token is what authorises. The staff
    // dashboard (/, /assets, /api) gets no CORS headers at all: only its own origin may read it.
    if (!request.url.startsWith('/v1/') && request.url !== '/healthz') return;
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'retry-after');
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unknown', statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  app.options('/v1/*', async (_request, reply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '600')
      .send(),
  );

  app.get('/healthz', async (_request, reply) => {
    const reachable = await store.isReachable();
    return reply.code(reachable ? 200 : 503).send({ status: reachable ? 'ok' : 'storage-unreachable', storage: store.kind });
  });

  app.post('/v1/enrol', async (request, reply) => {
    const limit = enrolLimiter.take('enrol', now());
    if (!limit.allowed) {
      const refusal = tooManyRequests(limit.retryAfterSeconds, 'enrolment attempts');
      return reply.code(429).header('retry-after', String(refusal.retryAfterSeconds)).send(refusal.body);
    }
    const body = enrolBodySchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'invalid-request', message: 'send {"code": "<enrolment code>"}' });
    const codeHash = enrolmentCodeHash(body.data.code);
    if (codeHash === null) {
      return reply.code(400).send({ error: 'malformed-code', message: 'an enrolment code has 10 letters and digits, e.g. 7KQ4-M9X2-TB' });
    }
    const deviceId = newDeviceId();
    const deviceToken = newDeviceToken();
    const outcome = await store.redeemEnrolmentCode(codeHash, now(), deviceId, deviceTokenHash(deviceToken));
    switch (outcome.kind) {
      case 'enrolled':
        request.log.info({ deviceId, siteLabel: outcome.siteLabel }, 'device enrolled');
        return reply.code(201).send({ deviceId, deviceToken, siteLabel: outcome.siteLabel });
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

  app.post(
    '/v1/events',
    {
      // Authentication and the rate limit come before the body is read, so refused clients cost almost nothing.
      onRequest: async (request, reply) => {
        const auth = await authenticate(store, request.headers.authorization);
        if (!('device' in auth)) return refuseUnauthenticated(reply, auth);
        const limit = deviceLimiter.take(auth.device.deviceId, now());
        if (!limit.allowed) {
          const refusal = tooManyRequests(limit.retryAfterSeconds, 'requests from this device');
          return reply.code(429).header('retry-after', String(refusal.retryAfterSeconds)).send(refusal.body);
        }
        requestDevices.set(request, auth.device);
      },
    },
    async (request, reply) => {
      const device = requestDevices.get(request);
      if (device === undefined) throw new Error('ingest reached without an authenticated device');
      const receivedAt = now();
      const batch = parseBatch(request.body, receivedAt);
      if ('problem' in batch) {
        const { status, ...problem } = batch.problem;
        return reply.code(status).send(problem);
      }
      const outcome = await store.insertEvents(device.deviceId, batch.rows);
      request.log.info({ deviceId: device.deviceId, ...outcome }, 'batch stored');
      return reply.code(200).send({ ...outcome, receivedAt: new Date(receivedAt).toISOString() });
    },
  );

  // Events a previous run stored but did not fold yet (stopped or crashed in between) reach the rollups now.
  app.addHook('onReady', async () => {
    store.foldRollups().catch((error: unknown) => store.onFoldError(error));
  });

  registerDashboardRoutes(app, store, { staff: new StaffStore(store.driver), now, secureCookie: options.secureCookie ?? false });
  const dashboardDir = options.dashboardDir === undefined ? DEFAULT_DASHBOARD_DIR : options.dashboardDir;
  if (dashboardDir !== null) registerDashboardFiles(app, dashboardDir);

  return app;
}
