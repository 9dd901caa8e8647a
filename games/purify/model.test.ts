// Purify It! model: good choices give a high yield and a clean product; a wrong elution pH loses antibody; overloading
// the column loses it to the flow-through; a too-short hold fails virus reduction; seeded runs repeat; random choices
// never throw or give NaN.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { cutResult, fractionContents, purityAfterCut } from './chromatogram';
import { ELUTION_GAUGE, ELUTION_PH_MAX, ELUTION_PH_MIN, ELUTION_PH_STEP, HCP_LIMIT_PPM, VIRUS_LRV_TARGET } from './constants';
import type { PurifyLevel } from './levels';
import { CLARIFICATION_IDS, PurifyModel, processProgress, WASH_IDS, type PurifyAction, type SettingId } from './model';
import { bufferExchange, elutionAggregates, elutionRecovery, flowThroughLoss, virusLogReduction } from './process';
import { evaluate, learnedKeysFor } from './scoring';

interface Plan {
  clarification?: string;
  load?: number;
  wash?: string;
  elutionPH?: number;
  holdPH?: number;
  holdMinutes?: number;
  cut?: [number, number] | 'best';
  diavolumes?: number;
}

const GOOD: Plan = { clarification: 'centrifugeAndFilter', load: 35, wash: 'intermediate', elutionPH: 3.4, holdPH: 3.5, holdMinutes: 60, cut: 'best', diavolumes: 7 };

/** Moves a setting with the +/- actions until it reaches the target (or cannot move). */
function setTo(model: PurifyModel, setting: SettingId, target: number, read: () => number): void {
  for (let i = 0; i < 40 && Math.abs(read() - target) > 1e-6; i++) {
    if (!model.perform({ type: 'adjust', setting, direction: read() < target ? 1 : -1 })) break;
  }
}

function setCut(model: PurifyModel, [start, end]: [number, number]): void {
  const s = () => model.snapshot().settings;
  for (let i = 0; i < 40 && s().cutEnd !== end; i++) model.perform({ type: 'moveMarker', marker: 'end', direction: s().cutEnd < end ? 1 : -1 });
  for (let i = 0; i < 40 && s().cutStart !== start; i++) model.perform({ type: 'moveMarker', marker: 'start', direction: s().cutStart < start ? 1 : -1 });
  for (let i = 0; i < 40 && s().cutEnd !== end; i++) model.perform({ type: 'moveMarker', marker: 'end', direction: s().cutEnd < end ? 1 : -1 });
}

function runStage(model: PurifyModel): void {
  model.perform({ type: 'run' });
  while (model.isRunning) model.step();
}

function play(level: PurifyLevel, seed: number, plan: Plan): PurifyModel {
  const model = new PurifyModel({ level, random: createRandom(seed) });
  const s = () => model.snapshot().settings;
  let guard = 0;
  while (!model.isFinished && guard++ < 20) {
    switch (model.stage) {
      case 'clarify':
        if (plan.clarification) model.perform({ type: 'choose', option: plan.clarification });
        break;
      case 'load':
        if (plan.load) setTo(model, 'load', plan.load, () => s().loadDensity);
        break;
      case 'wash':
        if (plan.wash) model.perform({ type: 'choose', option: plan.wash });
        break;
      case 'elute':
        if (plan.elutionPH) setTo(model, 'elutionPH', plan.elutionPH, () => s().elutionPH);
        break;
      case 'hold':
        if (plan.holdPH) setTo(model, 'holdPH', plan.holdPH, () => s().holdPH);
        if (plan.holdMinutes) setTo(model, 'holdTime', plan.holdMinutes, () => s().holdMinutes);
        break;
      case 'polish':
        if (plan.cut === 'best') {
          // A good operator reads the live preview: the widest cut that keeps HCP and aggregates well inside the limits.
          const { fractions, product } = model.snapshot();
          let best: [number, number] = [10, 12];
          let bestYield = 0;
          for (let start = 1; start <= 20; start++) {
            for (let end = start; end <= 20; end++) {
              const cut = cutResult(fractions, start, end);
              const purity = purityAfterCut(cut, product.hcpPpm, product.aggregatePct);
              if (purity.hcpPpm <= 45 && purity.aggregatePct <= 0.95 && cut.monomerYield > bestYield) {
                best = [start, end];
                bestYield = cut.monomerYield;
              }
            }
          }
          setCut(model, best);
        } else if (plan.cut) setCut(model, plan.cut);
        break;
      case 'ufdf':
        if (plan.diavolumes) setTo(model, 'diavolumes', plan.diavolumes, () => s().diavolumes);
        break;
      default:
        break;
    }
    runStage(model);
  }
  return model;
}

describe('unit operations', () => {
  it('Protein A loses little below the binding capacity and much above it', () => {
    expect(flowThroughLoss(30, 38)).toBeLessThan(0.01);
    expect(flowThroughLoss(38, 38)).toBeLessThan(0.02);
    expect(flowThroughLoss(55, 38)).toBeGreaterThan(0.15);
  });

  it('elution works at pH 3-3.6 and fails above pH 4', () => {
    expect(elutionRecovery(3.4)).toBeGreaterThan(0.95);
    expect(elutionRecovery(4.2)).toBeLessThan(0.2);
  });

  it("the elution gauge's green band is exactly where the model neither damages nor strands the antibody", () => {
    const [low, high] = ELUTION_GAUGE.good;
    // Every pH the player can choose, and the band's own edges.
    const choices = Array.from({ length: Math.round((ELUTION_PH_MAX - ELUTION_PH_MIN) / ELUTION_PH_STEP) + 1 }, (_, i) => ELUTION_PH_MIN + i * ELUTION_PH_STEP);
    const inBand = [low, high, ...choices.filter((pH) => pH >= low - 1e-9 && pH <= high + 1e-9)];
    expect(inBand.length).toBeGreaterThan(2);
    for (const pH of inBand) {
      expect(elutionAggregates(pH), `pH ${pH}`).toBe(0);
      expect(elutionRecovery(pH), `pH ${pH}`).toBeGreaterThanOrEqual(0.9);
    }
    for (const pH of choices.filter((value) => value < low - 1e-9)) expect(elutionAggregates(pH), `pH ${pH}`).toBeGreaterThan(0);
    expect(elutionAggregates(low - 0.05)).toBeGreaterThan(0);
    for (const pH of choices.filter((value) => value > high + 1e-9)) expect(elutionRecovery(pH), `pH ${pH}`).toBeLessThan(0.9);
  });

  it('the low-pH hold reaches 5 log at pH 3.6 for 30 min, not in 15 min, and hardly at pH 4.2', () => {
    expect(virusLogReduction(3.6, 30)).toBeCloseTo(VIRUS_LRV_TARGET);
    expect(virusLogReduction(3.6, 15)).toBeLessThan(VIRUS_LRV_TARGET);
    expect(virusLogReduction(4.2, 120)).toBeLessThan(VIRUS_LRV_TARGET);
  });

  it('diafiltration replaces 1 - e^-N of the buffer', () => {
    expect(bufferExchange(7)).toBeCloseTo(1 - Math.exp(-7));
  });

  it('a wider cut keeps more antibody and more impurity', () => {
    const contents = fractionContents({ offset: 0 });
    const narrow = cutResult(contents, 9, 12);
    const wide = cutResult(contents, 6, 16);
    expect(wide.monomerYield).toBeGreaterThan(narrow.monomerYield);
    expect(purityAfterCut(wide, 1500, 3).hcpPpm).toBeGreaterThan(purityAfterCut(narrow, 1500, 3).hcpPpm);
    expect(purityAfterCut(wide, 1500, 3).aggregatePct).toBeGreaterThan(purityAfterCut(narrow, 1500, 3).aggregatePct);
    const total = contents.reduce((sum, c) => sum + c.monomer, 0);
    expect(total).toBeGreaterThan(0.99);
  });
});

describe('whole process', () => {
  for (const seed of [1, 7, 42, 2024]) {
    it(`good choices give a high yield, HCP below the limit and 3 stars (seed ${seed})`, () => {
      const model = play('normal', seed, GOOD);
      const evaluation = evaluate(model.snapshot());
      expect(evaluation.failedTests).toEqual([]);
      expect(evaluation.overallYield).toBeGreaterThan(0.7);
      expect(evaluation.overallYield).toBeLessThan(0.85);
      expect(evaluation.hcpPpm).toBeLessThan(50);
      expect(evaluation.aggregatePct).toBeLessThan(1);
      expect(evaluation.stars).toBe(3);
    });
  }

  it('after Protein A, HCP is several hundred to a few thousand ppm', () => {
    const model = play('normal', 3, GOOD);
    const afterWash = model.snapshot().history.find((record) => record.stage === 'wash');
    expect(afterWash?.product.hcpPpm).toBeGreaterThanOrEqual(300);
    expect(afterWash?.product.hcpPpm).toBeLessThanOrEqual(3000);
  });

  it('a wrong elution pH loses product', () => {
    const good = evaluate(play('normal', 5, GOOD).snapshot());
    const model = play('normal', 5, { ...GOOD, elutionPH: 4.4 });
    const bad = evaluate(model.snapshot());
    expect(bad.overallYield).toBeLessThan(good.overallYield * 0.2);
    expect(bad.stars).toBeLessThan(2);
    expect(learnedKeysFor(bad, model.snapshot().history)).toContain('learned.elution');
  });

  it('overloading the column loses antibody to the flow-through', () => {
    const model = play('normal', 5, { ...GOOD, load: 55 });
    const load = model.snapshot().history.find((record) => record.stage === 'load');
    expect(load?.product.flowThroughLoss).toBeGreaterThan(0.1);
    expect(evaluate(model.snapshot()).overallYield).toBeLessThan(evaluate(play('normal', 5, GOOD).snapshot()).overallYield);
  });

  it('too short a low-pH hold fails virus reduction and earns no star', () => {
    const model = play('normal', 5, { ...GOOD, holdPH: 3.6, holdMinutes: 15 });
    const evaluation = evaluate(model.snapshot());
    expect(evaluation.virusLrv).toBeLessThan(VIRUS_LRV_TARGET);
    expect(evaluation.failedTests).toContain('virus');
    expect(evaluation.stars).toBe(0);
    expect(learnedKeysFor(evaluation, model.snapshot().history)).toContain('learned.virus');
  });

  it('skipping the wash and cutting wide leaves too much host-cell protein', () => {
    const evaluation = evaluate(play('normal', 5, { ...GOOD, wash: 'none', cut: [6, 16] }).snapshot());
    expect(evaluation.hcpPpm).toBeGreaterThan(HCP_LIMIT_PPM);
    expect(evaluation.failedTests).toContain('hcp');
  });

  it('easy runs clarification and UF/DF by the recipe', () => {
    const model = play('easy', 5, GOOD);
    const snapshot = model.snapshot();
    expect(snapshot.stages).not.toContain('clarify');
    expect(snapshot.history.map((record) => record.stage)).toEqual(['clarify', 'load', 'wash', 'elute', 'hold', 'polish', 'ufdf']);
    expect(evaluate(snapshot).failedTests).toEqual([]);
    expect(processProgress(snapshot)).toBe(1);
  });

  it('seeded runs are deterministic', () => {
    expect(play('normal', 99, GOOD).snapshot()).toEqual(play('normal', 99, GOOD).snapshot());
    expect(play('normal', 99, GOOD).snapshot().titre).not.toBe(play('normal', 98, GOOD).snapshot().titre);
  });
});

describe('fuzz', () => {
  it('random actions for 30 s of game time never throw or produce NaN', () => {
    const settings: SettingId[] = ['load', 'elutionPH', 'holdPH', 'holdTime', 'diavolumes'];
    const actions: PurifyAction[] = [
      ...[...CLARIFICATION_IDS, ...WASH_IDS, 'nonsense'].map((option) => ({ type: 'choose', option }) as const),
      ...settings.flatMap((setting) => [1, -1].map((direction) => ({ type: 'adjust', setting, direction }) as PurifyAction)),
      ...(['start', 'end'] as const).flatMap((marker) => [1, -1].map((direction) => ({ type: 'moveMarker', marker, direction }) as PurifyAction)),
      ...[0, 1, 5, 10, 20, 21, 3.5].map((fraction) => ({ type: 'tapFraction', fraction }) as const),
      { type: 'run' },
    ];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = createRandom(seed);
      const model = new PurifyModel({ level: random.pick(['easy', 'normal'] as const), random: createRandom(seed) });
      for (let i = 0; i < 300; i++) {
        model.perform(random.pick(actions));
        model.step();
        const snapshot = model.snapshot();
        const preview = model.preview();
        const evaluation = evaluate(snapshot);
        for (const value of [snapshot.product.antibodyGrams, snapshot.product.hcpPpm, snapshot.product.aggregatePct, preview.product.antibodyGrams, preview.product.hcpPpm, evaluation.score, processProgress(snapshot)]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        expect(snapshot.settings.cutStart).toBeLessThanOrEqual(snapshot.settings.cutEnd);
      }
    }
  });
});
