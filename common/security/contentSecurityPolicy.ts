// The one Content-Security-Policy of the renderer, composed here for both hosts: the Electron kiosk sends it as a
// header with every app:// response (electron/policy/appProtocol.ts), the web build writes it into index.html as a
// meta tag (vite.config.ts) and scripts/serve-web.mjs sends it as a header too. No 'unsafe-eval' or inline script
// anywhere; scripts only from the bundle; the network only to the page's own origin and the hub's collector.
// Kept free of imports so plain Node scripts can load this file directly.

export interface CspOptions {
  /** Origin of the hub's collector (e.g. https://hub.example.org), or null when none is configured. */
  readonly collectorOrigin: string | null;
  /**
   * 'header' for an HTTP response header, 'meta' for <meta http-equiv>, where browsers ignore frame-ancestors
   * (and warn about it), so it is left out there.
   */
  readonly delivery: 'header' | 'meta';
}

/** Accepts only an http(s) origin, so a config value can never inject extra CSP directives. */
export function collectorOriginOf(collectorUrl: string | null | undefined): string | null {
  if (!collectorUrl) return null;
  try {
    const url = new URL(collectorUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function contentSecurityPolicy({ collectorOrigin, delivery }: CspOptions): string {
  const origin = collectorOriginOf(collectorOrigin);
  const connect = ["'self'", ...(origin ? [origin] : [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // No inline styles or scripts: React and Phaser set styles through the CSSOM, which CSP does not restrict.
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' data: blob:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

const CSP_META = /\n?[ \t]*<meta\s+http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>[ \t]*(<!--[^>]*-->)?/gi;

/** The HTML without any CSP meta tag, for a host that sends the policy as a header (one policy, not two). */
export function withoutCspMeta(html: string): string {
  return html.replace(CSP_META, '');
}

/** Escapes a policy for an HTML attribute value (policies contain single quotes, never double ones). */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The HTML with exactly one CSP meta tag, placed right after <meta charset> so it applies before anything loads. */
export function withCspMeta(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${attribute(policy)}" />`;
  const clean = withoutCspMeta(html);
  const charset = /<meta\s+charset\s*=[^>]*>/i.exec(clean);
  if (!charset) throw new Error('index.html needs a <meta charset> before the CSP can be placed');
  const at = charset.index + charset[0].length;
  return `${clean.slice(0, at)}\n    ${tag}${clean.slice(at)}`;
}

/** Every CSP a document carries in its <meta> tags, as Chromium would read them. */
export function cspMetaPolicies(html: string): string[] {
  const policies: string[] = [];
  for (const match of html.matchAll(/<meta\s+[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi)) {
    const content = /content\s*=\s*"([^"]*)"/i.exec(match[0]) ?? /content\s*=\s*'([^']*)'/i.exec(match[0]);
    if (content) policies.push(content[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
  }
  return policies;
}

/**
 * Would this policy let the page fetch `target` (an absolute URL) from a page at `pageOrigin`? Reads connect-src
 * (or default-src when absent) for the source forms this project uses: 'self', 'none' and full origins.
 */
export function cspAllowsConnect(policy: string, pageOrigin: string, target: string): boolean {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return true;
  const targetOrigin = new URL(target).origin;
  return sources.some((source) => {
    if (source === "'self'") return new URL(pageOrigin).origin === targetOrigin || pageOrigin === targetOrigin;
    if (source.startsWith("'")) return false;
    try {
      return new URL(source).origin === targetOrigin;
    } catch {
      return false;
    }
  });
}

/** index.html of the web build: the policy as a meta tag, for web servers that send no CSP header of their own. */
export function webIndexHtml(html: string, collectorOrigin: string | null): string {
  return withCspMeta(html, contentSecurityPolicy({ collectorOrigin, delivery: 'meta' }));
}
