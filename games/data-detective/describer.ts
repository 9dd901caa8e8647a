// Turns the model's state into short sentences for the aria-live region and the advice line: the answer to a flag,
// what happened to a batch at release, a reading of the charts in sigmas (so the game is playable by ear), the
// example being labelled, and the trained model's precision and recall next to the player's. Pure: translation and
// number formatting are passed in, so the same code serves every language and the unit tests.

import { windowFeatures, type Scores } from './classifier';
import { SENSORS, SENSOR_SPECS, type SensorId } from './constants';
import { sensorValue, type Batch, type LabelledWindow } from './dataGenerator';
import { detectiveScores, type BatchOutcome, type DataDetectiveSnapshot, type FlagRecord, type TrainingRun } from './model';
import type { FormatNumber, Translate } from '../sdk/types';

/** How many recent points a chart reading gives. */
const RECENT_POINTS = 5;

export function sensorName(sensor: SensorId, t: Translate): string {
  return t(`sensors.${sensor}`);
}

export function describeFlag(record: FlagRecord, t: Translate): string {
  const sensor = sensorName(record.sensor, t);
  if (record.result === 'hit' && record.rule) return t('flag.hit', { sensor, rule: t(`rules.${record.rule.rule}`) });
  if (record.result === 'early') return t('flag.early', { sensor });
  return t('flag.falseAlarm', { sensor });
}

export function describeOutcome(batch: Batch, outcome: BatchOutcome, t: Translate): string {
  const sensor = batch.faultySensor ? sensorName(batch.faultySensor, t) : '';
  const kind = batch.faultySensor ? t(`faults.${batch.series[batch.faultySensor].fault?.kind ?? 'shift'}`) : '';
  return t(`outcome.${outcome}`, { batch: batch.index + 1, sensor, kind });
}

/** Signed sigma distance, e.g. "+2.3" / "−0.4", in the player's number format. */
function signed(z: number, formatNumber: FormatNumber): string {
  return `${z >= 0 ? '+' : '−'}${formatNumber(Math.abs(z), 1)}`;
}

/** The last few points of every chart of the current batch, in sigmas from the centre line, and the latest value. */
export function describeCharts(snapshot: DataDetectiveSnapshot, t: Translate, formatNumber: FormatNumber): string {
  const batch = snapshot.batches[snapshot.batchIndex];
  if (!batch) return '';
  const sentences = [t('describe.batch', { batch: batch.index + 1, total: snapshot.batches.length, point: snapshot.pointsShown, points: batch.series.pH.z.length })];
  for (const sensor of SENSORS) {
    const z = batch.series[sensor].z.slice(0, snapshot.pointsShown);
    const recent = z.slice(-RECENT_POINTS).map((value) => signed(value, formatNumber));
    const last = z[z.length - 1] ?? 0;
    sentences.push(
      t('describe.sensorRecent', {
        sensor: sensorName(sensor, t),
        values: recent.join(', '),
        value: formatNumber(sensorValue(sensor, last), SENSOR_SPECS[sensor].digits),
      }),
    );
  }
  return sentences.join(' ');
}

/** The example being labelled: which sensor, its points in sigmas, and the two features the model will use. */
export function describeExample(window: LabelledWindow, index: number, total: number, t: Translate, formatNumber: FormatNumber): string {
  const [peak, shift] = windowFeatures(window.z);
  return t('describe.example', {
    number: index + 1,
    total,
    sensor: sensorName(window.sensor, t),
    values: window.z.map((value) => signed(value, formatNumber)).join(', '),
    peak: formatNumber(peak, 1),
    shift: formatNumber(shift, 1),
  });
}

export function percent(value: number, formatNumber: FormatNumber): string {
  return formatNumber(Math.round(value * 100), 0);
}

/** The trained model's result on the fresh stream, next to the player's round 1 scores. */
export function describeRun(run: TrainingRun, player: Scores, t: Translate, formatNumber: FormatNumber): string {
  const flagged = run.predictions.filter(Boolean).length;
  return [
    t(`experiment.${run.variant}`, { examples: run.examples.length }),
    t('describe.modelScores', {
      flagged,
      total: run.predictions.length,
      precision: percent(run.scores.precision, formatNumber),
      recall: percent(run.scores.recall, formatNumber),
    }),
    t('describe.playerScores', { precision: percent(player.precision, formatNumber), recall: percent(player.recall, formatNumber) }),
    t(`lesson.${lessonFor(run)}`),
  ].join(' ');
}

/** The one-line lesson of an experiment: what the model's numbers say about its teacher. */
export function lessonFor(run: TrainingRun): 'flagsNothing' | 'missesFaults' | 'falseAlarms' | 'good' {
  const { truePositives, falsePositives } = run.scores.confusion;
  if (truePositives + falsePositives === 0) return 'flagsNothing';
  if (run.scores.recall < 0.6) return 'missesFaults';
  if (run.scores.precision < 0.6) return 'falseAlarms';
  return 'good';
}

/** The panel's status line: the batches so far, the example being labelled, or both scores side by side. */
export function describeStatusLine(snapshot: DataDetectiveSnapshot, t: Translate, formatNumber: FormatNumber): string {
  if (snapshot.phase === 'monitoring') {
    const caught = snapshot.outcomes.filter((o) => o === 'caught').length;
    const released = snapshot.outcomes.filter((o) => o === 'released').length;
    return t('controls.status.monitoring', { batch: snapshot.batchIndex + 1, total: snapshot.batches.length, caught, released });
  }
  if (snapshot.phase === 'labelling') return t('controls.status.labelling', { number: snapshot.labelIndex + 1, total: snapshot.trainingWindows.length });
  const player = detectiveScores(snapshot);
  const run = snapshot.runs.find((r) => r.variant === snapshot.currentVariant);
  return t('controls.status.experiment', {
    myPrecision: percent(player.precision, formatNumber),
    myRecall: percent(player.recall, formatNumber),
    precision: percent(run?.scores.precision ?? 0, formatNumber),
    recall: percent(run?.scores.recall ?? 0, formatNumber),
  });
}
