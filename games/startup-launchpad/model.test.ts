// Start-up Launchpad's rules: each constant pinned to its published source number, the odds built from them (and
// only them), the card sequence, money and dilution, the honest choices, and fuzz runs on every level from fixed
// seeds. The model is pure, so the same seed and choices always give the same story.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import * as C from './constants';
import { LEVEL_RULES } from './levels';
import { LaunchpadModel, phasesPassed, type OptionId } from './model';
import { approvalOddsFrom, BASE_LOA, biomarkerRates, phaseOdds, product } from './odds';

const PHASES = C.PHASES;

describe('constants pinned to their sources', () => {
  it('BIO/Informa/QLS 2021: phase transition rates, LOA, modalities, biomarkers and durations', () => {
    expect(C.TRANSITION_SUCCESS).toEqual({ phase1: 0.52, phase2: 0.289, phase3: 0.578, filing: 0.906 });
    expect(C.LOA_ALL).toBe(0.079);
    expect(C.LOA_BIOLOGIC).toBe(0.091);
    expect(C.LOA_SMALL_MOLECULE).toBe(0.057);
    expect(C.LOA_BIOMARKER).toBe(0.159);
    expect(C.LOA_CEILING).toBe(0.239);
    expect(C.PHASE_YEARS).toEqual({ phase1: 2.3, phase2: 3.6, phase3: 3.3, filing: 1.3 });
    expect(C.YEARS_PHASE1_TO_APPROVAL).toBe(10.5);
    // The phases' product is the report's 7.9 % and their years add up to its 10.5.
    expect(BASE_LOA).toBeCloseTo(C.LOA_ALL, 3);
    expect(PHASES.reduce((sum, phase) => sum + C.PHASE_YEARS[phase], 0)).toBeCloseTo(C.YEARS_PHASE1_TO_APPROVAL, 6);
  });

  it('trial costs (Martin et al. 2017 medians) inside the Sertkaya 2016 ranges; FDA trial sizes', () => {
    expect(C.TRIAL_COST).toEqual({ phase1: 3.4, phase2: 8.6, phase3: 21.4, filing: 1 });
    expect(C.TRIAL_COST_RANGE).toEqual({ phase1: [1.4, 6.6], phase2: [7.0, 19.6], phase3: [11.5, 52.9] });
    for (const phase of ['phase1', 'phase2', 'phase3'] as const) {
      const [low, high] = C.TRIAL_COST_RANGE[phase];
      expect(C.TRIAL_COST[phase]).toBeGreaterThanOrEqual(low);
      expect(C.TRIAL_COST[phase]).toBeLessThanOrEqual(high);
    }
    expect(C.TRIAL_PARTICIPANTS.phase1).toBeGreaterThanOrEqual(20);
    expect(C.TRIAL_PARTICIPANTS.phase1).toBeLessThanOrEqual(100);
    expect(C.TRIAL_PARTICIPANTS.phase3).toBeGreaterThanOrEqual(300);
    expect(C.TRIAL_PARTICIPANTS.phase3).toBeLessThanOrEqual(3000);
  });

  it('Walloon support and round sizes as published; dilution inside the quoted range', () => {
    expect(C.FIRST_SPINOFF_RUNNING_COSTS).toBe(0.02);
    expect(C.FIRST_SPINOFF_YEARS).toBe(2);
    expect(C.WIN4COMPANY_GRANT_SHARE_SMALL).toBe(0.7);
    expect(C.WIN4COMPANY_ADVANCE_SHARE_SMALL).toBe(0.55);
    expect(C.SEED_ROUND).toBe(2.5);
    expect(C.SERIES_A_ROUND).toBe(20);
    expect(C.DILUTION_RANGE).toEqual([0.2, 0.35]);
    expect(C.DILUTION_MAX_EARLY_BIOTECH).toBe(0.7);
    for (const dilution of [C.SEED_DILUTION, C.SERIES_A_DILUTION, C.SERIES_B_DILUTION]) {
      expect(dilution).toBeGreaterThanOrEqual(C.DILUTION_RANGE[0]);
      expect(dilution).toBeLessThanOrEqual(C.DILUTION_RANGE[1]);
      expect(dilution + C.DISTRUST_EXTRA_DILUTION).toBeLessThanOrEqual(C.DILUTION_MAX_EARLY_BIOTECH);
    }
  });
});

describe('odds', () => {
  it('give each modality its reported likelihood of approval', () => {
    expect(approvalOddsFrom(phaseOdds('biologic', false), 'phase1')).toBeCloseTo(C.LOA_BIOLOGIC, 4);
    expect(approvalOddsFrom(phaseOdds('smallMolecule', false), 'phase1')).toBeCloseTo(C.LOA_SMALL_MOLECULE, 4);
  });

  it('double with a biomarker, Phase II nearly one in two', () => {
    const rates = biomarkerRates();
    expect(rates.phase2).toBe(0.48);
    expect(product(PHASES.map((phase) => rates[phase]))).toBeCloseTo(C.LOA_BIOMARKER, 4);
    const both = approvalOddsFrom(phaseOdds('biologic', true), 'phase1');
    expect(both).toBeGreaterThan(C.LOA_BIOMARKER);
    expect(both).toBeLessThanOrEqual(C.LOA_CEILING);
    for (const phase of PHASES) expect(phaseOdds('biologic', true)[phase]).toBeLessThan(1);
  });
});

/** Plays a run, taking the first preferred option each card offers. */
function play(level: 'easy' | 'normal' | 'hard', seed: number, preferences: readonly OptionId[]): LaunchpadModel {
  const model = new LaunchpadModel({ level, random: createRandom(seed) });
  for (let guard = 0; guard < 40 && !model.isFinished; guard++) {
    const options = model.options();
    const pick = preferences.find((option) => options.includes(option)) ?? options[0];
    expect(pick).toBeDefined();
    expect(model.choose(pick as OptionId)).toBe(true);
  }
  expect(model.isFinished).toBe(true);
  return model;
}

const CAREFUL: readonly OptionId[] = ['biologic', 'quality', 'regulatory', 'business', 'biomarker', 'cdmo', 'honest', 'seriesA', 'seriesB', 'continue', 'backup'];

describe('a run', () => {
  it('starts with the kind of medicine, then the first hire', () => {
    const model = new LaunchpadModel({ level: 'normal', random: createRandom(1) });
    expect(model.snapshot().card).toBe('modality');
    expect(model.options()).toEqual(['biologic', 'smallMolecule']);
    expect(model.choose('quality')).toBe(false);
    model.choose('biologic');
    expect(model.snapshot().card).toBe('hire');
    expect(model.options()).toEqual(['quality', 'regulatory', 'business', 'scientist']);
    expect(model.snapshot().years).toBe(C.FIRST_SPINOFF_YEARS);
    expect(model.snapshot().cash).toBe(LEVEL_RULES.normal.startCash);
  });

  it('dilutes the founders by the round share and adds its money', () => {
    const model = new LaunchpadModel({ level: 'normal', random: createRandom(1) });
    for (const option of ['biologic', 'quality', 'allPatients', 'cdmo', 'honest'] as const) model.choose(option);
    expect(model.snapshot().card).toBe('money');
    expect(model.options()).toContain('seed');
    const before = model.snapshot().cash;
    model.choose('seriesA');
    expect(model.snapshot().founderShare).toBeCloseTo(1 - C.SERIES_A_DILUTION, 9);
    // Phase I ran: its money is spent, its years passed, and the result card waits.
    const after = model.snapshot();
    expect(after.card).toBe('phaseResult');
    expect(after.history).toHaveLength(1);
    expect(after.years).toBeCloseTo(C.FIRST_SPINOFF_YEARS + C.PHASE_YEARS.phase1, 9);
    expect(after.cash).toBeCloseTo(before + C.SERIES_A_ROUND - (C.TRIAL_COST.phase1 + C.CDMO_COST_PER_TRIAL + 3 * C.COST_PER_PERSON_YEAR * C.PHASE_YEARS.phase1), 9);
  });

  it('costs a bigger share after misleading investors, and on hard they refuse a second round', () => {
    const misled = play('normal', 5, ['biologic', 'business', 'allPatients', 'cdmo', 'overpromise', 'seed', 'continue', 'quality', 'seriesA', 'regulatory', 'seriesB']);
    expect(misled.snapshot().founderShare).toBeLessThan(1 - C.SEED_DILUTION - C.DISTRUST_EXTRA_DILUTION + 1e-9);
    const hard = new LaunchpadModel({ level: 'hard', random: createRandom(3) });
    for (const option of ['biologic', 'quality', 'allPatients', 'ownPlant', 'overpromise', 'seed'] as const) hard.choose(option);
    // The plant ate the money and the seed round did not cover Phase I; the misled investors will not come back.
    expect(hard.isFinished).toBe(true);
    expect(hard.snapshot().endReason).toBe('cash');
  });

  it('asks the team question after a failed phase; the backup molecule exists only on easy', () => {
    for (let seed = 1; seed < 200; seed++) {
      const model = new LaunchpadModel({ level: 'easy', random: createRandom(seed) });
      for (let guard = 0; guard < 40 && !model.isFinished && model.snapshot().card !== 'teamTalk'; guard++) {
        const options = model.options();
        model.choose((CAREFUL.find((option) => options.includes(option)) ?? options[0]) as OptionId);
      }
      const last = model.snapshot().history.at(-1);
      if (model.snapshot().card !== 'teamTalk' || last?.phase !== 'phase2') continue;
      model.choose('honest');
      expect(model.snapshot().card).toBe('backup');
      model.choose('backup');
      expect(model.snapshot().card).toBe('money');
      model.choose(model.options().includes('continue') ? 'continue' : (model.options()[0] as OptionId));
      if (model.snapshot().card === 'money') model.choose(model.options()[0] as OptionId);
      expect(model.snapshot().history.at(-1)?.backup).toBe(true);
      return;
    }
    throw new Error('no seed failed Phase II');
  });

  it('slows the file without regulatory affairs and fails a batch without quality (normal)', () => {
    for (let seed = 1; seed < 400; seed++) {
      const model = play('normal', seed, ['biologic', 'business', 'scientist', 'biomarker', 'cdmo', 'honest', 'seriesA', 'partner', 'continue']);
      const kinds = model.snapshot().news.map((news) => news.kind);
      if (!model.snapshot().history.some((record) => record.phase === 'filing')) continue;
      expect(kinds).toContain('batchProblem');
      expect(kinds).toContain('slowDossier');
      return;
    }
    throw new Error('no seed reached the filing');
  });

  it('follows the published odds over many seeds, and the easy level can reach approval', () => {
    let approvedEasy = 0;
    let passedPhase1 = 0;
    const runs = 600;
    for (let seed = 1; seed <= runs; seed++) {
      const easy = play('easy', seed, CAREFUL);
      if (easy.snapshot().endReason === 'approved') approvedEasy++;
      const normal = play('normal', seed + 10_000, ['smallMolecule', 'quality', 'allPatients', 'cdmo', 'honest', 'seriesA', 'seriesB', 'continue']);
      if (phasesPassed(normal.snapshot()) >= 1) passedPhase1++;
    }
    expect(approvedEasy).toBeGreaterThan(runs * 0.15);
    const expected = phaseOdds('smallMolecule', false).phase1;
    expect(Math.abs(passedPhase1 / runs - expected)).toBeLessThan(0.06);
  });

  it('fuzz: any choices on any level end, never refuse an offered option, and repeat for a seed', () => {
    for (const level of ['easy', 'normal', 'hard'] as const) {
      for (let seed = 1; seed <= 150; seed++) {
        const picker = createRandom(seed * 7);
        const run = (): string => {
          const model = new LaunchpadModel({ level, random: createRandom(seed) });
          const pickerCopy = createRandom(seed * 7);
          for (let guard = 0; guard < 40 && !model.isFinished; guard++) {
            const options = model.options();
            expect(options.length).toBeGreaterThan(0);
            expect(model.choose(pickerCopy.pick(options))).toBe(true);
          }
          expect(model.isFinished).toBe(true);
          expect(model.options()).toEqual([]);
          return JSON.stringify(model.snapshot());
        };
        picker.next();
        expect(run()).toBe(run());
      }
    }
  });
});
