// The web host's request for config.json (served beside index.html). The page's first read of it starts before the
// rest of the app's code is evaluated (renderer/host/webHost.ts, firstWebConfigLoad, started by
// renderer/app/earlyStart.ts); every read asks the server again.

const SERVED_CONFIG_URL = './config.json';

/** Asks the server for config.json, never for a cached copy: staff change it and expect the next page load to see it. */
export function servedConfigResponse(fetchFunction: typeof fetch = fetch): Promise<Response> {
  return fetchFunction(SERVED_CONFIG_URL, { cache: 'no-store' });
}
