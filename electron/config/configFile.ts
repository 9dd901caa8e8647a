// Finds the device config file at start-up (see policy/configLocation.ts for the rule) and makes the one-time copy
// of a read-only provisioned file into the user-data folder.

import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { chooseConfigLocation, USER_CONFIG_FILE } from '../policy/configLocation';

/** Can this process write `filePath` and create the temporary file beside it that an atomic save needs? */
export async function isWritableConfigPath(filePath: string): Promise<boolean> {
  try {
    await fs.access(path.dirname(filePath), constants.W_OK);
  } catch {
    return false;
  }
  try {
    await fs.access(filePath, constants.W_OK);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.access(filePath, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ResolvedConfigFile {
  readonly filePath: string;
  /** Where a copied-in file came from, for the log. */
  readonly copiedFrom: string | null;
}

/**
 * @param provisionedPath the --config value (already absolute), or null
 * @param isWritable injected so tests can play a read-only IT folder even when they run as root
 */
export async function resolveConfigFile(
  provisionedPath: string | null,
  userDataDir: string,
  isWritable: (filePath: string) => Promise<boolean> = isWritableConfigPath,
): Promise<ResolvedConfigFile> {
  const location = chooseConfigLocation({
    provisionedPath,
    userDataDir,
    provisionedWritable: provisionedPath !== null && (await isWritable(provisionedPath)),
    provisionedExists: provisionedPath !== null && (await exists(provisionedPath)),
    userCopyExists: await exists(path.join(userDataDir, USER_CONFIG_FILE)),
  });
  if (location.kind === 'use') return { filePath: location.filePath, copiedFrom: null };
  await fs.mkdir(path.dirname(location.filePath), { recursive: true });
  try {
    // COPYFILE_EXCL: a copy that already exists (two starts racing) is never overwritten.
    await fs.copyFile(location.from, location.filePath, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // The copy is the kiosk user's own file now, even when the source was read-only.
  await fs.chmod(location.filePath, 0o600);
  return { filePath: location.filePath, copiedFrom: location.from };
}
