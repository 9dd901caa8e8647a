// The ingest benchmark's load: kiosks sending their batches one after the other, in a worker thread, so the
// client's own work runs beside the collector instead of on the collector's event loop, as it does in the field where
// kiosks are other machines. Bodies arrive already encoded and go out through node:http with keep-alive, so the
// load generator takes as little of this machine's CPU as it can. Posts back the seconds from first request to last
// answer.

import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { address, deviceToken, bodies, lanes } = workerData;
const target = new URL('/v1/events', address);
const agent = new http.Agent({ keepAlive: true, maxSockets: lanes });

/** POSTs one encoded batch; resolves when the collector has answered 200, rejects on anything else. */
function send(body) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      target,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.byteLength, authorization: `Bearer ${deviceToken}` },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode === 200) resolve();
          else reject(new Error(`ingest answered ${response.statusCode}: ${Buffer.concat(chunks).toString('utf8')}`));
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const started = performance.now();
await Promise.all(
  Array.from({ length: lanes }, async (_, lane) => {
    for (let index = lane; index < bodies.length; index += lanes) await send(bodies[index]);
  }),
);
agent.destroy();
parentPort.postMessage({ seconds: (performance.now() - started) / 1000 });
