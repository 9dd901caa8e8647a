// Serves the built dashboard (collector/dist/dashboard) at `/`: index.html for the page, hashed files under
// /assets/ with long caching. A strict Content-Security-Policy allows only our own scripts, styles, fonts and
// images; the page may not be framed. Paths are matched against the files found at start, never joined blindly.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(root, full) : [path.relative(root, full).split(path.sep).join('/')];
  });
}

export function registerDashboardFiles(app: FastifyInstance, dashboardDir: string): void {
  const built = existsSync(path.join(dashboardDir, 'index.html'));
  const files = new Set(built ? listFiles(dashboardDir) : []);

  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/v1/')) return;
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
  });

  app.get('/', async (_request, reply) => {
    if (!built) {
      return reply.code(503).type('text/plain; charset=utf-8').send('The dashboard is not built: run `npm run build:dashboard`, then restart the collector.');
    }
    return reply
      .type(CONTENT_TYPES['.html']!)
      .header('content-security-policy', DASHBOARD_CSP)
      .header('cache-control', 'no-cache')
      .send(readFileSync(path.join(dashboardDir, 'index.html')));
  });

  app.get('/assets/*', async (request, reply) => {
    const relative = `assets/${(request.params as { '*': string })['*']}`;
    if (!files.has(relative)) return reply.code(404).send({ error: 'not-found', message: 'no such dashboard file' });
    return reply
      .type(CONTENT_TYPES[path.extname(relative)] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(readFileSync(path.join(dashboardDir, relative)));
  });
}
