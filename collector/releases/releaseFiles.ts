// The installers the collector serves to kiosks, in its releases folder (<data-dir>/releases, or --releases-dir):
// adding one copies it there under a name made from its SHA-512 (so two files never overwrite each other) and
// measures the SHA-512 in base64 and the size, as electron-builder writes them into its feeds.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

export const RELEASES_FOLDER = 'releases';

export interface MeasuredFile {
  /** Base64, as in electron-builder's latest.yml. */
  readonly sha512: string;
  readonly size: number;
}

export async function measureFile(filePath: string): Promise<MeasuredFile> {
  const hash = createHash('sha512');
  await pipeline(createReadStream(filePath), hash);
  const { size } = await stat(filePath);
  return { sha512: hash.digest('base64'), size };
}

/** The stored copy's name: the SHA-512 in hex (first 32 digits) and the installer's own extension. */
export function storedNameOf(fileName: string, sha512Base64: string): string {
  const extension = /\.(exe|AppImage|deb)$/i.exec(fileName)?.[0] ?? '';
  return `${Buffer.from(sha512Base64, 'base64').toString('hex').slice(0, 32)}${extension}`;
}

/** Copies the installer into the releases folder (via a temporary name, so a half-copied file is never served). */
export async function storeInstaller(sourcePath: string, releasesDir: string, storedName: string): Promise<void> {
  await mkdir(releasesDir, { recursive: true });
  const target = path.join(releasesDir, storedName);
  const partial = `${target}.partial-${process.pid}`;
  await copyFile(sourcePath, partial);
  await rename(partial, target);
}

/** A stored installer's path; the name is ours (storedNameOf), never taken from a request. */
export function storedInstallerPath(releasesDir: string, storedName: string): string {
  return path.join(releasesDir, path.basename(storedName));
}
