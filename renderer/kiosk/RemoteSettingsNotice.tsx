// "Set by the hub", in the admin panel's device settings: which settings came from the hub's dashboard (revision,
// when they applied), which of them staff changed here since (local overrides, with the hub's value), new settings
// waiting for the next moment between two visitors, and a document the kiosk refused, in plain words.

import { useTranslation } from 'react-i18next';
import { REMOTE_SETTING_FIELDS, type RemoteSettingField, type RemoteSettingValues } from '../../common/config/remoteSettings';
import type { GameId } from '../../common/ids';
import { namespaceText } from '../i18n/useNamespaceText';
import { useStore } from '../state/store';
import { useKioskServices } from './kioskServices';

/** Each setting's name, as the device settings form labels it. */
const FIELD_LABEL = {
  mode: 'admin.mode',
  enabledLanguages: 'admin.languages',
  defaultLanguage: 'admin.defaultLanguage',
  idleTimeoutSeconds: 'admin.idleTimeout',
  enabledGames: 'admin.games',
  hubPageUrl: 'admin.hubPageUrl',
} as const satisfies Record<RemoteSettingField, string>;

export function RemoteSettingsNotice() {
  const { t, i18n } = useTranslation('kiosk');
  const { t: common } = useTranslation();
  const services = useKioskServices();
  const status = useStore(services.remoteSettings.status);
  const time = (ms: number) => new Date(ms).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const list = (items: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);

  const describe = (values: RemoteSettingValues, field: RemoteSettingField): string => {
    switch (field) {
      case 'mode':
        return t(`admin.modes.${values.mode!}`);
      case 'enabledLanguages':
        return list(values.enabledLanguages!.map((language) => common(`language.names.${language}`)));
      case 'defaultLanguage':
        return common(`language.names.${values.defaultLanguage!}`);
      case 'idleTimeoutSeconds':
        return values.idleTimeoutSeconds === null ? t('admin.idleNever') : t('remote.seconds', { count: values.idleTimeoutSeconds });
      case 'enabledGames':
        return values.enabledGames!.length === 0 ? t('remote.noGames') : list(values.enabledGames!.map((id: GameId) => namespaceText(i18n, null, id)('title')));
      case 'hubPageUrl':
        return values.hubPageUrl!;
    }
  };

  const applied = status.applied;
  const fromHub = applied === null ? [] : REMOTE_SETTING_FIELDS.filter((field) => applied.values[field] !== undefined);
  const nothingToSay = applied === null && status.waiting === null && status.lastRefusal === null && status.problem === null;
  if (nothingToSay) return null;

  return (
    <div className={status.lastRefusal !== null || status.problem !== null ? 'notice notice--warning remote-settings' : 'notice remote-settings'} role="group" aria-labelledby="remote-settings-title" data-testid="remote-settings">
      <h3 id="remote-settings-title" className="remote-settings__title">
        {t('remote.title')}
      </h3>
      {status.problem !== null && <p>{t(`remote.problems.${status.problem}`)}</p>}
      {applied !== null && (
        <>
          <p>{status.appliedAt === null ? t('remote.revision', { revision: applied.revision }) : t('remote.applied', { revision: applied.revision, when: time(status.appliedAt) })}</p>
          {fromHub.length === 0 ? (
            <p>{t('remote.noneSet')}</p>
          ) : (
            <ul>
              {fromHub.map((field) => (
                <li key={field} data-testid={`remote-setting-${field}`}>
                  {status.overrides.includes(field)
                    ? t('remote.override', { setting: t(FIELD_LABEL[field]), value: describe(applied.values, field) })
                    : t('remote.fromHub', { setting: t(FIELD_LABEL[field]), value: describe(applied.values, field) })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {status.waiting !== null && <p data-testid="remote-settings-waiting">{t('remote.waiting', { revision: status.waiting.revision })}</p>}
      {status.lastRefusal !== null && (
        <div className="remote-settings__refusal" data-testid="remote-settings-refusal">
          <p>{t(`remote.refusals.${status.lastRefusal.refusal}`, { when: time(status.lastRefusal.at) })}</p>
          <p className="setting__hint">{t('remote.detail', { detail: status.lastRefusal.detail })}</p>
        </div>
      )}
    </div>
  );
}
