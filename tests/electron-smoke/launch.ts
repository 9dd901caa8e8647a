// Starts the kiosk app for the smoke suite: the packaged executable (BIOTECH_ELECTRON_EXECUTABLE) or the project
// folder run by the electron package's binary, with its own user-data folder and a device config file.

import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const packaged = process.env.BIOTECH_ELECTRON_EXECUTABLE ? path.resolve(process.env.BIOTECH_ELECTRON_EXECUTABLE) : null;

/** The electron package's binary, read the way its index.js does, without throwing when it was never downloaded. */
function electronPackageBinary(): string | null {
  const pathFile = path.resolve('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.resolve('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const executable = packaged && existsSync(packaged) ? packaged : electronPackageBinary();

export const NO_BINARY_REASON =
  'no Electron binary: the electron package could not download it on this machine (offline) and ' +
  'BIOTECH_ELECTRON_EXECUTABLE names no packaged app; CI runs this suite after packaging (.github/workflows/kiosk.yml)';

export interface KioskRun {
  readonly app: ElectronApplication;
  readonly window: Page;
  readonly userData: string;
}

export function newUserData(): string {
  return mkdtempSync(path.join(tmpdir(), 'biotech-smoke-'));
}

export function writeConfig(folder: string, config: Record<string, unknown>): string {
  const file = path.join(folder, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/** Launches the app with these extra arguments (e.g. --config <file>) and environment, and waits for the start screen. */
export async function launchKiosk(userData: string, extraArgs: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<KioskRun> {
  if (!executable) throw new Error(NO_BINARY_REASON);
  const main = path.resolve('dist', 'electron', 'electron', 'main.js');
  if (!packaged && !existsSync(main)) throw new Error('Build the kiosk first: npm run build');
  const args = [...(packaged ? [] : [path.resolve('.')]), `--user-data-dir=${userData}`, ...extraArgs];
  const app = await electron.launch({ executablePath: executable, args, ...(Object.keys(env).length === 0 ? {} : { env: { ...process.env, ...env } as Record<string, string> }) });
  const window = await app.firstWindow();
  await window.locator('#root > *').first().waitFor();
  return { app, window, userData };
}
