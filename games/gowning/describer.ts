// Turns the Gowning Up model into sentences for the aria-live region and the canvas feedback line: a full status on
// demand and a short announcement whenever something happens. Pure: translation and number formatting are injected,
// so the same sentences are unit-tested without i18next or a browser.

import { GOWNING_SEQUENCE, itemActionKey, itemNameKey, itemWhyKey } from './items';
import type { GowningStepId, ShelfItemId } from './items';
import { currentPicture, nextStep, remainingMs } from './model';
import type { GowningFeedback, GowningState } from './model';
import { mistakeById, zoneNameKey } from './mistakes';
import { particleStatus } from './particles';

export interface DescriberDeps {
  t(key: string, options?: Record<string, unknown>): string;
  formatNumber(value: number): string;
}

/** Remaining seconds at which the player is warned once. */
export const TIME_WARNING_SECONDS = 10;

/** "Step onto the sticky mat" from "step onto the sticky mat": action texts are stored to sit mid-sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function counterSentence(particles: number, deps: DescriberDeps): string {
  const status = particleStatus(particles);
  return deps.t('describer.counter', { count: deps.formatNumber(particles), status: deps.t(`describer.status.${status}`) });
}

function secondsLeft(state: GowningState): number {
  return Math.ceil(remainingMs(state) / 1000);
}

function stepWhy(step: GowningStepId, deps: DescriberDeps): string {
  return deps.t(itemWhyKey(step));
}

function pictureSentence(state: GowningState, deps: DescriberDeps): string {
  return deps.t('describer.picture', { number: state.pictureIndex + 1, total: state.pictures.length });
}

/** Everything a player needs to know right now, e.g. when the status is asked for or a round starts. */
export function describeStatus(state: GowningState, deps: DescriberDeps): string {
  const total = GOWNING_SEQUENCE.length;
  switch (state.phase) {
    case 'dressing': {
      const parts = [deps.t('describer.step', { step: state.worn.length + 1, total })];
      const next = nextStep(state);
      if (next) parts.push(deps.t('describer.next', { action: deps.t(itemActionKey(next)) }));
      parts.push(counterSentence(state.particles, deps));
      parts.push(deps.t('describer.timeLeft', { seconds: secondsLeft(state) }));
      if (state.picked) parts.push(deps.t('describer.holding', { item: deps.t(itemNameKey(state.picked)) }));
      return parts.join(' ');
    }
    case 'dressed':
      return [dressedSentence(state, deps), deps.t('describer.continueToRoundTwo')].join(' ');
    case 'spotting':
      return [pictureSentence(state, deps), deps.t('describer.chooseZone')].join(' ');
    case 'spotFeedback': {
      const mistake = currentPicture(state);
      const explanation = mistake ? deps.t(mistakeById(mistake).explanationKey) : '';
      return [explanation, goOnSentence(state, deps)].filter((part) => part.length > 0).join(' ');
    }
    case 'finished':
      return deps.t('describer.finished');
  }
}

/** After a picture's explanation: which button goes on (the last picture leads to the results). */
function goOnSentence(state: GowningState, deps: DescriberDeps): string {
  const isLast = state.pictureIndex + 1 >= state.pictures.length;
  return deps.t(isLast ? 'describer.chooseResults' : 'describer.chooseNext');
}

function dressedSentence(state: GowningState, deps: DescriberDeps): string {
  if (state.timedOut) {
    return deps.t('describer.timeUp', { done: state.worn.length, total: GOWNING_SEQUENCE.length });
  }
  return deps.t('describer.dressed', {
    seconds: Math.round(state.elapsedMs / 1000),
    mistakes: state.orderMistakes + state.decoyMistakes,
  });
}

/** The sentence for one feedback of the model (also shown on the canvas feedback line). */
export function describeFeedback(feedback: GowningFeedback, state: GowningState, deps: DescriberDeps): string {
  switch (feedback.kind) {
    case 'picked':
      return deps.t('describer.picked', { item: deps.t(itemNameKey(feedback.item)) });
    case 'unpicked':
      return deps.t('describer.unpicked');
    case 'correct': {
      const parts = [deps.t(`items.${feedback.item}.done`), deps.t('describer.step', { step: state.worn.length + 1, total: GOWNING_SEQUENCE.length })];
      return parts.join(' ');
    }
    case 'wrongOrder':
      return [
        deps.t('describer.wrongOrder', { item: deps.t(itemNameKey(feedback.item)) }),
        stepWhy(feedback.expected, deps),
        counterSentence(state.particles, deps),
      ].join(' ');
    case 'decoy':
      return [
        deps.t('describer.decoy', { item: deps.t(itemNameKey(feedback.item)) }),
        deps.t(itemWhyKey(feedback.item)),
        counterSentence(state.particles, deps),
      ].join(' ');
    case 'dressed':
    case 'timeUp':
      return [dressedSentence(state, deps), deps.t('describer.continueToRoundTwo')].join(' ');
    case 'roundTwo':
    case 'nextPicture':
      return [pictureSentence(state, deps), deps.t('describer.chooseZone')].join(' ');
    case 'zoneCorrect':
      return [
        deps.t('describer.zoneCorrect', { zone: deps.t(zoneNameKey(feedback.zone)) }),
        deps.t(mistakeById(feedback.mistake).explanationKey),
        goOnSentence(state, deps),
      ].join(' ');
    case 'zoneWrong':
      return deps.t('describer.zoneWrong', { zone: deps.t(zoneNameKey(feedback.zone)) });
    case 'zoneRevealed':
      return [
        deps.t('describer.zoneRevealed', { zone: deps.t(zoneNameKey(feedback.zone)) }),
        deps.t(mistakeById(feedback.mistake).explanationKey),
        goOnSentence(state, deps),
      ].join(' ');
    case 'finished':
      return deps.t('describer.finished');
  }
}

/**
 * What to announce when the model moves from `previous` to `next`, or null if nothing worth saying happened
 * (ordinary clock ticks stay silent, except the one time warning and a counter that changes colour).
 */
export function describeChange(previous: GowningState, next: GowningState, deps: DescriberDeps): string | null {
  if (next.feedbackSerial !== previous.feedbackSerial && next.feedback) {
    return describeFeedback(next.feedback, next, deps);
  }
  if (next.phase !== 'dressing') return null;
  const warningMs = TIME_WARNING_SECONDS * 1000;
  const messages: string[] = [];
  if (remainingMs(previous) > warningMs && remainingMs(next) <= warningMs) {
    messages.push(deps.t('describer.timeLeft', { seconds: TIME_WARNING_SECONDS }));
  }
  if (particleStatus(previous.particles) !== particleStatus(next.particles)) {
    messages.push(counterSentence(next.particles, deps));
  }
  return messages.length > 0 ? messages.join(' ') : null;
}

/** Label of the operator's "put on" button: what will happen if the player uses it now. */
export function operatorButtonLabel(picked: ShelfItemId | null, deps: DescriberDeps): string {
  if (picked === null) return deps.t('controls.operatorEmpty');
  return deps.t('controls.operatorPlace', { action: deps.t(itemActionKey(picked)) });
}
