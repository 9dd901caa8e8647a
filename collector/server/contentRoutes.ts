// GET /v1/content: an enrolled device (or a class browser) asks for the content pack meant for it. The token and the
// device's rate limit are checked first, as on the other device routes. The collector answers the newest version
// published for the device's site (site labels compared without regard to case), else for its mode, else for all
// devices: 200 with the signed pack and ETag "<version>", 304 when If-None-Match already names that version, 204 when
// nothing is published for it (the device keeps what it has). The pack is served exactly as it was signed.

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CONTENT_PATHS, packEtag } from '../../common/content/contentApi';
import { SIGNED_PACK_FORMAT, type SignedPack } from '../../common/content/signedPack';
import { MODES, siteLabelSchema } from '../../common/config/deviceConfig';
import type { RateLimitSettings } from '../settings';
import type { CollectorStore } from '../storage/collectorStore';
import { storedTargetKey, type ContentStore } from '../storage/contentStore';
import { authenticate, refuseUnauthenticated } from './deviceAuth';
import { tooManyRequests } from './problems';
import { RateLimiter } from './rateLimiter';

const fetchQuerySchema = z.object({ site: siteLabelSchema, mode: z.enum(MODES) });

/** True when an If-None-Match header names `etag` (a list, a weak tag or "*" count too). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

export function registerContentFetchRoute(app: FastifyInstance, store: CollectorStore, content: ContentStore, rateLimit: RateLimitSettings, now: () => number): void {
  const limiter = new RateLimiter(rateLimit);
  app.get(CONTENT_PATHS.deviceFetch, async (request, reply) => {
    const auth = await authenticate(store, request.headers.authorization, now());
    if (!('device' in auth)) return refuseUnauthenticated(reply, auth);
    const limit = limiter.take(auth.device.deviceId, now());
    if (!limit.allowed) return tooManyRequests(reply, limit.retryAfterSeconds, 'requests from this device');
    const query = fetchQuerySchema.safeParse(request.query);
    if (!query.success) {
      return reply.code(400).send({
        error: 'invalid-query',
        message: `send ?site=<the device's site label, letters, digits and spaces, at most 60 characters>&mode=<${MODES.join(' | ')}>`,
        issues: query.error.issues.slice(0, 4).map((issue) => ({ path: issue.path.join('.'), code: issue.code })),
      });
    }
    const { site, mode } = query.data;
    const found = await content.newestOf([storedTargetKey({ kind: 'site', site }), storedTargetKey({ kind: 'mode', mode }), storedTargetKey({ kind: 'all' })]);
    reply.header('cache-control', 'no-cache');
    if (found === null) return reply.code(204).send();
    const etag = packEtag(found.version);
    reply.header('etag', etag);
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    const signed: SignedPack = { format: SIGNED_PACK_FORMAT, keyId: found.keyId, payload: found.payload, signature: found.signature };
    return reply.code(200).send(signed);
  });
}
