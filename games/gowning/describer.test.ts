// The describer's sentences, checked with the real English texts: the status a screen-reader player hears, what is
// announced after each action, and that ordinary clock ticks stay quiet.

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../common/random/seededRandom';
import en from '../../locales/en/gowning.json';
import { capitalise, describeChange, describeFeedback, describeStatus, operatorButtonLabel } from './describer';
import type { DescriberDeps } from './describer';
import { GOWNING_SEQUENCE } from './items';
import { mistakeById, isFaultZone, BODY_ZONES } from './mistakes';
import { TICK_MS, createGowningState, reduceGowning } from './model';
import type { GowningAction, GowningState } from './model';

/** A tiny i18next stand-in over the English file: nested keys and {{placeholders}}. */
function translate(key: string, options?: Record<string, unknown>): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
  if (typeof value !== 'string') throw new Error(`Missing English text: ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? `{{${name}}}`));
}

const deps: DescriberDeps = { t: translate, formatNumber: (value) => value.toLocaleString('en-GB') };

function run(state: GowningState, actions: readonly GowningAction[]): GowningState {
  return actions.reduce(reduceGowning, state);
}

const start = () => createGowningState('quick', createRandom(99));

describe('status sentence', () => {
  it('says the step, what comes next, the counter with its colour and the time left', () => {
    const state = run(start(), [{ type: 'apply', item: 'handWash' }, { type: 'apply', item: 'hairCover' }]);
    expect(describeStatus(state, deps)).toBe(
      'Step 3 of 11. Next: step onto the sticky mat. Particle counter: ' +
        `${state.particles.toLocaleString('en-GB')} per cubic metre, green (below the at-rest limit). 60 seconds left.`,
    );
  });

  it('mentions the item in hand', () => {
    const state = reduceGowning(start(), { type: 'pick', item: 'mask' });
    expect(describeStatus(state, deps)).toContain('In your hand: Face mask.');
  });

  it('tells how round 1 ended and how to go on, then describes round 2 and the end', () => {
    const dressed = run(start(), GOWNING_SEQUENCE.map((item) => ({ type: 'apply', item }) as const));
    expect(describeStatus(dressed, deps)).toBe(
      'The operator is ready for the cleanroom! Time: 0 seconds. Mistakes: 0. Choose Continue for round 2: spot the mistake.',
    );
    const spotting = reduceGowning(dressed, { type: 'continue' });
    expect(describeStatus(spotting, deps)).toBe(
      'Picture 1 of 3: something is wrong with this operator. Choose the zone where you see it.',
    );
  });
});

describe('announcements', () => {
  it('explains a wrong order with the reason for the step that is due and the counter turning orange', () => {
    const before = start();
    const after = reduceGowning(before, { type: 'apply', item: 'boots' });
    const sentence = describeChange(before, after, deps);
    expect(sentence).toContain('Not yet: Sterile boots comes later!');
    expect(sentence).toContain(translate('items.handWash.why'));
    expect(sentence).toContain('orange (above the at-rest limit)');
  });

  it('names a decoy and says why it does not belong', () => {
    const hard = createGowningState('hard', createRandom(5));
    const after = reduceGowning(hard, { type: 'apply', item: 'woollyHat' });
    expect(describeChange(hard, after, deps)).toContain('Woolly hat: not allowed in a grade B cleanroom! Wool sheds');
  });

  it('confirms a correct step with the next step number', () => {
    const before = start();
    const after = reduceGowning(before, { type: 'apply', item: 'handWash' });
    expect(describeFeedback(after.feedback ?? { kind: 'finished' }, after, deps)).toBe('Hands washed and dried. Step 2 of 11.');
  });

  it('stays quiet on ordinary ticks but warns once at ten seconds left', () => {
    const state = start();
    const tick = reduceGowning(state, { type: 'tick' });
    expect(describeChange(state, tick, deps)).toBeNull();
    const limitTicks = state.dressingLimitMs / TICK_MS;
    const beforeWarning = run(state, Array.from({ length: limitTicks - 101 }, () => ({ type: 'tick' }) as const));
    const atWarning = reduceGowning(beforeWarning, { type: 'tick' });
    expect(describeChange(beforeWarning, atWarning, deps)).toBe('10 seconds left.');
    expect(describeChange(atWarning, reduceGowning(atWarning, { type: 'tick' }), deps)).toBeNull();
  });

  it('gives the explanation when a fault is found, and the zone when it had to be shown', () => {
    const spotting = reduceGowning(run(start(), GOWNING_SEQUENCE.map((item) => ({ type: 'apply', item }) as const)), { type: 'continue' });
    const fault = spotting.pictures[0];
    if (!fault) throw new Error('no picture');
    const zone = mistakeById(fault).zone;
    const found = reduceGowning(spotting, { type: 'tapZone', zone });
    expect(describeChange(spotting, found, deps)).toBe(
      `Well spotted: ${translate(`zones.${zone}`)}! ${translate(`mistakes.${fault}.explanation`)} Choose Next to go on.`,
    );
    const wrong = BODY_ZONES.filter((candidate) => !isFaultZone(fault, candidate));
    const revealed = run(spotting, wrong.slice(0, 2).map((candidate) => ({ type: 'tapZone', zone: candidate }) as const));
    expect(describeStatus(revealed, deps)).toContain(translate(`mistakes.${fault}.explanation`));
    expect(describeFeedback(revealed.feedback ?? { kind: 'finished' }, revealed, deps)).toContain(`The mistake was here: ${translate(`zones.${zone}`)}.`);
  });
});

describe('control labels', () => {
  it('labels the operator button with what it will do', () => {
    expect(operatorButtonLabel(null, deps)).toBe('Operator: first pick something from the shelf');
    expect(operatorButtonLabel('stickyMat', deps)).toBe('Operator: step onto the sticky mat');
    expect(capitalise('step onto the sticky mat')).toBe('Step onto the sticky mat');
  });
});
