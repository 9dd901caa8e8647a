// Serves the production web build (dist/web) on http://127.0.0.1:PORT with the same security headers the kiosk
// sends, for classrooms, `npm run web` and the end-to-end tests. No dependencies, no network beyond loopback.
// Usage: node scripts/serve-web.mjs [--port 4173] [--host 127.0.0.1] [--root dist/web]

import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import './lib/typescriptModules.mjs';

const { contentSecurityPolicy } = await import('../common/security/contentSecurityPolicy.ts');

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
    return stat.isFile() ? { file: candidate, size: stat.size } : null;
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
  const isAsset = url.pathname.startsWith('/assets/');
  response.writeHead(200, {
    'content-type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
    'content-length': found.size,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(found.file).pipe(response);
});

server.on('error', (error) => {
  console.error(`Cannot serve on http://${host}:${port}: ${error.message}. Set another port with PORT=5000 npm run web.`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Biotech Discovery is served at http://${host}:${port}/ (Ctrl+C to stop)`);
});
