// Behaviour of the Bioreactor Balance model: literature-range outcomes for a sensible operator, starvation, pH
// collapse, determinism per seed, the temperature shift, scoring bands, and a fuzz over random control sequences.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { HARVEST_VIABILITY_THRESHOLD, RUN_HOURS } from './constants';
import type { IncidentState } from './incidents';
import { BioreactorModel, peakViableCellDensity, viability, type BioreactorSnapshot, type ControlId } from './model';
import type { BioreactorLevel } from './levels';
import { evaluateHarvest, learnedKeysFor, starsForTitre } from './scoring';

type Operator = (snapshot: BioreactorSnapshot, model: BioreactorModel) => void;

function runToHarvest(level: BioreactorLevel, seed: number, operator: Operator): BioreactorModel {
  const model = new BioreactorModel({ level, random: createRandom(seed) });
  let guard = 0;
  while (!model.isHarvested && guard++ < RUN_HOURS + 5) {
    operator(model.snapshot(), model);
    model.step();
  }
  return model;
}

/** Feeds before glucose runs low, keeps pH in 7.05-7.35 and DO in 30-70 %, cools to 33 C on the given day. */
function sensibleOperator(shiftDay: number | null): Operator {
  return ({ culture, incident }, model) => {
    if (culture.glucose < 12) model.perform('feed');
    if (culture.pH < 7.05) model.perform('addBase');
    else if (culture.pH > 7.35) model.perform('spargeCO2');
    if (culture.dissolvedOxygen < 30) model.perform('moreOxygen');
    else if (culture.dissolvedOxygen > 70) model.perform('lessOxygen');
    if (shiftDay !== null && culture.hour === shiftDay * 24) model.perform('temperature');
    if (incident?.status === 'active') model.perform(incident.kind === 'foam' ? 'antifoam' : 'sample');
  };
}

describe('a sensible control strategy', () => {
  for (const seed of [1, 7, 42, 2024]) {
    it(`reaches literature peak VCD (10-15e6 cells/mL) and titre (1-5 g/L) with viability above 60 % (seed ${seed})`, () => {
      const snapshot = runToHarvest('normal', seed, sensibleOperator(6)).snapshot();
      const peak = peakViableCellDensity(snapshot.history);
      expect(peak).toBeGreaterThanOrEqual(10e6);
      expect(peak).toBeLessThanOrEqual(15e6);
      expect(snapshot.culture.titre).toBeGreaterThanOrEqual(1);
      expect(snapshot.culture.titre).toBeLessThanOrEqual(5);
      expect(viability(snapshot.culture)).toBeGreaterThan(HARVEST_VIABILITY_THRESHOLD);
      expect(snapshot.harvestHour).toBe(RUN_HOURS);
    });
  }

  it('in easy mode, feeding alone is enough: automatic pH, oxygen and the recipe temperature shift do the rest', () => {
    let lowestPH = Infinity;
    let lowestOxygen = Infinity;
    const snapshot = runToHarvest('easy', 3, ({ culture }, model) => {
      lowestPH = Math.min(lowestPH, culture.pH);
      lowestOxygen = Math.min(lowestOxygen, culture.dissolvedOxygen);
      if (culture.glucose < 12) model.perform('feed');
    }).snapshot();
    expect(peakViableCellDensity(snapshot.history)).toBeGreaterThanOrEqual(10e6);
    expect(snapshot.culture.titre).toBeGreaterThan(3);
    expect(snapshot.temperatureShiftHour).toBe(6 * 24);
    expect(lowestPH).toBeGreaterThan(6.9);
    expect(lowestOxygen).toBeGreaterThan(20);
  });
});

describe('culture failures', () => {
  it('without feeding, glucose runs out and viability collapses', () => {
    const snapshot = runToHarvest('normal', 5, ({ culture }, model) => {
      if (culture.pH < 7.05) model.perform('addBase');
      if (culture.dissolvedOxygen < 30) model.perform('moreOxygen');
    }).snapshot();
    expect(snapshot.culture.glucose).toBeLessThan(0.1);
    expect(viability(snapshot.culture)).toBeLessThan(0.2);
    expect(peakViableCellDensity(snapshot.history)).toBeLessThan(8e6);
    expect(snapshot.culture.titre).toBeLessThan(1);
  });

  for (const [label, control, pHLimit] of [
    ['acidic (pH 6.5)', 'spargeCO2', (pH: number) => pH > 6.5],
    ['basic (pH 7.8)', 'addBase', (pH: number) => pH < 7.8],
  ] as const) {
    it(`a pH held ${label}, far from 7.0-7.2, collapses growth`, () => {
      const snapshot = runToHarvest('normal', 11, ({ culture }, model) => {
        if (culture.glucose < 12) model.perform('feed');
        if (culture.dissolvedOxygen < 30) model.perform('moreOxygen');
        while (pHLimit(model.snapshot().culture.pH) && model.perform(control)) {
          // dose until the pH is held at the chosen extreme
        }
      }).snapshot();
      expect(peakViableCellDensity(snapshot.history)).toBeLessThan(2e6);
      expect(viability(snapshot.culture)).toBeLessThan(0.3);
    });
  }

  it('letting dissolved oxygen fall to zero stops growth', () => {
    const snapshot = runToHarvest('normal', 4, ({ culture }, model) => {
      if (culture.glucose < 12) model.perform('feed');
      model.perform('lessOxygen');
    }).snapshot();
    expect(peakViableCellDensity(snapshot.history)).toBeLessThan(8e6);
  });
});

describe('determinism and the temperature shift', () => {
  it('the same seed and the same actions give exactly the same run', () => {
    const first = runToHarvest('hard', 99, sensibleOperator(7)).snapshot();
    const second = runToHarvest('hard', 99, sensibleOperator(7)).snapshot();
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('different seeds give slightly different cell lines', () => {
    const first = runToHarvest('normal', 1, sensibleOperator(6)).snapshot();
    const second = runToHarvest('normal', 2, sensibleOperator(6)).snapshot();
    expect(second.culture.titre).not.toBe(first.culture.titre);
  });

  it('cooling to 33 C on day 6 keeps more cells alive and raises the late-run productivity', () => {
    const shifted = runToHarvest('normal', 8, sensibleOperator(6)).snapshot();
    const unshifted = runToHarvest('normal', 8, sensibleOperator(null)).snapshot();
    expect(shifted.culture.temperature).toBeCloseTo(33, 5);
    expect(viability(shifted.culture)).toBeGreaterThan(viability(unshifted.culture) + 0.1);
    const lateTitreGain = (s: BioreactorSnapshot): number => s.culture.titre - (s.history[10 * 24]?.titre ?? 0);
    expect(lateTitreGain(shifted)).toBeGreaterThan(lateTitreGain(unshifted));
    expect(shifted.culture.titre).toBeGreaterThan(unshifted.culture.titre);
  });

  it('the temperature moves to the new setpoint gradually (about 1 C per hour)', () => {
    const model = new BioreactorModel({ level: 'normal', random: createRandom(3) });
    model.perform('temperature');
    model.step();
    expect(model.snapshot().culture.temperature).toBeCloseTo(36, 5);
    for (let i = 0; i < 5; i++) model.step();
    expect(model.snapshot().culture.temperature).toBeCloseTo(33, 5);
  });
});

describe('controls and levels', () => {
  it('easy offers only feed and harvest; normal adds temperature, pH and oxygen', () => {
    const easy = new BioreactorModel({ level: 'easy', random: createRandom(1) });
    expect(easy.offeredControls()).toEqual(['feed', 'harvest']);
    expect(easy.perform('addBase')).toBe(false);
    const normal = new BioreactorModel({ level: 'normal', random: createRandom(1) });
    expect(normal.offeredControls()).toEqual(['feed', 'temperature', 'addBase', 'spargeCO2', 'lessOxygen', 'moreOxygen', 'harvest']);
  });

  it('hard plans one seeded incident between day 4 and day 9 and offers its remedy', () => {
    const hard = new BioreactorModel({ level: 'hard', random: createRandom(12) });
    const incident = hard.snapshot().incident as IncidentState;
    expect(incident.startHour).toBeGreaterThanOrEqual(96);
    expect(incident.startHour).toBeLessThanOrEqual(216);
    expect(hard.offeredControls()).toContain(incident.kind === 'foam' ? 'antifoam' : 'sample');
  });

  it('foam left alone blocks oxygen transfer; antifoam clears it', () => {
    const seed = findSeed((s) => s.incident?.kind === 'foam');
    const model = new BioreactorModel({ level: 'hard', random: createRandom(seed) });
    const start = model.snapshot().incident?.startHour ?? 0;
    while (model.snapshot().culture.hour < start + 40) model.step();
    expect(model.snapshot().incident?.foamLevel).toBe(1);
    expect(model.perform('antifoam')).toBe(true);
    expect(model.snapshot().incident?.foamLevel).toBe(0);
    expect(model.snapshot().incident?.status).toBe('resolved');
  });

  it('an unchecked contamination scare puts the batch on quality hold; a sample clears it', () => {
    const seed = findSeed((s) => s.incident?.kind === 'contaminationScare');
    const checked = runToHarvest('hard', seed, sensibleOperator(6)).snapshot();
    const ignoringOperator: Operator = (snapshot, model) => sensibleOperator(6)({ ...snapshot, incident: null }, model);
    const unchecked = runToHarvest('hard', seed, ignoringOperator).snapshot();
    expect(checked.incident?.status).toBe('resolved');
    expect(evaluateHarvest(checked).qualityHold).toBe(false);
    expect(unchecked.incident?.status).toBe('missed');
    expect(evaluateHarvest(unchecked).qualityHold).toBe(true);
    expect(evaluateHarvest(unchecked).stars).toBe(evaluateHarvest(checked).stars - 1);
  });

  it('harvest ends the run early and nothing changes afterwards', () => {
    const model = new BioreactorModel({ level: 'normal', random: createRandom(2) });
    for (let i = 0; i < 50; i++) model.step();
    expect(model.perform('harvest')).toBe(true);
    const atHarvest = JSON.stringify(model.snapshot());
    model.step();
    expect(model.perform('feed')).toBe(false);
    expect(JSON.stringify(model.snapshot())).toBe(atHarvest);
    expect(model.snapshot().harvestHour).toBe(50);
  });
});

describe('scoring', () => {
  it('stars follow the real titre bands: 1 g/L, 2.5 g/L and 4 g/L', () => {
    expect(starsForTitre(0.5)).toBe(0);
    expect(starsForTitre(1)).toBe(1);
    expect(starsForTitre(2.49)).toBe(1);
    expect(starsForTitre(2.5)).toBe(2);
    expect(starsForTitre(4)).toBe(3);
    expect(starsForTitre(6.1)).toBe(3);
  });

  it('a good run scores its titre in mg/L with three stars', () => {
    const snapshot = runToHarvest('normal', 1, sensibleOperator(6)).snapshot();
    const result = evaluateHarvest(snapshot);
    expect(result.viabilityPassed).toBe(true);
    expect(result.stars).toBe(3);
    expect(result.score).toBe(Math.round(snapshot.culture.titre * 1000));
    expect(result.harvestDay).toBe(14);
    expect(learnedKeysFor(snapshot, result)).toEqual(['learned.fedBatch', 'learned.temperatureShift', 'learned.environment']);
  });

  it('harvesting below 60 % viability gives no stars and half the score', () => {
    const snapshot = runToHarvest('normal', 1, ({ culture }, model) => {
      if (culture.hour === 30) model.perform('feed');
      if (culture.hour > 24 * 8) model.perform('harvest');
    }).snapshot();
    const result = evaluateHarvest(snapshot);
    expect(result.viabilityPassed).toBe(false);
    expect(result.stars).toBe(0);
    expect(result.score).toBe(Math.round(snapshot.culture.titre * 500));
    expect(learnedKeysFor(snapshot, result)).toContain('learned.viability');
  });
});

describe('fuzz: random control sequences', () => {
  const controls: readonly ControlId[] = ['feed', 'temperature', 'addBase', 'spargeCO2', 'moreOxygen', 'lessOxygen', 'antifoam', 'sample'];
  for (let seed = 1; seed <= 40; seed++) {
    it(`never throws, never gives NaN or negative amounts (seed ${seed})`, () => {
      const random = createRandom(seed * 7919);
      const level = random.pick(['easy', 'normal', 'hard'] as const);
      const model = new BioreactorModel({ level, random: createRandom(seed) });
      for (let hour = 0; hour < RUN_HOURS; hour++) {
        const presses = random.int(0, 4);
        for (let i = 0; i < presses; i++) model.perform(random.pick(controls));
        model.step();
        const { culture } = model.snapshot();
        for (const [name, value] of Object.entries(culture)) {
          expect(Number.isFinite(value), `${name} is finite`).toBe(true);
          if (name !== 'netGrowthRate') expect(value, `${name} >= 0`).toBeGreaterThanOrEqual(0);
        }
        expect(culture.pH).toBeGreaterThanOrEqual(6.2);
        expect(culture.pH).toBeLessThanOrEqual(8);
        expect(culture.dissolvedOxygen).toBeLessThanOrEqual(100);
        expect(viability(culture)).toBeLessThanOrEqual(1);
      }
      expect(model.isHarvested).toBe(true);
      expect(Number.isFinite(evaluateHarvest(model.snapshot()).score)).toBe(true);
    });
  }
});

function findSeed(matches: (snapshot: BioreactorSnapshot) => boolean): number {
  for (let seed = 1; seed < 1000; seed++) {
    if (matches(new BioreactorModel({ level: 'hard', random: createRandom(seed) }).snapshot())) return seed;
  }
  throw new Error('no seed found');
}
