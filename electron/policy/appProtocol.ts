// Maps app://bundle/... requests to files inside the renderer build folder, and nothing outside it.
// Pure (path arithmetic and text only) so the traversal rules and the served headers are unit-tested without Electron.

import path from 'node:path';
import { collectorOriginOf, contentSecurityPolicy, withoutCspMeta } from '../../common/security/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export type BundleLookup =
  | { readonly ok: true; readonly filePath: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

/** Resolves a request URL to a file path under bundleRoot, refusing anything that could escape it. */
export function resolveBundlePath(bundleRoot: string, requestUrl: string): BundleLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 403, reason: 'wrong scheme or host' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return { ok: false, status: 400, reason: 'forbidden character in path' };
  }
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(bundleRoot);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { ok: false, status: 403, reason: 'path escapes the bundle' };
  }
  if (filePath === root) return { ok: false, status: 404, reason: 'no file named' };
  return { ok: true, filePath };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface BundleResponse<Body extends Uint8Array> {
  readonly status: 200;
  readonly headers: Readonly<Record<string, string>>;
  /** The file's own bytes, or the HTML text without its meta CSP. */
  readonly body: Body | string;
}

/**
 * The response for one file of the bundle. The CSP travels as a header only: a document's own meta CSP would be
 * enforced on top of it (Chromium applies every policy it finds), so the HTML is served without one. The policy lets
 * the renderer reach the saved collector and nothing else; enrolment with a new collector goes through the main
 * process (electron/enrolment.ts), so no unsaved origin is ever needed here.
 */
export function bundleResponse<Body extends Uint8Array>(
  filePath: string,
  content: Body,
  savedCollectorUrl: string | null | undefined,
): BundleResponse<Body> {
  const contentType = contentTypeFor(filePath);
  const isHtml = contentType.startsWith('text/html');
  return {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-security-policy': contentSecurityPolicy({ collectorOrigin: collectorOriginOf(savedCollectorUrl), delivery: 'header' }),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
    body: isHtml ? withoutCspMeta(new TextDecoder().decode(content)) : content,
  };
}
