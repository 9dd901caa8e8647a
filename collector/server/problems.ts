// How every refusal looks on the wire: an HTTP 4xx with {"error": "<code>", "message": "<plain English>"} plus
// details. One place maps Fastify's own errors (body too large, wrong content type, bad JSON) to that shape, so
// no bad input ever surfaces as a 5xx.

import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { MAX_BATCH_EVENTS, MAX_BODY_BYTES } from './batch';

export interface ProblemBody {
  readonly error: string;
  readonly message: string;
  readonly [detail: string]: unknown;
}

const LIMITS = `at most ${MAX_BATCH_EVENTS} events and ${MAX_BODY_BYTES / 1024} KB (${MAX_BODY_BYTES} bytes) per request`;

/** Fastify's error codes for bad requests, as our codes and messages. */
const KNOWN: Record<string, { status: number; error: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'body-too-large', message: `the request body is too large: ${LIMITS}` },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: 'unsupported-content-type',
    message: 'send the body as JSON with Content-Type: application/json',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'empty-body', message: 'the request body is empty; send a JSON object' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'malformed-json', message: 'the request body is not valid JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    error: 'bad-content-length',
    message: 'the Content-Length header does not match the body',
  },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, error: 'unsupported-content-type', message: 'the Content-Type header is not valid' },
};

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error.code === undefined ? undefined : KNOWN[error.code];
    if (known !== undefined) return reply.code(known.status).send({ error: known.error, message: known.message });
    if (error instanceof SyntaxError || error.statusCode === 400) {
      return reply.code(400).send({ error: 'malformed-json', message: 'the request body is not valid JSON' });
    }
    const status = error.statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.code(status).send({ error: 'bad-request', message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(503)
      .header('retry-after', '10')
      .send({ error: 'storage-unavailable', message: 'the collector could not store this batch now; nothing was stored, send it again later' });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: 'not-found', message: 'no such endpoint: use POST /v1/events, POST /v1/enrol, POST /v1/classes/join, POST /v1/health, GET /v1/content or GET /healthz' }),
  );
}

/** 429 with Retry-After: `what` says what there were too many of. */
export function tooManyRequests(reply: FastifyReply, retryAfterSeconds: number, what: string): FastifyReply {
  return reply
    .code(429)
    .header('retry-after', String(retryAfterSeconds))
    .send({ error: 'rate-limited', message: `too many ${what}; wait ${retryAfterSeconds} s and try again` });
}

/**
 * 429 with Retry-After when the collector is receiving as many uploads as it takes at once (uploadGate.ts): the body
 * was read and dropped (discardBody.ts), not kept, and nothing was stored. The sync client waits as told without
 * counting it as a problem.
 */
export function collectorBusy(reply: FastifyReply, retryAfterSeconds: number): FastifyReply {
  return reply
    .code(429)
    .header('retry-after', String(retryAfterSeconds))
    .send({
      error: 'collector-busy',
      message: `the collector is receiving many uploads; nothing was stored; send this batch again in ${retryAfterSeconds} s`,
      retryAfterSeconds,
    });
}
