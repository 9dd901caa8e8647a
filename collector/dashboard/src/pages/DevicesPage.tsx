// Devices: every enrolled kiosk or laptop, the unwell first, each with what to do in plain words (deviceAdvice.ts),
// its latest health report (version, host, content, waiting and missed events, free space, crashes), its site,
// enrolment, last sync and events refused for an impossible time (a broken clock shows here), a two-step revoke,
// and a new enrolment code shown as text and as a QR code for the kiosk's admin panel.

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSummary, EnrolmentCodeCreated } from '../../../reports/types';
import { api } from '../api';
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
  const reload = useCallback(() => api.devices().then(setDevices, () => setDevices('failed')), []);
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
                cells: [
                  <DeviceAdviceList key="advice" verdict={verdict} siteLabel={device.siteLabel} />,
                  <DeviceFacts key="health" device={device} language={language} />,
                  <code key="id">{device.deviceId.slice(0, 8)}</code>,
                  time(device.enrolledAt),
                  time(device.lastSyncAt),
                  new Intl.NumberFormat(language).format(device.rejectedEvents),
                  device.revokedAt === null ? t('devices.active') : t('devices.revoked', { time: time(device.revokedAt) }),
                  device.revokedAt !== null ? null : confirming === device.deviceId ? (
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
                  ),
                ],
              }))
        }
      />
    </>
  );
}
