// Behaviour of the Data Detective model and its data: generated series agree with the control rules, round 1 flags
// and batch outcomes, round 2 labelling and training, the classifier on separable and noisy cases, precision and
// recall, and determinism per seed.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { confusion, precision, predict, recall, scores, trainLogistic, windowFeatures, type Example } from './classifier';
import { POINTS_PER_BATCH, SENSORS, TRAINING_EXAMPLES } from './constants';
import { firstHitUpTo } from './controlRules';
import { generateBatches, generateSeries, generateWindows } from './dataGenerator';
import { DataDetectiveModel, batchOutcome, correctLabels, detectiveScores, trainingSet } from './model';
import { evaluateRun, learnedKeysFor } from './scoring';

function runRound1(model: DataDetectiveModel, flagWhenSeen: boolean): void {
  while (model.currentPhase === 'monitoring') {
    if (flagWhenSeen) {
      const snapshot = model.snapshot();
      const batch = snapshot.batches[snapshot.batchIndex];
      for (const sensor of SENSORS) {
        if (batch && firstHitUpTo(batch.series[sensor].z, snapshot.pointsShown - 1) && model.canFlag(sensor)) model.flag(sensor);
      }
    }
    model.advance();
  }
}

describe('generated data', () => {
  it('in-control series break no rule; faulty series break one after the fault starts (many seeds)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = createRandom(seed);
      expect(firstHitUpTo(generateSeries(random, POINTS_PER_BATCH, null).z, POINTS_PER_BATCH - 1)).toBeNull();
      for (const kind of ['spike', 'shift', 'drift'] as const) {
        const series = generateSeries(random, POINTS_PER_BATCH, kind);
        expect(series.firstHit).not.toBeNull();
        expect(series.firstHit?.index ?? -1).toBeGreaterThanOrEqual(series.fault?.start ?? 99);
        expect(series.fault?.kind).toBe(kind);
      }
    }
  });

  it('looks like process data, not nonsense: in-control z-scores stay within 3 sigma with a spread near 1', () => {
    const random = createRandom(5);
    const values = Array.from({ length: 40 }, () => generateSeries(random, POINTS_PER_BATCH, null).z).flat();
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.25);
    expect(sd).toBeGreaterThan(0.6);
    expect(sd).toBeLessThan(1.1);
    expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(3);
  });

  it('never makes the first batch faulty, and gives each faulty batch one faulty sensor', () => {
    const batches = generateBatches(createRandom(3), 6, 3, ['spike', 'shift', 'drift'], POINTS_PER_BATCH);
    expect(batches[0]?.faultySensor).toBeNull();
    expect(batches.filter((batch) => batch.faultySensor !== null)).toHaveLength(3);
    for (const batch of batches) {
      for (const sensor of SENSORS) expect(batch.series[sensor].firstHit !== null).toBe(batch.faultySensor === sensor);
    }
  });

  it('is deterministic for a seed', () => {
    const a = new DataDetectiveModel({ level: 'hard', random: createRandom(77) }).snapshot();
    const b = new DataDetectiveModel({ level: 'hard', random: createRandom(77) }).snapshot();
    const c = new DataDetectiveModel({ level: 'hard', random: createRandom(78) }).snapshot();
    expect(a).toEqual(b);
    expect(a.batches).not.toEqual(c.batches);
  });
});

describe('round 1: the human detective', () => {
  it('a detective who flags every broken rule catches every bad batch with no false alarm', () => {
    const model = new DataDetectiveModel({ level: 'normal', random: createRandom(11) });
    runRound1(model, true);
    const snapshot = model.snapshot();
    expect(snapshot.phase).toBe('labelling');
    expect(snapshot.outcomes.filter((o) => o === 'released')).toHaveLength(0);
    expect(snapshot.outcomes.filter((o) => o === 'caught')).toHaveLength(3);
    expect(snapshot.flags.every((flag) => flag.result === 'hit')).toBe(true);
    const s = detectiveScores(snapshot);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(1);
  });

  it('a player who never flags lets every bad batch be released', () => {
    const model = new DataDetectiveModel({ level: 'normal', random: createRandom(11) });
    runRound1(model, false);
    const snapshot = model.snapshot();
    expect(snapshot.outcomes.filter((o) => o === 'released')).toHaveLength(3);
    expect(detectiveScores(snapshot).recall).toBe(0);
  });

  it('answers a flag with hit, early or false alarm, and refuses the same sensor twice in a batch', () => {
    const model = new DataDetectiveModel({ level: 'normal', random: createRandom(11) });
    const good = model.snapshot().batches[0];
    expect(good?.faultySensor).toBeNull();
    expect(model.flag('pH')?.result).toBe('falseAlarm');
    expect(model.flag('pH')).toBeNull();
    // Move to the first faulty batch and flag its sensor right at the start: the fault is there, no rule yet.
    while (model.snapshot().batches[model.snapshot().batchIndex]?.faultySensor === null) model.advance();
    const snapshot = model.snapshot();
    const sensor = snapshot.batches[snapshot.batchIndex]?.faultySensor ?? 'pH';
    expect(model.flag(sensor)?.result).toBe('early');
  });

  it('decides batch outcomes from the flags', () => {
    const batches = generateBatches(createRandom(4), 3, 2, ['shift'], POINTS_PER_BATCH);
    const bad = batches.find((batch) => batch.faultySensor !== null);
    const good = batches.find((batch) => batch.faultySensor === null);
    if (!bad || !good || !bad.faultySensor) throw new Error('fixture');
    const other = SENSORS.find((sensor) => sensor !== bad.faultySensor) ?? 'pH';
    const flag = (sensor: typeof other) => ({ batch: 0, sensor, point: 5, result: 'hit' as const, rule: null });
    expect(batchOutcome(bad, [flag(bad.faultySensor)])).toBe('caught');
    expect(batchOutcome(bad, [flag(other)])).toBe('released');
    expect(batchOutcome(good, [])).toBe('clean');
    expect(batchOutcome(good, [flag(other)])).toBe('heldInError');
  });
});

describe('the classifier', () => {
  const separable: Example[] = [
    { features: [0.8, 0.2], label: false },
    { features: [1.2, 0.4], label: false },
    { features: [1.5, 0.1], label: false },
    { features: [1.0, 0.5], label: false },
    { features: [3.8, 0.5], label: true },
    { features: [2.2, 1.6], label: true },
    { features: [2.9, 1.9], label: true },
    { features: [3.5, 0.3], label: true },
  ];

  it('learns a separable case perfectly', () => {
    const model = trainLogistic(separable);
    for (const example of separable) expect(predict(model, example.features)).toBe(example.label);
    expect(predict(model, [4, 2])).toBe(true);
    expect(predict(model, [0.5, 0.1])).toBe(false);
  });

  it('is deterministic: the same examples give the same weights', () => {
    expect(trainLogistic(separable)).toEqual(trainLogistic(separable));
  });

  it('fails sensibly on noisy labels: with every label flipped it flags the normal windows instead', () => {
    const flipped = separable.map((example) => ({ ...example, label: !example.label }));
    const model = trainLogistic(flipped);
    expect(predict(model, [4, 2])).toBe(false);
    expect(predict(model, [0.5, 0.1])).toBe(true);
  });

  it('with a few wrong labels it gets worse on generated data, and knows nothing from no examples', () => {
    const random = createRandom(21);
    const train = generateWindows(random, 16, 8, ['spike', 'shift', 'drift'], 10);
    const test = generateWindows(random, 60, 24, ['spike', 'shift', 'drift'], 10);
    const truth = test.map((window) => window.faulty);
    const evaluate = (examples: Example[]) => {
      const model = trainLogistic(examples);
      return scores(test.map((window) => predict(model, windowFeatures(window.z))), truth);
    };
    const clean = evaluate(train.map((window) => ({ features: windowFeatures(window.z), label: window.faulty })));
    expect(clean.recall).toBeGreaterThan(0.7);
    expect(clean.precision).toBeGreaterThan(0.7);
    // A labeller who calls most faults "normal" teaches a model that misses faults.
    let flipped = 0;
    const noisy = evaluate(train.map((window) => ({ features: windowFeatures(window.z), label: window.faulty && flipped++ < 6 ? false : window.faulty })));
    expect(noisy.recall).toBeLessThan(clean.recall);
    const empty = evaluate([]);
    expect(empty.recall).toBe(0);
    expect(empty.precision).toBe(0);
  });

  it('windowFeatures measures the peak and the average shift in sigmas', () => {
    expect(windowFeatures([0, -3.5, 1, 0.5])).toEqual([3.5, 0.5]);
    expect(windowFeatures([])).toEqual([0, 0]);
  });
});

describe('precision and recall', () => {
  it('are computed from the confusion counts', () => {
    const c = confusion([true, true, false, false, true], [true, false, true, false, true]);
    expect(c).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(precision(c)).toBeCloseTo(2 / 3);
    expect(recall(c)).toBeCloseTo(2 / 3);
    expect(precision(confusion([false, false], [true, false]))).toBe(0);
    expect(recall(confusion([false, false], [false, false]))).toBe(1);
  });
});

describe('round 2: train the machine', () => {
  function toRound2(seed = 11): DataDetectiveModel {
    const model = new DataDetectiveModel({ level: 'easy', random: createRandom(seed) });
    runRound1(model, true);
    return model;
  }

  it('trains on the player\'s labels once all are given, and compares experiments', () => {
    const model = toRound2();
    const truth = model.snapshot().trainingWindows.map((window) => window.faulty);
    expect(model.train('mine')).toBe(false);
    truth.forEach((label) => expect(model.label(label)).toBe(true));
    expect(model.label(true)).toBe(false);
    const snapshot = model.snapshot();
    expect(snapshot.phase).toBe('experiment');
    expect(correctLabels(snapshot)).toBe(TRAINING_EXAMPLES);
    const mine = snapshot.runs[0];
    expect(mine?.variant).toBe('mine');
    expect(mine?.scores.recall ?? 0).toBeGreaterThan(0.6);
    model.train('flipped');
    model.train('few');
    const runs = model.snapshot().runs;
    expect(runs.map((run) => run.variant)).toEqual(['mine', 'flipped', 'few']);
    expect(runs[2]?.examples).toHaveLength(2);
    expect(model.finish()).toBe(true);
    const evaluation = evaluateRun(model.snapshot());
    expect(evaluation.released).toBe(0);
    expect(evaluation.labelsRight).toBe(TRAINING_EXAMPLES);
    expect(evaluation.stars).toBe(3);
    expect(learnedKeysFor(model.snapshot(), evaluation)).toEqual(['learned.controlChart', 'learned.machine', 'learned.fewLabels']);
  });

  it('a player who labels everything "normal" teaches a model that flags nothing', () => {
    const model = toRound2();
    for (let i = 0; i < TRAINING_EXAMPLES; i++) model.label(false);
    const run = model.snapshot().runs[0];
    expect(run?.predictions.every((flag) => !flag)).toBe(true);
    expect(run?.scores.recall).toBe(0);
    expect(evaluateRun(model.snapshot()).stars).toBeLessThan(3);
  });

  it('the experiments change only the labels the model sees', () => {
    const windows = generateWindows(createRandom(2), 8, 4, ['spike'], 10);
    const labels = windows.map((window) => window.faulty);
    expect(trainingSet(windows, labels, 'few')).toHaveLength(2);
    const flipped = trainingSet(windows, labels, 'flipped');
    expect(flipped.filter((example, i) => example.label !== labels[i])).toHaveLength(3);
    expect(flipped.filter((example) => example.label)).toHaveLength(1);
    expect(trainingSet(windows, labels.map(() => false), 'perfect').map((e) => e.label)).toEqual(labels);
  });
});

describe('fuzz', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`random actions in any phase never throw and keep the game consistent (seed ${seed})`, () => {
      const random = createRandom(seed * 13);
      const model = new DataDetectiveModel({ level: seed % 2 ? 'hard' : 'easy', random: createRandom(seed) });
      for (let i = 0; i < 2000 && model.currentPhase !== 'finished'; i++) {
        const roll = random.int(0, 5);
        if (roll === 0) model.flag(random.pick(SENSORS));
        else if (roll === 1) model.label(random.chance(0.5));
        else if (roll === 2) model.train(random.pick(['mine', 'few', 'flipped', 'perfect'] as const));
        else if (roll === 3 && random.chance(0.02)) model.finish();
        else model.advance();
        const snapshot = model.snapshot();
        expect(snapshot.pointsShown).toBeGreaterThanOrEqual(1);
        expect(snapshot.pointsShown).toBeLessThanOrEqual(POINTS_PER_BATCH);
        expect(snapshot.outcomes.length).toBeLessThanOrEqual(snapshot.batches.length);
        // Never two flags on the same sensor in the same batch.
        const keys = snapshot.flags.map((flag) => `${flag.batch}|${flag.sensor}`);
        expect(new Set(keys).size).toBe(keys.length);
      }
      const evaluation = evaluateRun(model.snapshot());
      expect(evaluation.stars).toBeGreaterThanOrEqual(0);
      expect(evaluation.stars).toBeLessThanOrEqual(3);
    });
  }
});
