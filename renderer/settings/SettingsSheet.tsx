// The settings sheet, reachable from every screen: language, text size, calm motion, sound. A native modal <dialog>
// keeps focus inside while open, closes with Escape, and hands focus back to the settings button when closed. Its
// content is drawn only while it is open: closed, it shows nothing, and the home drawn before React
// (renderer/app/homeSnapshot.tsx) then holds nothing of the visitor's settings or the site's name.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../i18n/LanguageChoice';
import { useSettingsServices } from './settingsServices';
import { useStore } from '../state/store';
import { CloseIcon } from '../ui/icons';
import { TEXT_SIZES } from './visitorSettings';
import { DeviceConfigNotice } from './DeviceConfigNotice';

/** The on/off settings, each a switch with its label and hint. */
const SWITCHES = ['reducedMotion', 'sound'] as const;

export function SettingsSheet({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const services = useSettingsServices();
  const settings = useStore(services.settings);
  const location = useStore(services.location);
  const { config } = useStore(services.deviceConfig);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => services.navigate({ ...location, sheet: null });

  return (
    <dialog
      ref={dialog}
      className="sheet"
      aria-labelledby="settings-title"
      onClose={() => {
        if (services.location.get().sheet) close();
      }}
    >
      {open && (
        <>
          <div className="sheet__header">
            <h2 id="settings-title" className="sheet__title">
              {t('settings.title')}
            </h2>
            <button type="button" className="button button--ghost sheet__close" onClick={close}>
              <CloseIcon />
              <span>{t('settings.close')}</span>
            </button>
          </div>

          <div className="sheet__body">
            <section className="setting" aria-labelledby="setting-language">
              <h3 id="setting-language" className="setting__label">
                {t('settings.language')}
              </h3>
              <LanguageChoice />
            </section>

            <fieldset className="setting">
              <legend className="setting__label">{t('settings.textSize.label')}</legend>
              <div className="segmented">
                {TEXT_SIZES.map((size) => (
                  <label key={size} className={`segmented__option segmented__option--${size}`}>
                    <input
                      type="radio"
                      name="text-size"
                      value={size}
                      checked={settings.textSize === size}
                      onChange={() => void services.changeSettings({ textSize: size })}
                    />
                    <span>{t(`settings.textSize.${size}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>

            {SWITCHES.map((setting) => (
              <div key={setting} className="setting setting--toggle">
                <label className="toggle">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={settings[setting]}
                    onChange={(event) => void services.changeSettings({ [setting]: event.currentTarget.checked })}
                  />
                  <span className="toggle__track" aria-hidden="true" />
                  <span className="toggle__text">
                    <span className="setting__label">{t(`settings.${setting}.label`)}</span>
                    <span className="setting__hint">{t(`settings.${setting}.hint`)}</span>
                  </span>
                </label>
              </div>
            ))}

            <a className="button button--secondary sheet__privacy" href="#/privacy"
              onClick={(event) => {
                // Navigate in one step: closing the dialog first made its close handler rewrite the address back to the
                // screen under the sheet, so the link led nowhere (issue 12 sweep).
                event.preventDefault();
                services.navigate({ route: { screen: 'privacy' }, sheet: null });
              }}>
              {t('settings.privacy')}
            </a>

            <DeviceConfigNotice />

            <p className="sheet__footer">
              {t('settings.about', { version: services.appVersion, site: config.siteLabel })}
            </p>
          </div>
        </>
      )}
    </dialog>
  );
}
