// Moves a pupil's screen to a step of the lesson: remembers the place (activeLesson) and opens the step's screen.

import type { AppLocation } from '../navigation/routes';
import type { ClassroomServices } from './classroomServices';
import { activeLesson } from './activeLesson';
import { stepTarget, type LessonStep } from './lesson';

export function stepLocation(step: LessonStep): AppLocation {
  const target = stepTarget(step);
  return {
    route: target.kind === 'game' ? { screen: 'game', gameId: target.gameId } : { screen: 'careers', career: target.career },
    sheet: null,
  };
}

export function goToStep(services: Pick<ClassroomServices, 'navigate'>, steps: readonly LessonStep[], index: number): void {
  const step = steps[index];
  if (step === undefined) return;
  activeLesson.set({ steps, index });
  services.navigate(stepLocation(step));
}
