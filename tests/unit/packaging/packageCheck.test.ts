// The CI check of a packaged app (scripts/packaging/check-package.mjs), on a stand-in binary and a real asar archive.

import { createPackage, getRawHeader } from '@electron/asar';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAsarIntegrity, checkFuses, executableEmbedsHeaderHash } from '../../../scripts/packaging/packageCheck';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const workDir = mkdtempSync(path.join(tmpdir(), 'biotech-package-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A file laid out like an Electron binary around its fuse wire: sentinel, version 1, length, one byte per fuse. */
function fakeBinary(name: string, wire: string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, Buffer.concat([Buffer.from('ELF...'), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire, 'latin1'), Buffer.from('...')]));
  return file;
}

const wanted = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('fuse check', () => {
  it('passes a binary whose fuses are as configured', async () => {
    // RunAsNode, CookieEncryption, NodeOptions, Inspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol
    expect(await checkFuses(fakeBinary('good', '01001100'), wanted)).toEqual([]);
  });

  it('names every fuse that differs (an unflipped binary)', async () => {
    const problems = await checkFuses(fakeBinary('stock', '10110001'), wanted);
    expect(problems).toHaveLength(7);
    expect(problems[0]).toMatch(/runAsNode: wanted off, the binary has 1/);
  });
});

describe('asar integrity check', () => {
  async function archive(name: string): Promise<string> {
    const source = path.join(workDir, `${name}-src`);
    mkdirSync(path.join(source, 'dist'), { recursive: true });
    writeFileSync(path.join(source, 'package.json'), '{"main":"dist/main.js"}');
    writeFileSync(path.join(source, 'dist', 'main.js'), 'console.log("kiosk");\n'.repeat(500));
    const target = path.join(workDir, `${name}.asar`);
    await createPackage(source, target);
    return target;
  }

  it('accepts an archive whose files match their hashes', async () => {
    const result = checkAsarIntegrity(await archive('intact'));
    expect(result.problems).toEqual([]);
    expect(result.files).toBe(2);
    expect(result.headerHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds a file changed after packaging', async () => {
    const file = await archive('tampered');
    const bytes = readFileSync(file);
    const at = bytes.lastIndexOf(Buffer.from('kiosk'));
    bytes.write('KIOSK', at, 'latin1');
    writeFileSync(file, bytes);
    expect(checkAsarIntegrity(file).problems).toEqual(['dist/main.js: content does not match its hash']);
  });

  it("finds the header's hash in an executable that embeds it", async () => {
    const file = await archive('embedded');
    const { headerHash } = checkAsarIntegrity(file);
    expect(headerHash).toHaveLength(64);
    expect(getRawHeader(file).headerString.length).toBeGreaterThan(0);
    const exe = path.join(workDir, 'app.exe');
    writeFileSync(exe, `MZ...[{"file":"resources\\\\app.asar","alg":"SHA256","value":"${headerHash}"}]...`);
    expect(executableEmbedsHeaderHash(exe, headerHash)).toBe(true);
    expect(executableEmbedsHeaderHash(exe, '0'.repeat(64))).toBe(false);
  });
});
