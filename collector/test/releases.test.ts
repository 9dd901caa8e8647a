// The kiosk update contract on SQLite and PostgreSQL: `release add|promote|rollback` from the command line, the
// generic-provider feed answering each device the release it should run (staged rollout by percentage and by site,
// rollback, a version the device reported as failing), the installer served with the SHA-512 the feed names (and a
// byte range), the version each device reports, and the refusals (no token, a revoked device, an unknown channel).

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { releaseCommand } from '../releaseCommands';
import { rolloutPlace } from '../releases/rollout';
import { hashPassword } from '../security/passwords';
import { deviceTokenHash, enrolmentCodeHash, newDeviceId, newDeviceToken } from '../security/secrets';
import { APP_VERSION_HEADER, FAILED_VERSION_HEADER } from '../server/updateRoutes';
import { ReleaseStore } from '../storage/releaseStore';
import { StaffStore } from '../storage/staffStore';
import type { ReleasesOverview } from '../reports/types';
import { BACKENDS, openTestCollector, type TestCollector } from './harness';

/** js-yaml (electron-updater's YAML reader) parses the feed the way the kiosk will. */
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Feed {
  version: string;
  files: { url: string; sha512: string; size: number }[];
  path: string;
  sha512: string;
  releaseDate: string;
}

describe.each(BACKENDS)('kiosk releases on %s', { timeout: 60_000 }, (backend) => {
  let collector: TestCollector;
  let installers: string;
  const printed: string[] = [];

  /** Runs `npm run collector -- release ...` against this test collector's database and releases folder. */
  const release = async (...argv: string[]) => {
    const { settings } = collector;
    const flags = new Map([
      ['data-dir', settings.dataDir],
      ['releases-dir', collector.releasesDir],
      ...(settings.databaseUrl === null ? [] : [['database-url', settings.databaseUrl], ['database-schema', settings.databaseSchema]] as [string, string][]),
    ]);
    const positional: string[] = [];
    for (let index = 0; index < argv.length; index += 1) {
      if (argv[index]!.startsWith('--')) flags.set(argv[index]!.slice(2), argv[++index]!);
      else positional.push(argv[index]!);
    }
    return releaseCommand(positional, flags, {});
  };

  /** An enrolled device (created in the store: the enrolment API's per-address limit would slow 30 enrolments). */
  const enrolled = async (site: string) => {
    const code = await collector.createCode(site);
    const deviceId = newDeviceId();
    const deviceToken = newDeviceToken();
    const outcome = await collector.store.redeemEnrolmentCode(enrolmentCodeHash(code)!, collector.clock.now, deviceId, deviceTokenHash(deviceToken));
    expect(outcome.kind).toBe('enrolled');
    return { deviceId, deviceToken };
  };

  const installer = (name: string, content: string) => {
    const file = path.join(installers, name);
    writeFileSync(file, content);
    return file;
  };

  const check = (token: string | null, channel: string, file: string, headers: Record<string, string> = {}) =>
    collector.app.inject({
      method: 'GET',
      url: `/updates/${channel}/${file}`,
      headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers },
    });
  const feedOf = async (token: string, channel = 'stable', headers: Record<string, string> = {}) => {
    const response = await check(token, channel, 'latest-linux.yml', headers);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/yaml/);
    return load(response.body) as Feed;
  };

  beforeAll(async () => {
    collector = await openTestCollector(backend);
    installers = mkdtempSync(path.join(tmpdir(), 'installers-'));
  });
  beforeEach(() => {
    printed.length = 0;
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    rmSync(installers, { recursive: true, force: true });
    await collector.close();
  });

  it('adds an installer with its SHA-512 and size and serves it to an enrolled device through the feed', async () => {
    const content = 'AppImage bytes of 1.0.0 '.repeat(1000);
    expect(await release('add', installer('Biotech Discovery-1.0.0.AppImage', content), '--channel', 'stable')).toBe(0);
    const { deviceToken } = await enrolled('Hall A');
    const feed = await feedOf(deviceToken);
    const sha512 = createHash('sha512').update(content).digest('base64');
    expect(feed).toMatchObject({ version: '1.0.0', path: 'Biotech%20Discovery-1.0.0.AppImage', sha512 });
    expect(feed.files).toEqual([{ url: 'Biotech%20Discovery-1.0.0.AppImage', sha512, size: Buffer.byteLength(content) }]);
    expect(Number.isNaN(Date.parse(feed.releaseDate))).toBe(false);

    const download = await check(deviceToken, 'stable', feed.files[0]!.url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['accept-ranges']).toBe('bytes');
    expect(createHash('sha512').update(download.rawPayload).digest('base64')).toBe(feed.sha512);

    const part = await check(deviceToken, 'stable', feed.files[0]!.url, { range: 'bytes=10-19' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-19/${Buffer.byteLength(content)}`);
    expect(part.body).toBe(content.slice(10, 20));
    expect((await check(deviceToken, 'stable', feed.files[0]!.url, { range: `bytes=${content.length}-` })).statusCode).toBe(416);

    // Windows asks for latest.yml: there is no Windows installer yet.
    const windows = await check(deviceToken, 'stable', 'latest.yml');
    expect(windows.statusCode).toBe(404);
    expect(windows.json()).toMatchObject({ error: 'no-release' });
  });

  it('refuses a device without a token, a revoked device, an unknown channel and a file that is no release', async () => {
    const { deviceId, deviceToken } = await enrolled('Hall A');
    const anonymous = await check(null, 'stable', 'latest-linux.yml');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'missing-token' });
    expect((await check(null, 'stable', 'Biotech%20Discovery-1.0.0.AppImage')).statusCode).toBe(401);
    expect((await check('not-a-token-of-any-device-here', 'stable', 'latest-linux.yml')).statusCode).toBe(401);
    const unknownChannel = await check(deviceToken, 'beta', 'latest-linux.yml');
    expect(unknownChannel.statusCode).toBe(404);
    expect(unknownChannel.json()).toMatchObject({ error: 'unknown-channel' });
    expect((await check(deviceToken, 'stable', 'collector.sqlite')).json()).toMatchObject({ error: 'unknown-file' });
    expect((await check(deviceToken, 'stable', '..%2Fcollector.sqlite')).statusCode).toBe(404);
    await collector.store.revokeDevice(deviceId, collector.clock.now);
    const revoked = await check(deviceToken, 'stable', 'latest-linux.yml');
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ error: 'device-revoked' });
  });

  it('stages a rollout: devices under the percentage or at a named site get the new release, the others the previous one', async () => {
    expect(await release('add', installer('Biotech Discovery-1.1.0.AppImage', 'AppImage 1.1.0'), '--channel', 'stable', '--rollout', '50')).toBe(0);
    const devices = await Promise.all(Array.from({ length: 24 }, () => enrolled('Hall A')));
    const expected = (deviceId: string) => (rolloutPlace(deviceId) < 50 ? '1.1.0' : '1.0.0');
    const offered = await Promise.all(devices.map(async (device) => (await feedOf(device.deviceToken)).version));
    expect(offered).toEqual(devices.map((device) => expected(device.deviceId)));
    // The seeded ids are random: both groups are there in all but a vanishing share of runs (2 * 0.5^24).
    expect(new Set(offered)).toEqual(new Set(['1.0.0', '1.1.0']));

    // A pilot site: no share of devices, but every device of Hall B.
    expect(await release('promote', '1.1.0', '--channel', 'stable', '--rollout', '0', '--sites', 'Hall B')).toBe(0);
    const hallB = await enrolled('Hall B');
    expect((await feedOf(hallB.deviceToken)).version).toBe('1.1.0');
    expect(await Promise.all(devices.slice(0, 6).map(async (device) => (await feedOf(device.deviceToken)).version))).toEqual(Array(6).fill('1.0.0'));

    expect(await release('promote', '1.1.0', '--channel', 'stable')).toBe(0);
    expect(await Promise.all(devices.slice(0, 6).map(async (device) => (await feedOf(device.deviceToken)).version))).toEqual(Array(6).fill('1.1.0'));
  });

  it('rolls a release back: its devices are offered the previous one and its file is no longer served', async () => {
    const { deviceToken } = await enrolled('Hall A');
    expect((await feedOf(deviceToken)).version).toBe('1.1.0');
    expect(await release('rollback', '1.1.0', '--channel', 'stable')).toBe(0);
    const feed = await feedOf(deviceToken);
    expect(feed.version).toBe('1.0.0');
    expect((await check(deviceToken, 'stable', 'Biotech%20Discovery-1.1.0.AppImage')).json()).toMatchObject({ error: 'unknown-file' });
    expect((await check(deviceToken, 'stable', feed.path)).statusCode).toBe(200);
    expect(await release('rollback', '9.9.9', '--channel', 'stable')).toBe(1);
    expect(await release('promote', '1.1.0', '--channel', 'stable')).toBe(0);
    expect((await feedOf(deviceToken)).version).toBe('1.1.0');
  });

  it('records the version each device reports and never offers again the version it went back from', async () => {
    const { deviceId, deviceToken } = await enrolled('Hall C');
    expect((await feedOf(deviceToken, 'stable', { [APP_VERSION_HEADER]: '1.0.0' })).version).toBe('1.1.0');
    const releases = new ReleaseStore(collector.store.driver);
    expect(await releases.reports(deviceId)).toEqual([{ deviceId, appVersion: '1.0.0', channel: 'stable', failedVersion: null, reportedAt: collector.clock.now }]);
    const afterRollback = await feedOf(deviceToken, 'stable', { [APP_VERSION_HEADER]: '1.0.0', [FAILED_VERSION_HEADER]: '1.1.0' });
    expect(afterRollback.version).toBe('1.0.0');
    expect((await releases.reports(deviceId))[0]).toMatchObject({ appVersion: '1.0.0', failedVersion: '1.1.0' });
    // A header that is no version is not stored.
    await feedOf(deviceToken, 'stable', { [APP_VERSION_HEADER]: '<script>' });
    expect((await releases.reports(deviceId))[0]).toMatchObject({ appVersion: '1.0.0' });

    // Staff see it on the Releases page's API.
    await new StaffStore(collector.store.driver).upsert('marie', await hashPassword('correct horse battery'), collector.clock.now);
    const login = await collector.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { host: 'hub.local', 'x-biotech-dashboard': '1' },
      payload: { name: 'marie', password: 'correct horse battery' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const overview = (await collector.app.inject({ method: 'GET', url: '/api/releases', headers: { cookie } })).json<ReleasesOverview>();
    expect(overview.releases.map((entry) => [entry.channel, entry.version, entry.rolloutPercent])).toEqual([
      ['stable', '1.1.0', 100],
      ['stable', '1.0.0', 100],
    ]);
    expect(overview.devices).toContainEqual({ deviceId, siteLabel: 'Hall C', appVersion: '1.0.0', channel: 'stable', failedVersion: '1.1.0', reportedAt: collector.clock.now });
    expect((await collector.app.inject({ method: 'GET', url: '/api/releases', headers: { authorization: `Bearer ${deviceToken}` } })).statusCode).toBe(401);
  });

  it('refuses an installer it cannot serve and a file name reused for other bytes, and lists the releases', async () => {
    await expect(release('add', installer('notes.txt', 'x'), '--channel', 'stable')).rejects.toThrow(/not an installer/);
    await expect(release('add', installer('Biotech Discovery-1.2.0.AppImage', 'x'), '--channel', 'beta')).rejects.toThrow(/--channel must be stable or pilot/);
    await expect(release('add', installer('Biotech Discovery-1.2.0.AppImage', 'x'), '--channel', 'stable', '--rollout', '150')).rejects.toThrow(/--rollout/);
    await expect(release('add', installer('Biotech Discovery.AppImage', 'x'), '--channel', 'stable')).rejects.toThrow(/--version/);
    expect(await release('add', installer('Biotech Discovery-1.0.0.AppImage', 'other bytes'), '--channel', 'stable')).toBe(1);
    expect(await release('add', installer('Biotech Discovery Setup 1.1.0.exe', 'NSIS 1.1.0'), '--channel', 'pilot', '--rollout', '10')).toBe(0);
    printed.length = 0;
    expect(await release('list', '--channel', 'pilot')).toBe(0);
    expect(printed.join('\n')).toMatch(/pilot {2}1\.1\.0 .* 10 % of devices\n {4}Biotech Discovery Setup 1\.1\.0\.exe {2}windows {2}10 bytes {2}sha512 /);
  });
});
