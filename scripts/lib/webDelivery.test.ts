// The delivery rules of `npm run web`'s server: which precompressed copy a browser gets, and which files may be
// cached for a year.

import { describe, expect, it } from 'vitest';
import { cacheControlFor, chooseEncoding, IMMUTABLE, isCompressible, REVALIDATE } from './webDelivery';

describe('chooseEncoding', () => {
  it('prefers brotli when the browser takes both, as Chromium, Firefox and Safari announce', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')?.encoding).toBe('br');
  });

  it('falls back to gzip, then to the file itself', () => {
    expect(chooseEncoding('gzip, deflate')?.encoding).toBe('gzip');
    expect(chooseEncoding('deflate')).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
  });

  it('honours q-values: a refused encoding is never sent, a preferred one wins', () => {
    expect(chooseEncoding('br;q=0, gzip')?.encoding).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=1')?.encoding).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseEncoding('*')?.encoding).toBe('br');
    expect(chooseEncoding('*, br;q=0')?.encoding).toBe('gzip');
  });
});

describe('isCompressible', () => {
  it('covers the text files of the build and leaves fonts and pictures alone', () => {
    for (const file of ['index.html', 'assets/index-DOsi4-Gb.js', 'assets/index-C2f-FWaU.css', 'config.json', 'favicon.svg', 'sw.js']) expect(isCompressible(file), file).toBe(true);
    for (const file of ['assets/lexend-latin-wght-normal-ci0D1wrL.woff2', 'assets/a-12345678.woff', 'assets/cell-AbCd1234.png']) expect(isCompressible(file), file).toBe(false);
  });
});

describe('cacheControlFor', () => {
  it('lets browsers keep the hashed build files for a year', () => {
    expect(cacheControlFor('/assets/index-DOsi4-Gb.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('/assets/lexend-latin-wght-normal-ci0D1wrL.woff2')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('makes them revalidate what keeps its name across builds', () => {
    for (const file of ['/', '/index.html', '/config.json', '/sw.js', '/favicon.svg', '/assets/notes.txt']) expect(cacheControlFor(file), file).toBe(REVALIDATE);
    expect(REVALIDATE).toBe('no-cache');
  });
});
