// GET /v1/settings: an enrolled device asks for the remote settings meant for it (common/config/remoteSettings.ts):
// its site's document with its own on top. The token and the device's rate limit are checked first, as on the other
// device routes. 200 with the merged settings and ETag "<revision>", 304 when If-None-Match already names that
// revision, 204 when nothing was ever saved for it (the device keeps what it has). A class browser (class token) has
// no settings of its own to receive: it always gets 204.

import type { FastifyInstance } from 'fastify';
import { REMOTE_SETTINGS_PATHS, settingsEtag } from '../../common/config/remoteSettings';
import type { RateLimitSettings } from '../settings';
import type { CollectorStore } from '../storage/collectorStore';
import type { RemoteSettingsStore } from '../storage/remoteSettingsStore';
import { etagMatches } from './contentRoutes';
import { authenticate, refuseUnauthenticated } from './deviceAuth';
import { tooManyRequests } from './problems';
import { RateLimiter } from './rateLimiter';

export function registerSettingsFetchRoute(app: FastifyInstance, store: CollectorStore, settings: RemoteSettingsStore, rateLimit: RateLimitSettings, now: () => number): void {
  const limiter = new RateLimiter(rateLimit);
  app.get(REMOTE_SETTINGS_PATHS.deviceFetch, async (request, reply) => {
    const auth = await authenticate(store, request.headers.authorization, now());
    if (!('device' in auth)) return refuseUnauthenticated(reply, auth);
    const limit = limiter.take(auth.device.deviceId, now());
    if (!limit.allowed) return tooManyRequests(reply, limit.retryAfterSeconds, 'requests from this device');
    reply.header('cache-control', 'no-cache');
    if (auth.device.classId !== null) return reply.code(204).send();
    const merged = await settings.forDevice(auth.device);
    if (merged === null) return reply.code(204).send();
    const etag = settingsEtag(merged.revision);
    reply.header('etag', etag);
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.code(200).send(merged);
  });
}
