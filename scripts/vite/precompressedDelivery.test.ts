// The build's precompressed copies, as `npm run web` serves them: a folder laid out like dist/web is precompressed by
// the build plugin's own function, served by the real scripts/serve-web.mjs, and each response's headers are checked
// and its body decoded back to the original bytes.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from './precompressPlugin';

interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

let root = '';
let server: ChildProcess | null = null;
let port = 0;

/** Raw bytes as sent (no automatic decoding, unlike fetch). */
function get(urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: urlPath, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

function decoded(reply: Reply): Buffer {
  if (reply.headers['content-encoding'] === 'br') return brotliDecompressSync(reply.body);
  if (reply.headers['content-encoding'] === 'gzip') return gunzipSync(reply.body);
  return reply.body;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `bioreactor-${i % 37}`))};\n`;
const files: Record<string, string | Buffer> = {
  'index.html': `<!doctype html><html><head><title>Biotech Discovery</title></head><body>${'<p>cell</p>'.repeat(80)}</body></html>`,
  'config.json': JSON.stringify({ mode: 'classroom', enabledLanguages: ['fr', 'nl', 'de', 'en'], note: 'x'.repeat(600) }),
  'sw.js': `const PRECACHE_MANIFEST = ${JSON.stringify({ files: Array.from({ length: 60 }, (_, i) => `assets/chunk-${i}.js`) })};`,
  'assets/index-AbCd12_-.js': script,
  'assets/index-Zz9Yy8Xx.css': `.screen{display:grid}\n`.repeat(50),
  'assets/lexend-latin-wght-normal-ci0D1wrL.woff2': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131) % 256)),
  'assets/tiny-Qq1Ww2Ee.js': 'x',
};

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'biotech-precompressed-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  precompressFolder(root);
  port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve-web.mjs', '--root', root, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the web server did not start within 20 s')), 20_000);
    child.stdout!.once('data', () => {
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => reject(new Error(`the web server exited with ${code}`)));
  });
}, 30_000);

afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('precompressed delivery', () => {
  it('the build writes .br and .gz next to text files that shrink, and leaves fonts and tiny files alone', () => {
    for (const name of ['index.html', 'config.json', 'sw.js', 'assets/index-AbCd12_-.js', 'assets/index-Zz9Yy8Xx.css']) {
      expect(statSync(path.join(root, `${name}.br`)).size, name).toBeLessThan(statSync(path.join(root, name)).size);
      expect(statSync(path.join(root, `${name}.gz`)).size, name).toBeLessThan(statSync(path.join(root, name)).size);
    }
    expect(() => statSync(path.join(root, 'assets/lexend-latin-wght-normal-ci0D1wrL.woff2.br'))).toThrow();
    expect(() => statSync(path.join(root, 'assets/tiny-Qq1Ww2Ee.js.gz'))).toThrow();
  });

  it.each([
    ['/assets/index-AbCd12_-.js', 'public, max-age=31536000, immutable'],
    ['/assets/index-Zz9Yy8Xx.css', 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/config.json', 'no-cache'],
    ['/sw.js', 'no-cache'],
  ])('%s: brotli, gzip or as is by Accept-Encoding, always the same bytes, cached as %s', async (urlPath, cacheControl) => {
    const original = readFileSync(path.join(root, urlPath === '/' ? 'index.html' : urlPath.slice(1)));
    for (const [accept, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['', undefined],
    ] as const) {
      const reply = await get(urlPath, accept ? { 'accept-encoding': accept } : {});
      expect(reply.status).toBe(200);
      expect(reply.headers['content-encoding'], accept).toBe(encoding);
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(reply.headers['cache-control']).toBe(cacheControl);
      expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
      if (encoding) expect(reply.body.length).toBeLessThan(original.length);
      expect(decoded(reply).equals(original), `${urlPath} with "${accept}"`).toBe(true);
    }
  });

  it('sends fonts as they are, cached for a year, with no Vary', async () => {
    const reply = await get('/assets/lexend-latin-wght-normal-ci0D1wrL.woff2', { 'accept-encoding': 'gzip, br' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers.vary).toBeUndefined();
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.body.equals(readFileSync(path.join(root, 'assets/lexend-latin-wght-normal-ci0D1wrL.woff2')))).toBe(true);
  });

  it('a file too small to compress is sent as it is', async () => {
    const reply = await get('/assets/tiny-Qq1Ww2Ee.js', { 'accept-encoding': 'gzip, br' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toBe('x');
  });

  it('answers a revalidation of an unchanged file with 304 and no body', async () => {
    const first = await get('/config.json', { 'accept-encoding': 'br' });
    expect(first.headers.etag).toBeTruthy();
    const again = await get('/config.json', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('a file edited after the build (a school changing config.json) is sent fresh, never its stale copy', async () => {
    const edited = JSON.stringify({ mode: 'event', note: 'y'.repeat(700) });
    const file = path.join(root, 'config.json');
    writeFileSync(file, edited);
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    const reply = await get('/config.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(decoded(reply).toString()).toBe(edited);
  });
});
