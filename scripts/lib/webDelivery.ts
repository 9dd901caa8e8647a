// How the web build is delivered (scripts/serve-web.mjs, and the build that precompresses it): which encoding a browser gets, and how long it may cache
// each file. Kept apart from the server so the rules are unit-tested and match docs/classroom.md's server configs.

import path from 'node:path';

/** Text formats the build precompresses (scripts/vite/precompressPlugin.ts); fonts and pictures are compressed already. */
const COMPRESSIBLE: ReadonlySet<string> = new Set(['.js', '.mjs', '.css', '.html', '.json', '.svg', '.webmanifest', '.txt', '.xml']);

export interface Precompressed {
  /** The Content-Encoding value. */
  readonly encoding: 'br' | 'gzip';
  /** Appended to the file's name for its precompressed copy. */
  readonly suffix: '.br' | '.gz';
}

/** Preferred first: brotli is 15–20 % smaller than gzip on the build's scripts. */
export const PRECOMPRESSED: readonly Precompressed[] = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(path.extname(file));
}

/**
 * The best precompressed form the Accept-Encoding header allows, or null for the file itself. Honours q-values
 * (`br;q=0` refuses brotli) and `*`.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Precompressed | null {
  if (typeof acceptEncoding !== 'string' || acceptEncoding.trim() === '') return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: string): number => weights.get(name) ?? weights.get('*') ?? 0;
  const best = PRECOMPRESSED.filter((e) => weightOf(e.encoding) > 0).sort((a, b) => weightOf(b.encoding) - weightOf(a.encoding))[0];
  return best ?? null;
}

/**
 * Vite names built files `name-<8-character content hash>.ext` under assets/: a new build gives a changed file a
 * new name, so browsers may keep them for a year. Everything else (index.html, config.json, the service worker sw.js,
 * favicon.svg) keeps its name across builds and must be revalidated on every load.
 */
export function cacheControlFor(urlPath: string): string {
  return /^\/assets\/(?:.+\/)?[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(urlPath) ? IMMUTABLE : REVALIDATE;
}
