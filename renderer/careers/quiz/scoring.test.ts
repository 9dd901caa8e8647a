// Protects the quiz scoring: points per type, the fixed tie-break, two or three top types, and always several roles.

import { describe, expect, it } from 'vitest';
import { INTEREST_TYPES, type InterestType } from '../data/schema';
import { QUIZ_ITEMS, type QuizAnswer } from './items';
import { matchRoles, MAX_MATCHED_ROLES, MIN_MATCHED_ROLES, scoreTypes, topInterestTypes, type QuizAnswers } from './scoring';

/** Answers every item by its type: `byType.R = 'like'` etc.; types not named get "not for me". */
function answersByType(byType: Partial<Record<InterestType, QuizAnswer>>): QuizAnswers {
  return Object.fromEntries(QUIZ_ITEMS.map((item) => [item.id, byType[item.type] ?? 'not-for-me']));
}

describe('quiz items', () => {
  it('has 12 to 18 items with two or three per RIASEC type and unique ids', () => {
    expect(QUIZ_ITEMS.length).toBeGreaterThanOrEqual(12);
    expect(QUIZ_ITEMS.length).toBeLessThanOrEqual(18);
    expect(new Set(QUIZ_ITEMS.map((item) => item.id)).size).toBe(QUIZ_ITEMS.length);
    for (const type of INTEREST_TYPES) {
      const count = QUIZ_ITEMS.filter((item) => item.type === type).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(3);
    }
  });

  it('never asks two items of the same type in a row', () => {
    QUIZ_ITEMS.slice(1).forEach((item, index) => expect(item.type).not.toBe(QUIZ_ITEMS[index]?.type));
  });
});

describe('scoreTypes', () => {
  it('gives 2 points for "I\'d like that", 1 for "maybe", 0 for "not for me"', () => {
    const scores = scoreTypes(answersByType({ R: 'like', C: 'maybe' }));
    expect(scores.find((score) => score.type === 'R')).toEqual({ type: 'R', points: 6, likes: 3 });
    expect(scores.find((score) => score.type === 'C')).toEqual({ type: 'C', points: 3, likes: 0 });
    expect(scores.find((score) => score.type === 'A')?.points).toBe(0);
  });

  it('breaks equal points by the number of likes, then by the RIASEC order', () => {
    const answers: Record<string, QuizAnswer> = { ...answersByType({ I: 'maybe', E: 'maybe' }) };
    // E: like + two "not for me" = 2 points, 1 like; I: two "maybe" + one "not for me" = 2 points, 0 likes.
    const eItems = QUIZ_ITEMS.filter((item) => item.type === 'E');
    const iItems = QUIZ_ITEMS.filter((item) => item.type === 'I');
    eItems.forEach((item, index) => (answers[item.id] = index === 0 ? 'like' : 'not-for-me'));
    iItems.forEach((item, index) => (answers[item.id] = index < 2 ? 'maybe' : 'not-for-me'));
    expect(scoreTypes(answers).slice(0, 2).map((score) => score.type)).toEqual(['E', 'I']);
    expect(scoreTypes(answersByType({ S: 'like', A: 'like' })).slice(0, 2).map((score) => score.type)).toEqual(['A', 'S']);
  });
});

describe('topInterestTypes', () => {
  it('reports the two strongest types', () => {
    expect(topInterestTypes(answersByType({ I: 'like', C: 'maybe' }))).toEqual(['I', 'C']);
  });

  it('adds a third type when it is within one point of the second', () => {
    const answers: Record<string, QuizAnswer> = { ...answersByType({ R: 'like', I: 'maybe', C: 'maybe' }) };
    const lastC = QUIZ_ITEMS.filter((item) => item.type === 'C').at(-1);
    if (lastC) answers[lastC.id] = 'not-for-me';
    expect(topInterestTypes(answers)).toEqual(['R', 'I', 'C']);
  });

  it('leaves out a third type that is clearly behind', () => {
    expect(topInterestTypes(answersByType({ R: 'like', I: 'like', C: 'not-for-me', S: 'not-for-me' }))).toEqual(['R', 'I']);
  });

  it('reports no type at all when everything was "not for me"', () => {
    expect(topInterestTypes(answersByType({}))).toEqual([]);
  });
});

describe('matchRoles', () => {
  it('always proposes several roles, never one', () => {
    const cases: InterestType[][] = [[], ['A'], ['R', 'C'], ['S', 'E', 'C'], ['I', 'A']];
    for (const topTypes of cases) {
      const roles = matchRoles(topTypes);
      expect(roles.length).toBeGreaterThanOrEqual(MIN_MATCHED_ROLES);
      expect(roles.length).toBeLessThanOrEqual(MAX_MATCHED_ROLES);
      expect(new Set(roles).size).toBe(roles.length);
    }
  });

  it('puts the roles whose code starts with the top types first', () => {
    expect(matchRoles(['R', 'C']).slice(0, 3)).toEqual(['usp-operator', 'dsp-operator', 'aseptic-operator']);
    expect(matchRoles(['E', 'C']).slice(0, 2)).toEqual(['founder', 'business-developer']);
  });

  it('invites with start-soon roles when no interest stood out', () => {
    expect(matchRoles([])).toEqual(['usp-operator', 'dsp-operator', 'aseptic-operator', 'maintenance-tech']);
  });

  it('gives the expected types and roles for a fixed set of answers', () => {
    const answers: Record<string, QuizAnswer> = { ...answersByType({ I: 'like', C: 'like', R: 'like' }) };
    const firstR = QUIZ_ITEMS.find((item) => item.type === 'R');
    if (firstR) answers[firstR.id] = 'maybe';
    const top = topInterestTypes(answers);
    expect(top).toEqual(['I', 'C', 'R']);
    // I, C, R weigh 3, 2, 1: the IRC, CIR and IC roles all fit 13 and keep careers.md order; six are shown.
    expect(matchRoles(top)).toEqual([
      'production-technician',
      'cgt-specialist',
      'validation-engineer',
      'mes-engineer',
      'data-scientist',
      'bioinformatician',
    ]);
  });
});
