// A device's health on the devices page: how it is doing and what to do, in plain words with its site named, and
// the facts of its latest report in one short line each.

import { useTranslation } from 'react-i18next';
import type { DeviceSummary } from '../../reports/types';
import type { DeviceVerdict } from './deviceAdvice';

export function DeviceAdviceList({ verdict, siteLabel }: { verdict: DeviceVerdict; siteLabel: string }) {
  const { t } = useTranslation();
  return (
    <div className="device-advice">
      <span className={`severity severity-${verdict.severity}`} data-severity={verdict.severity}>
        {t(`devices.severity.${verdict.severity}`)}
      </span>
      {verdict.advice.length === 0 ? null : (
        <ul>
          {verdict.advice.map((item) => (
            <li key={item.kind}>{t(`devices.tips.${item.kind}`, { count: item.count, site: siteLabel })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function storageSize(bytes: number, language: string): string {
  const gigabytes = bytes / 1024 ** 3;
  const [value, unit] = gigabytes >= 1 ? [gigabytes, 'gigabyte'] : [bytes / 1024 ** 2, 'megabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

export function DeviceFacts({ device, language }: { device: DeviceSummary; language: string }) {
  const { t } = useTranslation();
  if (device.health === null) return <span className="muted">{t('devices.facts.noReport')}</span>;
  const { report, reportedAt } = device.health;
  const number = new Intl.NumberFormat(language);
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(reportedAt);
  return (
    <ul className="device-facts">
      <li>
        {t('devices.facts.version', { version: report.appVersion })} · {t(`devices.host.${report.host}`)}
      </li>
      <li>{t('devices.facts.pack', { version: report.contentPack.version })}</li>
      <li>
        {t('devices.facts.pending', { count: report.pendingEvents })}
        {report.missedEvents > 0 ? ` · ${t('devices.facts.missed', { count: report.missedEvents })}` : null}
      </li>
      {report.freeStorageBytes === null ? null : <li>{t('devices.facts.free', { size: storageSize(report.freeStorageBytes, language) })}</li>}
      {report.renderer === null ? null : <li>{t('devices.facts.faults', { crashes: number.format(report.renderer.crashes), hangs: number.format(report.renderer.hangs) })}</li>}
      <li className="muted">{t('devices.facts.reported', { time })}</li>
    </ul>
  );
}
