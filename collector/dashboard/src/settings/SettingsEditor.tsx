// The remote-settings editor for one target (a site or one device), shown in the devices page's dialog: every setting
// the hub may set, each with a "set from the hub" tick (unticked: the device keeps its own, or follows its site) and
// its value control; the PIN-change request with why the PIN itself never travels; Save, and the collector's refusals
// named field by field. Loaded on demand: it brings the contract's schema code (zod).

import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MODES } from '../../../../common/config/deviceConfig';
import { REMOTE_SETTING_FIELDS, type RemoteSettingField, type RemoteSettingsTarget, type StoredRemoteSettings } from '../../../../common/config/remoteSettings';
import { GAME_IDS } from '../../../../common/ids';
import { LANGUAGES } from '../../../../common/i18n/languages';
import { ApiError } from '../api';
import { fieldOfIssue, formOf, requestOf, type SettingsForm } from './settingsForm';
import { settingsApi } from './settingsRequests';

interface Refusal {
  readonly fields: ReadonlySet<RemoteSettingField>;
  readonly message: string;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((entry) => entry !== item), item] : list.filter((entry) => entry !== item);
}

export function SettingsEditor({ target, saved, onSaved }: { target: RemoteSettingsTarget; saved: StoredRemoteSettings | null; onSaved: (saved: StoredRemoteSettings) => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<SettingsForm>(() => formOf(saved));
  const [state, setState] = useState<'idle' | 'saving' | { saved: number }>('idle');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const update = (change: Partial<SettingsForm>) => setForm((current) => ({ ...current, ...change }));
  const idPrefix = target.kind === 'site' ? 'site-settings' : `device-settings-${target.deviceId.slice(0, 8)}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('saving');
    setRefusal(null);
    try {
      const stored = await settingsApi.save(requestOf(target, form));
      setState({ saved: stored.version });
      onSaved(stored);
    } catch (error) {
      setState('idle');
      if (error instanceof ApiError && error.status === 400) {
        const issues = Array.isArray(error.body.issues) ? (error.body.issues as { path?: unknown }[]) : [];
        const fields = new Set(issues.map((issue) => fieldOfIssue(String(issue.path ?? ''))).filter((field): field is RemoteSettingField => field !== null));
        const named = [...fields].map((field) => t('settings.issue', { field: t(`settings.fields.${field}`), message: t(`settings.problems.${field}`) }));
        setRefusal({ fields, message: [t('settings.refused'), ...(named.length === 0 ? [t('settings.problems.other')] : named)].join(' ') });
      } else if (error instanceof ApiError && error.status === 404) {
        setRefusal({ fields: new Set(), message: t('settings.unknownDevice') });
      } else {
        setRefusal({ fields: new Set(), message: t('settings.failed') });
      }
    }
  };

  const setting = (field: RemoteSettingField, control: ReactNode) => {
    const on = form.set[field];
    const invalid = refusal?.fields.has(field) ?? false;
    return (
      <fieldset key={field} className="setting" data-setting={field} data-invalid={invalid}>
        <legend>{t(`settings.fields.${field}`)}</legend>
        <label className="setting-check from-hub">
          <input type="checkbox" checked={on} onChange={(event) => update({ set: { ...form.set, [field]: event.target.checked } })} />
          <span>{t('settings.setHere')}</span>
        </label>
        {on ? (
          <div className="setting-value">{control}</div>
        ) : (
          <p className="setting-hint muted">{t(target.kind === 'site' ? 'settings.inheritSite' : 'settings.inheritDevice')}</p>
        )}
        {invalid ? <p className="setting-problem">{t(`settings.problems.${field}`)}</p> : null}
      </fieldset>
    );
  };

  const controls: Record<RemoteSettingField, ReactNode> = {
    mode: (
      <div className="setting-choices" role="radiogroup" aria-label={t('settings.fields.mode')}>
        {MODES.map((mode) => (
          <label key={mode} className="setting-check">
            <input type="radio" name={`${idPrefix}-mode`} checked={form.mode === mode} onChange={() => update({ mode })} />
            <span>{t(`values.mode.${mode}`)}</span>
          </label>
        ))}
      </div>
    ),
    enabledLanguages: (
      <div className="setting-choices">
        {LANGUAGES.map((language) => (
          <label key={language} className="setting-check">
            <input
              type="checkbox"
              checked={form.enabledLanguages.includes(language)}
              onChange={(event) => update({ enabledLanguages: toggled(form.enabledLanguages, language, event.target.checked) })}
            />
            <span>{t(`values.language.${language}`)}</span>
          </label>
        ))}
      </div>
    ),
    defaultLanguage: (
      <label>
        <span>{t('settings.defaultLanguageLabel')}</span>
        <select value={form.defaultLanguage} onChange={(event) => update({ defaultLanguage: event.target.value as SettingsForm['defaultLanguage'] })}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`values.language.${language}`)}
            </option>
          ))}
        </select>
      </label>
    ),
    idleTimeoutSeconds: (
      <div className="setting-choices">
        <label>
          <span>{t('settings.idleSeconds')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={20}
            max={3600}
            step={1}
            disabled={form.idleNever}
            value={form.idleSeconds}
            onChange={(event) => update({ idleSeconds: event.target.value })}
          />
        </label>
        <label className="setting-check">
          <input type="checkbox" checked={form.idleNever} onChange={(event) => update({ idleNever: event.target.checked })} />
          <span>{t('settings.idleNever')}</span>
        </label>
      </div>
    ),
    enabledGames: (
      <div className="setting-choices">
        {GAME_IDS.map((game) => (
          <label key={game} className="setting-check">
            <input type="checkbox" checked={form.enabledGames.includes(game)} onChange={(event) => update({ enabledGames: toggled(form.enabledGames, game, event.target.checked) })} />
            <span>{t(`careers:games.${game}`, { defaultValue: game })}</span>
          </label>
        ))}
      </div>
    ),
    hubPageUrl: (
      <label>
        <span>{t('settings.hubPageUrlLabel')}</span>
        <input type="url" maxLength={2048} value={form.hubPageUrl} onChange={(event) => update({ hubPageUrl: event.target.value })} />
      </label>
    ),
  };

  const askedAt = saved?.pinChangeRequestedAt ?? null;
  return (
    // No browser validation: the collector is the judge, and its refusals are shown in the dashboard's own words.
    <form className="settings-form" onSubmit={submit} data-settings-target={target.kind} noValidate>
      {REMOTE_SETTING_FIELDS.map((field) => setting(field, controls[field]))}
      <fieldset className="setting setting-pin" data-setting="pin">
        <legend>{t('settings.pinTitle')}</legend>
        <label className="setting-check from-hub">
          <input type="checkbox" checked={form.requirePinChange} onChange={(event) => update({ requirePinChange: event.target.checked })} />
          <span>{t(target.kind === 'site' ? 'settings.pinSite' : 'settings.pinDevice')}</span>
        </label>
        <p className="setting-hint">{t('settings.pinExplain')}</p>
        {askedAt === null || !form.requirePinChange ? null : (
          <p className="setting-hint muted">{t('settings.pinAskedSince', { time: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(askedAt) })}</p>
        )}
      </fieldset>
      <div className="settings-actions">
        <button type="submit" className="button" disabled={state === 'saving'}>
          {state === 'saving' ? t('settings.saving') : t('settings.save')}
        </button>
        <p role="status" className="muted" data-settings-saved={typeof state === 'object' ? state.saved : undefined}>
          {typeof state === 'object' ? t('settings.saved', { revision: state.saved }) : ''}
        </p>
      </div>
      <div role="alert" className="problem">
        {refusal?.message ?? null}
      </div>
    </form>
  );
}
