// The pure rules behind the update feed: which release a device gets (rollout by share and by site, withdrawn and
// failed versions skipped), the feed text electron-updater reads, versions in installer names, byte ranges.

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { feedYaml, platformOfInstaller, versionInFileName } from '../releases/feed';
import { releaseForDevice, rolloutPlace, type RolloutCandidate } from '../releases/rollout';
import { byteRange } from '../server/updateRoutes';

/** js-yaml (electron-updater's YAML reader) parses the feed the way the kiosk will. */
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const release = (version: string, releasedAt: number, percent = 100, sites: string[] = [], withdrawn = false): RolloutCandidate => ({
  version,
  releasedAt,
  withdrawn,
  rollout: { percent, sites },
});

describe('release for a device', () => {
  const ids = Array.from({ length: 400 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);

  it('places devices stably and evenly: about a quarter fall under 25 %', () => {
    expect(rolloutPlace(ids[0]!)).toBe(rolloutPlace(ids[0]!));
    const under = ids.filter((id) => rolloutPlace(id) < 25).length;
    expect(under).toBeGreaterThan(60);
    expect(under).toBeLessThan(140);
  });

  it('gives the newest release to devices in its rollout and the previous one to the others', () => {
    const releases = [release('1.0.0', 1), release('1.1.0', 2, 25)];
    for (const deviceId of ids.slice(0, 50)) {
      const chosen = releaseForDevice(releases, { deviceId, siteLabel: 'Hall A', failedVersion: null });
      expect(chosen?.version).toBe(rolloutPlace(deviceId) < 25 ? '1.1.0' : '1.0.0');
    }
  });

  it('gives a named site the release whatever the percentage', () => {
    const releases = [release('1.0.0', 1), release('1.1.0', 2, 0, ['Hall B'])];
    expect(releaseForDevice(releases, { deviceId: ids[0]!, siteLabel: 'Hall B', failedVersion: null })?.version).toBe('1.1.0');
    expect(releaseForDevice(releases, { deviceId: ids[0]!, siteLabel: 'Hall A', failedVersion: null })?.version).toBe('1.0.0');
  });

  it('skips a withdrawn release and the version the device went back from; null when nothing is left', () => {
    const releases = [release('1.0.0', 1), release('1.1.0', 2, 100, [], true), release('1.2.0', 3)];
    expect(releaseForDevice(releases, { deviceId: ids[0]!, siteLabel: 'Hall A', failedVersion: null })?.version).toBe('1.2.0');
    expect(releaseForDevice(releases, { deviceId: ids[0]!, siteLabel: 'Hall A', failedVersion: '1.2.0' })?.version).toBe('1.0.0');
    expect(releaseForDevice([release('1.0.0', 1, 0)], { deviceId: ids[0]!, siteLabel: 'Hall A', failedVersion: null })).toBeNull();
  });

  it('counts the later of two releases added at the same time as the newer', () => {
    expect(releaseForDevice([release('1.0.0', 5), release('1.0.1', 5)], { deviceId: ids[0]!, siteLabel: 'x', failedVersion: null })?.version).toBe('1.0.1');
  });
});

describe('feed and installer names', () => {
  it('writes the feed electron-builder writes, names percent-encoded', () => {
    const text = feedYaml({ version: '1.4.0', releasedAt: Date.UTC(2026, 11, 4), files: [{ fileName: 'Biotech Discovery-1.4.0.AppImage', sha512: 'abc+/=', size: 42 }] });
    expect(load(text)).toEqual({
      version: '1.4.0',
      files: [{ url: 'Biotech%20Discovery-1.4.0.AppImage', sha512: 'abc+/=', size: 42 }],
      path: 'Biotech%20Discovery-1.4.0.AppImage',
      sha512: 'abc+/=',
      releaseDate: '2026-12-04T00:00:00.000Z',
    });
  });

  it("is read by electron-updater's own generic-provider code: the installers resolve under the channel's address", () => {
    const require = createRequire(import.meta.url);
    type FileInfo = { url: URL };
    const provider = require('electron-updater/out/providers/Provider') as {
      parseUpdateInfo(text: string, channelFile: string, url: URL): { version: string };
      resolveFiles(info: unknown, base: URL): FileInfo[];
      findFile(files: FileInfo[], extension: string, not?: string[]): FileInfo | undefined;
    };
    const { newBaseUrl, newUrlFromBase } = require('electron-updater/out/util') as { newBaseUrl(url: string): URL; newUrlFromBase(path: string, base: URL): URL };
    const base = newBaseUrl('https://hub.example.org/updates/stable/');
    const text = feedYaml({
      version: '1.4.0',
      releasedAt: 0,
      files: [
        { fileName: 'Biotech Discovery-1.4.0.AppImage', sha512: 'abc', size: 1 },
        { fileName: 'biotech-discovery_1.4.0_amd64.deb', sha512: 'def', size: 2 },
      ],
    });
    const info = provider.parseUpdateInfo(text, 'latest-linux.yml', newUrlFromBase('latest-linux.yml', base));
    expect(info.version).toBe('1.4.0');
    const files = provider.resolveFiles(info, base);
    expect(provider.findFile(files, 'AppImage', ['deb'])?.url.href).toBe('https://hub.example.org/updates/stable/Biotech%20Discovery-1.4.0.AppImage');
    expect(provider.findFile(files, 'deb', ['AppImage'])?.url.href).toBe('https://hub.example.org/updates/stable/biotech-discovery_1.4.0_amd64.deb');
  });

  it('reads the platform and version from electron-builder file names', () => {
    expect(platformOfInstaller('Biotech Discovery Setup 1.4.0.exe')).toBe('windows');
    expect(platformOfInstaller('Biotech Discovery-1.4.0.AppImage')).toBe('linux');
    expect(platformOfInstaller('biotech-discovery_1.4.0_amd64.deb')).toBe('linux');
    expect(platformOfInstaller('Biotech Discovery-1.4.0.dmg')).toBeNull();
    expect(versionInFileName('Biotech Discovery Setup 1.4.0.exe')).toBe('1.4.0');
    expect(versionInFileName('biotech-discovery_1.4.0_amd64.deb')).toBe('1.4.0');
    expect(versionInFileName('Biotech Discovery-1.5.0-pilot.2.AppImage')).toBe('1.5.0-pilot.2');
    expect(versionInFileName('Biotech Discovery.AppImage')).toBeNull();
  });

  it('reads one byte range, a suffix range, and refuses one past the end', () => {
    expect(byteRange(undefined, 100)).toBeNull();
    expect(byteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-5', 100)).toEqual({ start: 95, end: 99 });
    expect(byteRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
    expect(byteRange('bytes=100-', 100)).toBe('invalid');
    expect(byteRange('bytes=0-1,5-6', 100)).toBeNull();
  });
});
