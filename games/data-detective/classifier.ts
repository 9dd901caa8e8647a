// The small model the player trains in round 2: logistic regression on two features of a sensor window, trained by
// plain gradient descent (deterministic: no random initialisation), plus precision and recall. Pure and unit-tested.
//   feature "peak":  the largest distance from the centre line, max |z|, in sigmas (catches spikes)
//   feature "shift": the distance of the window's average from the centre line, |mean z| (catches shifts and drifts)

import { L2_PENALTY, LEARNING_RATE, TRAINING_ITERATIONS } from './constants';

export type Features = readonly [peak: number, shift: number];

export interface Example {
  readonly features: Features;
  /** true = faulty. */
  readonly label: boolean;
}

export interface LogisticModel {
  readonly weights: readonly [number, number];
  readonly bias: number;
}

export function windowFeatures(z: readonly number[]): Features {
  if (z.length === 0) return [0, 0];
  const peak = Math.max(...z.map(Math.abs));
  const shift = Math.abs(z.reduce((sum, value) => sum + value, 0) / z.length);
  return [peak, shift];
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function probabilityFaulty(model: LogisticModel, features: Features): number {
  return sigmoid(model.weights[0] * features[0] + model.weights[1] * features[1] + model.bias);
}

export function predict(model: LogisticModel, features: Features): boolean {
  return probabilityFaulty(model, features) >= 0.5;
}

/** Trains on the examples; with no examples at all the model knows nothing and says "normal" to everything. */
export function trainLogistic(examples: readonly Example[], iterations = TRAINING_ITERATIONS, learningRate = LEARNING_RATE, l2 = L2_PENALTY): LogisticModel {
  let w0 = 0;
  let w1 = 0;
  let bias = 0;
  if (examples.length === 0) return { weights: [0, 0], bias: -1 };
  const n = examples.length;
  for (let iteration = 0; iteration < iterations; iteration++) {
    let g0 = 0;
    let g1 = 0;
    let gb = 0;
    for (const { features, label } of examples) {
      const error = sigmoid(w0 * features[0] + w1 * features[1] + bias) - (label ? 1 : 0);
      g0 += error * features[0];
      g1 += error * features[1];
      gb += error;
    }
    w0 -= learningRate * (g0 / n + l2 * w0);
    w1 -= learningRate * (g1 / n + l2 * w1);
    bias -= learningRate * (gb / n);
  }
  return { weights: [w0, w1], bias };
}

export interface Confusion {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
}

export function confusion(predicted: readonly boolean[], actual: readonly boolean[]): Confusion {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  predicted.forEach((flag, i) => {
    const truth = actual[i] ?? false;
    if (flag && truth) truePositives++;
    else if (flag) falsePositives++;
    else if (truth) falseNegatives++;
    else trueNegatives++;
  });
  return { truePositives, falsePositives, falseNegatives, trueNegatives };
}

/** Of everything flagged, the share that really was faulty. 0 when nothing was flagged (no correct flag to count). */
export function precision(c: Confusion): number {
  const flagged = c.truePositives + c.falsePositives;
  return flagged === 0 ? 0 : c.truePositives / flagged;
}

/** Of everything really faulty, the share that was flagged. 1 when there was nothing to find. */
export function recall(c: Confusion): number {
  const faulty = c.truePositives + c.falseNegatives;
  return faulty === 0 ? 1 : c.truePositives / faulty;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly confusion: Confusion;
}

export function scores(predicted: readonly boolean[], actual: readonly boolean[]): Scores {
  const c = confusion(predicted, actual);
  return { precision: precision(c), recall: recall(c), confusion: c };
}
