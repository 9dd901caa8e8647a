// The end-of-run result handed to the hub: score and stars from scoring.ts, what the player learned, and translated
// summary lines, including the cleanroom grades A-D with their real Annex 1 particle limits. Pure (t and number
// formatting are injected), so the results text is unit-tested.

import type { GameResult } from '../sdk/types';
import type { DescriberDeps } from './describer';
import { GOWNING_SEQUENCE } from './items';
import type { GowningState } from './model';
import { GRADE_LIMITS } from './particles';
import { scoreGowning } from './scoring';

export const LEARNED_KEYS = ['learned.order', 'learned.particles', 'learned.grades'] as const;

export function gradeLines(deps: DescriberDeps): string[] {
  const lines = [deps.t('results.gradesIntro')];
  for (const limits of GRADE_LIMITS) {
    lines.push(
      deps.t(`results.grade${limits.grade}`, {
        atRest: deps.formatNumber(limits.atRest),
        inOperation: limits.inOperation === null ? '' : deps.formatNumber(limits.inOperation),
      }),
    );
  }
  return lines;
}

export function buildResult(state: GowningState, deps: DescriberDeps): GameResult {
  const score = scoreGowning(state);
  const mistakes = state.orderMistakes + state.decoyMistakes;
  const firstLook = state.spotOutcomes.filter((outcome) => outcome === 'firstTry').length;
  const lines = [
    score.dressedInTime
      ? deps.t('results.dressed', { seconds: Math.round(state.elapsedMs / 1000), mistakes })
      : deps.t('results.timeUp', { done: state.worn.length, total: GOWNING_SEQUENCE.length }),
    deps.t('results.peak', {
      count: deps.formatNumber(state.peakParticles),
      status: deps.t(`results.status.${score.worstStatus}`),
    }),
    deps.t('results.spotted', { found: firstLook, total: state.pictures.length }),
    ...gradeLines(deps),
  ];
  return {
    score: score.score,
    stars: score.stars,
    // The hub logs a run that ends with completed=false as abandoned: a player who ran out of time still played
    // both rounds to the end, so completion means "reached the results", and the stars tell how well it went.
    completed: state.phase === 'finished',
    learnedKeys: [...LEARNED_KEYS],
    summaryLines: lines,
  };
}
