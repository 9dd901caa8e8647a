// The Gowning Up model: pure state and a reducer, no Phaser and no DOM. Round 1: put the grade B gowning steps on an
// operator in order against a clock while a particle counter reacts to mistakes. Round 2: spot the one gowning fault
// in each operator picture. The clock runs in fixed steps (TICK_MS); randomness (shelf order, decoys, pictures,
// counter wobble) comes only from the injected seeded generator, so a seed replays a run exactly.

import type { Random } from '../../common/random/seededRandom';
import { DECOYS, GOWNING_SEQUENCE, isDecoy, isGowningStep } from './items';
import type { DecoyId, GowningStepId, ShelfItemId } from './items';
import { levelConfig } from './levels';
import type { GowningLevelId } from './levels';
import { MISTAKE_IDS, isFaultZone, mistakeById } from './mistakes';
import type { BodyZoneId, MistakeId } from './mistakes';
import {
  BASELINE_PARTICLES,
  PARTICLES_PER_CORRECT_STEP,
  PARTICLES_PER_DECOY,
  PARTICLES_PER_ORDER_MISTAKE,
  addParticles,
  settleParticles,
} from './particles';

/** The fixed time step of the model clock. */
export const TICK_MS = 100;
/** Wrong taps allowed on one picture before the fault is shown to the player. */
export const WRONG_TAPS_BEFORE_REVEAL = 2;

export type GowningPhase = 'dressing' | 'dressed' | 'spotting' | 'spotFeedback' | 'finished';

export type StepJudgement = 'correct' | 'wrongOrder' | 'decoy' | 'alreadyDone';

export type SpotOutcome = 'firstTry' | 'secondTry' | 'revealed';

/** What just happened; the view animates it and the describer announces it. */
export type GowningFeedback =
  | { readonly kind: 'picked'; readonly item: ShelfItemId }
  | { readonly kind: 'unpicked' }
  | { readonly kind: 'correct'; readonly item: GowningStepId }
  | { readonly kind: 'wrongOrder'; readonly item: GowningStepId; readonly expected: GowningStepId }
  | { readonly kind: 'decoy'; readonly item: DecoyId }
  | { readonly kind: 'dressed' }
  | { readonly kind: 'timeUp' }
  | { readonly kind: 'roundTwo' }
  | { readonly kind: 'zoneCorrect'; readonly mistake: MistakeId; readonly zone: BodyZoneId }
  | { readonly kind: 'zoneWrong'; readonly zone: BodyZoneId }
  | { readonly kind: 'zoneRevealed'; readonly mistake: MistakeId; readonly zone: BodyZoneId }
  | { readonly kind: 'nextPicture' }
  | { readonly kind: 'finished' };

export interface GowningState {
  readonly level: GowningLevelId;
  readonly phase: GowningPhase;
  /** Shelf order for the whole round (seeded shuffle); used items leave gaps, the slots never move. */
  readonly shelf: readonly ShelfItemId[];
  /** Steps done, in order. */
  readonly worn: readonly GowningStepId[];
  /** Decoys the player tried; they go to the bin. */
  readonly discarded: readonly DecoyId[];
  /** The item in the player's hand (tap-to-pick), if any. */
  readonly picked: ShelfItemId | null;
  /** Round 1 clock. */
  readonly elapsedMs: number;
  readonly dressingLimitMs: number;
  readonly ticks: number;
  readonly particles: number;
  readonly peakParticles: number;
  readonly orderMistakes: number;
  readonly decoyMistakes: number;
  readonly timedOut: boolean;
  /** Round 2: one fault per picture. */
  readonly pictures: readonly MistakeId[];
  readonly pictureIndex: number;
  /** Wrong zones tapped on the current picture. */
  readonly wrongZones: readonly BodyZoneId[];
  readonly spotOutcomes: readonly SpotOutcome[];
  readonly feedback: GowningFeedback | null;
  /** Increases with every feedback, so a view can tell two identical feedbacks apart. */
  readonly feedbackSerial: number;
  /** Seed of the counter's wobble, drawn once from the injected generator. */
  readonly noiseSeed: number;
}

export type GowningAction =
  | { readonly type: 'pick'; readonly item: ShelfItemId }
  | { readonly type: 'unpick' }
  | { readonly type: 'placePicked' }
  | { readonly type: 'apply'; readonly item: ShelfItemId }
  | { readonly type: 'tick' }
  | { readonly type: 'continue' }
  | { readonly type: 'tapZone'; readonly zone: BodyZoneId };

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

export function createGowningState(level: GowningLevelId, random: Random): GowningState {
  const config = levelConfig(level);
  const decoys = shuffled(DECOYS, random).slice(0, config.decoyCount);
  const shelf = shuffled<ShelfItemId>([...GOWNING_SEQUENCE, ...decoys], random);
  const pictures = shuffled(MISTAKE_IDS, random).slice(0, config.pictureCount);
  return {
    level,
    phase: 'dressing',
    shelf,
    worn: [],
    discarded: [],
    picked: null,
    elapsedMs: 0,
    dressingLimitMs: config.dressingSeconds * 1000,
    ticks: 0,
    particles: BASELINE_PARTICLES,
    peakParticles: BASELINE_PARTICLES,
    orderMistakes: 0,
    decoyMistakes: 0,
    timedOut: false,
    pictures,
    pictureIndex: 0,
    wrongZones: [],
    spotOutcomes: [],
    feedback: null,
    feedbackSerial: 0,
    noiseSeed: random.int(1, 0x7ffffffe),
  };
}

/** The step the operator needs next, or null when fully gowned. */
export function nextStep(state: Pick<GowningState, 'worn'>): GowningStepId | null {
  return GOWNING_SEQUENCE[state.worn.length] ?? null;
}

/** Items still on the shelf (not done, not thrown out). */
export function shelfItemsLeft(state: GowningState): ShelfItemId[] {
  return state.shelf.filter((item) => isOnShelf(state, item));
}

export function isOnShelf(state: GowningState, item: ShelfItemId): boolean {
  if (!state.shelf.includes(item)) return false;
  if (isDecoy(item)) return !state.discarded.includes(item);
  return !state.worn.includes(item);
}

/** The rule of round 1: only the next step of the sequence is accepted. */
export function judgeStep(worn: readonly GowningStepId[], item: ShelfItemId): StepJudgement {
  if (isDecoy(item)) return 'decoy';
  if (worn.includes(item)) return 'alreadyDone';
  return nextStep({ worn }) === item ? 'correct' : 'wrongOrder';
}

export interface OrderValidation {
  readonly valid: boolean;
  /** Index in the given sequence of the first item that breaks the order, or null. */
  readonly firstMistakeIndex: number | null;
}

/** Checks a whole gowning sequence: valid only if it is exactly the required order, complete and without decoys. */
export function validateGowningOrder(sequence: readonly ShelfItemId[]): OrderValidation {
  const worn: GowningStepId[] = [];
  for (let index = 0; index < sequence.length; index++) {
    const item = sequence[index] as ShelfItemId;
    if (judgeStep(worn, item) !== 'correct' || !isGowningStep(item)) return { valid: false, firstMistakeIndex: index };
    worn.push(item);
  }
  const complete = worn.length === GOWNING_SEQUENCE.length;
  return { valid: complete, firstMistakeIndex: complete ? null : sequence.length };
}

/** Fraction of the whole game done, 0..1 (steps of round 1 plus pictures of round 2). */
export function progressFraction(state: GowningState): number {
  if (state.phase === 'finished') return 1;
  const total = GOWNING_SEQUENCE.length + state.pictures.length;
  const dressingDone = state.phase === 'dressing' ? state.worn.length : GOWNING_SEQUENCE.length;
  return (dressingDone + state.spotOutcomes.length) / total;
}

export function remainingMs(state: GowningState): number {
  return Math.max(0, state.dressingLimitMs - state.elapsedMs);
}

export function currentPicture(state: GowningState): MistakeId | null {
  return state.phase === 'spotting' || state.phase === 'spotFeedback' ? (state.pictures[state.pictureIndex] ?? null) : null;
}

/** Deterministic wobble in [-1, 1] for a tick (a small integer hash, so no generator state is carried around). */
function wobble(noiseSeed: number, tick: number): number {
  let h = Math.imul(noiseSeed ^ Math.imul(tick, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h >>> 0) / 4294967295) * 2 - 1;
}

function withFeedback(state: GowningState, feedback: GowningFeedback, changes: Partial<GowningState>): GowningState {
  return { ...state, ...changes, feedback, feedbackSerial: state.feedbackSerial + 1 };
}

function withParticles(state: GowningState, particles: number): Pick<GowningState, 'particles' | 'peakParticles'> {
  return { particles, peakParticles: Math.max(state.peakParticles, particles) };
}

function applyItem(state: GowningState, item: ShelfItemId): GowningState {
  if (state.phase !== 'dressing' || !isOnShelf(state, item)) return state;
  const judgement = judgeStep(state.worn, item);
  if (judgement === 'decoy' && isDecoy(item)) {
    return withFeedback(state, { kind: 'decoy', item }, {
      picked: null,
      discarded: [...state.discarded, item],
      decoyMistakes: state.decoyMistakes + 1,
      ...withParticles(state, addParticles(state.particles, PARTICLES_PER_DECOY)),
    });
  }
  if (!isGowningStep(item)) return state;
  if (judgement === 'wrongOrder') {
    const expected = nextStep(state);
    if (expected === null) return state;
    return withFeedback(state, { kind: 'wrongOrder', item, expected }, {
      picked: null,
      orderMistakes: state.orderMistakes + 1,
      ...withParticles(state, addParticles(state.particles, PARTICLES_PER_ORDER_MISTAKE)),
    });
  }
  if (judgement !== 'correct') return state;
  const worn = [...state.worn, item];
  const particles = withParticles(state, addParticles(state.particles, PARTICLES_PER_CORRECT_STEP));
  if (worn.length === GOWNING_SEQUENCE.length) {
    return withFeedback(state, { kind: 'dressed' }, { worn, picked: null, phase: 'dressed', ...particles });
  }
  return withFeedback(state, { kind: 'correct', item }, { worn, picked: null, ...particles });
}

function tick(state: GowningState): GowningState {
  if (state.phase !== 'dressing') return state;
  const ticks = state.ticks + 1;
  const elapsedMs = state.elapsedMs + TICK_MS;
  const particles = settleParticles(state.particles, TICK_MS, wobble(state.noiseSeed, ticks));
  if (elapsedMs >= state.dressingLimitMs) {
    return withFeedback(state, { kind: 'timeUp' }, {
      ticks,
      elapsedMs: state.dressingLimitMs,
      phase: 'dressed',
      timedOut: true,
      picked: null,
      ...withParticles(state, particles),
    });
  }
  return { ...state, ticks, elapsedMs, ...withParticles(state, particles) };
}

function tapZone(state: GowningState, zone: BodyZoneId): GowningState {
  const mistake = currentPicture(state);
  if (state.phase !== 'spotting' || mistake === null || state.wrongZones.includes(zone)) return state;
  if (isFaultZone(mistake, zone)) {
    const outcome: SpotOutcome = state.wrongZones.length === 0 ? 'firstTry' : 'secondTry';
    return withFeedback(state, { kind: 'zoneCorrect', mistake, zone }, {
      phase: 'spotFeedback',
      spotOutcomes: [...state.spotOutcomes, outcome],
    });
  }
  const wrongZones = [...state.wrongZones, zone];
  if (wrongZones.length >= WRONG_TAPS_BEFORE_REVEAL) {
    const faultZone = mistakeById(mistake).zone;
    return withFeedback(state, { kind: 'zoneRevealed', mistake, zone: faultZone }, {
      phase: 'spotFeedback',
      wrongZones,
      spotOutcomes: [...state.spotOutcomes, 'revealed'],
    });
  }
  return withFeedback(state, { kind: 'zoneWrong', zone }, { wrongZones });
}

function continueGame(state: GowningState): GowningState {
  if (state.phase === 'dressed') {
    if (state.pictures.length === 0) return withFeedback(state, { kind: 'finished' }, { phase: 'finished' });
    return withFeedback(state, { kind: 'roundTwo' }, { phase: 'spotting', pictureIndex: 0, wrongZones: [] });
  }
  if (state.phase === 'spotFeedback') {
    const pictureIndex = state.pictureIndex + 1;
    if (pictureIndex >= state.pictures.length) return withFeedback(state, { kind: 'finished' }, { phase: 'finished' });
    return withFeedback(state, { kind: 'nextPicture' }, { phase: 'spotting', pictureIndex, wrongZones: [] });
  }
  return state;
}

/** The one way the state changes. Actions that make no sense in the current phase return the state unchanged. */
export function reduceGowning(state: GowningState, action: GowningAction): GowningState {
  switch (action.type) {
    case 'pick':
      if (state.phase !== 'dressing' || !isOnShelf(state, action.item)) return state;
      if (state.picked === action.item) return withFeedback(state, { kind: 'unpicked' }, { picked: null });
      return withFeedback(state, { kind: 'picked', item: action.item }, { picked: action.item });
    case 'unpick':
      if (state.picked === null) return state;
      return withFeedback(state, { kind: 'unpicked' }, { picked: null });
    case 'placePicked':
      return state.picked === null ? state : applyItem(state, state.picked);
    case 'apply':
      return applyItem(state, action.item);
    case 'tick':
      return tick(state);
    case 'continue':
      return continueGame(state);
    case 'tapZone':
      return tapZone(state, action.zone);
  }
}
