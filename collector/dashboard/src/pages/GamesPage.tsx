// Games: started, completed, completion rate and median duration per game, and the stars each completed play earned.

import { api } from '../api';
import { LoadState } from '../LoadState';
import { ReportTableView } from '../ReportTableView';
import { useReport } from '../useReport';
import type { PageProps } from './OverviewPage';

export function GamesPage({ filters, labels }: PageProps) {
  const loaded = useReport(api.games, filters);
  if (loaded.state !== 'ready') return <LoadState state={loaded.state} />;
  const [plays, stars] = loaded.report.tables;
  return (
    <>
      {plays === undefined ? null : <ReportTableView table={plays} filters={filters} labels={labels} chartColumn={0} />}
      {stars === undefined ? null : <ReportTableView table={stars} filters={filters} labels={labels} chart="none" />}
    </>
  );
}
