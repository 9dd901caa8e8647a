// Turns a finished Start-up Launchpad run into its evaluation: how far the medicine got, how many people took part
// in its trials, and the founder's choices that the game rewards whatever the dice said (honest answers, a quality
// and a regulatory person on time, never running out of money). Stars come from the choices, not from luck.

import type { Stars } from '../sdk/types';
import { PHASES, type Phase } from './constants';
import { phasesPassed, type LaunchpadSnapshot } from './model';
import { approvalOddsFrom } from './odds';

export interface RunEvaluation {
  readonly phasesPassed: number;
  readonly approved: boolean;
  /** The phase where the medicine stopped, null when approved or when the money ran out before a trial. */
  readonly stoppedAt: Phase | null;
  readonly participants: number;
  /** Chance of approval from Phase I with this run's science choices. */
  readonly loa: number;
  readonly goodChoices: number;
  readonly possibleChoices: number;
  readonly stars: Stars;
  readonly score: number;
}

const POINTS_PER_PHASE = 100;
const POINTS_PER_GOOD_CHOICE = 50;

/** The choices counted, each true, false or null when the run never reached it. */
export function choiceChecks(snapshot: LaunchpadSnapshot): (boolean | null)[] {
  const reachedPhase2 = snapshot.history.some((record) => record.phase === 'phase2');
  const reachedFiling = snapshot.history.some((record) => record.phase === 'filing');
  return [
    snapshot.pitch === null ? null : snapshot.pitch === 'honest',
    snapshot.teamTalk === null ? null : snapshot.teamTalk === 'honest',
    reachedPhase2 ? snapshot.team.includes('quality') : null,
    reachedFiling ? snapshot.team.includes('regulatory') : null,
    snapshot.endReason !== 'cash',
  ];
}

export function evaluateRun(snapshot: LaunchpadSnapshot): RunEvaluation {
  const checks = choiceChecks(snapshot).filter((check): check is boolean => check !== null);
  const goodChoices = checks.filter(Boolean).length;
  const possibleChoices = checks.length;
  const passed = phasesPassed(snapshot);
  const approved = snapshot.endReason === 'approved';
  const last = snapshot.history[snapshot.history.length - 1];
  const ratio = possibleChoices === 0 ? 0 : goodChoices / possibleChoices;
  const stars: Stars = ratio === 1 ? 3 : ratio >= 0.6 ? 2 : ratio > 0 ? 1 : 0;
  return {
    phasesPassed: passed,
    approved,
    stoppedAt: approved || snapshot.endReason === 'cash' || !last ? null : last.phase,
    participants: snapshot.participants,
    loa: snapshot.odds ? approvalOddsFrom(snapshot.odds, PHASES[0]) : 0,
    goodChoices,
    possibleChoices,
    stars,
    score: passed * POINTS_PER_PHASE + goodChoices * POINTS_PER_GOOD_CHOICE,
  };
}

/** Two or three "what you learned" keys, chosen from what happened in this run. */
export function learnedKeysFor(snapshot: LaunchpadSnapshot, evaluation: RunEvaluation): string[] {
  const keys = ['learned.odds'];
  if (snapshot.pitch === 'overpromise' || snapshot.teamTalk === 'hide' || snapshot.teamTalk === 'blame') keys.push('learned.honesty');
  else keys.push('learned.team');
  if (snapshot.endReason === 'cash') keys.push('learned.runway');
  else if (snapshot.biomarker) keys.push('learned.biomarker');
  else if (evaluation.approved) keys.push('learned.time');
  else keys.push('learned.biomarker');
  return keys;
}
