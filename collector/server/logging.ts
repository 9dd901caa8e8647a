// The collector's structured logger (pino). Privacy: request logs carry the method, the route pattern, the status
// and the duration, never a client address, a user agent, a query string or a header. Fastify's own request
// logging is switched off (see app.ts) and these serializers catch any object that is logged anyway.

import pino, { type DestinationStream, type Logger } from 'pino';

interface RequestLike {
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
}

export const privacySerializers = {
  req: (request: RequestLike) => ({
    method: request.method,
    route: request.routeOptions?.url ?? (request.url ?? '').split('?')[0],
  }),
  res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
  err: pino.stdSerializers.err,
};

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'biotech-collector' },
    serializers: privacySerializers,
    // Belt and braces: these paths never reach the output even if some code logs them.
    redact: { paths: ['remoteAddress', 'ip', 'ips', 'headers', 'userAgent', '*.remoteAddress', '*.headers', '*.ip'], remove: true },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
