// Reads and writes the device config file for the Electron host. A missing file means defaults; a broken or
// invalid file never stops the kiosk: it starts with defaults for the bad fields, reports which fields were bad,
// and keeps a copy of the broken file beside it (config.broken-<hash>.json) instead of overwriting it silently.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  defaultDeviceConfig,
  deviceConfigSchema,
  parseDeviceConfig,
  type DeviceConfig,
} from '../../common/config/deviceConfig';
import type { DeviceConfigState } from '../../common/host/hostApi';
import { fromDiskForm, tokenAtRestOnDisk, toDiskForm, type TokenSealer } from './deviceTokenSealing';

export interface DeviceConfigStore {
  readonly filePath: string;
  load(): Promise<DeviceConfigState>;
  save(config: unknown): Promise<DeviceConfigState>;
}

/**
 * @param sealer Electron's safeStorage behind the TokenSealer interface (deviceTokenSealing.ts), or null (tests, or
 *   a platform without it): the device token is then kept in plain text.
 */
export function createDeviceConfigStore(filePath: string, sealer: TokenSealer | null = null): DeviceConfigStore {
  return {
    filePath,
    load: () => loadDeviceConfig(filePath, sealer),
    save: (config) => saveDeviceConfig(filePath, config, sealer),
  };
}

export async function loadDeviceConfig(filePath: string, sealer: TokenSealer | null = null): Promise<DeviceConfigState> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: defaultDeviceConfig(), problems: [], deviceTokenAtRest: 'none' };
    return {
      config: defaultDeviceConfig(),
      problems: [{ code: 'unreadable', detail: `cannot read ${path.basename(filePath)}: ${(error as Error).message}` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    await keepBrokenCopy(filePath, text);
    return { config: defaultDeviceConfig(), problems: [{ code: 'unreadable', detail: `not valid JSON: ${(error as Error).message}` }] };
  }
  const opened = await fromDiskForm(raw, sealer);
  const parsed = parseDeviceConfig(opened.raw);
  if (parsed.problems.length > 0) await keepBrokenCopy(filePath, text);
  return {
    config: parsed.config,
    problems: [...opened.problems, ...parsed.problems],
    deviceTokenAtRest: tokenAtRestOnDisk(raw, parsed.config.deviceToken),
  };
}

/** Validates and writes atomically (temporary file, fsync, rename) so a power cut never leaves half a file. */
export async function saveDeviceConfig(filePath: string, candidate: unknown, sealer: TokenSealer | null = null): Promise<DeviceConfigState> {
  const result = deviceConfigSchema.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid config: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const config: DeviceConfig = result.data;
  if (!config.enabledLanguages.includes(config.defaultLanguage)) {
    throw new Error('invalid config: defaultLanguage: must be one of the enabled languages');
  }
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${process.pid}.tmp`;
  const onDisk = await toDiskForm(config, sealer);
  if (onDisk.plainToken) console.warn(`config: no OS key store here, the device token is kept unencrypted in ${filePath} (readable by this user only)`);
  // 0600: the file may hold the device token, and on Linux without a key store it holds it in plain text.
  const handle = await fs.open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(onDisk.data, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, filePath);
  return { config, problems: [], deviceTokenAtRest: config.deviceToken === null ? 'none' : onDisk.plainToken ? 'plain' : 'sealed' };
}

/** Name of the kept copy: the same broken content always maps to the same file, so restarts do not pile copies up. */
export function brokenCopyPath(filePath: string, content: string): string {
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 12);
  const extension = path.extname(filePath) || '.json';
  return path.join(path.dirname(filePath), `${path.basename(filePath, extension)}.broken-${digest}${extension}`);
}

async function keepBrokenCopy(filePath: string, content: string): Promise<void> {
  try {
    await fs.writeFile(brokenCopyPath(filePath, content), content, { flag: 'wx' });
  } catch {
    // Already kept (EEXIST) or the folder is read-only (an IT-provisioned file): the original stays untouched
    // either way, which is what matters.
  }
}
