// Careers: roles viewed, pathways and QR codes shown per role; the interest types the quiz found; where visitors
// said they stand when they opened a pathway.

import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { cellText } from '../labels';
import { LoadState } from '../LoadState';
import { ReportTableView } from '../ReportTableView';
import { useReport } from '../useReport';
import type { PageProps } from './OverviewPage';

export function CareersPage({ filters, labels }: PageProps) {
  const { t } = useTranslation();
  const loaded = useReport(api.careers, filters);
  if (loaded.state !== 'ready') return <LoadState state={loaded.state} />;
  const [roles, quizTypes, starts] = loaded.report.tables;
  return (
    <>
      <section className="headline" aria-label={t('careers.summary')}>
        {loaded.report.summary.map((figure) => (
          <div className="figure" key={figure.id}>
            <span className="figure-label">{t(`columns.${figure.id}`)}</span>
            <span className="figure-value" data-figure={figure.id}>{cellText(figure.value, 'count', labels)}</span>
          </div>
        ))}
      </section>
      {roles === undefined ? null : <ReportTableView table={roles} filters={filters} labels={labels} />}
      <div className="grid">
        {quizTypes === undefined ? null : <ReportTableView table={quizTypes} filters={filters} labels={labels} />}
        {starts === undefined ? null : <ReportTableView table={starts} filters={filters} labels={labels} />}
      </div>
    </>
  );
}
