// Pipette Pro's model: every constant pinned to its source, the dilution arithmetic, the refusals, the technique's
// effect on the series, and the promise of the easy level: perfect choices give three stars on every seed.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import * as C from './constants';
import { LEVEL_RULES, toPipetteLevel, type PipetteLevel } from './levels';
import { PipetteModel, STEP_OPTIONS, TRANSFER_STEPS, runProgress, type OptionId } from './model';
import { evaluateRun } from './scoring';
import { bestPipetteFor, computeSeries, fitsPipette, seriesQuality, targetConcentration, transferVolumeFor, type TransferTechnique } from './series';

const LEVELS: PipetteLevel[] = ['easy', 'normal', 'hard'];
const GOOD: TransferTechnique = { newTip: true, prewet: true, depth: 'right', vertical: true, drawFirstStop: true, blowOut: true, mixed: true };

/** Plays a run choosing the good practice each time, except where `pick` returns another option. */
function play(level: PipetteLevel, seed: number, pick: (model: PipetteModel) => OptionId | null = () => null): PipetteModel {
  const model = new PipetteModel({ level, random: createRandom(seed) });
  for (let guard = 0; guard < 200 && !model.isFinished; guard++) {
    const choice = pick(model) ?? model.rightOption();
    if (!model.choose(choice).accepted) model.choose(model.rightOption());
  }
  return model;
}

describe('constants pinned to their sources', () => {
  it('ISO 8655-2:2002 Table 1 maximum permissible errors at nominal volume (µL)', () => {
    const byId = Object.fromEntries(C.PIPETTES.map((p) => [p.id, [p.nominal, p.mpeSystematicUl, p.mpeRandomUl]]));
    expect(byId).toEqual({ p10: [10, 0.12, 0.08], p20: [20, 0.2, 0.1], p200: [200, 1.6, 0.6], p1000: [1000, 8, 3] });
    // The same limits in per cent at nominal: 1.2/0.8, 1.0/0.5, 0.8/0.3, 0.8/0.3; and 4 %/1.5 % at 200 µL on a 1000 µL pipette.
    expect(C.PIPETTES.map((p) => [(100 * p.mpeSystematicUl) / p.nominal, (100 * p.mpeRandomUl) / p.nominal].map((v) => Math.round(v * 10) / 10))).toEqual([[1.2, 0.8], [1, 0.5], [0.8, 0.3], [0.8, 0.3]]);
    expect((100 * 8) / 200).toBe(4);
  });

  it('useful ranges are 10-100 % of nominal (Rainin L-20 2-20 µL, L-200 20-200 µL, L-1000 100-1000 µL)', () => {
    for (const p of C.PIPETTES) expect(p.minimum).toBeCloseTo(p.nominal / 10);
  });

  it('technique effects: Artel (-0.5 µL at 20 µL without pre-wetting) and the tuned sizes in README.md', () => {
    expect(C.NO_PREWET_ERROR).toBeCloseTo(-0.5 / 20);
    expect([C.TOO_SHALLOW_ERROR, C.TOO_SHALLOW_EXTRA_RANDOM, C.TOO_DEEP_ERROR, C.TILTED_ERROR, C.TILTED_EXTRA_RANDOM]).toEqual([-0.04, 0.015, 0.02, 0.025, 0.005]);
    expect([C.SECOND_STOP_DRAW_ERROR, C.FIRST_STOP_DISPENSE_ERROR, C.CARRYOVER_FILM_FRACTION, C.UNMIXED_BIAS, C.UNMIXED_SPREAD]).toEqual([0.06, -0.03, 0.005, -0.3, 0.1]);
    expect([C.INSTRUMENT_SHARE_OF_SYSTEMATIC_MPE, C.INSTRUMENT_SHARE_OF_RANDOM_MPE, C.NOISE_CLIP_SD]).toEqual([0.3, 0.3, 2]);
    expect([C.DILUTION_FACTOR, C.STOCK_NG_PER_ML, C.QC_TOLERANCE]).toEqual([10, 10000, 0.1]);
  });
});

describe('dilution arithmetic and pipettes', () => {
  it('a 1:10 dilution adds diluent / 9: 100 µL into 900 µL, 200 into 1800, 20 into 180', () => {
    expect(LEVELS.map((level) => transferVolumeFor(LEVEL_RULES[level].diluentUl))).toEqual([100, 200, 20]);
    expect([0, 1, 2, 3].map(targetConcentration)).toEqual([10000, 1000, 100, 10]);
  });

  it('picks the smallest pipette whose range holds the volume', () => {
    expect([100, 200, 20, 5, 500].map(bestPipetteFor)).toEqual(['p200', 'p200', 'p20', 'p10', 'p1000']);
    expect(fitsPipette('p1000', 100)).toBe(true);
    expect(fitsPipette('p20', 100)).toBe(false);
  });

  it('unknown level ids fall back to normal', () => {
    expect(toPipetteLevel('quick')).toBe('normal');
  });
});

describe('the series', () => {
  const input = (technique: Partial<TransferTechnique>, at = 1) => ({
    pipette: 'p200' as const,
    setVolumeUl: 100,
    diluentUl: 900,
    instrumentSign: 1,
    transfers: [0, 1, 2].map((i) => (i === at ? { ...GOOD, ...technique } : GOOD)),
    noise: [0, 1, 2].map(() => ({ volume: 0, layer: 0 })),
  });

  it('perfect technique stays inside the ISO limits, close to 1:10 each step', () => {
    const tubes = computeSeries(input({}));
    const quality = seriesQuality(tubes, 900);
    expect(quality.withinIso).toBe(true);
    for (const tube of tubes) expect(Math.abs(tube.concentration / tube.target - 1)).toBeLessThan(0.02);
  });

  it('each single mistake in one transfer takes the series outside the ISO limits', () => {
    const mistakes: Partial<TransferTechnique>[] = [{ prewet: false }, { depth: 'shallow' }, { depth: 'deep' }, { vertical: false }, { drawFirstStop: false }, { blowOut: false }, { newTip: false }, { mixed: false }];
    for (const mistake of mistakes) expect(seriesQuality(computeSeries(input(mistake)), 900).withinIso, JSON.stringify(mistake)).toBe(false);
  });

  it('a kept tip adds sample from the stronger tube; an unmixed tube reads about 30 % weak', () => {
    const good = computeSeries(input({}));
    const kept = computeSeries(input({ newTip: false }));
    expect((kept[1]?.concentration ?? 0) / (good[1]?.concentration ?? 1)).toBeGreaterThan(1.04);
    const unmixed = computeSeries(input({ mixed: false }));
    expect((unmixed[1]?.concentration ?? 0) / (good[1]?.concentration ?? 1)).toBeCloseTo(0.7, 2);
  });

  it('a mistake early in the series carries on into every later tube', () => {
    const tubes = computeSeries(input({ drawFirstStop: false }, 0));
    for (const tube of tubes) expect(tube.concentration / tube.target).toBeGreaterThan(1.04);
  });
});

describe('PipetteModel', () => {
  it('refuses a pipette whose range does not hold the volume and a kept tip before any tip, without counting them', () => {
    const model = new PipetteModel({ level: 'easy', random: createRandom(1) });
    expect(model.choose('ninth').accepted).toBe(true);
    expect(model.choose('p20')).toEqual({ accepted: false, right: false, refusal: 'pipetteRange' });
    expect(model.choose('p1000')).toEqual({ accepted: true, right: false, refusal: null });
    expect(model.choose('keepTip').refusal).toBe('noTipYet');
    expect(model.snapshot().refusals).toBe(2);
    expect(model.snapshot().choices).toHaveLength(2);
    expect(model.choose('sendToQc').accepted).toBe(false);
  });

  it('offers each step its options in a seeded order and walks through every step of every transfer', () => {
    const model = new PipetteModel({ level: 'normal', random: createRandom(5) });
    const seen: string[] = [];
    while (!model.isFinished) {
      const s = model.snapshot();
      expect([...s.options].sort()).toEqual([...STEP_OPTIONS[s.step]].sort());
      seen.push(s.step);
      model.choose(model.rightOption());
    }
    expect(seen).toEqual(['volume', 'pipette', ...Array.from({ length: 4 }, () => [...TRANSFER_STEPS]).flat(), 'review']);
    expect(runProgress(model.snapshot())).toBe(1);
  });

  it('perfect choices give three stars on every level and seed (the easy level needs no speed, only choices)', () => {
    for (const level of LEVELS) {
      for (let seed = 1; seed <= 60; seed++) {
        const evaluation = evaluateRun(play(level, seed).snapshot());
        expect(evaluation.stars, `${level} seed ${seed}`).toBe(3);
        expect(evaluation.rightChoices).toBe(evaluation.choices);
      }
    }
  });

  it('one mistake costs the third star; the wrong pipette or volume too', () => {
    const once = (step: string, option: OptionId) => (m: PipetteModel) => (m.snapshot().step === step && m.snapshot().transfer === 1 ? option : null);
    expect(evaluateRun(play('easy', 3, once('prewet', 'noPrewet')).snapshot()).stars).toBe(2);
    expect(evaluateRun(play('hard', 3, (m) => (m.snapshot().step === 'pipette' ? 'p200' : null)).snapshot()).stars).toBeLessThan(3);
    const tenth = evaluateRun(play('easy', 3, (m) => (m.snapshot().step === 'volume' ? 'tenth' : null)).snapshot());
    expect(tenth.stars).toBeLessThan(3);
    expect(tenth.quality.finalError).toBeLessThan(-0.2);
  });

  it('is the same run for the same seed and choices', () => {
    expect(play('hard', 9).snapshot()).toEqual(play('hard', 9).snapshot());
  });

  it('fuzz: random choices always finish with a finite result', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = createRandom(seed * 7);
      const model = play(LEVELS[seed % 3] as PipetteLevel, seed, (m) => random.pick(m.snapshot().options));
      expect(model.isFinished).toBe(true);
      const evaluation = evaluateRun(model.snapshot());
      expect(Number.isFinite(evaluation.score)).toBe(true);
      expect(Number.isFinite(evaluation.quality.cv)).toBe(true);
    }
  });
});
