// Devices: every enrolled kiosk or laptop, the unwell first, each with what to do in plain words (deviceAdvice.ts),
// its latest health report (version, host, content, waiting and missed events, free space, crashes), its site,
// enrolment, last sync and events refused for an impossible time (a broken clock shows here), a two-step revoke,
// and a new enrolment code shown as text and as a QR code for the kiosk's admin panel. Remote settings: a list of
// sites with "Settings for this site", and "Settings for this device" on each staff-enrolled device, both opening the
// editor in a dialog (settings/); each device's facts say which settings revision it applied against the newest.

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteSettingsOverview } from '../../../../common/config/remoteSettings';
import type { DeviceSummary, EnrolmentCodeCreated } from '../../../reports/types';
import { api } from '../api';
import { SettingsDialog, type EditedTarget } from '../settings/SettingsDialog';
import { deviceSettings, newestRevisionFor, settingsSites } from '../settings/settingsRevision';
import { SiteSettingsList } from '../settings/SiteSettingsList';
import { DeviceAdviceList, DeviceFacts } from '../DeviceHealthView';
import { devicesByHealth } from '../deviceAdvice';
import { QrCode } from '../QrCode';
import { TableView } from '../TableView';

export function DevicesPage({ language }: { language: string }) {
  const { t } = useTranslation();
  const [devices, setDevices] = useState<DeviceSummary[] | 'loading' | 'failed'>('loading');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [siteLabel, setSiteLabel] = useState('');
  const [created, setCreated] = useState<EnrolmentCodeCreated | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [overview, setOverview] = useState<RemoteSettingsOverview | null>({ targets: [] });
  const [edited, setEdited] = useState<EditedTarget | null>(null);
  const reload = useCallback(
    () => Promise.all([api.devices().then(setDevices, () => setDevices('failed')), api.settingsOverview().then(setOverview, () => setOverview(null))]),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  const time = (at: number | null) => (at === null ? t('devices.never') : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at));
  const revoke = async (deviceId: string) => {
    setConfirming(null);
    await api.revoke(deviceId).catch(() => setProblem(t('devices.revokeFailed')));
    await reload();
  };
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      setCreated(await api.createCode(siteLabel));
    } catch {
      setProblem(t('devices.codeFailed'));
    }
  };
  return (
    <>
      <section className="report-table" aria-labelledby="enrol-title">
        <h2 id="enrol-title">{t('devices.enrolTitle')}</h2>
        <p className="muted">{t('devices.enrolLead')}</p>
        <form className="inline-form" onSubmit={create}>
          <label>
            <span>{t('devices.siteLabel')}</span>
            <input name="siteLabel" required maxLength={60} value={siteLabel} onChange={(event) => setSiteLabel(event.target.value)} />
          </label>
          <button type="submit" className="button">{t('devices.createCode')}</button>
        </form>
        <div role="alert" className="problem">{problem}</div>
        {created === null ? null : (
          <div className="enrolment-code" role="status">
            <QrCode text={created.code} label={t('devices.qrLabel', { code: created.code })} />
            <div>
              <p>{t('devices.codeFor', { site: created.siteLabel })}</p>
              <p className="code-text" data-code>{created.code}</p>
              <p className="muted">{t('devices.codeValid', { time: time(created.expiresAt) })}</p>
            </div>
          </div>
        )}
      </section>
      <SiteSettingsList
        sites={typeof devices === 'string' ? [] : settingsSites(devices, overview ?? { targets: [] })}
        overview={overview}
        language={language}
        onEdit={(site, saved) => setEdited({ target: { kind: 'site', site }, title: t('settings.siteTitle', { site }), saved })}
      />
      <SettingsDialog edited={edited} onClose={() => setEdited(null)} onSaved={() => void reload()} />
      <TableView
        title={t('devices.title')}
        tableId="devices"
        rowHeader={t('devices.site')}
        columns={[
          { id: 'advice', header: t('devices.advice') },
          { id: 'health', header: t('devices.health') },
          { id: 'id', header: t('devices.id') },
          { id: 'enrolled', header: t('devices.enrolled') },
          { id: 'last-sync', header: t('devices.lastSync') },
          { id: 'rejected', header: t('devices.rejected'), numeric: true },
          { id: 'state', header: t('devices.state') },
          { id: 'action', header: t('devices.action') },
        ]}
        empty={t('devices.none')}
        rows={
          typeof devices === 'string'
            ? devices
            : devicesByHealth(devices, Date.now()).map(({ device, verdict }) => ({
                key: device.deviceId,
                header: device.siteLabel,
                data: { 'device-id': device.deviceId },
                cells: [
                  <DeviceAdviceList key="advice" verdict={verdict} siteLabel={device.siteLabel} />,
                  <DeviceFacts key="health" device={device} language={language} newestSettings={overview === null ? undefined : newestRevisionFor(device, overview)} />,
                  <code key="id">{device.deviceId.slice(0, 8)}</code>,
                  time(device.enrolledAt),
                  time(device.lastSyncAt),
                  new Intl.NumberFormat(language).format(device.rejectedEvents),
                  device.revokedAt === null ? t('devices.active') : t('devices.revoked', { time: time(device.revokedAt) }),
                  device.revokedAt !== null ? null : (
                    <span className="device-actions">
                      {device.classId != null ? null : (
                        <button
                          type="button"
                          className="button secondary small"
                          onClick={() =>
                            setEdited({
                              target: { kind: 'device', deviceId: device.deviceId },
                              title: t('settings.deviceTitle', { site: device.siteLabel, id: device.deviceId.slice(0, 8) }),
                              saved: overview === null ? null : deviceSettings(device.deviceId, overview),
                            })
                          }
                        >
                          {t('settings.forDevice')}
                          <span className="visually-hidden"> – {device.siteLabel} {device.deviceId.slice(0, 8)}</span>
                        </button>
                      )}
                      {confirming === device.deviceId ? (
                        <span className="confirm">
                          <button type="button" className="button danger small" onClick={() => void revoke(device.deviceId)}>
                            {t('devices.confirmRevoke', { site: device.siteLabel })}
                          </button>
                          <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                            {t('devices.cancel')}
                          </button>
                        </span>
                      ) : (
                        <button type="button" className="button secondary small" onClick={() => setConfirming(device.deviceId)}>
                          {t('devices.revoke')}
                          <span className="visually-hidden"> – {device.siteLabel} {device.deviceId.slice(0, 8)}</span>
                        </button>
                      )}
                    </span>
                  ),
                ],
              }))
        }
      />
    </>
  );
}
