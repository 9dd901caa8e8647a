// The Content-Security-Policy sent as a response header with every app:// document.
// No 'unsafe-eval' anywhere; scripts only from the bundle; the network only to the configured collector.

export interface CspOptions {
  /** Origin of the hub's collector (e.g. https://hub.example.org), or null when none is configured. */
  readonly collectorOrigin: string | null;
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

export function contentSecurityPolicy({ collectorOrigin }: CspOptions): string {
  const connect = ["'self'", ...(collectorOrigin ? [collectorOrigin] : [])].join(' ');
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
    "frame-ancestors 'none'",
  ].join('; ');
}
