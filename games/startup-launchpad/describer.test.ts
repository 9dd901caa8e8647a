// The describer and the results pick the right sentences: the company line, each card's question with the real odds,
// the news after a choice, and a results screen that explains a failure with the phase's real odds and names the jobs
// that did the work. A fake t() returns the key and its options, so these tests check the choice of message.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { cardPrompt, companyLine, describeAfterChoice, describeStatus, outOf100 } from './describer';
import { LaunchpadModel, type OptionId } from './model';
import { launchpadResult, rolesAtWork } from './results';

const fakeT = (key: string, options?: Record<string, unknown>): string => (options ? `${key}${JSON.stringify(options)}` : key);
const format = (value: number, digits: number): string => value.toFixed(digits);

function playTo(level: 'easy' | 'normal' | 'hard', seed: number, choices: readonly OptionId[]): LaunchpadModel {
  const model = new LaunchpadModel({ level, random: createRandom(seed) });
  for (const choice of choices) expect(model.choose(choice)).toBe(true);
  return model;
}

describe('describer', () => {
  it('writes the company line with year, money, share and people', () => {
    const model = new LaunchpadModel({ level: 'normal', random: createRandom(1) });
    expect(companyLine(model.snapshot(), fakeT, format)).toBe('describe.company{"year":"2.0","cash":"4.0","share":"100","people":2}');
  });

  it('asks each card its question; the money card says what the phase costs', () => {
    const model = playTo('normal', 1, ['biologic', 'quality', 'biomarker', 'cdmo', 'honest']);
    const snapshot = model.snapshot();
    expect(snapshot.card).toBe('money');
    expect(cardPrompt(snapshot, fakeT, format)).toBe(`cards.money.prompt{"phase":"phases.phase1","cost":"${(snapshot.phaseCost ?? 0).toFixed(1)}"}`);
    expect(describeStatus(snapshot, fakeT, format)).toContain(`describe.odds{"phase":"phases.phase1","odds":${outOf100(snapshot.odds?.phase1 ?? 0)}}`);
  });

  it('after a choice, says what it did, then the next question', () => {
    const model = playTo('normal', 1, ['biologic']);
    const before = model.snapshot().news.length;
    model.choose('regulatory');
    expect(describeAfterChoice(model.snapshot(), before, fakeT, format)).toBe('feedback.hire.regulatory cards.biomarker.prompt');
  });

  it('writes a phase result with its real odds out of 100', () => {
    const model = playTo('easy', 2, ['biologic', 'quality', 'allPatients', 'cdmo', 'honest', 'seriesA']);
    const snapshot = model.snapshot();
    const record = snapshot.history[0];
    expect(snapshot.card).toBe('phaseResult');
    expect(cardPrompt(snapshot, fakeT, format)).toBe(`cards.phaseResult.${record?.passed ? 'passed' : 'failed'}{"phase":"phases.phase1","odds":${outOf100(record?.odds ?? 0)}}`);
  });
});

describe('results', () => {
  it('explain a failure with the real odds of the phase where it stopped, and never promise riches', () => {
    for (let seed = 1; seed < 100; seed++) {
      const model = playTo('normal', seed, ['smallMolecule', 'quality', 'allPatients', 'cdmo', 'honest', 'seriesA']);
      if (model.snapshot().history[0]?.passed) continue;
      model.choose('continue');
      model.choose('honest');
      expect(model.isFinished).toBe(true);
      const result = launchpadResult(model.snapshot(), fakeT, format);
      expect(result.summaryLines[0]).toBe(`results.stopped{"phase":"phases.phase1","odds":${outOf100(model.snapshot().history[0]?.odds ?? 0)}}`);
      expect(result.summaryLines[1]).toBe('results.oddsFailed{"loa":6}');
      expect(result.summaryLines).toContain('results.roles.qaOfficer');
      expect(result.summaryLines).toContain('results.roles.cra');
      expect(result.learnedKeys.length).toBeGreaterThanOrEqual(2);
      expect(result.learnedKeys.length).toBeLessThanOrEqual(3);
      expect(result.learnedKeys[0]).toBe('learned.odds');
      expect(result.stars).toBe(3);
      expect(result.completed).toBe(true);
      return;
    }
    throw new Error('no seed failed Phase I');
  });

  it('credit the jobs that took part', () => {
    const model = playTo('normal', 1, ['biologic', 'business', 'biomarker']);
    expect(rolesAtWork(model.snapshot())).toEqual(['founder', 'researchScientist', 'businessDeveloper']);
  });

  it('cost stars for a misleading pitch', () => {
    const model = playTo('hard', 3, ['biologic', 'quality', 'allPatients', 'ownPlant', 'overpromise', 'seed']);
    expect(model.isFinished).toBe(true);
    const result = launchpadResult(model.snapshot(), fakeT, format);
    expect(result.summaryLines[0]).toBe('results.outOfCash{"phase":"phases.phase1"}');
    expect(result.stars).toBeLessThan(2);
    expect(result.learnedKeys).toEqual(['learned.odds', 'learned.honesty', 'learned.runway']);
  });
});
