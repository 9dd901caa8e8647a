// First-run set-up of a new kiosk or stand: panel language, mode, site name and the staff PIN, written into the
// device config. IT can skip it by pre-provisioning a config file that already has an adminPin.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODES, type DeviceConfig, type Mode } from '../../common/config/deviceConfig';
import { LANGUAGES } from '../../common/i18n/languages';
import { useKioskServices } from './kioskServices';
import { useStore } from '../state/store';
import { hashPin, isValidPin } from './adminPin';

const TOTAL_STEPS = 4;

export function SetupWizard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('kiosk');
  const { t: common } = useTranslation();
  const services = useKioskServices();
  const settings = useStore(services.settings);
  const { config } = useStore(services.deviceConfig);
  const [step, setStep] = useState(1);
  const [mode, setMode] = useState<Mode>(config.mode);
  const [siteLabel, setSiteLabel] = useState(config.siteLabel);
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  const finish = async () => {
    if (!isValidPin(pin)) return setError(t('admin.pinInvalid'));
    if (pin !== confirm) return setError(t('admin.pinMismatch'));
    setBusy(true);
    try {
      const next: DeviceConfig = { ...config, mode, siteLabel: siteLabel.trim(), adminPin: await hashPin(pin) };
      await services.saveDeviceConfig(next);
      onDone();
    } catch (cause) {
      setError(t('admin.saveFailed', { reason: (cause as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="setup" role="region" aria-labelledby="setup-title">
      <div className="setup__card">
        <p className="home__kicker">{t('setup.step', { step, total: TOTAL_STEPS })}</p>
        <h1 id="setup-title" ref={heading} tabIndex={-1} className="screen-title">
          {t('setup.title')}
        </h1>
        {step === 1 && (
          <fieldset className="setting">
            <legend className="setting__label">{t('setup.panelLanguage')}</legend>
            <div className="segmented">
              {LANGUAGES.map((lang) => (
                <label key={lang} className="segmented__option" lang={lang}>
                  <input type="radio" name="setup-language" checked={settings.language === lang} onChange={() => void services.changeSettings({ language: lang })} />
                  <span>{common(`language.names.${lang}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {step === 2 && (
          <fieldset className="setting">
            <legend className="setting__label">{t('setup.mode')}</legend>
            <div className="segmented">
              {MODES.map((option) => (
                <label key={option} className="segmented__option">
                  <input type="radio" name="setup-mode" checked={mode === option} onChange={() => setMode(option)} />
                  <span>{t(`admin.modes.${option}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {step === 3 && (
          <label className="field">
            <span className="setting__label">{t('setup.site')}</span>
            <input className="field__input" value={siteLabel} maxLength={60} aria-describedby="setup-site-help" onChange={(event) => setSiteLabel(event.currentTarget.value)} />
            <span id="setup-site-help" className="setting__hint">
              {t('setup.sitePlaceholderHelp')}
            </span>
          </label>
        )}
        {step === 4 && (
          <div className="setting">
            <p className="setting__label">{t('setup.pin')}</p>
            <p className="setting__hint">{t('setup.pinHelp')}</p>
            <label className="field">
              <span className="setting__label">{t('admin.newPin')}</span>
              <input className="field__input" type="password" inputMode="numeric" autoComplete="new-password" maxLength={8} value={pin} onChange={(event) => setPin(event.currentTarget.value)} />
            </label>
            <label className="field">
              <span className="setting__label">{t('admin.confirmPin')}</span>
              <input className="field__input" type="password" inputMode="numeric" autoComplete="new-password" maxLength={8} value={confirm} onChange={(event) => setConfirm(event.currentTarget.value)} />
            </label>
          </div>
        )}
        {error && (
          <p role="alert" className="admin-message admin-message--error">
            {error}
          </p>
        )}
        <div className="button-row">
          {step > 1 && (
            <button type="button" className="button button--secondary" onClick={() => { setError(null); setStep(step - 1); }}>
              {t('setup.back')}
            </button>
          )}
          {step < TOTAL_STEPS ? (
            <button type="button" className="button button--large" disabled={step === 3 && siteLabel.trim() === ''} onClick={() => { setError(null); setStep(step + 1); }}>
              {t('setup.next')}
            </button>
          ) : (
            <button type="button" className="button button--large" disabled={busy} onClick={() => void finish()}>
              {t('setup.finish')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
