// The admin panel's device settings: site, mode, languages, idle time and which games are offered in which order.
// Changes are validated by the device-config schema when saved, and take effect at once. Settings that came from the
// hub are named first (RemoteSettingsNotice.tsx), with any that staff changed here since.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODES, type DeviceConfig, type Mode } from '../../common/config/deviceConfig';
import { LANGUAGES, type Language } from '../../common/i18n/languages';
import type { GameId } from '../../common/ids';
import { useKioskServices } from './kioskServices';
import { namespaceText } from '../i18n/useNamespaceText';
import { useStore } from '../state/store';
import { RemoteSettingsNotice } from './RemoteSettingsNotice';

const IDLE_CHOICES = [30, 60, 90, 120, 180, 300] as const;

export function DeviceSettingsForm() {
  const { t, i18n } = useTranslation('kiosk');
  const { t: common } = useTranslation();
  const services = useKioskServices();
  const { config } = useStore(services.deviceConfig);
  const [draft, setDraft] = useState<DeviceConfig>(config);
  const [edited, setEdited] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Settings the hub applies while the panel is open show at once, unless staff are changing them here.
  useEffect(() => {
    if (!edited) setDraft(config);
  }, [config, edited]);
  const set = (change: Partial<DeviceConfig>) => {
    setDraft((current) => ({ ...current, ...change }));
    setEdited(true);
    setMessage(null);
  };
  const gameTitle = (id: GameId) => namespaceText(i18n, null, id)('title');
  const builtGames = services.games.map((game) => game.manifest.id);
  const orderedGames: GameId[] = [...draft.enabledGames.filter((id) => builtGames.includes(id)), ...builtGames.filter((id) => !draft.enabledGames.includes(id))];

  const toggleLanguage = (language: Language, on: boolean) => {
    const enabled = LANGUAGES.filter((lang) => (lang === language ? on : draft.enabledLanguages.includes(lang)));
    if (enabled.length === 0) return;
    set({ enabledLanguages: enabled, defaultLanguage: enabled.includes(draft.defaultLanguage) ? draft.defaultLanguage : (enabled[0] as Language) });
  };
  const toggleGame = (id: GameId, on: boolean) => {
    set({ enabledGames: on ? [...draft.enabledGames.filter((g) => g !== id), id] : draft.enabledGames.filter((g) => g !== id) });
  };
  const moveGame = (id: GameId, delta: -1 | 1) => {
    const list = [...draft.enabledGames];
    const index = list.indexOf(id);
    const target = index + delta;
    if (index < 0 || target < 0 || target >= list.length) return;
    [list[index], list[target]] = [list[target] as GameId, id];
    set({ enabledGames: list });
  };

  const save = async () => {
    try {
      await services.saveDeviceConfig(draft);
      setEdited(false);
      setMessage({ ok: true, text: t('admin.saved') });
    } catch (error) {
      setMessage({ ok: false, text: t('admin.saveFailed', { reason: (error as Error).message }) });
    }
  };

  return (
    <section className="admin-section" aria-labelledby="admin-device">
      <h2 id="admin-device" className="admin-section__title">
        {t('admin.device')}
      </h2>
      <RemoteSettingsNotice />
      <label className="field">
        <span className="setting__label">{t('admin.siteLabel')}</span>
        <input className="field__input" value={draft.siteLabel} maxLength={60} onChange={(event) => set({ siteLabel: event.currentTarget.value })} />
      </label>

      <label className="field">
        <span className="setting__label">{t('admin.hubPageUrl')}</span>
        <input className="field__input" type="url" inputMode="url" value={draft.hubPageUrl} maxLength={2048} onChange={(event) => set({ hubPageUrl: event.currentTarget.value.trim() })} />
      </label>

      <fieldset className="setting">
        <legend className="setting__label">{t('admin.mode')}</legend>
        <div className="segmented">
          {MODES.map((mode: Mode) => (
            <label key={mode} className="segmented__option">
              <input type="radio" name="admin-mode" checked={draft.mode === mode} onChange={() => set({ mode })} />
              <span>{t(`admin.modes.${mode}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="setting">
        <legend className="setting__label">{t('admin.languages')}</legend>
        <div className="segmented">
          {LANGUAGES.map((lang) => (
            <label key={lang} className="segmented__option" lang={lang}>
              <input type="checkbox" checked={draft.enabledLanguages.includes(lang)} onChange={(event) => toggleLanguage(lang, event.currentTarget.checked)} />
              <span>{common(`language.names.${lang}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="setting">
        <legend className="setting__label">{t('admin.defaultLanguage')}</legend>
        <div className="segmented">
          {draft.enabledLanguages.map((lang) => (
            <label key={lang} className="segmented__option" lang={lang}>
              <input type="radio" name="admin-default-language" checked={draft.defaultLanguage === lang} onChange={() => set({ defaultLanguage: lang })} />
              <span>{common(`language.names.${lang}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="setting">
        <legend className="setting__label">{t('admin.idleTimeout')}</legend>
        <div className="segmented">
          {IDLE_CHOICES.map((seconds) => (
            <label key={seconds} className="segmented__option">
              <input type="radio" name="admin-idle" checked={draft.idleTimeoutSeconds === seconds} onChange={() => set({ idleTimeoutSeconds: seconds })} />
              <span>{seconds}</span>
            </label>
          ))}
          <label className="segmented__option">
            <input type="radio" name="admin-idle" checked={draft.idleTimeoutSeconds === null} onChange={() => set({ idleTimeoutSeconds: null })} />
            <span>{t('admin.idleNever')}</span>
          </label>
        </div>
      </fieldset>

      <fieldset className="setting">
        <legend className="setting__label">{t('admin.games')}</legend>
        <ol className="admin-games">
          {orderedGames.map((id) => {
            const enabled = draft.enabledGames.includes(id);
            const title = gameTitle(id);
            return (
              <li key={id} className="admin-games__row">
                <label className="toggle">
                  <input type="checkbox" role="switch" checked={enabled} aria-label={t('admin.offer', { game: title })} onChange={(event) => toggleGame(id, event.currentTarget.checked)} />
                  <span className="toggle__track" aria-hidden="true" />
                  <span className="toggle__text">{title}</span>
                </label>
                <button type="button" className="button button--secondary" disabled={!enabled} aria-label={t('admin.moveUp', { game: title })} onClick={() => moveGame(id, -1)}>
                  ↑
                </button>
                <button type="button" className="button button--secondary" disabled={!enabled} aria-label={t('admin.moveDown', { game: title })} onClick={() => moveGame(id, 1)}>
                  ↓
                </button>
              </li>
            );
          })}
        </ol>
      </fieldset>

      <div className="button-row">
        <button type="button" className="button" onClick={() => void save()}>
          {t('admin.save')}
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
