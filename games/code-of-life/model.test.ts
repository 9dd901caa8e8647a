// Code of Life model: a perfect player builds the real protein and finishes; mistakes are counted and change
// nothing; RNA polymerase finishes transcription on its own; every translation matches the genetic code; seeded
// runs repeat; random input never throws.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { MINI_GENE_PROTEIN } from './gene';
import { translate, type MutationEffect } from './geneticCode';
import type { CodeOfLifeLevel } from './levels';
import { CodeOfLifeModel, gameProgress, POLYMERASE_STEPS_PER_BASE, type CodeOfLifeAction } from './model';
import { evaluate, learnedKeysFor } from './scoring';

const EFFECTS: readonly MutationEffect[] = ['silent', 'missense', 'nonsense'];

/** Plays perfectly, stepping the clock between actions; returns the model at the end. */
function playPerfectly(level: CodeOfLifeLevel, seed: number): CodeOfLifeModel {
  const model = new CodeOfLifeModel({ level, random: createRandom(seed) });
  let guard = 0;
  while (!model.isFinished && guard++ < 2000) {
    const snapshot = model.snapshot();
    const expected = model.expectedBase;
    if (snapshot.phase === 'polymerase') model.step();
    else if (expected) model.perform({ type: 'base', base: expected });
    else if (model.isAvailable('predict')) model.perform({ type: 'predict', effect: snapshot.questions[snapshot.questionIndex]?.effect ?? 'silent' });
    else model.perform({ type: 'continue' });
    model.step();
  }
  return model;
}

describe('a perfect game', () => {
  for (const level of ['easy', 'normal'] as const) {
    it(`builds Met + insulin B23-B30, answers every mutation and earns 3 stars (${level})`, () => {
      const model = playPerfectly(level, 11);
      const snapshot = model.snapshot();
      expect(snapshot.phase).toBe('finished');
      expect(snapshot.protein).toBe(MINI_GENE_PROTEIN);
      expect(snapshot.protein).toBe(translate(snapshot.targetMrna));
      expect(snapshot.stats.wrongPicks).toBe(0);
      expect(snapshot.stats.correctPredictions).toBe(snapshot.questions.length);
      expect(snapshot.questions).toHaveLength(level === 'easy' ? 3 : 4);
      const evaluation = evaluate(snapshot);
      expect(evaluation.stars).toBe(3);
      expect(evaluation.accuracy).toBe(1);
      expect(learnedKeysFor(snapshot, evaluation)).toContain('learned.mutations');
      expect(gameProgress(snapshot)).toBe(1);
    });
  }

  it('easy asks one mutation of each kind', () => {
    const effects = new CodeOfLifeModel({ level: 'easy', random: createRandom(3) }).snapshot().questions.map((question) => question.effect);
    expect([...effects].sort()).toEqual(['missense', 'nonsense', 'silent']);
  });
});

describe('transcription', () => {
  it('refuses a wrong base, explains that RNA has no T, and counts only first tries', () => {
    const model = new CodeOfLifeModel({ level: 'normal', random: createRandom(1) });
    // Template starts with T (coding ATG), so the first mRNA base is A.
    expect(model.snapshot().templateDna.charAt(0)).toBe('T');
    expect(model.expectedBase).toBe('A');
    model.perform({ type: 'base', base: 'T' });
    expect(model.snapshot().feedback).toEqual({ kind: 'noThymineInRna' });
    model.perform({ type: 'base', base: 'G' });
    expect(model.snapshot().feedback).toMatchObject({ kind: 'wrongBase', expected: 'A', template: 'T' });
    expect(model.snapshot().transcribed).toBe(0);
    model.perform({ type: 'base', base: 'a' });
    expect(model.snapshot().transcribed).toBe(1);
    expect(model.snapshot().stats).toEqual({ correctPicks: 0, wrongPicks: 1, correctPredictions: 0 });
  });

  it('hands over to RNA polymerase after the bases done by hand, which finishes on fixed steps', () => {
    const model = new CodeOfLifeModel({ level: 'easy', random: createRandom(1) });
    for (let i = 0; i < 6; i++) model.perform({ type: 'base', base: model.expectedBase ?? 'A' });
    expect(model.snapshot().phase).toBe('polymerase');
    expect(model.perform({ type: 'base', base: 'A' })).toBe(false);
    let steps = 0;
    while (model.snapshot().phase === 'polymerase' && steps < 500) {
      model.step();
      steps++;
    }
    expect(model.snapshot().phase).toBe('translate');
    expect(model.snapshot().transcribed).toBe(30);
    expect(steps).toBe(24 * POLYMERASE_STEPS_PER_BASE);
  });
});

describe('translation on the codon wheel', () => {
  it('reads the codon letter by letter, adds the amino acid and ends at the stop codon', () => {
    const model = new CodeOfLifeModel({ level: 'easy', random: createRandom(1) });
    while (model.snapshot().phase !== 'translate') {
      if (model.expectedBase && model.snapshot().phase === 'transcribe') model.perform({ type: 'base', base: model.expectedBase });
      else model.step();
    }
    expect(model.currentCodon).toBe('AUG');
    model.perform({ type: 'base', base: 'A' });
    model.perform({ type: 'base', base: 'C' });
    expect(model.snapshot().feedback).toMatchObject({ kind: 'wrongLetter', expected: 'U', position: 1 });
    model.perform({ type: 'base', base: 'U' });
    model.perform({ type: 'base', base: 'G' });
    expect(model.snapshot().protein).toBe('M');
    expect(model.snapshot().feedback).toEqual({ kind: 'aminoAcidAdded', codon: 'AUG', aminoAcid: 'M' });
    expect(model.currentCodon).toBe('GGC');
  });
});

describe('mutation round', () => {
  it('works out each effect from the genetic code and scores predictions', () => {
    const model = playPerfectly('normal', 5);
    for (const question of model.snapshot().questions) {
      expect(question.mutatedProtein).toBe(translate(question.mutatedMrna));
      if (question.effect === 'nonsense') expect(question.mutatedProtein).toBe('MGFF');
    }
  });

  it('a wrong prediction is shown with the right answer and costs stars', () => {
    const model = new CodeOfLifeModel({ level: 'easy', random: createRandom(2) });
    let guard = 0;
    while (!model.isFinished && guard++ < 2000) {
      const snapshot = model.snapshot();
      if (snapshot.phase === 'polymerase') model.step();
      else if (model.expectedBase) model.perform({ type: 'base', base: model.expectedBase });
      else if (model.isAvailable('predict')) {
        const right = snapshot.questions[snapshot.questionIndex]?.effect ?? 'silent';
        const wrong = EFFECTS.find((effect) => effect !== right) ?? 'silent';
        model.perform({ type: 'predict', effect: wrong });
        expect(model.snapshot().feedback).toEqual({ kind: 'prediction', correct: false, effect: right });
      } else model.perform({ type: 'continue' });
    }
    const evaluation = evaluate(model.snapshot());
    expect(evaluation.correctPredictions).toBe(0);
    expect(evaluation.stars).toBe(1);
    expect(learnedKeysFor(model.snapshot(), evaluation)).toContain('learned.mutationsTip');
  });
});

describe('determinism and fuzz', () => {
  it('the same seed gives the same question order; snapshots of equal play are equal', () => {
    const a = playPerfectly('normal', 77).snapshot();
    const b = playPerfectly('normal', 77).snapshot();
    expect(a).toEqual(b);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => playPerfectly('normal', seed).snapshot().questions.map((q) => q.spec.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('random actions for 30 s of game time never throw or produce NaN', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = createRandom(seed);
      const model = new CodeOfLifeModel({ level: random.pick(['easy', 'normal'] as const), random: createRandom(seed) });
      const actions: CodeOfLifeAction[] = [
        ...['A', 'U', 'G', 'C', 'T', 'x', ''].map((base) => ({ type: 'base', base }) as const),
        { type: 'continue' },
        ...EFFECTS.map((effect) => ({ type: 'predict', effect }) as const),
      ];
      for (let i = 0; i < 300; i++) {
        // Bias towards right answers so the fuzz reaches every phase.
        const expected = model.expectedBase;
        if (expected && random.chance(0.6)) model.perform({ type: 'base', base: expected });
        else model.perform(random.pick(actions));
        model.step();
        const snapshot = model.snapshot();
        expect(Number.isFinite(gameProgress(snapshot))).toBe(true);
        expect(Number.isFinite(evaluate(snapshot).score)).toBe(true);
        expect(snapshot.protein).toBe(translate(snapshot.targetMrna).slice(0, snapshot.protein.length));
      }
    }
  });
});
