import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isPermissionGranted, isTrustedIpcSender, windowOpenDecision } from './navigationPolicy';

describe('navigation policy', () => {
  it('allows only the app bundle origin', () => {
    expect(isAllowedNavigation('app://bundle/index.html#/settings')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'app://evil/index.html',
      'about:blank',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('never opens new windows', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'hid', 'serial', 'usb', 'openExternal', 'display-capture']) {
      expect(isPermissionGranted(permission), permission).toBe(false);
    }
  });

  it('trusts IPC only from the main frame of the bundle', () => {
    expect(isTrustedIpcSender('app://bundle/index.html', true)).toBe(true);
    expect(isTrustedIpcSender('app://bundle/index.html', false)).toBe(false);
    expect(isTrustedIpcSender('https://example.org/', true)).toBe(false);
    expect(isTrustedIpcSender(undefined, true)).toBe(false);
  });
});
