// A lesson playlist as pure data: the steps a teacher picked (games and career-explorer steps, in order) and the
// class language, encoded into a deep link (#/lesson?steps=gowning,quiz,careers&lang=nl&lock=1) so every pupil who
// opens the link gets the same lesson, and the class code staff created in the dashboard (&class=7KQ4M9X2TB), with
// which each pupil's browser joins the class at the hub (classJoin.ts). Only our own ids and that code go into the
// link: nothing about a pupil, ever.

import { GAME_IDS, isOneOf, type GameId } from '../../common/ids';
import { isLanguage, type Language } from '../../common/i18n/languages';
import { normaliseClassCode } from '../../common/host/classCode';
import { CAREERS_HOME, type CareerRoute } from '../careers/careerRoute';

/** Explorer steps a lesson can include: the explorer's role list and the interest quiz. */
export const EXPLORER_STEPS = ['careers', 'quiz'] as const;
export type ExplorerStep = (typeof EXPLORER_STEPS)[number];
export type LessonStep = GameId | ExplorerStep;

/** Long enough for a double period; short enough for a link that fits a QR code and a projector. */
export const MAX_LESSON_STEPS = 12;

export interface Lesson {
  readonly steps: readonly LessonStep[];
  /** The class language chosen by the teacher; null: each pupil's screen keeps its own. */
  readonly language: Language | null;
  /** True: the pupils' screens hide language switching (the teacher's view can unlock it). */
  readonly lockLanguage: boolean;
  /** The class code from the dashboard (canonical form); absent: the pupils' screens sync as the device is set up. */
  readonly classCode?: string;
}

export function isLessonStep(value: unknown): value is LessonStep {
  return isOneOf(GAME_IDS, value) || isOneOf(EXPLORER_STEPS, value);
}

export function isGameStep(step: LessonStep): step is GameId {
  return isOneOf(GAME_IDS, step);
}

/** Reads a lesson from the query part of #/lesson?...; unknown steps are dropped, the length is capped. */
export function lessonFromQuery(query: URLSearchParams): Lesson {
  const steps = (query.get('steps') ?? '')
    .split(',')
    .filter(isLessonStep)
    .slice(0, MAX_LESSON_STEPS);
  const lang = query.get('lang');
  const language = isLanguage(lang) ? lang : null;
  const classCode = normaliseClassCode(query.get('class'));
  return { steps, language, lockLanguage: language !== null && query.get('lock') === '1', ...(classCode === null ? {} : { classCode }) };
}

export function lessonToQuery(lesson: Lesson): string {
  const query = new URLSearchParams();
  query.set('steps', lesson.steps.join(','));
  if (lesson.language) {
    query.set('lang', lesson.language);
    if (lesson.lockLanguage) query.set('lock', '1');
  }
  if (lesson.classCode) query.set('class', lesson.classCode);
  return query.toString().replace(/%2C/g, ',');
}

/** The full address pupils open: this page (without test or locale parameters) plus the lesson's hash. */
export function lessonUrl(pageUrl: string, lesson: Lesson): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `/lesson?${lessonToQuery(lesson)}`;
  return url.toString();
}

/** Where a step takes the pupil: a game's intro, or a screen of the career explorer. */
export type StepTarget = { readonly kind: 'game'; readonly gameId: GameId } | { readonly kind: 'careers'; readonly career: CareerRoute };

export function stepTarget(step: LessonStep): StepTarget {
  if (isGameStep(step)) return { kind: 'game', gameId: step };
  return { kind: 'careers', career: step === 'quiz' ? { view: 'quiz' } : CAREERS_HOME };
}

export function moveStep(steps: readonly LessonStep[], index: number, by: -1 | 1): LessonStep[] {
  const next = [...steps];
  const target = index + by;
  if (index < 0 || index >= next.length || target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target] as LessonStep, next[index] as LessonStep];
  return next;
}
