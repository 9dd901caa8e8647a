// Turns a finished game into the result: a score from first-try picks and correct predictions, stars from accuracy,
// and what the player should take away. Pure functions of the model snapshot.

import type { Stars } from '../sdk/types';
import type { CodeOfLifeSnapshot } from './model';

/** Points per base or wheel letter right at the first try, and per correct mutation prediction. Game design. */
export const POINTS_PER_PICK = 10;
export const POINTS_PER_PREDICTION = 50;
/** First-try accuracy for 2 and 3 stars (a finished game earns at least 1). Game design. */
export const ACCURACY_FOR_TWO_STARS = 0.75;
export const ACCURACY_FOR_THREE_STARS = 0.9;

export interface CodeOfLifeEvaluation {
  readonly accuracy: number;
  readonly correctPredictions: number;
  readonly questions: number;
  readonly stars: Stars;
  readonly score: number;
}

export function evaluate(snapshot: CodeOfLifeSnapshot): CodeOfLifeEvaluation {
  const { correctPicks, wrongPicks, correctPredictions } = snapshot.stats;
  const picks = correctPicks + wrongPicks;
  const accuracy = picks === 0 ? 0 : correctPicks / picks;
  const questions = snapshot.questions.length;
  let stars: Stars = 0;
  if (snapshot.phase === 'finished') {
    stars = 1;
    if (accuracy >= ACCURACY_FOR_TWO_STARS && correctPredictions * 2 >= questions) stars = 2;
    if (accuracy >= ACCURACY_FOR_THREE_STARS && correctPredictions >= questions - 1) stars = 3;
  }
  return { accuracy, correctPredictions, questions, stars, score: correctPicks * POINTS_PER_PICK + correctPredictions * POINTS_PER_PREDICTION };
}

/** Three "what you learned" keys, the last chosen from the mutation the player found hardest. */
export function learnedKeysFor(snapshot: CodeOfLifeSnapshot, evaluation: CodeOfLifeEvaluation): string[] {
  const keys = ['learned.transcription', 'learned.code'];
  keys.push(evaluation.correctPredictions === evaluation.questions ? 'learned.mutations' : 'learned.mutationsTip');
  return keys;
}
