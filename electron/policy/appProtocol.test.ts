import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveBundlePath } from './appProtocol';

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
