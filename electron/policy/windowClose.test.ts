import { describe, expect, it } from 'vitest';
import { isBlockedShortcut } from './kioskShortcuts';
import { createCloseGuard } from './windowClose';

describe('window close guard', () => {
  it('keeps a kiosk window open when a visitor closes it (Alt+F4, close button)', () => {
    const guard = createCloseGuard(true);
    expect(guard.shouldPreventClose()).toBe(true);
    expect(guard.shouldPreventClose()).toBe(true);
  });

  it('lets the window close once staff quit from the admin panel', () => {
    const guard = createCloseGuard(true);
    guard.allow('staff-quit');
    expect(guard.shouldPreventClose()).toBe(false);
  });

  it('never blocks a system shutdown or the end of the session', () => {
    const guard = createCloseGuard(true);
    guard.allow('system-shutdown');
    expect(guard.shouldPreventClose()).toBe(false);
  });

  it('does not guard the classroom and event windows outside kiosk mode', () => {
    expect(createCloseGuard(false).shouldPreventClose()).toBe(false);
  });

  it('also swallows the Alt+F4 key itself before the page sees it', () => {
    expect(isBlockedShortcut({ type: 'rawKeyDown', key: 'F4', alt: true, control: false, meta: false, shift: false }, true)).toBe(true);
  });
});
