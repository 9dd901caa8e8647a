// The describer picks the right sentences: the answer to a flag names the broken rule, batch outcomes name the
// faulty sensor, chart readings give sigmas, and the experiment lesson matches the model's numbers. A fake t()
// returns the key and its options, so these tests check the choice of message, not the wording.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { scores } from './classifier';
import { describeCharts, describeExample, describeFlag, describeOutcome, describeRun, lessonFor } from './describer';
import { DataDetectiveModel, type TrainingRun } from './model';

const fakeT = (key: string, options?: Record<string, unknown>): string => (options ? `${key}${JSON.stringify(options)}` : key);
const format = (value: number, digits: number): string => value.toFixed(digits);

const run = (predictions: boolean[], truth: boolean[]): TrainingRun => ({
  variant: 'mine',
  model: { weights: [1, 1], bias: -3 },
  examples: [],
  predictions,
  scores: scores(predictions, truth),
});

describe('describeFlag', () => {
  it('names the broken rule on a hit, and says so on a false alarm or an early hunch', () => {
    const hit = describeFlag({ batch: 1, sensor: 'pH', point: 9, result: 'hit', rule: { rule: 'twoOfThree', index: 8, side: 1 } }, fakeT);
    expect(hit).toBe('flag.hit{"sensor":"sensors.pH","rule":"rules.twoOfThree"}');
    expect(describeFlag({ batch: 0, sensor: 'oxygen', point: 2, result: 'falseAlarm', rule: null }, fakeT)).toBe('flag.falseAlarm{"sensor":"sensors.oxygen"}');
    expect(describeFlag({ batch: 0, sensor: 'oxygen', point: 2, result: 'early', rule: null }, fakeT)).toBe('flag.early{"sensor":"sensors.oxygen"}');
  });
});

describe('describeOutcome and describeCharts', () => {
  const model = new DataDetectiveModel({ level: 'normal', random: createRandom(11) });
  const snapshot = model.snapshot();

  it('names the faulty sensor and the kind of fault of a released batch', () => {
    const bad = snapshot.batches.find((batch) => batch.faultySensor !== null);
    if (!bad?.faultySensor) throw new Error('fixture');
    const text = describeOutcome(bad, 'released', fakeT);
    expect(text).toContain('outcome.released');
    expect(text).toContain(`"sensor":"sensors.${bad.faultySensor}"`);
    expect(text).toContain(`"kind":"faults.${bad.series[bad.faultySensor].fault?.kind}"`);
    expect(describeOutcome(snapshot.batches[0] ?? bad, 'clean', fakeT)).toContain('"batch":1');
  });

  it('reads every chart in signed sigmas with the latest value in real units', () => {
    for (let i = 0; i < 5; i++) model.advance();
    const text = describeCharts(model.snapshot(), fakeT, format);
    expect(text).toContain('describe.batch{"batch":1,"total":6,"point":6,"points":16}');
    expect(text.match(/describe\.sensorRecent/g)).toHaveLength(4);
    expect(text).toMatch(/"values":"[+−]\d\.\d(, [+−]\d\.\d){4}"/);
  });

  it('describes an example with its two features', () => {
    const window = snapshot.trainingWindows[0];
    if (!window) throw new Error('fixture');
    const text = describeExample(window, 0, 8, fakeT, format);
    expect(text).toContain('"number":1,"total":8');
    expect(text).toMatch(/"peak":"\d\.\d","shift":"\d\.\d"/);
  });
});

describe('lessonFor and describeRun', () => {
  it('says a model that flags nothing learned nothing, and grades the others by precision and recall', () => {
    expect(lessonFor(run([false, false, false], [true, false, true]))).toBe('flagsNothing');
    expect(lessonFor(run([true, false, false], [true, true, true]))).toBe('missesFaults');
    expect(lessonFor(run([true, true, true], [true, false, false]))).toBe('falseAlarms');
    expect(lessonFor(run([true, false, true], [true, false, true]))).toBe('good');
  });

  it('puts the model\'s precision and recall next to the player\'s', () => {
    const text = describeRun(run([true, true, false, false], [true, false, true, false]), scores([true], [true]), fakeT, format);
    expect(text).toContain('describe.modelScores{"flagged":2,"total":4,"precision":"50","recall":"50"}');
    expect(text).toContain('describe.playerScores{"precision":"100","recall":"100"}');
  });
});
