import { describe, expect, it } from 'vitest';
import {
  collectorOriginOf,
  contentSecurityPolicy,
  cspAllowsConnect,
  cspMetaPolicies,
  webIndexHtml,
  withCspMeta,
  withoutCspMeta,
} from './contentSecurityPolicy';

const page = '<!doctype html><html><head>\n<meta charset="utf-8" />\n<title>x</title></head><body></body></html>';

describe('content security policy', () => {
  it('never allows eval or inline scripts', () => {
    const csp = contentSecurityPolicy({ collectorOrigin: null, delivery: 'header' });
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('leaves frame-ancestors out of a meta policy, where browsers ignore it', () => {
    expect(contentSecurityPolicy({ collectorOrigin: null, delivery: 'meta' })).not.toContain('frame-ancestors');
  });

  it('lets the renderer reach only the configured collector', () => {
    const csp = contentSecurityPolicy({ collectorOrigin: 'https://hub.example.org', delivery: 'header' });
    expect(csp).toContain("connect-src 'self' https://hub.example.org;");
    expect(cspAllowsConnect(csp, 'app://bundle', 'https://hub.example.org/v1/events')).toBe(true);
    expect(cspAllowsConnect(csp, 'app://bundle', 'https://other.example.org/v1/events')).toBe(false);
  });

  it('reduces collector URLs to a bare origin and rejects anything that could inject directives', () => {
    expect(collectorOriginOf('https://hub.example.org/v1/events?x=1')).toBe('https://hub.example.org');
    expect(collectorOriginOf('https://hub.example.org; script-src *')).toBeNull();
    expect(collectorOriginOf('ftp://hub.example.org')).toBeNull();
    expect(collectorOriginOf('')).toBeNull();
    expect(collectorOriginOf(null)).toBeNull();
    expect(contentSecurityPolicy({ collectorOrigin: "https://a.example; script-src 'unsafe-eval'", delivery: 'header' })).not.toContain('unsafe-eval');
  });

  it('writes exactly one meta policy after <meta charset>, replacing any earlier one', () => {
    const once = withCspMeta(page, "default-src 'self'");
    const twice = withCspMeta(once, "default-src 'none'");
    expect(cspMetaPolicies(twice)).toEqual(["default-src 'none'"]);
    expect(twice.indexOf('Content-Security-Policy')).toBeGreaterThan(twice.indexOf('charset'));
    expect(withoutCspMeta(twice)).toBe(withoutCspMeta(page));
    expect(cspMetaPolicies(withoutCspMeta(twice))).toEqual([]);
  });

  it('builds the web page with the collector named at build time', () => {
    const html = webIndexHtml(page, 'https://hub.example.org');
    const [policy] = cspMetaPolicies(html);
    expect(cspAllowsConnect(policy!, 'https://school.example', 'https://hub.example.org/v1/enrol')).toBe(true);
    expect(cspAllowsConnect(policy!, 'https://school.example', 'https://school.example/config.json')).toBe(true);
    expect(cspMetaPolicies(webIndexHtml(page, null))[0]).toContain("connect-src 'self';");
  });
});
