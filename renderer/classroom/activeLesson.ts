// The lesson a pupil's screen is following and the step it is on, kept in sessionStorage so a reload (or a game
// crash recovery) keeps the place, and a closed tab forgets it. Holds only step ids and a number.

import { createStore, type Store } from '../state/store';
import { isLessonStep, MAX_LESSON_STEPS, type LessonStep } from './lesson';

export interface LessonProgress {
  readonly steps: readonly LessonStep[];
  readonly index: number;
}

const KEY = 'biotech.lesson.v1';

function read(storage: Storage): LessonProgress | null {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? 'null') as { steps?: unknown; index?: unknown } | null;
    if (!raw || !Array.isArray(raw.steps) || typeof raw.index !== 'number') return null;
    const steps = raw.steps.filter(isLessonStep).slice(0, MAX_LESSON_STEPS);
    if (steps.length === 0 || !Number.isInteger(raw.index) || raw.index < 0 || raw.index >= steps.length) return null;
    return { steps, index: raw.index };
  } catch {
    return null;
  }
}

function create(storage: Storage): Store<LessonProgress | null> {
  const store = createStore<LessonProgress | null>(read(storage));
  store.subscribe(() => {
    const value = store.get();
    try {
      if (value) storage.setItem(KEY, JSON.stringify(value));
      else storage.removeItem(KEY);
    } catch {
      // Storage off: the lesson bar still works until the page closes.
    }
  });
  return store;
}

export const activeLesson: Store<LessonProgress | null> = create(window.sessionStorage);

export function sameSteps(a: readonly LessonStep[], b: readonly LessonStep[]): boolean {
  return a.length === b.length && a.every((step, index) => step === b[index]);
}
