// A device's health on the devices page: how it is doing and what to do, in plain words with its site named, and
// the facts of its latest report in one short line each, among them the content pack it shows and the last one it
// refused, in plain words, and the hub's remote settings on it: the revision applied against the newest saved for it,
// the settings staff changed at the kiosk since (named in words), a PIN change asked for and not made yet, and why
// the device refused the hub's last settings.

import { useTranslation } from 'react-i18next';
import type { DeviceHealth } from '../../../common/health/deviceHealth';
import type { DeviceSummary } from '../../reports/types';
import { packShown, type DeviceVerdict } from './deviceAdvice';

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
            <li key={item.kind}>{t(item.kind === 'pack-refused' ? 'devices.pack.tip' : `devices.tips.${item.kind}`, { count: item.count, site: siteLabel })}</li>
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

function PackFacts({ report }: { report: DeviceHealth }) {
  const { t } = useTranslation();
  const pack = packShown(report);
  const shown =
    pack.version === null ? t('devices.pack.legacy') : pack.source === 'built-in' ? t('devices.pack.built-in') : t(`devices.pack.${pack.source}`, { version: pack.version });
  return (
    <>
      <li data-pack-source={pack.source}>{shown}</li>
      {pack.refusal === null ? null : (
        <li className="pack-refusal" data-pack-refusal={pack.refusal}>
          {t(`devices.pack.refused.${pack.refusal}`)}
        </li>
      )}
    </>
  );
}

/** The remote-settings lines of a report; `newest` is the newest revision saved for the device (undefined: unknown). */
function SettingsFacts({ report, newest }: { report: DeviceHealth; newest: number | null | undefined }) {
  const { t } = useTranslation();
  const settings = report.settings;
  // A device from before remote settings says nothing about them.
  if (settings === undefined) return null;
  const behind = newest != null && settings.revision < newest;
  const applied =
    settings.revision === 0
      ? newest != null
        ? t('settings.health.noneYet', { newest })
        : t('settings.health.none')
      : behind
        ? t('settings.health.behind', { applied: settings.revision, newest })
        : t('settings.health.applied', { revision: settings.revision });
  return (
    <>
      <li className="settings-fact" data-settings-revision={settings.revision} data-attention={behind || (settings.revision === 0 && newest != null)}>
        {applied}
      </li>
      {settings.localOverrides.length === 0 ? null : (
        <li className="settings-fact" data-settings-overrides={settings.localOverrides.join(' ')}>
          {t('settings.health.overrides', { fields: settings.localOverrides.map((field) => t(`settings.overrideNames.${field}`)).join(', ') })}
        </li>
      )}
      {settings.pinChangePending ? (
        <li className="settings-fact" data-pin-change-pending data-attention="true">
          {t('settings.health.pinPending')}
        </li>
      ) : null}
      {settings.refusal == null ? null : (
        <li className="settings-fact" data-settings-refusal={settings.refusal} data-attention="true">
          {t(`settings.health.refused.${settings.refusal}`)}
        </li>
      )}
    </>
  );
}

export function DeviceFacts({ device, language, newestSettings }: { device: DeviceSummary; language: string; newestSettings?: number | null }) {
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
      <PackFacts report={report} />
      <SettingsFacts report={report} newest={newestSettings} />
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
