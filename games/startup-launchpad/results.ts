// What the results screen shows after Start-up Launchpad: how far the medicine got and why (the real odds of the
// phase where it stopped), how long it took beside the real 10.5 years, how many people took part in its trials,
// what the founders still own, and which jobs did which part of the work (pure).

import type { FormatNumber, GameResult, Translate } from '../sdk/types';
import { YEARS_PHASE1_TO_APPROVAL } from './constants';
import { outOf100, phaseName } from './describer';
import type { LaunchpadSnapshot } from './model';
import { evaluateRun, learnedKeysFor } from './scoring';

/** The jobs shown in the results, each with the part it played in this run. */
export function rolesAtWork(snapshot: LaunchpadSnapshot): string[] {
  const roles = ['founder'];
  if (snapshot.team.includes('scientist') || snapshot.biomarker) roles.push('researchScientist');
  if (snapshot.team.includes('quality')) roles.push('qaOfficer');
  if (snapshot.team.includes('regulatory')) roles.push('regulatoryAffairs');
  if (snapshot.history.length > 0) roles.push('cra');
  if (snapshot.team.includes('business') || snapshot.partnered) roles.push('businessDeveloper');
  return roles;
}

export function launchpadResult(snapshot: LaunchpadSnapshot, t: Translate, formatNumber: FormatNumber): GameResult {
  const evaluation = evaluateRun(snapshot);
  const last = snapshot.history[snapshot.history.length - 1];
  const loa = outOf100(evaluation.loa);
  const lines: string[] = [];
  if (evaluation.approved) lines.push(t('results.approved'));
  else if (snapshot.endReason === 'cash') lines.push(t('results.outOfCash', { phase: snapshot.phase ? phaseName(snapshot.phase, t) : '' }));
  else if (last) lines.push(t('results.stopped', { phase: phaseName(last.phase, t), odds: outOf100(last.odds) }));
  lines.push(t(evaluation.approved ? 'results.oddsApproved' : 'results.oddsFailed', { loa }));
  lines.push(t('results.years', { years: formatNumber(snapshot.years, 1), real: formatNumber(YEARS_PHASE1_TO_APPROVAL, 1) }));
  lines.push(evaluation.participants > 0 ? t('results.participants', { people: formatNumber(evaluation.participants, 0) }) : t('results.noParticipants'));
  lines.push(t(snapshot.partnered ? 'results.sharePartner' : 'results.share', { share: formatNumber(snapshot.founderShare * 100, 0) }));
  lines.push(t('results.rolesTitle'));
  for (const role of rolesAtWork(snapshot)) lines.push(t(`results.roles.${role}`));
  lines.push(t('results.choices', { good: evaluation.goodChoices, possible: evaluation.possibleChoices }));
  return { score: evaluation.score, stars: evaluation.stars, completed: true, learnedKeys: learnedKeysFor(snapshot, evaluation), summaryLines: lines };
}
