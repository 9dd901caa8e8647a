// The login item that restarts a kiosk after a reboot (electron/policy/loginItem.ts) and where its config lives
// (electron/policy/configLocation.ts). Here rather than beside them because it reads Windows command lines back
// with the smoke suite's parser (tests/ tooling, which electron/ may not import).

import { describe, expect, it } from 'vitest';
import { parseKioskCommandLine } from '../../../electron/policy/commandLine';
import { chooseConfigLocation } from '../../../electron/policy/configLocation';
import { loginItemFor, quoteWindowsArgument } from '../../../electron/policy/loginItem';
import { splitWindowsArguments } from '../../electron-smoke/windowsArguments';

const windows = { platform: 'win32' as const, isPackaged: true, mode: 'kiosk' as const, execPath: 'C:\\Program Files\\Biotech Discovery\\Biotech Discovery.exe', cwd: 'C:\\' };

describe('login item', () => {
  it('starts the kiosk after a reboot with the --config IT installed it with', () => {
    const item = loginItemFor({ ...windows, configPath: 'C:\\ProgramData\\Biotech Discovery\\config.json' });
    expect(item).toEqual({
      openAtLogin: true,
      path: windows.execPath,
      args: ['--config', '"C:\\ProgramData\\Biotech Discovery\\config.json"'],
    });
    // What Windows hands the app at the next login parses back to the same config path.
    const argv = ['Biotech Discovery.exe', ...splitWindowsArguments(item!.args!.join(' '))];
    expect(parseKioskCommandLine(argv).configPath).toBe('C:\\ProgramData\\Biotech Discovery\\config.json');
  });

  it('stores an absolute path even when IT gave a relative one', () => {
    const item = loginItemFor({ ...windows, cwd: 'D:\\kiosk', configPath: 'config.json' });
    expect(item?.args).toEqual(['--config', 'D:\\kiosk\\config.json']);
  });

  it('passes no arguments when the config is in the user folder', () => {
    expect(loginItemFor({ ...windows, configPath: null })?.args).toEqual([]);
  });

  it('registers nothing for classroom laptops, development runs and Linux', () => {
    expect(loginItemFor({ ...windows, mode: 'classroom', configPath: null })).toBeNull();
    expect(loginItemFor({ ...windows, isPackaged: false, configPath: null })).toBeNull();
    expect(loginItemFor({ ...windows, platform: 'linux', configPath: '/etc/biotech/config.json' })).toBeNull();
  });

  it('quotes Windows arguments so they split back unchanged', () => {
    for (const value of ['plain', 'with space', 'ends with backslash\\ ', 'C:\\dir with space\\', 'say "hi"', '']) {
      expect(splitWindowsArguments(quoteWindowsArgument(value))).toEqual([value]);
    }
  });
});

describe('config location', () => {
  const base = { userDataDir: '/home/kiosk/.config/Biotech Discovery', provisionedExists: true, userCopyExists: false };

  it('uses the user-data config when IT gave none', () => {
    expect(chooseConfigLocation({ ...base, provisionedPath: null, provisionedWritable: false })).toEqual({
      kind: 'use',
      filePath: '/home/kiosk/.config/Biotech Discovery/config.json',
      provisioned: false,
    });
  });

  it('uses a writable provisioned file in place', () => {
    expect(chooseConfigLocation({ ...base, provisionedPath: '/srv/kiosk/config.json', provisionedWritable: true })).toEqual({
      kind: 'use',
      filePath: '/srv/kiosk/config.json',
      provisioned: true,
    });
  });

  it('copies a read-only provisioned file into user data on the first run, so later saves work', () => {
    expect(chooseConfigLocation({ ...base, provisionedPath: '/etc/biotech/config.json', provisionedWritable: false })).toEqual({
      kind: 'copy-in',
      from: '/etc/biotech/config.json',
      filePath: '/home/kiosk/.config/Biotech Discovery/config.json',
    });
  });

  it('keeps the copy (and what staff saved in it) on later runs', () => {
    expect(
      chooseConfigLocation({ ...base, provisionedPath: '/etc/biotech/config.json', provisionedWritable: false, userCopyExists: true }),
    ).toEqual({ kind: 'use', filePath: '/home/kiosk/.config/Biotech Discovery/config.json', provisioned: false });
  });
});
