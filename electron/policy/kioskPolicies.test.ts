import { describe, expect, it } from 'vitest';
import { parseKioskCommandLine } from './commandLine';
import { decideRecovery, RECOVERY_WINDOW_MS, UNRESPONSIVE_GRACE_MS } from './crashRecovery';
import { isBlockedShortcut, type KeyInput } from './kioskShortcuts';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('kiosk shortcuts', () => {
  it('blocks reload, zoom, devtools, close and print in kiosk mode', () => {
    for (const input of [
      key('F5'),
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('+', { control: true }),
      key('-', { control: true }),
      key('0', { control: true }),
      key('I', { control: true, shift: true }),
      key('F12'),
      key('F4', { alt: true }),
      key('w', { control: true }),
      key('p', { control: true }),
      key('ArrowLeft', { alt: true }),
    ]) {
      expect(isBlockedShortcut(input, true), JSON.stringify(input)).toBe(true);
    }
  });

  it('lets ordinary typing and game keys through', () => {
    for (const input of [key('a'), key('Enter'), key(' '), key('ArrowUp'), key('Tab'), key('Escape'), key('1')]) {
      expect(isBlockedShortcut(input, true)).toBe(false);
    }
  });

  it('allows reload outside kiosk mode but still blocks devtools', () => {
    expect(isBlockedShortcut(key('F5'), false)).toBe(false);
    expect(isBlockedShortcut(key('r', { control: true }), false)).toBe(false);
    expect(isBlockedShortcut(key('F12'), false)).toBe(true);
  });

  it('ignores key-up events', () => {
    expect(isBlockedShortcut({ ...key('F5'), type: 'keyUp' }, true)).toBe(false);
  });
});

describe('crash recovery', () => {
  const now = 10 * RECOVERY_WINDOW_MS;

  it('reloads within a second after a first crash', () => {
    expect(decideRecovery('crashed', [], now)).toEqual({ action: 'reload', delayMs: 1000 });
  });

  it('gives a hung renderer a grace period before reloading', () => {
    expect(decideRecovery('unresponsive', [], now)).toEqual({ action: 'reload', delayMs: UNRESPONSIVE_GRACE_MS });
  });

  it('backs off when crashes repeat, up to a minute', () => {
    const recent = [now - 1000, now - 2000, now - 3000];
    expect(decideRecovery('crashed', recent, now).delayMs).toBe(8000);
    const many = Array.from({ length: 15 }, (_, i) => now - i * 1000);
    expect(decideRecovery('oom', many, now).delayMs).toBe(60_000);
  });

  it('forgets faults older than the window', () => {
    const old = [now - RECOVERY_WINDOW_MS - 1, now - RECOVERY_WINDOW_MS * 2];
    expect(decideRecovery('crashed', old, now).delayMs).toBe(1000);
  });

  it('does nothing on a clean exit', () => {
    expect(decideRecovery('clean-exit', [], now).action).toBe('ignore');
  });
});

describe('command line', () => {
  it('reads --config in both spellings', () => {
    expect(parseKioskCommandLine(['electron', '.', '--config', '/etc/biotech/config.json'])).toEqual({
      configPath: '/etc/biotech/config.json',
    });
    expect(parseKioskCommandLine(['app', '--config=C:\\kiosk\\config.json'])).toEqual({ configPath: 'C:\\kiosk\\config.json' });
  });

  it('ignores a dangling --config and Chromium switches', () => {
    expect(parseKioskCommandLine(['app', '--config'])).toEqual({ configPath: null });
    expect(parseKioskCommandLine(['app', '--config', '--no-sandbox'])).toEqual({ configPath: null });
    expect(parseKioskCommandLine(['app', '--enable-logging'])).toEqual({ configPath: null });
  });
});
