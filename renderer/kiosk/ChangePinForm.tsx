// Changing the admin PIN from the panel: typed twice, stored only as a new salted hash. When the hub asks for a new
// PIN (remote settings), the panel opens on this form with the hub's request, and the change answers it.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKioskServices } from './kioskServices';
import { useStore } from '../state/store';
import { hashPin, isValidPin } from './adminPin';

export function ChangePinForm({ requestedByHub = false }: { requestedByHub?: boolean }) {
  const { t } = useTranslation('kiosk');
  const services = useKioskServices();
  const { config } = useStore(services.deviceConfig);

  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async () => {
    if (!isValidPin(pin)) return setMessage({ ok: false, text: t('admin.pinInvalid') });
    if (pin !== confirm) return setMessage({ ok: false, text: t('admin.pinMismatch') });
    try {
      await services.saveDeviceConfig({ ...config, adminPin: await hashPin(pin) });
      setPin('');
      setConfirm('');
      const answered = services.remoteSettings.status.get().pinChangePending;
      services.remoteSettings.pinChanged();
      setMessage({ ok: true, text: answered ? t('remote.pinDone') : t('admin.pinChanged') });
    } catch (error) {
      setMessage({ ok: false, text: t('admin.saveFailed', { reason: (error as Error).message }) });
    }
  };

  return (
    <section className="admin-section" aria-labelledby="admin-pin">
      <h2 id="admin-pin" className="admin-section__title">
        {t('admin.changePin')}
      </h2>
      {requestedByHub && (
        <p className="notice notice--warning" data-testid="pin-change-requested">
          {t('remote.pinRequested')}
        </p>
      )}
      <p id="admin-pin-advice" className="setting__hint">
        {t('admin.pinAdvice')}
      </p>
      <label className="field">
        <span className="setting__label">{t('admin.newPin')}</span>
        <input id="admin-new-pin" className="field__input" type="password" inputMode="numeric" autoComplete="new-password" maxLength={8} aria-describedby="admin-pin-advice" value={pin} onChange={(event) => setPin(event.currentTarget.value)} />
      </label>
      <label className="field">
        <span className="setting__label">{t('admin.confirmPin')}</span>
        <input className="field__input" type="password" inputMode="numeric" autoComplete="new-password" maxLength={8} value={confirm} onChange={(event) => setConfirm(event.currentTarget.value)} />
      </label>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void submit()}>
          {t('admin.changePin')}
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
