// The login item that brings a kiosk back after a power cut (Windows and macOS; Linux uses the unit files in
// build/linux/). It must start the app exactly as IT installed it: with the same --config, or a kiosk provisioned
// by IT would come back reading its user folder and show the set-up wizard.

import path from 'node:path';
import type { Mode } from '../../common/config/deviceConfig';

export interface LoginItemInput {
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  readonly mode: Mode;
  /** The running executable (process.execPath). */
  readonly execPath: string;
  /** The --config the app was started with, as given (relative paths are resolved against cwd), or null. */
  readonly configPath: string | null;
  readonly cwd: string;
}

export interface LoginItem {
  readonly openAtLogin: true;
  readonly path?: string;
  readonly args?: readonly string[];
}

/**
 * Settings for app.setLoginItemSettings, or null when the app must not register one (classroom laptops, a
 * development run, Linux).
 */
export function loginItemFor(input: LoginItemInput): LoginItem | null {
  if (!input.isPackaged || input.mode === 'classroom') return null;
  if (input.platform === 'win32') {
    // Windows stores one command line in the Run key; Electron joins args with spaces, so a path is quoted by us.
    const args = input.configPath ? ['--config', quoteWindowsArgument(path.win32.resolve(input.cwd, input.configPath))] : [];
    return { openAtLogin: true, path: input.execPath, args };
  }
  // macOS login items take no arguments: a provisioned config there lives in the user-data folder.
  if (input.platform === 'darwin') return { openAtLogin: true };
  return null;
}

/** Quotes one argument for a Windows command line (CommandLineToArgvW rules); plain ones are left as they are. */
export function quoteWindowsArgument(argument: string): string {
  if (argument !== '' && !/[\s"]/.test(argument)) return argument;
  // Backslashes are literal except before a quote: double those, and the ones before the closing quote.
  const escaped = argument.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1');
  return `"${escaped}"`;
}
