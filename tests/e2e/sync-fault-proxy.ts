// A fault-injecting HTTP proxy for the end-to-end sync test, on 127.0.0.1 only: in front of the collector it
// answers 500 without forwarding, forwards and then answers 500 or drops the connection (the collector stored
// the batch but the client never hears it), holds requests until the client times out, drops connections, and
// delivers some batches twice. Faults are drawn from a seeded generator so a failing run can be replayed.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'pass' | 'error-before' | 'error-after' | 'drop-before' | 'drop-after' | 'hang' | 'duplicate';

export interface FaultWeights {
  readonly [fault: string]: number;
}

export const DEFAULT_FAULTS: Readonly<Record<Fault, number>> = {
  pass: 55,
  'error-before': 8,
  'error-after': 8,
  'drop-before': 6,
  'drop-after': 6,
  hang: 4,
  duplicate: 13,
};

/** mulberry32: small, seedable, good enough to pick faults. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Upstream {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

function forward(targetPort: number, request: http.IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const upstream = http.request(
      { host: '127.0.0.1', port: targetPort, method: request.method, path: request.url, headers: { ...request.headers, host: `127.0.0.1:${targetPort}` } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    upstream.on('error', reject);
    upstream.setTimeout(20_000, () => upstream.destroy(new Error('upstream timeout')));
    upstream.end(body);
  });
}

export interface FaultProxy {
  readonly port: number;
  readonly counts: Record<Fault | 'upstream-down', number>;
  close(): Promise<void>;
}

/**
 * targetPort: the collector. staticPort, when given: the web server of the app, which gets every request outside
 * /v1/ unharmed, so a page loaded through the proxy has the collector on its own origin (the web build's CSP allows
 * connections to 'self' only) and Chromium's own fetch goes through the faults.
 */
export async function startFaultProxy(options: { targetPort: number; staticPort?: number; seed: number; weights?: Readonly<Record<Fault, number>> }): Promise<FaultProxy> {
  const random = seeded(options.seed);
  const weights = options.weights ?? DEFAULT_FAULTS;
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  const counts: Record<Fault | 'upstream-down', number> = {
    pass: 0,
    'error-before': 0,
    'error-after': 0,
    'drop-before': 0,
    'drop-after': 0,
    hang: 0,
    duplicate: 0,
    'upstream-down': 0,
  };
  const pick = (): Fault => {
    let roll = random() * total;
    for (const [fault, weight] of Object.entries(weights) as [Fault, number][]) {
      roll -= weight;
      if (roll < 0) return fault;
    }
    return 'pass';
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      if (options.staticPort !== undefined && !(request.url ?? '').startsWith('/v1/')) {
        forward(options.staticPort, request, body).then(
          (page) => {
            const headers = { ...page.headers };
            delete headers['transfer-encoding'];
            delete headers.connection;
            response.writeHead(page.status, headers).end(page.body);
          },
          () => response.writeHead(502, { 'content-type': 'text/plain' }).end('web server unreachable'),
        );
        return;
      }
      // Only batches get faults; preflights and health checks pass.
      const fault = request.method === 'POST' ? pick() : 'pass';
      counts[fault] += 1;
      const reply = (upstream: Upstream) => {
        const headers = { ...upstream.headers };
        delete headers['transfer-encoding'];
        delete headers.connection;
        response.writeHead(upstream.status, headers).end(upstream.body);
      };
      const upstreamDown = () => {
        counts['upstream-down'] += 1;
        if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' }).end('collector unreachable');
      };
      switch (fault) {
        case 'error-before':
          response.writeHead(500, { 'content-type': 'text/plain' }).end('injected failure');
          return;
        case 'drop-before':
          request.socket.destroy();
          return;
        case 'hang':
          // Never answered: the client's timeout must fire. The socket is destroyed when the proxy closes.
          return;
        case 'error-after':
        case 'drop-after':
          forward(options.targetPort, request, body).then(() => {
            if (fault === 'drop-after') request.socket.destroy();
            else response.writeHead(500, { 'content-type': 'text/plain' }).end('injected failure after storing');
          }, upstreamDown);
          return;
        case 'duplicate':
          Promise.all([forward(options.targetPort, request, body), forward(options.targetPort, request, body)]).then(([first]) => reply(first), upstreamDown);
          return;
        case 'pass':
          forward(options.targetPort, request, body).then(reply, upstreamDown);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
