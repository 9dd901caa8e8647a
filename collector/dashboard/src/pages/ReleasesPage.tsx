// Releases: the kiosk versions the collector offers (channel, staged rollout, files, withdrawn or not), how many
// devices run each version, and every device's version at its last update check, with a version it went back from
// because it failed to start, each in its own TableView. Releases are added, promoted and rolled back from the command
// line (docs/collector.md).

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseSummary, ReleasesOverview } from '../../../reports/types';
import { api } from '../api';
import { TableView } from '../TableView';

/** Devices per version and channel, most devices first. */
function versionCounts(overview: ReleasesOverview): { version: string; channel: string; devices: number }[] {
  const counts = new Map<string, { version: string; channel: string; devices: number }>();
  for (const device of overview.devices) {
    const key = `${device.channel} ${device.appVersion}`;
    const entry = counts.get(key) ?? { version: device.appVersion, channel: device.channel, devices: 0 };
    counts.set(key, { ...entry, devices: entry.devices + 1 });
  }
  return [...counts.values()].sort((a, b) => b.devices - a.devices || a.version.localeCompare(b.version));
}

export function ReleasesPage({ language }: { language: string }) {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<ReleasesOverview | 'loading' | 'failed'>('loading');
  useEffect(() => {
    api.releases().then(setOverview, () => setOverview('failed'));
  }, []);
  const time = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const number = new Intl.NumberFormat(language);
  const channel = (name: string) => t(`releases.channels.${name}`, { defaultValue: name });
  const rollout = (release: ReleaseSummary) =>
    release.withdrawnAt !== null
      ? t('releases.withdrawn', { time: time(release.withdrawnAt) })
      : release.rolloutSites.length === 0
        ? t('releases.share', { percent: release.rolloutPercent })
        : t('releases.shareAndSites', { percent: release.rolloutPercent, sites: release.rolloutSites.join(', ') });
  return (
    <>
      <TableView
        title={t('releases.title')}
        lead={t('releases.lead')}
        tableId="releases"
        rowHeader={t('releases.version')}
        columns={[
          { id: 'channel', header: t('releases.channel') },
          { id: 'released', header: t('releases.released') },
          { id: 'rollout', header: t('releases.rollout') },
          { id: 'files', header: t('releases.files') },
        ]}
        empty={t('releases.none')}
        rows={
          typeof overview === 'string'
            ? overview
            : overview.releases.map((release) => ({
                key: `${release.channel}-${release.version}`,
                header: release.version,
                cells: [
                  channel(release.channel),
                  time(release.releasedAt),
                  rollout(release),
                  release.files.map((file) => t(`releases.platforms.${file.platform}`, { defaultValue: file.platform })).join(', '),
                ],
              }))
        }
      />
      <TableView
        title={t('releases.versionsTitle')}
        tableId="version-counts"
        rowHeader={t('releases.version')}
        columns={[
          { id: 'channel', header: t('releases.channel') },
          { id: 'devices', header: t('releases.devices'), numeric: true },
        ]}
        empty={t('releases.noReports')}
        rows={
          typeof overview === 'string'
            ? overview
            : versionCounts(overview).map((row) => ({
                key: `${row.channel}-${row.version}`,
                header: row.version,
                cells: [channel(row.channel), number.format(row.devices)],
              }))
        }
      />
      <TableView
        title={t('releases.deviceVersionsTitle')}
        lead={t('releases.versionsLead')}
        tableId="device-versions"
        rowHeader={t('releases.site')}
        columns={[
          { id: 'device', header: t('releases.device') },
          { id: 'version', header: t('releases.version') },
          { id: 'channel', header: t('releases.channel') },
          { id: 'last-check', header: t('releases.lastCheck') },
          { id: 'went-back', header: t('releases.wentBack') },
        ]}
        empty={t('releases.noReports')}
        rows={
          typeof overview === 'string'
            ? overview
            : overview.devices.map((device) => ({
                key: device.deviceId,
                header: device.siteLabel,
                cells: [
                  <code key="device">{device.deviceId.slice(0, 8)}</code>,
                  device.appVersion,
                  channel(device.channel),
                  time(device.reportedAt),
                  device.failedVersion === null ? '' : t('releases.wentBackFrom', { version: device.failedVersion }),
                ],
              }))
        }
      />
    </>
  );
}
