// Data Detective model. Round 1 ("the human detective"): batches of bioreactor sensor data arrive point by point;
// the player flags a sensor when its control chart breaks a Western Electric rule, before the batch is released.
// Round 2 ("train the machine"): the player labels a few sensor windows normal or faulty, a logistic regression
// learns from those labels and flags a fresh stream; experiments show what too few or wrong labels do.
// The single source of truth for the game; pure TypeScript with an injected seeded Random, advanced by fixed steps
// (one new sensor reading per step), so a seed and a list of actions replay exactly.

import type { Random } from '../../common/random/seededRandom';
import { predict, scores, trainLogistic, windowFeatures, type Example, type LogisticModel, type Scores } from './classifier';
import { FEW_EXAMPLES, FLIPPED_LABELS, POINTS_PER_BATCH, SENSORS, TEST_WINDOWS, TRAINING_EXAMPLES, WINDOW_POINTS, type SensorId } from './constants';
import { firstHitUpTo, type RuleHit } from './controlRules';
import { generateBatches, generateWindows, type Batch, type LabelledWindow } from './dataGenerator';
import { LEVEL_RULES, type DataDetectiveLevel, type LevelRules } from './levels';

export type Phase = 'monitoring' | 'labelling' | 'experiment' | 'finished';

/** What happened to a batch at release. */
export type BatchOutcome = 'caught' | 'released' | 'clean' | 'heldInError';

/** The answer to a flag: the chart had broken a rule ("hit"), the fault was there but no rule visible yet
 *  ("early"), or the sensor was fine ("falseAlarm"). A sensor already flagged in this batch is refused. */
export type FlagResult = 'hit' | 'early' | 'falseAlarm';

/** Which labels the trained model learns from in the round 2 experiments. */
export const TRAINING_VARIANTS = ['mine', 'few', 'flipped', 'perfect'] as const;
export type TrainingVariant = (typeof TRAINING_VARIANTS)[number];

export interface FlagRecord {
  readonly batch: number;
  readonly sensor: SensorId;
  readonly point: number;
  readonly result: FlagResult;
  /** The rule that had been broken when the flag was raised (for "hit"). */
  readonly rule: RuleHit | null;
}

export interface TrainingRun {
  readonly variant: TrainingVariant;
  readonly model: LogisticModel;
  readonly examples: readonly Example[];
  /** The model's flags on the test stream, and its precision and recall against the truth. */
  readonly predictions: readonly boolean[];
  readonly scores: Scores;
}

export interface DataDetectiveSnapshot {
  readonly level: DataDetectiveLevel;
  readonly phase: Phase;
  readonly batches: readonly Batch[];
  readonly batchIndex: number;
  /** Points of the current batch visible so far (1..POINTS_PER_BATCH). */
  readonly pointsShown: number;
  readonly flags: readonly FlagRecord[];
  readonly outcomes: readonly BatchOutcome[];
  readonly trainingWindows: readonly LabelledWindow[];
  readonly testWindows: readonly LabelledWindow[];
  readonly playerLabels: readonly (boolean | null)[];
  /** Index of the example the player labels next. */
  readonly labelIndex: number;
  readonly runs: readonly TrainingRun[];
  readonly currentVariant: TrainingVariant | null;
}

export interface DataDetectiveOptions {
  readonly level: DataDetectiveLevel;
  readonly random: Random;
}

export class DataDetectiveModel {
  readonly level: DataDetectiveLevel;
  readonly rules: LevelRules;
  private phase: Phase = 'monitoring';
  private readonly batches: Batch[];
  private batchIndex = 0;
  private pointsShown = 1;
  private readonly flags: FlagRecord[] = [];
  private readonly outcomes: BatchOutcome[] = [];
  private readonly trainingWindows: LabelledWindow[];
  private readonly testWindows: LabelledWindow[];
  private readonly playerLabels: (boolean | null)[];
  private labelIndex = 0;
  private readonly runs: TrainingRun[] = [];
  private currentVariant: TrainingVariant | null = null;

  constructor(options: DataDetectiveOptions) {
    this.level = options.level;
    this.rules = LEVEL_RULES[options.level];
    const { random } = options;
    const { batches, faultyBatches, faultKinds } = this.rules;
    this.batches = generateBatches(random, batches, faultyBatches, faultKinds, POINTS_PER_BATCH);
    // Half the examples faulty so the player sees both kinds; the test stream is a bit less than half faulty.
    this.trainingWindows = generateWindows(random, TRAINING_EXAMPLES, TRAINING_EXAMPLES / 2, ['spike', 'shift', 'drift'], WINDOW_POINTS);
    this.testWindows = generateWindows(random, TEST_WINDOWS, Math.round(TEST_WINDOWS * 0.4), ['spike', 'shift', 'drift'], WINDOW_POINTS);
    this.playerLabels = this.trainingWindows.map(() => null);
  }

  get currentPhase(): Phase {
    return this.phase;
  }

  snapshot(): DataDetectiveSnapshot {
    return {
      level: this.level,
      phase: this.phase,
      batches: this.batches,
      batchIndex: this.batchIndex,
      pointsShown: this.pointsShown,
      flags: [...this.flags],
      outcomes: [...this.outcomes],
      trainingWindows: this.trainingWindows,
      testWindows: this.testWindows,
      playerLabels: [...this.playerLabels],
      labelIndex: this.labelIndex,
      runs: [...this.runs],
      currentVariant: this.currentVariant,
    };
  }

  /** One fixed step of round 1: the next reading of every sensor. At the end of a batch, the batch is released. */
  advance(): void {
    if (this.phase !== 'monitoring') return;
    if (this.pointsShown < POINTS_PER_BATCH) {
      this.pointsShown += 1;
      return;
    }
    this.outcomes.push(batchOutcome(this.batches[this.batchIndex] as Batch, this.flags.filter((flag) => flag.batch === this.batchIndex)));
    if (this.batchIndex + 1 >= this.batches.length) {
      this.phase = 'labelling';
      return;
    }
    this.batchIndex += 1;
    this.pointsShown = 1;
  }

  canFlag(sensor: SensorId): boolean {
    return this.phase === 'monitoring' && !this.flags.some((flag) => flag.batch === this.batchIndex && flag.sensor === sensor);
  }

  /** The player flags a sensor's chart in the current batch; null when refused (not monitoring, already flagged). */
  flag(sensor: SensorId): FlagRecord | null {
    if (!this.canFlag(sensor)) return null;
    const batch = this.batches[this.batchIndex] as Batch;
    const point = this.pointsShown - 1;
    const rule = firstHitUpTo(batch.series[sensor].z, point);
    const result: FlagResult = rule ? 'hit' : batch.faultySensor === sensor ? 'early' : 'falseAlarm';
    const record: FlagRecord = { batch: this.batchIndex, sensor, point, result, rule };
    this.flags.push(record);
    return record;
  }

  /** Round 2: the player's label for the current example. When all are labelled, the model trains on them. */
  label(faulty: boolean): boolean {
    if (this.phase !== 'labelling' || this.labelIndex >= this.playerLabels.length) return false;
    this.playerLabels[this.labelIndex] = faulty;
    this.labelIndex += 1;
    if (this.labelIndex >= this.playerLabels.length) {
      this.phase = 'experiment';
      this.train('mine');
    }
    return true;
  }

  /** Trains (or re-shows) the model on one set of labels and tests it on the fresh stream. */
  train(variant: TrainingVariant): boolean {
    if (this.phase !== 'experiment') return false;
    this.currentVariant = variant;
    if (this.runs.some((run) => run.variant === variant)) return true;
    const examples = trainingSet(this.trainingWindows, this.playerLabels.map((label) => label ?? false), variant);
    const model = trainLogistic(examples);
    const predictions = this.testWindows.map((window) => predict(model, windowFeatures(window.z)));
    this.runs.push({ variant, model, examples, predictions, scores: scores(predictions, this.testWindows.map((window) => window.faulty)) });
    return true;
  }

  finish(): boolean {
    if (this.phase !== 'experiment') return false;
    this.phase = 'finished';
    return true;
  }
}

/** The labels the model learns from, per experiment. */
export function trainingSet(windows: readonly LabelledWindow[], labels: readonly boolean[], variant: TrainingVariant): Example[] {
  const all = windows.map((window, i) => ({ features: windowFeatures(window.z), label: variant === 'perfect' ? window.faulty : (labels[i] ?? false) }));
  if (variant === 'few') return all.slice(0, FEW_EXAMPLES);
  if (variant === 'flipped') {
    // The usual slip of a tired labeller: faults called "normal". The first FLIPPED_LABELS "faulty" labels flip.
    let flipped = 0;
    return all.map((example) => (example.label && flipped++ < FLIPPED_LABELS ? { ...example, label: false } : example));
  }
  return all;
}

export function batchOutcome(batch: Batch, flags: readonly FlagRecord[]): BatchOutcome {
  if (batch.faultySensor !== null) return flags.some((flag) => flag.sensor === batch.faultySensor) ? 'caught' : 'released';
  return flags.length > 0 ? 'heldInError' : 'clean';
}

/** The player's round 1 precision and recall over every (batch, sensor) pair released so far. */
export function detectiveScores(snapshot: DataDetectiveSnapshot): Scores {
  const predicted: boolean[] = [];
  const actual: boolean[] = [];
  snapshot.outcomes.forEach((_, batchIndex) => {
    const batch = snapshot.batches[batchIndex];
    if (!batch) return;
    for (const sensor of SENSORS) {
      predicted.push(snapshot.flags.some((flag) => flag.batch === batchIndex && flag.sensor === sensor));
      actual.push(batch.faultySensor === sensor);
    }
  });
  return scores(predicted, actual);
}

/** How many of the player's labels agree with the control rules. */
export function correctLabels(snapshot: DataDetectiveSnapshot): number {
  return snapshot.playerLabels.filter((label, i) => label !== null && label === snapshot.trainingWindows[i]?.faulty).length;
}

/** Fraction of the game done, 0..1: round 1 batches count 70 %, labelling 30 %. */
export function gameProgress(snapshot: DataDetectiveSnapshot): number {
  if (snapshot.phase === 'finished' || snapshot.phase === 'experiment') return 1;
  const round1 = snapshot.outcomes.length / snapshot.batches.length;
  const round2 = snapshot.labelIndex / Math.max(1, snapshot.trainingWindows.length);
  return Math.min(1, 0.7 * round1 + 0.3 * round2);
}
