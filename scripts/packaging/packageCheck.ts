// Checks a packaged kiosk app as built, not as configured: the fuses read back from the Electron binary must be the
// ones build/electron-builder.yml asks for, and every file in app.asar must match the integrity hashes in the
// archive's header (on Windows, the header's own hash must also be the one embedded in the executable, which is what
// Electron checks at start with EnableEmbeddedAsarIntegrityValidation). Used by check-package.mjs in CI.

import { getRawHeader, extractFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** electron-builder's electronFuses keys, by their place on the V1 fuse wire. */
const FUSE_KEYS: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};
const ENABLED = 49; // '1'
const DISABLED = 48; // '0'

/** Compares the fuse wire read from a binary with the wanted settings; returns one line per difference. */
export async function checkFuses(executable: string, wanted: Record<string, boolean>): Promise<string[]> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<string, number | string>;
  const problems: string[] = [];
  if (wire.version !== '1') problems.push(`unknown fuse wire version ${String(wire.version)}`);
  for (const [key, value] of Object.entries(wanted)) {
    const index = FUSE_KEYS[key];
    if (index === undefined) {
      problems.push(`unknown fuse ${key} in the configuration`);
      continue;
    }
    const actual = wire[index];
    const expected = value ? ENABLED : DISABLED;
    if (actual !== expected) problems.push(`fuse ${key}: wanted ${value ? 'on' : 'off'}, the binary has ${actual === undefined ? 'no such fuse' : String.fromCharCode(Number(actual))}`);
  }
  return problems;
}

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  size?: number;
  unpacked?: boolean;
  link?: string;
  integrity?: { algorithm: string; hash: string; blockSize: number; blocks: string[] };
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Every packed file's content against the header's integrity (whole-file hash and block hashes). */
export function checkAsarIntegrity(archive: string): { problems: string[]; files: number; headerHash: string } {
  const { header, headerString } = getRawHeader(archive) as unknown as { header: AsarEntry; headerString: string };
  const problems: string[] = [];
  let files = 0;
  const walk = (entry: AsarEntry, at: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const inside = at ? `${at}/${name}` : name;
      if (child.files) {
        walk(child, inside);
        continue;
      }
      if (child.link || child.unpacked) continue;
      files += 1;
      if (!child.integrity) {
        problems.push(`${inside}: no integrity in the header`);
        continue;
      }
      const content = extractFile(archive, inside, false);
      if (child.integrity.algorithm !== 'SHA256' || sha256(content) !== child.integrity.hash) {
        problems.push(`${inside}: content does not match its hash`);
        continue;
      }
      const blocks: string[] = [];
      for (let offset = 0; offset < content.length || blocks.length === 0; offset += child.integrity.blockSize) {
        blocks.push(sha256(content.subarray(offset, offset + child.integrity.blockSize)));
      }
      if (blocks.join() !== child.integrity.blocks.join()) problems.push(`${inside}: block hashes do not match`);
    }
  };
  walk(header, '');
  return { problems, files, headerHash: sha256(headerString) };
}

/** Windows: the executable embeds {file, alg, value} for app.asar, the value being the header's SHA-256. */
export function executableEmbedsHeaderHash(executable: string, headerHash: string): boolean {
  const bytes = readFileSync(executable);
  return bytes.includes(Buffer.from(headerHash, 'latin1')) || bytes.includes(Buffer.from(headerHash, 'utf16le'));
}
