// Serves the production web build (dist/web) on http://127.0.0.1:PORT with the same security headers the kiosk
// sends, for classrooms, `npm run web` and the end-to-end tests. No dependencies, no network beyond loopback.
// Sends the build's precompressed copies (.br, .gz: scripts/vite/precompressPlugin.ts) to browsers that accept them,
// caches hashed files for a year (their name changes with their content) and makes the browser revalidate the rest
// (index.html, config.json, sw.js), the same rules docs/classroom.md gives for nginx, Apache and IIS.
// Usage: node scripts/serve-web.mjs [--port 4173] [--host 127.0.0.1] [--root dist/web]

import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import './lib/typescriptModules.mjs';

const { contentSecurityPolicy } = await import('../common/security/contentSecurityPolicy.ts');
const { cacheControlFor, chooseEncoding, isCompressible } = await import('./lib/webDelivery.ts');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(projectRoot, option('root', 'dist/web'));
const port = Number(option('port', process.env.PORT ?? '4173'));
const host = option('host', '127.0.0.1');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// The same policy the build writes into index.html and the kiosk sends, with frame-ancestors added (header only).
const CSP = contentSecurityPolicy({ collectorOrigin: process.env.BIOTECH_COLLECTOR_ORIGIN || null, delivery: 'header' });

async function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = path.resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    const stat = await fs.stat(candidate);
    return stat.isFile() ? { file: candidate, size: stat.size, mtimeMs: stat.mtimeMs } : null;
  } catch {
    return null;
  }
}

async function statFile(file) {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? { file, size: stat.size, mtimeMs: stat.mtimeMs, suffix: path.extname(file) } : null;
  } catch {
    return null;
  }
}

try {
  await fs.access(path.join(root, 'index.html'));
} catch {
  console.error(`No build found in ${root}. Run "npm run build:web" first (npm run web does it for you; "npm run build:web:test" for the test build in dist/web-test).`);
  process.exit(1);
}

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const found = await resolveFile(url.pathname);
  if (!found) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const compressible = isCompressible(found.file);
  const encoding = compressible ? chooseEncoding(request.headers['accept-encoding']) : null;
  // The precompressed copy, when the build made one (it skips files that compressing would not shrink) and nobody
  // has changed the file since (an edited config.json must not be shadowed by its stale .br).
  const copy = encoding ? await statFile(`${found.file}${encoding.suffix}`) : null;
  const sent = copy && copy.mtimeMs >= found.mtimeMs ? copy : { ...found, suffix: '' };
  const etag = `W/"${sent.size.toString(16)}-${Math.floor(sent.mtimeMs).toString(16)}${sent.suffix}"`;
  const headers = {
    'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': cacheControlFor(url.pathname),
    etag,
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, {
    ...headers,
    'content-length': sent.size,
    ...(sent.suffix ? { 'content-encoding': encoding.encoding } : {}),
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(sent.file).pipe(response);
});

server.on('error', (error) => {
  console.error(`Cannot serve on http://${host}:${port}: ${error.message}. Set another port with PORT=5000 npm run web.`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Biotech Discovery is served at http://${host}:${port}/ (Ctrl+C to stop)`);
});
