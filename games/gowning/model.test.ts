// Behaviour the Gowning Up model must keep: the ISPE gowning order is the only accepted order, mistakes raise the
// particle counter, scoring and stars follow the rules in scoring.ts, every round 2 fault has a zone and an
// explanation, a seed replays a run exactly, and random play never throws or breaks an invariant.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import { DECOYS, GOWNING_SEQUENCE, isDecoy } from './items';
import type { ShelfItemId } from './items';
import { GOWNING_LEVEL_IDS, levelConfig, toGowningLevel } from './levels';
import type { GowningLevelId } from './levels';
import { BODY_ZONES, MISTAKES, MISTAKE_IDS, isFaultZone, mistakeById } from './mistakes';
import {
  TICK_MS,
  WRONG_TAPS_BEFORE_REVEAL,
  createGowningState,
  judgeStep,
  nextStep,
  progressFraction,
  reduceGowning,
  shelfItemsLeft,
  validateGowningOrder,
} from './model';
import type { GowningAction, GowningState } from './model';
import {
  GRADE_B_AT_REST_LIMIT,
  GRADE_B_IN_OPERATION_LIMIT,
  GRADE_LIMITS,
  PARTICLE_CEILING,
  gaugeFraction,
  particleStatus,
} from './particles';
import { LEARNED_KEYS, buildResult } from './results';
import { MAX_TIME_BONUS, PARTICLE_BONUS, POINTS_PER_STEP, maxScoreFor, scoreGowning } from './scoring';

function run(state: GowningState, actions: readonly GowningAction[]): GowningState {
  return actions.reduce(reduceGowning, state);
}

function ticks(count: number): GowningAction[] {
  return Array.from({ length: count }, () => ({ type: 'tick' }) as const);
}

function dressCorrectly(state: GowningState): GowningState {
  return run(state, GOWNING_SEQUENCE.map((item) => ({ type: 'apply', item }) as const));
}

function spotAll(state: GowningState): GowningState {
  let current = reduceGowning(state, { type: 'continue' });
  for (const mistake of current.pictures) {
    current = run(current, [{ type: 'tapZone', zone: mistakeById(mistake).zone }, { type: 'continue' }]);
  }
  return current;
}

describe('gowning order', () => {
  it('accepts the ISPE order with the mask before the hood', () => {
    expect(GOWNING_SEQUENCE).toEqual([
      'handWash', 'hairCover', 'stickyMat', 'shoeCovers', 'firstGloves', 'mask', 'hood', 'coverall', 'boots', 'goggles',
      'sterileGloves',
    ]);
    expect(validateGowningOrder(GOWNING_SEQUENCE)).toEqual({ valid: true, firstMistakeIndex: null });
  });

  it('flags every swap of two steps at the first swapped position', () => {
    for (let i = 0; i < GOWNING_SEQUENCE.length; i++) {
      for (let j = i + 1; j < GOWNING_SEQUENCE.length; j++) {
        const swapped: ShelfItemId[] = [...GOWNING_SEQUENCE];
        swapped[i] = GOWNING_SEQUENCE[j] as ShelfItemId;
        swapped[j] = GOWNING_SEQUENCE[i] as ShelfItemId;
        expect(validateGowningOrder(swapped), `swap ${i}<->${j}`).toEqual({ valid: false, firstMistakeIndex: i });
      }
    }
  });

  it('rejects an incomplete sequence, a repeated step and a decoy', () => {
    expect(validateGowningOrder(GOWNING_SEQUENCE.slice(0, 5)).valid).toBe(false);
    expect(validateGowningOrder(['handWash', 'handWash']).firstMistakeIndex).toBe(1);
    expect(validateGowningOrder(['handWash', 'labCoat']).firstMistakeIndex).toBe(1);
    expect(judgeStep([], 'wristwatch')).toBe('decoy');
    expect(judgeStep(['handWash'], 'handWash')).toBe('alreadyDone');
  });

  it('puts a correct step on and refuses an early one without wearing it', () => {
    const start = createGowningState('quick', createRandom(1));
    const early = reduceGowning(start, { type: 'apply', item: 'sterileGloves' });
    expect(early.worn).toEqual([]);
    expect(early.orderMistakes).toBe(1);
    expect(early.feedback).toEqual({ kind: 'wrongOrder', item: 'sterileGloves', expected: 'handWash' });
    expect(early.particles).toBeGreaterThan(start.particles + 50_000);
    const washed = reduceGowning(early, { type: 'apply', item: 'handWash' });
    expect(washed.worn).toEqual(['handWash']);
    expect(nextStep(washed)).toBe('hairCover');
  });

  it('tap-to-pick then tap-to-place does the same as a drop', () => {
    const start = createGowningState('quick', createRandom(2));
    const picked = reduceGowning(start, { type: 'pick', item: 'handWash' });
    expect(picked.picked).toBe('handWash');
    const placed = reduceGowning(picked, { type: 'placePicked' });
    expect(placed.worn).toEqual(['handWash']);
    expect(placed.picked).toBeNull();
    expect(reduceGowning(picked, { type: 'pick', item: 'handWash' }).picked).toBeNull();
    expect(reduceGowning(start, { type: 'placePicked' })).toBe(start);
  });

  it('throws a tried decoy in the bin and counts it', () => {
    const start = createGowningState('hard', createRandom(3));
    const decoy = start.shelf.find(isDecoy);
    expect(decoy).toBeDefined();
    if (!decoy) return;
    const after = reduceGowning(start, { type: 'apply', item: decoy });
    expect(after.decoyMistakes).toBe(1);
    expect(after.discarded).toEqual([decoy]);
    expect(shelfItemsLeft(after)).not.toContain(decoy);
    expect(reduceGowning(after, { type: 'apply', item: decoy })).toBe(after);
  });

  it('ends round 1 when fully gowned and ignores shelf actions afterwards', () => {
    const dressed = dressCorrectly(createGowningState('normal', createRandom(4)));
    expect(dressed.phase).toBe('dressed');
    expect(dressed.feedback).toEqual({ kind: 'dressed' });
    expect(reduceGowning(dressed, { type: 'apply', item: 'handWash' })).toBe(dressed);
    expect(reduceGowning(dressed, { type: 'tick' })).toBe(dressed);
  });
});

describe('clock and particle counter', () => {
  it('runs in fixed steps and times out at the level limit', () => {
    const start = createGowningState('hard', createRandom(5));
    const limitTicks = levelConfig('hard').dressingSeconds * 1000 / TICK_MS;
    const almost = run(start, ticks(limitTicks - 1));
    expect(almost.phase).toBe('dressing');
    expect(almost.elapsedMs).toBe((limitTicks - 1) * TICK_MS);
    const over = reduceGowning(almost, { type: 'tick' });
    expect(over.phase).toBe('dressed');
    expect(over.timedOut).toBe(true);
    expect(over.feedback).toEqual({ kind: 'timeUp' });
  });

  it('rises on mistakes, settles back towards the baseline and remembers the peak', () => {
    const start = createGowningState('quick', createRandom(6));
    expect(particleStatus(start.particles)).toBe('green');
    const messy = run(start, [{ type: 'apply', item: 'boots' }, { type: 'apply', item: 'goggles' }]);
    expect(particleStatus(messy.particles)).toBe('amber');
    const settled = run(messy, ticks(550));
    expect(settled.particles).toBeLessThan(GRADE_B_AT_REST_LIMIT);
    expect(settled.peakParticles).toBe(messy.peakParticles);
  });

  it('uses the Annex 1 grade limits and classifies readings against grade B', () => {
    expect(GRADE_LIMITS.map((grade) => [grade.grade, grade.atRest, grade.inOperation])).toEqual([
      ['A', 3_520, 3_520],
      ['B', 3_520, 352_000],
      ['C', 352_000, 3_520_000],
      ['D', 3_520_000, null],
    ]);
    expect(particleStatus(GRADE_B_AT_REST_LIMIT)).toBe('green');
    expect(particleStatus(GRADE_B_AT_REST_LIMIT + 1)).toBe('amber');
    expect(particleStatus(GRADE_B_IN_OPERATION_LIMIT)).toBe('amber');
    expect(particleStatus(GRADE_B_IN_OPERATION_LIMIT + 1)).toBe('red');
    expect(gaugeFraction(0)).toBe(0);
    expect(gaugeFraction(PARTICLE_CEILING * 10)).toBe(1);
    expect(gaugeFraction(GRADE_B_AT_REST_LIMIT)).toBeLessThan(gaugeFraction(GRADE_B_IN_OPERATION_LIMIT));
  });

  it('goes red when a player throws decoys and wrong garments around quickly', () => {
    let state = createGowningState('hard', createRandom(7));
    for (const decoy of DECOYS) state = reduceGowning(state, { type: 'apply', item: decoy });
    expect(particleStatus(state.peakParticles)).toBe('red');
    expect(scoreGowning(dressCorrectly(state)).stars).toBeLessThanOrEqual(1);
  });
});

describe('scoring', () => {
  it('gives three stars to a fast, clean run and the exact breakdown', () => {
    const start = createGowningState('quick', createRandom(8));
    const dressed = dressCorrectly(run(start, ticks(200)));
    const finished = spotAll(dressed);
    expect(finished.phase).toBe('finished');
    const score = scoreGowning(finished);
    const timeBonus = Math.round(MAX_TIME_BONUS * (60_000 - 20_000) / 60_000);
    expect(score.stepPoints).toBe(GOWNING_SEQUENCE.length * POINTS_PER_STEP);
    expect(score.timeBonus).toBe(timeBonus);
    expect(score.particleBonus).toBe(PARTICLE_BONUS.green);
    expect(score.spotPoints).toBe(300);
    expect(score.score).toBe(GOWNING_SEQUENCE.length * POINTS_PER_STEP + timeBonus + PARTICLE_BONUS.green + 300);
    expect(score.maxScore).toBe(maxScoreFor(3));
    expect(score.stars).toBe(3);
  });

  it('costs points for each mistake, for a slow finish and for missed faults', () => {
    const start = createGowningState('quick', createRandom(9));
    const clean = spotAll(dressCorrectly(start));
    const sloppy = spotAll(dressCorrectly(run(start, [{ type: 'apply', item: 'hood' }, ...ticks(300)])));
    expect(scoreGowning(sloppy).score).toBeLessThan(scoreGowning(clean).score);
    expect(scoreGowning(sloppy).mistakePenalty).toBe(30);
    const missing = run(reduceGowning(dressCorrectly(start), { type: 'continue' }), []);
    const fault = missing.pictures[0];
    expect(fault).toBeDefined();
    if (!fault) return;
    const wrongZones = BODY_ZONES.filter((zone) => !isFaultZone(fault, zone)).slice(0, WRONG_TAPS_BEFORE_REVEAL);
    const revealed = run(missing, wrongZones.map((zone) => ({ type: 'tapZone', zone }) as const));
    expect(revealed.phase).toBe('spotFeedback');
    expect(revealed.spotOutcomes).toEqual(['revealed']);
  });

  it('gives at most one star when the clock runs out, yet counts the played run as completed', () => {
    const timedOut = run(createGowningState('quick', createRandom(10)), [{ type: 'apply', item: 'handWash' }, ...ticks(600)]);
    const finished = spotAll(timedOut);
    const score = scoreGowning(finished);
    expect(score.dressedInTime).toBe(false);
    expect(score.timeBonus).toBe(0);
    expect(score.stars).toBeLessThanOrEqual(1);
    const deps = { t: (key: string) => key, formatNumber: String };
    expect(buildResult(finished, deps).completed).toBe(true);
    expect(buildResult(timedOut, deps).completed).toBe(false);
  });

  it('builds a result with learned keys and the four cleanroom grades', () => {
    const finished = spotAll(dressCorrectly(createGowningState('normal', createRandom(11))));
    const deps = {
      t: (key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`,
      formatNumber: (value: number) => value.toLocaleString('en'),
    };
    const result = buildResult(finished, deps);
    expect(result.completed).toBe(true);
    expect(result.learnedKeys).toEqual([...LEARNED_KEYS]);
    expect(result.learnedKeys.length).toBeGreaterThanOrEqual(2);
    expect(result.summaryLines.some((line) => line.startsWith('results.gradeA') && line.includes('3,520'))).toBe(true);
    expect(result.summaryLines.some((line) => line.startsWith('results.gradeB') && line.includes('352,000'))).toBe(true);
    expect(result.summaryLines.some((line) => line.startsWith('results.gradeC') && line.includes('3,520,000'))).toBe(true);
    expect(result.summaryLines.some((line) => line.startsWith('results.gradeD'))).toBe(true);
  });
});

describe('the mistake set', () => {
  it('gives every fault exactly one zone and its own title and explanation keys', () => {
    expect(MISTAKES.map((mistake) => mistake.id)).toEqual([...MISTAKE_IDS]);
    for (const mistake of MISTAKES) {
      expect(BODY_ZONES).toContain(mistake.zone);
      expect(BODY_ZONES.filter((zone) => isFaultZone(mistake.id, zone))).toEqual([mistake.zone]);
      expect(mistake.explanationKey).toBe(`mistakes.${mistake.id}.explanation`);
      expect(mistake.titleKey).toBe(`mistakes.${mistake.id}.title`);
    }
    expect(new Set(MISTAKES.map((mistake) => mistake.zone)).size).toBeGreaterThanOrEqual(8);
  });

  it('counts a tap on the fault zone as found, first or second try', () => {
    const round2 = reduceGowning(dressCorrectly(createGowningState('hard', createRandom(12))), { type: 'continue' });
    expect(round2.phase).toBe('spotting');
    const fault = round2.pictures[0];
    if (!fault) throw new Error('no picture');
    const found = reduceGowning(round2, { type: 'tapZone', zone: mistakeById(fault).zone });
    expect(found.feedback).toEqual({ kind: 'zoneCorrect', mistake: fault, zone: mistakeById(fault).zone });
    expect(found.spotOutcomes).toEqual(['firstTry']);
    const wrong = BODY_ZONES.find((zone) => !isFaultZone(fault, zone));
    if (!wrong) throw new Error('no wrong zone');
    const once = reduceGowning(round2, { type: 'tapZone', zone: wrong });
    expect(once.feedback).toEqual({ kind: 'zoneWrong', zone: wrong });
    expect(reduceGowning(once, { type: 'tapZone', zone: wrong })).toBe(once);
    const second = reduceGowning(once, { type: 'tapZone', zone: mistakeById(fault).zone });
    expect(second.spotOutcomes).toEqual(['secondTry']);
  });

  it('picks distinct pictures, as many as the level asks', () => {
    for (const level of GOWNING_LEVEL_IDS) {
      const state = createGowningState(level, createRandom(13));
      expect(state.pictures).toHaveLength(levelConfig(level).pictureCount);
      expect(new Set(state.pictures).size).toBe(state.pictures.length);
    }
  });
});

describe('levels and determinism', () => {
  it('puts every gowning step and the level\'s decoys on the shelf', () => {
    for (const level of GOWNING_LEVEL_IDS) {
      const state = createGowningState(level, createRandom(14));
      expect(state.shelf).toHaveLength(GOWNING_SEQUENCE.length + levelConfig(level).decoyCount);
      expect(new Set(state.shelf).size).toBe(state.shelf.length);
      for (const step of GOWNING_SEQUENCE) expect(state.shelf).toContain(step);
    }
    expect(levelConfig('hard').dressingSeconds).toBeLessThan(levelConfig('quick').dressingSeconds);
    expect(toGowningLevel('easy')).toBe('quick');
  });

  it('replays exactly for a seed and differs between seeds', () => {
    const a = run(createGowningState('hard', createRandom(42)), [{ type: 'apply', item: 'coverall' }, ...ticks(50)]);
    const b = run(createGowningState('hard', createRandom(42)), [{ type: 'apply', item: 'coverall' }, ...ticks(50)]);
    expect(b).toEqual(a);
    const shelves = new Set([1, 2, 3, 4, 5].map((seed) => createGowningState('hard', createRandom(seed)).shelf.join()));
    expect(shelves.size).toBeGreaterThan(1);
  });
});

describe('fuzz: random play', () => {
  const actionFor = (random: ReturnType<typeof createRandom>, state: GowningState): GowningAction => {
    const items: readonly ShelfItemId[] = [...GOWNING_SEQUENCE, ...DECOYS];
    switch (random.int(0, 7)) {
      case 0: return { type: 'pick', item: random.pick(items) };
      case 1: return { type: 'unpick' };
      case 2: return { type: 'placePicked' };
      case 3: return { type: 'apply', item: random.chance(0.6) && nextStep(state) ? (nextStep(state) as ShelfItemId) : random.pick(items) };
      case 4: return { type: 'continue' };
      case 5: return { type: 'tapZone', zone: random.pick(BODY_ZONES) };
      default: return { type: 'tick' };
    }
  };

  /** Returns the first broken invariant, or null. Plain checks: thousands of expect() calls would be slow. */
  const brokenInvariant = (state: GowningState, lastProgress: number): string | null => {
    if (state.worn.some((item, index) => GOWNING_SEQUENCE[index] !== item)) return 'worn steps out of order';
    if (state.particles < 0 || state.particles > PARTICLE_CEILING) return 'particles out of range';
    if (state.peakParticles < state.particles) return 'peak below current reading';
    if (state.elapsedMs > state.dressingLimitMs) return 'clock past the limit';
    if (state.pictureIndex >= Math.max(1, state.pictures.length)) return 'picture index past the end';
    if (state.picked !== null && !shelfItemsLeft(state).includes(state.picked)) return 'holding an item not on the shelf';
    const progress = progressFraction(state);
    if (progress < lastProgress || progress > 1) return 'progress went backwards or past 1';
    const score = scoreGowning(state);
    if (score.score < 0 || score.score > score.maxScore) return 'score out of range';
    return null;
  };

  it('never throws and keeps its invariants over 30 s of game time and beyond', () => {
    const failures: string[] = [];
    let finishedRuns = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const random = createRandom(seed);
      const level: GowningLevelId = GOWNING_LEVEL_IDS[seed % 3] ?? 'quick';
      let state = createGowningState(level, createRandom(seed * 7));
      let lastProgress = 0;
      for (let step = 0; step < 1200 && failures.length === 0; step++) {
        state = reduceGowning(state, actionFor(random, state));
        const broken = brokenInvariant(state, lastProgress);
        if (broken) failures.push(`seed ${seed}, step ${step}: ${broken}`);
        lastProgress = progressFraction(state);
      }
      if (state.phase === 'finished') finishedRuns++;
    }
    expect(failures).toEqual([]);
    // The fuzz must reach the end of the game, or it would only ever test round 1.
    expect(finishedRuns).toBeGreaterThan(10);
  });
});
