// Turns a finished run into the game's result: bad batches caught or released, false alarms, labels right, the
// trained model's precision and recall. Pure functions of the model snapshot.

import type { Stars } from '../sdk/types';
import { correctLabels, detectiveScores, type DataDetectiveSnapshot } from './model';

export interface RunEvaluation {
  readonly caught: number;
  readonly released: number;
  readonly falseAlarms: number;
  readonly faultyBatches: number;
  readonly labelsRight: number;
  readonly labels: number;
  readonly playerPrecision: number;
  readonly playerRecall: number;
  readonly modelPrecision: number | null;
  readonly modelRecall: number | null;
  readonly stars: Stars;
  readonly score: number;
}

/** Labels right out of 8 for the third star (a model is only as good as its teacher). Tuning. */
const GOOD_LABELS = 7;

export function evaluateRun(snapshot: DataDetectiveSnapshot): RunEvaluation {
  const caught = snapshot.outcomes.filter((outcome) => outcome === 'caught').length;
  const released = snapshot.outcomes.filter((outcome) => outcome === 'released').length;
  const falseAlarms = snapshot.flags.filter((flag) => flag.result === 'falseAlarm').length;
  const labelsRight = correctLabels(snapshot);
  const player = detectiveScores(snapshot);
  const mine = snapshot.runs.find((run) => run.variant === 'mine');
  const achievements = [released === 0, falseAlarms <= 1, labelsRight >= GOOD_LABELS].filter(Boolean).length;
  const modelF1 = mine ? f1(mine.scores.precision, mine.scores.recall) : 0;
  const score = Math.max(0, caught * 100 - released * 80 - falseAlarms * 20 + labelsRight * 25 + Math.round(modelF1 * 200));
  return {
    caught,
    released,
    falseAlarms,
    faultyBatches: snapshot.batches.filter((batch) => batch.faultySensor !== null).length,
    labelsRight,
    labels: snapshot.playerLabels.length,
    playerPrecision: player.precision,
    playerRecall: player.recall,
    modelPrecision: mine?.scores.precision ?? null,
    modelRecall: mine?.scores.recall ?? null,
    stars: achievements as Stars,
    score,
  };
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Two or three "what you learned" keys, chosen from what happened in this run. */
export function learnedKeysFor(snapshot: DataDetectiveSnapshot, evaluation: RunEvaluation): string[] {
  const keys = ['learned.controlChart'];
  keys.push(evaluation.labelsRight < evaluation.labels ? 'learned.garbageIn' : 'learned.machine');
  const triedExperiments = snapshot.runs.some((run) => run.variant === 'few' || run.variant === 'flipped');
  keys.push(triedExperiments ? 'learned.fewLabels' : 'learned.judgement');
  return keys;
}
