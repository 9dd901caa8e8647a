// Devices: every enrolled kiosk or laptop with its site, enrolment, last sync and events refused for an impossible
// time (a broken clock shows here), a two-step revoke, and a new
// enrolment code shown as text and as a QR code for the kiosk's admin panel.

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSummary, EnrolmentCodeCreated } from '../../../reports/types';
import { api } from '../api';
import { LoadState } from '../LoadState';
import { QrCode } from '../QrCode';

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
      <section className="report-table" aria-labelledby="devices-title">
        <h2 id="devices-title">{t('devices.title')}</h2>
        {typeof devices === 'string' ? (
          <LoadState state={devices} />
        ) : devices.length === 0 ? (
          <p className="muted">{t('devices.none')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('devices.site')}</th>
                  <th scope="col">{t('devices.id')}</th>
                  <th scope="col">{t('devices.enrolled')}</th>
                  <th scope="col">{t('devices.lastSync')}</th>
                  <th scope="col">{t('devices.rejected')}</th>
                  <th scope="col">{t('devices.state')}</th>
                  <th scope="col">{t('devices.action')}</th>
                </tr>
              </thead>
              <tbody>
                {devices.map((device) => (
                  <tr key={device.deviceId}>
                    <th scope="row">{device.siteLabel}</th>
                    <td><code>{device.deviceId.slice(0, 8)}</code></td>
                    <td>{time(device.enrolledAt)}</td>
                    <td>{time(device.lastSyncAt)}</td>
                    <td data-rejected>{new Intl.NumberFormat(language).format(device.rejectedEvents)}</td>
                    <td>{device.revokedAt === null ? t('devices.active') : t('devices.revoked', { time: time(device.revokedAt) })}</td>
                    <td>
                      {device.revokedAt !== null ? null : confirming === device.deviceId ? (
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
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
