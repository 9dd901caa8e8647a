// The kiosks' update feed, for electron-updater's generic provider set to <collector>/updates/<channel>/:
// GET /updates/<channel>/latest.yml (Windows) or latest-linux.yml (Linux) answers the release THIS device should run
// (staged rollout: releases/rollout.ts), and GET /updates/<channel>/<installer> streams the file (with a single
// byte Range, so an interrupted download can resume). Only enrolled devices, with the same bearer token as the
// ingest. At each feed check the device says which version it runs (x-biotech-app-version) and, after it went back
// from a version that failed to start, which one (x-biotech-failed-version): staff see both on the Releases page.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { FEED_FILES, feedYaml, VERSION_PATTERN } from '../releases/feed';
import { storedInstallerPath } from '../releases/releaseFiles';
import { isReleaseChannel, releaseForDevice } from '../releases/rollout';
import type { CollectorStore } from '../storage/collectorStore';
import { ReleaseStore } from '../storage/releaseStore';
import { authenticate, refuseUnauthenticated } from './deviceAuth';

export const APP_VERSION_HEADER = 'x-biotech-app-version';
export const FAILED_VERSION_HEADER = 'x-biotech-failed-version';

function versionHeader(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && VERSION_PATTERN.test(value) && value.length <= 64 ? value : null;
}

/** One `bytes=start-end` range within `size` (a suffix `bytes=-n` too); null for none, 'invalid' when unsatisfiable. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | 'invalid' {
  if (header === undefined) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return null; // several ranges or another unit: the whole file is a valid answer
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'invalid';
  if (from === '') {
    const length = Math.min(Number(to), size);
    return length === 0 ? 'invalid' : { start: size - length, end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start >= size || end < start ? 'invalid' : { start, end };
}

function notFound(reply: FastifyReply, error: string, message: string): FastifyReply {
  return reply.code(404).send({ error, message });
}

export function registerUpdateRoutes(app: FastifyInstance, store: CollectorStore, releasesDir: string, now: () => number): void {
  const releases = new ReleaseStore(store.driver);

  app.get('/updates/:channel/:file', async (request, reply) => {
    const auth = await authenticate(store, request.headers.authorization, now());
    if (!('device' in auth)) return refuseUnauthenticated(reply, auth);
    const { channel, file } = request.params as { channel: string; file: string };
    if (!isReleaseChannel(channel)) return notFound(reply, 'unknown-channel', `no update channel "${channel}": use stable or pilot`);
    reply.header('cache-control', 'no-store');

    const platform = FEED_FILES[file];
    if (platform !== undefined) {
      const appVersion = versionHeader(request.headers[APP_VERSION_HEADER]);
      const failedVersion = versionHeader(request.headers[FAILED_VERSION_HEADER]);
      if (appVersion !== null) {
        await releases.recordReport({ deviceId: auth.device.deviceId, appVersion, channel, failedVersion, reportedAt: now() });
      }
      const forPlatform = (await releases.releases(channel))
        .map((release) => ({ ...release, files: release.files.filter((candidate) => candidate.platform === platform) }))
        .filter((release) => release.files.length > 0);
      const chosen = releaseForDevice(forPlatform, { deviceId: auth.device.deviceId, siteLabel: auth.device.siteLabel, failedVersion });
      if (chosen === null) return notFound(reply, 'no-release', `no ${platform} release on the ${channel} channel for this device yet`);
      request.log.info({ deviceId: auth.device.deviceId, channel, offered: chosen.version, runs: appVersion }, 'update feed');
      return reply.type('text/yaml; charset=utf-8').send(feedYaml(chosen));
    }

    const offered = await releases.offeredFile(channel, file);
    if (offered === null) return notFound(reply, 'unknown-file', `no installer "${file}" is offered on the ${channel} channel`);
    const filePath = storedInstallerPath(releasesDir, offered.storedName);
    const size = await stat(filePath).then(
      (stats) => stats.size,
      () => null,
    );
    if (size === null) {
      request.log.error({ channel, file: offered.storedName }, 'a release file is missing from the releases folder');
      return notFound(reply, 'file-missing', 'this installer is registered but missing on the server; staff must add it again');
    }
    reply.header('accept-ranges', 'bytes').type('application/octet-stream');
    const range = byteRange(request.headers.range, size);
    if (range === 'invalid') return reply.code(416).header('content-range', `bytes */${size}`).send();
    if (range === null) return reply.header('content-length', size).send(createReadStream(filePath));
    return reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
      .header('content-length', range.end - range.start + 1)
      .send(createReadStream(filePath, { start: range.start, end: range.end }));
  });
}
