// Kept installers: one per version, pruned to the versions still needed, and how each platform reinstalls one.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepInstaller, keptInstaller, pruneInstallers, reinstallPlan } from './installerKeeper';

describe('kept installers', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kept-'));
    dirs.push(dir);
    return dir;
  };

  it('keeps a download under its version, finds it again and prunes the versions no longer needed', async () => {
    const downloads = tempDir();
    const folder = path.join(tempDir(), 'installers');
    for (const version of ['1.0.0', '1.1.0', '1.2.0']) {
      const file = path.join(downloads, `Biotech Discovery-${version}.AppImage`);
      writeFileSync(file, version);
      expect(await keepInstaller(folder, version, file)).toBe(path.join(folder, `${version}.AppImage`));
    }
    expect(await keptInstaller(folder, '1.1.0')).toBe(path.join(folder, '1.1.0.AppImage'));
    expect(await keptInstaller(folder, '0.9.0')).toBeNull();
    await pruneInstallers(folder, ['1.2.0', '1.1.0']);
    expect(readdirSync(folder).sort()).toEqual(['1.1.0.AppImage', '1.2.0.AppImage']);
    await expect(keepInstaller(folder, '1.3.0', path.join(downloads, 'notes.txt'))).rejects.toThrow(/not an installer/);
  });

  it('reinstalls silently with NSIS, by replacing the AppImage, with dpkg through pkexec, and says when it cannot', () => {
    expect(reinstallPlan('win32', 'C:\\k\\1.1.0.exe', undefined)).toEqual({ kind: 'run-installer', command: 'C:\\k\\1.1.0.exe', args: ['/S', '--force-run'] });
    expect(reinstallPlan('linux', '/k/1.1.0.AppImage', '/opt/kiosk/Biotech.AppImage')).toEqual({ kind: 'replace-appimage', target: '/opt/kiosk/Biotech.AppImage' });
    expect(reinstallPlan('linux', '/k/1.1.0.AppImage', undefined).kind).toBe('impossible');
    expect(reinstallPlan('linux', '/k/1.1.0.deb', undefined)).toEqual({ kind: 'run-installer-as-root', command: 'pkexec', args: ['dpkg', '-i', '/k/1.1.0.deb'] });
    expect(reinstallPlan('darwin', '/k/1.1.0.dmg', undefined).kind).toBe('impossible');
  });
});
