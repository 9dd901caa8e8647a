// The admin panel's local figures from the engagement log: visits, games, careers, languages, what is waiting to
// be sent, and warnings when events could not be recorded. Plus the USB export.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../common/i18n/languages';
import { useKioskServices } from './kioskServices';
import type { LocalStatistics } from '../telemetry/statistics';
import { readErrorLog } from '../telemetry/errorLog';

export function DeviceStatistics() {
  const { t } = useTranslation('kiosk');
  const { t: common } = useTranslation();
  const services = useKioskServices();
  const [stats, setStats] = useState<LocalStatistics | null>(null);

  useEffect(() => {
    let cancelled = false;
    void services.telemetry.stats().then((value) => {
      if (!cancelled) setStats(value);
    });
    return () => {
      cancelled = true;
    };
  }, [services]);

  if (!stats) return <section className="admin-section" aria-busy="true" />;
  const games = Object.values(stats.games);
  const started = games.reduce((sum, g) => sum + g.started, 0);
  const completed = games.reduce((sum, g) => sum + g.completed, 0);
  const careers = Object.values(stats.careersViewed).reduce((sum, n) => sum + n, 0);
  const errors = readErrorLog(window.localStorage).length;

  const figures: [string, number][] = [
    [t('admin.sessionsToday'), stats.sessionsToday],
    [t('admin.sessionsWeek'), stats.sessionsThisWeek],
    [t('admin.gamesPlayed'), started],
    [t('admin.gamesCompleted'), completed],
    [t('admin.careersViewed'), careers],
    [t('admin.pending'), stats.events.pending + stats.events.sent],
    [t('admin.acknowledged'), stats.events.acknowledged],
  ];

  return (
    <section className="admin-section" aria-labelledby="admin-stats">
      <h2 id="admin-stats" className="admin-section__title">
        {t('admin.stats')}
      </h2>
      {stats.notRecorded > 0 && (
        <p className="notice notice--warning" role="alert">
          {t('admin.notRecorded', { count: stats.notRecorded })}
        </p>
      )}
      {stats.problems.storage === 'memory' && (
        <p className="notice notice--warning" role="alert">
          {t('admin.storageProblem')}
        </p>
      )}
      {stats.problems.recoveredEvents > 0 && (
        <p className="notice notice--warning" role="alert">
          {t('admin.storeRecovered', { count: stats.problems.recoveredEvents })}
        </p>
      )}
      {stats.problems.eventsNotJournaled > 0 && (
        <p className="notice notice--warning" role="alert">
          {t('admin.journalFailed', { count: stats.problems.eventsNotJournaled })}
        </p>
      )}
      {stats.problems.journal === 'none' && stats.problems.storage === 'indexeddb' && (
        <p className="notice notice--warning" role="status">
          {t('admin.journalNone')}
        </p>
      )}
      <dl className="admin-figures">
        {figures.map(([label, value]) => (
          <div key={label} className="admin-figures__item">
            <dt>{label}</dt>
            <dd data-testid={`figure-${label}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        {t('admin.languagesUsed')}:{' '}
        {LANGUAGES.map((lang) => `${common(`language.names.${lang}`)} ${stats.languages[lang]}`).join(' · ')}
      </p>
      {errors > 0 && <p>{t('admin.errors', { count: errors })}</p>}
      <h3 className="setting__label">{t('admin.export')}</h3>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void services.telemetry.downloadEvents('jsonl')}>
          {t('admin.exportJson')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void services.telemetry.downloadEvents('csv')}>
          {t('admin.exportCsv')}
        </button>
      </div>
    </section>
  );
}
