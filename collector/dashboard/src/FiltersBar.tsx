// The filters staff set once for every page: date range, site, device, mode, language. A form submitted with
// the Apply button (or Enter), so a half-typed date never fires a query.

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MODES } from '../../../common/config/deviceConfig';
import { LANGUAGES } from '../../../common/i18n/languages';
import type { FilterOptions } from '../../reports/types';
import type { Filters } from './filters';

export interface FiltersBarProps {
  readonly filters: Filters;
  readonly options: FilterOptions | null;
  readonly onApply: (filters: Filters) => void;
}

export function FiltersBar({ filters, options, onApply }: FiltersBarProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof Filters) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('filters.title')}>
      <label>
        <span>{t('filters.from')}</span>
        <input type="date" required value={draft.from} max={draft.to} onChange={set('from')} name="from" />
      </label>
      <label>
        <span>{t('filters.to')}</span>
        <input type="date" required value={draft.to} min={draft.from} onChange={set('to')} name="to" />
      </label>
      <label>
        <span>{t('filters.site')}</span>
        <select value={draft.site} onChange={set('site')} name="site">
          <option value="">{t('filters.all')}</option>
          {options?.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.device')}</span>
        <select value={draft.device} onChange={set('device')} name="device">
          <option value="">{t('filters.all')}</option>
          {options?.devices.map((device) => (
            <option key={device.deviceId} value={device.deviceId}>
              {`${device.siteLabel} · ${device.deviceId.slice(0, 8)}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.mode')}</span>
        <select value={draft.mode} onChange={set('mode')} name="mode">
          <option value="">{t('filters.all')}</option>
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`values.mode.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.language')}</span>
        <select value={draft.language} onChange={set('language')} name="language">
          <option value="">{t('filters.all')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`values.language.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {t('filters.apply')}
      </button>
    </form>
  );
}
