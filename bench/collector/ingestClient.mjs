// The ingest benchmark's load: two kiosks sending their batches one after the other, in a worker thread, so the
// client's own work (fetch, request bodies) runs beside the collector instead of on the collector's event loop, as
// it does in the field where kiosks are other machines. Posts back the seconds from first request to last answer.

import { parentPort, workerData } from 'node:worker_threads';

const { address, deviceToken, bodies, lanes } = workerData;
const started = performance.now();
await Promise.all(
  Array.from({ length: lanes }, async (_, lane) => {
    for (let index = lane; index < bodies.length; index += lanes) {
      const response = await fetch(`${address}/v1/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
        body: bodies[index],
      });
      if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    }
  }),
);
parentPort.postMessage({ seconds: (performance.now() - started) / 1000 });
