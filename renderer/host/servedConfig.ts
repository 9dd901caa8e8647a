// The web host's request for config.json (served beside index.html), which the first screen waits for. The entry
// starts it before the rest of the app's code is evaluated (renderer/app/earlyStart.ts); the web host's first load
// of the config takes that request, and every later load asks the server again.

const SERVED_CONFIG_URL = './config.json';

let early: Promise<Response> | null = null;

function request(fetchFunction: typeof fetch): Promise<Response> {
  // Never a cached copy: staff change config.json on the server and expect the next page load to see it.
  return fetchFunction(SERVED_CONFIG_URL, { cache: 'no-store' });
}

/** Sends the request now, once; its answer (or failure) waits for the web host's first load. */
export function startServedConfigRequest(fetchFunction: typeof fetch = fetch): void {
  if (early !== null) return;
  early = request(fetchFunction);
  // A network failure is the web host's to handle when it takes the answer, not an unhandled rejection now.
  early.catch(() => undefined);
}

/** The answer to the request sent early if it was not taken yet, else a new request. */
export function servedConfigResponse(fetchFunction: typeof fetch = fetch): Promise<Response> {
  const taken = early;
  early = null;
  return taken ?? request(fetchFunction);
}
