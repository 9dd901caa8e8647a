// The devices page's list of sites for remote settings: each site with what is saved for it (revision, who, when,
// or nothing yet) and its "Settings for this site" button, which opens the editor dialog.

import { useTranslation } from 'react-i18next';
import type { RemoteSettingsOverview, StoredRemoteSettings } from '../../../../common/config/remoteSettings';
import { siteSettings } from './settingsRevision';

export function SiteSettingsList({
  sites,
  overview,
  language,
  onEdit,
}: {
  sites: readonly string[];
  overview: RemoteSettingsOverview | null;
  language: string;
  onEdit: (site: string, saved: StoredRemoteSettings | null) => void;
}) {
  const { t } = useTranslation();
  const time = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="report-table" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <p className="muted">{t('settings.lead')}</p>
      {overview === null ? (
        <p className="muted">{t('settings.loadFailed')}</p>
      ) : sites.length === 0 ? (
        <p className="muted">{t('settings.noSites')}</p>
      ) : (
        <ul className="settings-sites">
          {sites.map((site) => {
            const saved = siteSettings(site, overview);
            return (
              <li key={site} data-settings-site={site}>
                <span>
                  <span className="site-name">{site}</span>
                  <br />
                  <span className="muted">
                    {saved === null || Object.keys(saved.values).length === 0
                      ? t('settings.nothingSet')
                      : t('settings.savedBy', { revision: saved.version, name: saved.savedBy, time: time(saved.savedAt) })}
                  </span>
                </span>
                <button type="button" className="button secondary small" onClick={() => onEdit(site, saved)}>
                  {t('settings.forSite')}
                  <span className="visually-hidden"> – {site}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
