// Releases: the kiosk versions the collector offers (channel, staged rollout, files, withdrawn or not), how many
// devices run each version, and every device's version at its last update check, with a version it went back from
// because it failed to start. Releases are added, promoted and rolled back from the command line (docs/collector.md).

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleasesOverview } from '../../../reports/types';
import { api } from '../api';
import { LoadState } from '../LoadState';

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
  if (typeof overview === 'string') return <LoadState state={overview} />;
  const time = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  const number = new Intl.NumberFormat(language);
  const channel = (name: string) => t(`releases.channels.${name}`, { defaultValue: name });
  return (
    <>
      <section className="report-table" aria-labelledby="releases-title">
        <h2 id="releases-title">{t('releases.title')}</h2>
        <p className="muted">{t('releases.lead')}</p>
        {overview.releases.length === 0 ? (
          <p className="muted">{t('releases.none')}</p>
        ) : (
          <div className="table-scroll">
            <table data-releases>
              <thead>
                <tr>
                  <th scope="col">{t('releases.version')}</th>
                  <th scope="col">{t('releases.channel')}</th>
                  <th scope="col">{t('releases.released')}</th>
                  <th scope="col">{t('releases.rollout')}</th>
                  <th scope="col">{t('releases.files')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.releases.map((release) => (
                  <tr key={`${release.channel}-${release.version}`}>
                    <th scope="row">{release.version}</th>
                    <td>{channel(release.channel)}</td>
                    <td>{time(release.releasedAt)}</td>
                    <td>
                      {release.withdrawnAt !== null
                        ? t('releases.withdrawn', { time: time(release.withdrawnAt) })
                        : release.rolloutSites.length === 0
                          ? t('releases.share', { percent: release.rolloutPercent })
                          : t('releases.shareAndSites', { percent: release.rolloutPercent, sites: release.rolloutSites.join(', ') })}
                    </td>
                    <td>{release.files.map((file) => t(`releases.platforms.${file.platform}`, { defaultValue: file.platform })).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="report-table" aria-labelledby="versions-title">
        <h2 id="versions-title">{t('releases.versionsTitle')}</h2>
        <p className="muted">{t('releases.versionsLead')}</p>
        {overview.devices.length === 0 ? (
          <p className="muted">{t('releases.noReports')}</p>
        ) : (
          <>
            <div className="table-scroll">
              <table data-version-counts>
                <thead>
                  <tr>
                    <th scope="col">{t('releases.version')}</th>
                    <th scope="col">{t('releases.channel')}</th>
                    <th scope="col">{t('releases.devices')}</th>
                  </tr>
                </thead>
                <tbody>
                  {versionCounts(overview).map((row) => (
                    <tr key={`${row.channel}-${row.version}`}>
                      <th scope="row">{row.version}</th>
                      <td>{channel(row.channel)}</td>
                      <td className="number">{number.format(row.devices)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-scroll">
              <table data-device-versions>
                <thead>
                  <tr>
                    <th scope="col">{t('releases.site')}</th>
                    <th scope="col">{t('releases.device')}</th>
                    <th scope="col">{t('releases.version')}</th>
                    <th scope="col">{t('releases.channel')}</th>
                    <th scope="col">{t('releases.lastCheck')}</th>
                    <th scope="col">{t('releases.wentBack')}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.devices.map((device) => (
                    <tr key={device.deviceId}>
                      <th scope="row">{device.siteLabel}</th>
                      <td>
                        <code>{device.deviceId.slice(0, 8)}</code>
                      </td>
                      <td>{device.appVersion}</td>
                      <td>{channel(device.channel)}</td>
                      <td>{time(device.reportedAt)}</td>
                      <td>{device.failedVersion === null ? '' : t('releases.wentBackFrom', { version: device.failedVersion })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
