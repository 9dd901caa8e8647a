// What the results screen shows after a Cell Therapy Race: the score, the stars, the lessons, and per patient the
// days from vein to vein beside the real medians (pure; the translation and the number format are passed in).

import type { FormatNumber, GameResult, Translate } from '../sdk/types';
import { REAL_MEDIANS } from './constants';
import { patientName } from './describer';
import type { CellTherapySnapshot } from './model';
import { evaluateRun, learnedKeysFor } from './scoring';

export function cellTherapyResult(snapshot: CellTherapySnapshot, t: Translate, formatNumber: FormatNumber): GameResult {
  const evaluation = evaluateRun(snapshot);
  const median = (value: number): string => formatNumber(value, 1);
  const summaryLines = [
    t('results.treated', { treated: evaluation.treated, total: evaluation.patients }),
    ...snapshot.patients.map((patient, index) => {
      const days = evaluation.veinToVein[index];
      return days === null || days === undefined
        ? t('results.patientWaiting', { patient: patientName(patient, t) })
        : t('results.patientDays', { patient: patientName(patient, t), days: formatNumber(days, 1) });
    }),
    evaluation.meanDays === null ? t('results.noMean') : t('results.mean', { days: formatNumber(evaluation.meanDays, 1) }),
    t('results.realMedians', { us: median(REAL_MEDIANS.axiCelUs), europe: median(REAL_MEDIANS.axiCelEurope), tisa: median(REAL_MEDIANS.tisaCel) }),
    evaluation.identityAlarms === 0 ? t('results.identityClean') : t('results.identityAlarms', { alarms: evaluation.identityAlarms }),
    t('results.whySpeed'),
  ];
  if (evaluation.expiredBags > 0) summaryLines.push(t('results.expired', { bags: evaluation.expiredBags }));
  return { score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(snapshot, evaluation), summaryLines };
}
