// The service worker of the web host (classrooms, fair stands): precaches the whole build at install (every lazily
// loaded game chunk, font, locale file and picture) so the app runs offline after the first visit, and reports its
// progress to the pages so the teacher sees "available offline". Built by the precache plugin in
// scripts/vite/precachePlugin.ts, which replaces PRECACHE_MANIFEST with the build's file list and a version.
//
// Strategy: precached build files are served cache-first (their names carry content hashes); the page itself and
// config.json go to the network first so a new deployment or config arrives at once, and fall back to the cache
// when offline. Anything else (a collector on another origin, POST requests) is never touched.

interface PrecacheManifest {
  readonly version: string;
  /** Paths relative to the service worker's folder, e.g. "assets/index-abc123.js". */
  readonly files: readonly string[];
}

interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEventLike {
  readonly data: unknown;
  readonly source: { postMessage(message: unknown): void } | null;
}
interface ClientLike {
  postMessage(message: unknown): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<readonly ClientLike[]>; claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

declare const PRECACHE_MANIFEST: PrecacheManifest;
const scope = globalThis as unknown as WorkerScope;
const CACHE_PREFIX = 'biotech-precache-';
const cacheName = `${CACHE_PREFIX}${PRECACHE_MANIFEST.version}`;
/** Files fetched network-first: the page and the deployment's config can change without a new build. */
const NETWORK_FIRST = new Set(['', 'index.html', 'config.json']);
/** Parallel downloads during install: enough to be quick, few enough not to starve the page on a school laptop. */
const PARALLEL_DOWNLOADS = 4;

const base = new URL(scope.registration.scope);
const absolute = (file: string): string => new URL(file, base).href;
const precached = new Set(PRECACHE_MANIFEST.files.map(absolute));

export type OfflineMessage =
  | { readonly type: 'precache-progress'; readonly version: string; readonly done: number; readonly total: number }
  | { readonly type: 'precache-complete'; readonly version: string; readonly total: number }
  | { readonly type: 'precache-failed'; readonly version: string };

async function broadcast(message: OfflineMessage): Promise<void> {
  const clients = await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  for (const client of clients) client.postMessage(message);
}

/** Downloads every file of the build; a single failure fails the install, so a half cache is never activated. */
async function precacheAll(): Promise<void> {
  const cache = await caches.open(cacheName);
  const files = [...PRECACHE_MANIFEST.files];
  const total = files.length;
  let done = 0;
  let lastReport = 0;
  const worker = async (): Promise<void> => {
    for (let file = files.shift(); file !== undefined; file = files.shift()) {
      const url = absolute(file);
      if (!(await cache.match(url))) {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`precache: ${file} answered HTTP ${response.status}`);
        await cache.put(url, response);
      }
      done += 1;
      if (done === total || done - lastReport >= 5) {
        lastReport = done;
        void broadcast({ type: 'precache-progress', version: PRECACHE_MANIFEST.version, done, total });
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    precacheAll().then(
      () => scope.skipWaiting(),
      async (error: unknown) => {
        await broadcast({ type: 'precache-failed', version: PRECACHE_MANIFEST.version });
        throw error;
      },
    ),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== cacheName) await caches.delete(name);
      }
      // Take over the open pages at once, so the games they load later come from the cache.
      await scope.clients.claim();
      await broadcast({ type: 'precache-complete', version: PRECACHE_MANIFEST.version, total: PRECACHE_MANIFEST.files.length });
    })(),
  );
});

async function networkFirst(request: Request, cacheKey: string): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(cacheKey, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(cacheKey, { cacheName });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request: Request, cacheKey: string): Promise<Response> {
  const cached = await caches.match(cacheKey, { cacheName });
  return cached ?? fetch(request);
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return;
  const relative = url.pathname.slice(base.pathname.length);
  if (request.mode === 'navigate' || NETWORK_FIRST.has(relative)) {
    // The page is stored as index.html whatever the query (?locale=nl...), the config under its own name.
    const key = relative === 'config.json' ? absolute('config.json') : absolute('index.html');
    event.respondWith(networkFirst(request, key));
    return;
  }
  const key = url.origin + url.pathname;
  if (precached.has(key)) event.respondWith(cacheFirst(request, key));
});

scope.addEventListener('message', (event) => {
  if (typeof event.data !== 'object' || event.data === null || (event.data as { type?: unknown }).type !== 'precache-status') return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      const keys = new Set((await cache.keys()).map((request) => request.url));
      const total = PRECACHE_MANIFEST.files.length;
      const done = PRECACHE_MANIFEST.files.filter((file) => keys.has(absolute(file))).length;
      const message: OfflineMessage =
        done === total
          ? { type: 'precache-complete', version: PRECACHE_MANIFEST.version, total }
          : { type: 'precache-progress', version: PRECACHE_MANIFEST.version, done, total };
      event.source?.postMessage(message);
    })(),
  );
});
