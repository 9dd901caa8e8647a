// Protects the decision to warn staff about a device token kept in plain text: only a plain token warns, and the
// warning names where it sits (the kiosk's config file, or the browser's storage).

import { describe, expect, it } from 'vitest';
import { deviceTokenWarning } from './deviceTokenAtRest';

describe('deviceTokenWarning', () => {
  it('warns on a kiosk whose token stayed in plain text because there is no key store', () => {
    expect(deviceTokenWarning('electron', 'plain')).toBe('kiosk-plain');
  });

  it('warns on the web host, whose browser storage keeps the token in plain text', () => {
    expect(deviceTokenWarning('web', 'plain')).toBe('browser-plain');
  });

  it('says nothing for a sealed token, no token, or a host that did not say', () => {
    for (const host of ['electron', 'web'] as const) {
      expect(deviceTokenWarning(host, 'sealed')).toBeNull();
      expect(deviceTokenWarning(host, 'none')).toBeNull();
      expect(deviceTokenWarning(host, undefined)).toBeNull();
    }
  });
});
