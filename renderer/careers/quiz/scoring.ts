// Pure scoring of the interest quiz: points per RIASEC type, the top two or three types with a fixed tie-break, and
// several matching roles. The result opens a conversation ("you seem to like..."); it is never a verdict.

import type { RoleId } from '../../../common/ids';
import { CAREER_ROLES } from '../data/roles';
import { INTEREST_TYPES, type InterestType } from '../data/schema';
import { ANSWER_POINTS, QUIZ_ITEMS, type QuizAnswer } from './items';

export type QuizAnswers = Readonly<Record<string, QuizAnswer>>;

export interface TypeScore {
  readonly type: InterestType;
  readonly points: number;
  /** Number of "I'd like that" answers: breaks ties between equal points. */
  readonly likes: number;
}

/** Scores in ranking order: points, then likes, then the fixed RIASEC order. */
export function scoreTypes(answers: QuizAnswers): TypeScore[] {
  const scores = INTEREST_TYPES.map((type) => ({ type, points: 0, likes: 0 }));
  for (const item of QUIZ_ITEMS) {
    const answer = answers[item.id];
    const score = scores.find((entry) => entry.type === item.type);
    if (answer === undefined || !score) continue;
    score.points += ANSWER_POINTS[answer];
    if (answer === 'like') score.likes += 1;
  }
  return scores.sort(
    (a, b) => b.points - a.points || b.likes - a.likes || INTEREST_TYPES.indexOf(a.type) - INTEREST_TYPES.indexOf(b.type),
  );
}

/**
 * The two strongest types, plus a third when it is within one point of the second (so near-ties are shown rather
 * than hidden). Types with no points are never reported: all "not for me" gives an empty list.
 */
export function topInterestTypes(answers: QuizAnswers): InterestType[] {
  const ranked = scoreTypes(answers).filter((score) => score.points > 0);
  const [first, second, third] = ranked;
  if (!first) return [];
  if (!second) return [first.type];
  const top = [first.type, second.type];
  if (third && second.points - third.points <= 1) top.push(third.type);
  return top;
}

export const MIN_MATCHED_ROLES = 4;
export const MAX_MATCHED_ROLES = 6;

/**
 * Roles whose interest code shares the visitor's top types. A type weighs 3, 2, 1 by its rank in the visitor's
 * result and 3, 2, 1 by its place in the role's code; roles are ranked by the sum, ties in careers.md order. Always
 * several roles: with no clear interests, roles that can be started soon come first as an open invitation.
 */
export function matchRoles(topTypes: readonly InterestType[]): RoleId[] {
  const ranked = CAREER_ROLES.map((role, order) => {
    let fit = 0;
    topTypes.forEach((type, visitorRank) => {
      const roleRank = role.interests.indexOf(type);
      if (roleRank >= 0) fit += (3 - visitorRank) * (3 - roleRank);
    });
    return { id: role.id, fit, order, startSoon: role.startSoon };
  }).sort((a, b) => b.fit - a.fit || Number(b.startSoon) - Number(a.startSoon) || a.order - b.order);
  const fitting = ranked.filter((entry) => entry.fit > 0).slice(0, MAX_MATCHED_ROLES);
  const chosen = fitting.length >= MIN_MATCHED_ROLES ? fitting : ranked.slice(0, MIN_MATCHED_ROLES);
  return chosen.map((entry) => entry.id);
}
