// GET /api/releases for the dashboard's Releases page: every kiosk release with its channel, rollout and files, and
// the version each device reported at its last update check (devices that never checked are not listed). Registered
// inside the staff-session scope of dashboardRoutes.ts; releases themselves are added from the command line.

import type { FastifyInstance } from 'fastify';
import type { ReleasesOverview } from '../reports/types';
import type { CollectorStore } from '../storage/collectorStore';
import { ReleaseStore } from '../storage/releaseStore';

export function registerReleaseRoutes(scope: FastifyInstance, store: CollectorStore): void {
  const releases = new ReleaseStore(store.driver);
  scope.get('/api/releases', async () => {
    const [all, reports, devices] = await Promise.all([releases.releases(), releases.reports(), store.devices()]);
    const sites = new Map(devices.map((device) => [device.deviceId, device.siteLabel]));
    const overview: ReleasesOverview = {
      releases: all
        .map((release) => ({
          channel: release.channel,
          version: release.version,
          releasedAt: release.releasedAt,
          rolloutPercent: release.rollout.percent,
          rolloutSites: release.rollout.sites,
          withdrawnAt: release.withdrawnAt,
          files: release.files.map((file) => ({ fileName: file.fileName, platform: file.platform, size: file.size })),
        }))
        .reverse(),
      devices: reports
        .filter((report) => sites.has(report.deviceId))
        .map((report) => ({ ...report, siteLabel: sites.get(report.deviceId)! }))
        .sort((a, b) => a.siteLabel.localeCompare(b.siteLabel) || a.deviceId.localeCompare(b.deviceId)),
    };
    return overview;
  });
}
