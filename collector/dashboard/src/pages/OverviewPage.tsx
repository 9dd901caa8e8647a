// Overview: sessions in the period against the previous period, over time (day, week or month), and by mode,
// language, site and device; visitor profiles and age bands as answered on the optional "who are you?" screen.

import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { Filters } from '../filters';
import { cellText, type LabelContext } from '../labels';
import { LoadState } from '../LoadState';
import { ReportTableView } from '../ReportTableView';
import { useReport } from '../useReport';
import { GRANULARITIES, type Granularity } from '../../../reports/types';

export interface PageProps {
  readonly filters: Filters;
  readonly labels: LabelContext;
  readonly onFilters: (filters: Filters) => void;
}

export function OverviewPage({ filters, labels, onFilters }: PageProps) {
  const { t } = useTranslation();
  const loaded = useReport(api.overview, filters);
  if (loaded.state !== 'ready') return <LoadState state={loaded.state} />;
  const { report } = loaded;
  const [overTime, ...splits] = report.tables;
  const change = report.changePercent;
  return (
    <>
      <section className="headline" aria-labelledby="headline-title">
        <h2 id="headline-title" className="visually-hidden">{t('overview.headline')}</h2>
        <div className="figure">
          <span className="figure-label">{t('overview.sessions')}</span>
          <span className="figure-value" data-figure="sessions">{cellText(report.sessions, 'count', labels)}</span>
        </div>
        <div className="figure">
          <span className="figure-label">{t('overview.previous', { from: report.previousPeriod.from, to: report.previousPeriod.to })}</span>
          <span className="figure-value" data-figure="previous-sessions">{cellText(report.previousSessions, 'count', labels)}</span>
        </div>
        <div className="figure">
          <span className="figure-label">{t('overview.trend')}</span>
          <span className="figure-value" data-figure="trend">
            {change === null ? '–' : `${change > 0 ? '▲ +' : change < 0 ? '▼ ' : ''}${new Intl.NumberFormat(labels.language, { maximumFractionDigits: 1 }).format(change)} %`}
          </span>
        </div>
      </section>
      <p className="print-hint muted">
        {t('overview.printHint')}{' '}
        <button type="button" className="button secondary small" onClick={() => window.print()}>
          {t('overview.print')}
        </button>
      </p>
      <fieldset className="granularity">
        <legend>{t('overview.granularity')}</legend>
        {GRANULARITIES.map((granularity: Granularity) => (
          <button key={granularity} type="button" className="button small" aria-pressed={filters.granularity === granularity} onClick={() => onFilters({ ...filters, granularity })}>
            {t(`rowKinds.${granularity}`)}
          </button>
        ))}
      </fieldset>
      {overTime === undefined ? null : <ReportTableView table={overTime} filters={filters} labels={labels} chart="columns" />}
      <div className="grid">
        {splits.map((table) => (
          <ReportTableView key={table.id} table={table} filters={filters} labels={labels} />
        ))}
      </div>
    </>
  );
}
