// The collector's HTTP service as a Fastify instance: device ingest (ingestRoutes.ts), device enrolment
// (enrolmentRoutes.ts), class codes (classRoutes.ts), device health reports (healthRoutes.ts), content packs for
// devices (contentRoutes.ts) and for staff (contentStaffRoutes.ts), remote settings for devices (settingsRoutes.ts) and
// for staff (settingsStaffRoutes.ts), the kiosks' update feed (updateRoutes.ts), GET /healthz, the staff dashboard (dashboardRoutes.ts, dashboardFiles.ts), CORS for the device
// API so both hosts (app:// in Electron, a school's web origin) may call it, the HTTP timeouts and HSTS.
// Built without listening, so tests drive it with inject() and the CLI decides where it listens.

import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { fileURLToPath } from 'node:url';
import type { RateLimitSettings } from '../settings';
import { AuditLog } from '../storage/auditLog';
import type { CollectorStore } from '../storage/collectorStore';
import { ContentKeyStore } from '../storage/contentKeyStore';
import { ContentStore } from '../storage/contentStore';
import { DeviceHealthStore } from '../storage/healthStore';
import { StaffStore } from '../storage/staffStore';
import { MAX_BODY_BYTES } from './batch';
import { registerDashboardFiles } from './dashboardFiles';
import { registerDashboardRoutes } from './dashboardRoutes';
import { registerClassJoinRoute } from './classRoutes';
import { registerContentFetchRoute } from './contentRoutes';
import { registerSettingsFetchRoute } from './settingsRoutes';
import { RemoteSettingsStore } from '../storage/remoteSettingsStore';
import { registerEnrolmentRoute } from './enrolmentRoutes';
import { registerHealthRoute } from './healthRoutes';
import { MAX_UPLOADS_IN_FLIGHT_PER_DEVICE, registerIngestRoute } from './ingestRoutes';
import { DEFAULT_UPLOADS_AT_ONCE } from './uploadGate';
import { LoginThrottle } from './loginThrottle';
import { installProblemHandlers } from './problems';
import { registerUpdateRoutes } from './updateRoutes';

/** How long a client may take: to send its headers, its whole request, and to stay idle on a kept-alive connection. */
export interface HttpTimeouts {
  readonly headersMs: number;
  readonly requestMs: number;
  readonly idleMs: number;
}

/** A 512 KB batch takes well under a second on a school network; a slow 3G link still fits in 30 s. */
export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, idleMs: 30_000 };

/** How long clients are told they may reuse an idle connection (Keep-Alive: timeout=…). */
function keepAliveAnnouncedMs(timeouts: HttpTimeouts): number {
  return Math.min(5_000, timeouts.idleMs);
}

/** One year, as browsers expect; no includeSubDomains: the collector does not speak for the school's other hosts. */
export const HSTS_HEADER = 'max-age=31536000';

export interface AppOptions {
  readonly store: CollectorStore;
  readonly logger: Logger;
  readonly rateLimit: RateLimitSettings;
  /** Server clock (epoch ms); tests pass their own. */
  readonly now?: () => number;
  /** The built dashboard (collector/dist/dashboard by default); null serves the API only. */
  readonly dashboardDir?: string | null;
  /** Mark the staff session cookie Secure (default true); false only for a plain-HTTP trial on loopback. */
  readonly secureCookie?: boolean;
  /**
   * The address(es) of a TLS-terminating proxy in front: its X-Forwarded-For and X-Forwarded-Proto are believed
   * (the client's address for the per-client limits, https for HSTS and the cookie). Nobody else's are.
   */
  readonly trustedProxy?: string | null;
  readonly timeouts?: HttpTimeouts;
  /** Uploads of one device at once (MAX_UPLOADS_IN_FLIGHT_PER_DEVICE by default); more get 429. */
  readonly uploadsInFlightPerDevice?: number;
  /** Uploads of all devices received or stored at once (DEFAULT_UPLOADS_AT_ONCE by default); more get 429 collector-busy. */
  readonly uploadsAtOnce?: number;
  /** Random numbers in [0, 1) for the jitter of the collector-busy answer; tests pass their own. */
  readonly random?: () => number;
  /** Where the kiosk installers of `npm run collector -- release add` are (releaseFiles.ts); null serves no updates. */
  readonly releasesDir?: string | null;
}

/** Where `npm run build:dashboard` puts the dashboard. */
export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../dist/dashboard', import.meta.url));

export function buildApp(options: AppOptions): FastifyInstance {
  const { store, logger } = options;
  const now = options.now ?? Date.now;
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const stopListening = store.listenForFoldErrors((error) =>
    logger.error({ err: error }, 'folding stored events into the dashboard rollups failed; the next fold retries them'),
  );

  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Our onResponse hook logs each request without the client's address or headers (see logging.ts).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: options.trustedProxy ?? false,
    requestIdHeader: false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // A half-sent request is cut off: headers within headersMs, the whole request (body included) within requestMs
    // (Node checks every second here instead of every 30 s), and a kept-alive connection idle for idleMs is closed.
    // Clients are told (Keep-Alive: timeout=5) to stop reusing an idle connection after 5 s, and Node's fetch stops
    // 2 s before that; the collector itself keeps it until idleMs. A client whose timers ran late (a starved machine:
    // the reconnect benchmark's 1,000 devices in one process) and reuses it after 6 s would otherwise send its
    // request into a connection being closed and fail with "other side closed", its request never answered.
    http: {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: 1_000,
      keepAliveTimeoutBuffer: Math.max(1_000, timeouts.idleMs - keepAliveAnnouncedMs(timeouts)),
    },
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: keepAliveAnnouncedMs(timeouts),
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
    // Over TLS (or behind the trusted proxy that says so), browsers must come back over TLS only.
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS_HEADER);
    // The device API uses no cookies, so any origin may call it; the device token is what authorises. The staff
    // dashboard (/, /assets, /api) gets no CORS headers at all: only its own origin may read it.
    if (!request.url.startsWith('/v1/') && request.url !== '/healthz') return;
    reply.header('access-control-allow-origin', '*');
    // ETag: the device's content fetch reads it to send If-None-Match next time.
    reply.header('access-control-expose-headers', 'retry-after, etag');
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
      .header('access-control-allow-headers', 'authorization, content-type, if-none-match')
      .header('access-control-max-age', '600')
      .send(),
  );

  app.get('/healthz', async (_request, reply) => {
    const reachable = await store.isReachable();
    return reply.code(reachable ? 200 : 503).send({ status: reachable ? 'ok' : 'storage-unreachable', storage: store.kind });
  });

  // The content-signing key, read (or created, once per database) when it is needed.
  const contentKeys = new ContentKeyStore(store.driver);
  const contentKey = async () => (await contentKeys.signer(now())).key;
  const content = new ContentStore(store.driver);
  registerEnrolmentRoute(app, store, contentKey, now);
  registerClassJoinRoute(app, store, contentKey, now);
  registerContentFetchRoute(app, store, content, options.rateLimit, now);
  const remoteSettings = new RemoteSettingsStore(store.driver);
  registerSettingsFetchRoute(app, store, remoteSettings, options.rateLimit, now);
  registerIngestRoute(
    app,
    store,
    {
      rateLimit: options.rateLimit,
      uploadsInFlightPerDevice: options.uploadsInFlightPerDevice ?? MAX_UPLOADS_IN_FLIGHT_PER_DEVICE,
      uploadsAtOnce: options.uploadsAtOnce ?? DEFAULT_UPLOADS_AT_ONCE,
      random: options.random,
    },
    now,
  );
  if (options.releasesDir != null) registerUpdateRoutes(app, store, options.releasesDir, now);
  const health = new DeviceHealthStore(store.driver);
  registerHealthRoute(app, store, health, options.rateLimit, now);

  // Events a previous run stored but did not fold yet (stopped or crashed in between) reach the rollups now.
  app.addHook('onReady', async () => store.foldLeftovers());
  app.addHook('onClose', async () => stopListening());

  registerDashboardRoutes(app, store, {
    staff: new StaffStore(store.driver),
    audit: new AuditLog(store.driver),
    throttle: new LoginThrottle(),
    now,
    secureCookie: options.secureCookie ?? true,
  }, health, { content, signer: () => contentKeys.signer(now()) }, remoteSettings);
  const dashboardDir = options.dashboardDir === undefined ? DEFAULT_DASHBOARD_DIR : options.dashboardDir;
  if (dashboardDir !== null) registerDashboardFiles(app, dashboardDir);

  return app;
}
