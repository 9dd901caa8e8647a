import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspAllowsConnect, cspMetaPolicies, webIndexHtml } from '../../common/security/contentSecurityPolicy';
import { APP_ORIGIN, bundleResponse, contentTypeFor, resolveBundlePath } from './appProtocol';

const root = path.resolve('/opt/biotech/web');

describe('resolveBundlePath', () => {
  it('serves index.html for the bare origin', () => {
    expect(resolveBundlePath(root, 'app://bundle/')).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
  });

  it('maps nested assets inside the bundle', () => {
    expect(resolveBundlePath(root, 'app://bundle/assets/index-abc.js')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
  });

  it('ignores query strings and hashes', () => {
    const lookup = resolveBundlePath(root, 'app://bundle/index.html?locale=de#/settings');
    expect(lookup).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/assets/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/..%2f..%2fetc/passwd',
    'app://bundle/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://bundle/assets/..%2F..%2F..%2Fetc%2Fpasswd',
  ])('never resolves outside the bundle: %s', (url) => {
    const lookup = resolveBundlePath(root, url);
    // URL parsing already folds plain dot segments back inside the root; encoded slashes must be refused.
    if (lookup.ok) expect(lookup.filePath.startsWith(root + path.sep)).toBe(true);
  });

  it('refuses encoded dot-dot-slash sequences outright', () => {
    expect(resolveBundlePath(root, 'app://bundle/..%2f..%2fetc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveBundlePath(root, 'app://bundle/%2E%2E%2Fsecret')).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses backslashes, NUL bytes and broken encodings', () => {
    expect(resolveBundlePath(root, 'app://bundle/..%5c..%5cwindows').ok).toBe(false);
    expect(resolveBundlePath(root, 'app://bundle/index.html%00.png').ok).toBe(false);
    expect(resolveBundlePath(root, 'app://bundle/%E0%A4%A').ok).toBe(false);
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveBundlePath(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveBundlePath(root, 'app://other/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveBundlePath(root, 'not a url')).toMatchObject({ ok: false, status: 400 });
  });

  it('does not accept a sibling folder whose name starts like the root', () => {
    expect(resolveBundlePath(root, 'app://bundle/..%2fweb-evil/x.js').ok).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it('knows the types the bundle uses', () => {
    expect(contentTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a/x.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('thing.unknown')).toBe('application/octet-stream');
  });
});

describe('the served app:// document', () => {
  // What the build writes to dist/web/index.html (the Vite plugin calls webIndexHtml on this source), and the built
  // file itself when a build exists, as the kiosk's protocol handler serves them.
  const source = readFileSync(path.resolve('renderer/index.html'), 'utf8');
  const documents: [string, string][] = [['renderer/index.html as built', webIndexHtml(source, null)]];
  if (existsSync('dist/web/index.html')) documents.push(['dist/web/index.html', readFileSync('dist/web/index.html', 'utf8')]);
  const collector = 'https://hub.example.org/biotech/';

  it.each(documents)('%s carries one policy, the header, which lets the page reach the saved collector', (_name, html) => {
    const response = bundleResponse('/opt/app/web/index.html', new TextEncoder().encode(html), collector);
    const body = String(response.body);
    // Chromium enforces every policy a document carries: a meta CSP would add its own connect-src on top.
    expect(cspMetaPolicies(body)).toEqual([]);
    const enforced = [response.headers['content-security-policy']!, ...cspMetaPolicies(body)];
    for (const policy of enforced) {
      expect(cspAllowsConnect(policy, APP_ORIGIN, 'https://hub.example.org/biotech/v1/events')).toBe(true);
      expect(cspAllowsConnect(policy, APP_ORIGIN, 'https://elsewhere.example.org/v1/events')).toBe(false);
      // The app fetches its texts, JSON files of the bundle (renderer/i18n/resources.ts), from its own origin.
      expect(cspAllowsConnect(policy, APP_ORIGIN, `${APP_ORIGIN}/assets/common-AbC123.json`)).toBe(true);
    }
    expect(body).toContain('<div id="root"></div>');
  });

  it('allows no collector at all before one is saved', () => {
    const response = bundleResponse('/opt/app/web/index.html', new TextEncoder().encode(webIndexHtml(source, null)), null);
    expect(cspAllowsConnect(response.headers['content-security-policy']!, APP_ORIGIN, 'https://hub.example.org/v1/enrol')).toBe(false);
  });

  it("serves the texts' JSON files as JSON, which fetch() then parses", () => {
    const response = bundleResponse('/opt/app/web/assets/common-AbC123.json', new TextEncoder().encode('{"home":{}}'), collector);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('serves other files byte for byte, with the same headers', () => {
    const bytes = new Uint8Array([0, 1, 2, 250]);
    const response = bundleResponse('/opt/app/web/assets/a.js', bytes, collector);
    expect(response.body).toBe(bytes);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
