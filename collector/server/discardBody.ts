// Reads and drops the body of an upload refused before its handler runs (429: the collector busy, or one device's
// limits), so that the refusal is answered only once the client has sent its whole request. A client still sending
// when its answer arrives may end the connection: Node's fetch (undici) destroys the socket when an answer completes
// before its request did, and a refused upload whose body is still on its way can then fail as a network error
// instead of the 429 and its Retry-After. Nothing is kept: each chunk is dropped as it arrives, so a refusal holds
// no more memory than the socket's own buffer, and no more than the upload size limit is read.

import type { IncomingMessage } from 'node:http';

/**
 * 'read': the whole body arrived and was dropped; 'too-large': it is (or declares itself) longer than the limit,
 * answer with Connection: close rather than read on; 'closed': the client left (or the request failed) first.
 */
export type DiscardOutcome = 'read' | 'too-large' | 'closed';

export function discardBody(request: IncomingMessage, limitBytes: number): Promise<DiscardOutcome> {
  if (request.complete) return Promise.resolve('read');
  if (request.destroyed) return Promise.resolve('closed');
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    let received = 0;
    const finish = (outcome: DiscardOutcome) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onClose);
      request.off('close', onClose);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) finish('too-large');
    };
    const onEnd = () => finish('read');
    const onClose = () => finish(request.complete ? 'read' : 'closed');
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onClose);
    request.once('close', onClose);
    request.resume();
  });
}
