// The project's own interest quiz: 18 everyday activities a teenager knows, three per RIASEC type, asked in an
// interleaved order. Written for this app (careers.md): NOT items of the O*NET Interest Profiler. Texts are in
// locales/<lang>/careersQuiz.json under items.<id>; the icon names a picture in QuizIcon.

import type { InterestType } from '../data/schema';

export interface QuizItem {
  readonly id: string;
  readonly type: InterestType;
}

export const QUIZ_ITEMS: readonly QuizItem[] = [
  { id: 'fix-bike', type: 'R' },
  { id: 'why-experiment', type: 'I' },
  { id: 'design-poster', type: 'A' },
  { id: 'explain-lesson', type: 'S' },
  { id: 'organise-party', type: 'E' },
  { id: 'sort-collection', type: 'C' },
  { id: 'build-model', type: 'R' },
  { id: 'solve-puzzle', type: 'I' },
  { id: 'make-video', type: 'A' },
  { id: 'welcome-newcomer', type: 'S' },
  { id: 'convince-group', type: 'E' },
  { id: 'follow-recipe', type: 'C' },
  { id: 'run-machine', type: 'R' },
  { id: 'how-body-works', type: 'I' },
  { id: 'invent-story', type: 'A' },
  { id: 'look-after', type: 'S' },
  { id: 'sell-stand', type: 'E' },
  { id: 'check-mistakes', type: 'C' },
];

/** One tap per item, three choices. */
export const QUIZ_ANSWERS = ['like', 'maybe', 'not-for-me'] as const;
export type QuizAnswer = (typeof QUIZ_ANSWERS)[number];

export const ANSWER_POINTS: Readonly<Record<QuizAnswer, number>> = { like: 2, maybe: 1, 'not-for-me': 0 };
