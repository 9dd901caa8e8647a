// The admin panel's link to the hub: enrol this device with a code from the hub's dashboard (or command line),
// see when it last delivered, how many events wait, the last problem in plain words, and a warning when the device
// keeps its hub token unencrypted.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeviceTokenWarning } from './DeviceTokenWarning';
import { useKioskServices } from './kioskServices';
import { useStore } from '../state/store';
import { EnrolmentError } from '../sync';

export function SyncSection() {
  const { t, i18n } = useTranslation('kiosk');
  const services = useKioskServices();
  const { config } = useStore(services.deviceConfig);
  const status = useStore(services.sync.status);
  const [collectorUrl, setCollectorUrl] = useState(config.collectorUrl ?? '');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const enrol = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const enrolment = await services.host.enrolDevice({ collectorUrl: collectorUrl.trim(), code: code.trim() });
      await services.saveDeviceConfig({ ...config, collectorUrl: collectorUrl.trim(), deviceToken: enrolment.deviceToken, contentKey: enrolment.contentKey ?? config.contentKey });
      setCode('');
      setMessage({ ok: true, text: t('sync.enrolled', { device: enrolment.deviceId }) });
    } catch (error) {
      const reason = error instanceof EnrolmentError ? t(`sync.enrolErrors.${error.code}`) : (error as Error).message;
      setMessage({ ok: false, text: t('sync.enrolFailed', { reason }) });
    } finally {
      setBusy(false);
    }
  };

  const time = (ms: number) => new Date(ms).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <section className="admin-section" aria-labelledby="admin-sync">
      <h2 id="admin-sync" className="admin-section__title">
        {t('sync.title')}
      </h2>
      {status ? (
        <dl className="admin-figures">
          <div className="admin-figures__item">
            <dt>{t('sync.lastSuccess')}</dt>
            <dd>{status.lastSuccessAt ? time(status.lastSuccessAt) : t('sync.never')}</dd>
          </div>
          <div className="admin-figures__item">
            <dt>{t('sync.waiting')}</dt>
            <dd>{status.pendingCount ?? '…'}</dd>
          </div>
          <div className="admin-figures__item">
            <dt>{t('sync.state')}</dt>
            <dd>{t(`sync.states.${status.state}`)}</dd>
          </div>
        </dl>
      ) : (
        <p>{t('sync.notEnrolled')}</p>
      )}
      <DeviceTokenWarning />
      {status?.lastError && (
        <p className="notice notice--warning" role="status">
          {t(`sync.errors.${status.lastError}`)}
        </p>
      )}
      {status && (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => services.sync.nudge()}>
            {t('sync.now')}
          </button>
        </div>
      )}
      <h3 className="setting__label">{t('sync.enrolTitle')}</h3>
      <label className="field">
        <span className="setting__label">{t('sync.collectorUrl')}</span>
        <input className="field__input" type="url" inputMode="url" value={collectorUrl} onChange={(event) => setCollectorUrl(event.currentTarget.value)} />
      </label>
      <label className="field">
        <span className="setting__label">{t('sync.code')}</span>
        <input className="field__input" value={code} autoComplete="off" onChange={(event) => setCode(event.currentTarget.value)} />
      </label>
      <div className="button-row">
        <button type="button" className="button" disabled={busy || collectorUrl.trim() === '' || code.trim() === ''} onClick={() => void enrol()}>
          {t('sync.enrol')}
        </button>
        {message && (
          <p role="status" className={message.ok ? 'admin-message' : 'admin-message admin-message--error'}>
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}
