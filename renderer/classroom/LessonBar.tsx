// The lesson bar on a pupil's screen while a lesson is followed: which step this is, and "previous" / "next".
// It stays while the pupil explores inside a step (a role page opened from the explorer), so nobody gets lost.

import { useClassroomServices } from './classroomServices';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useNamespaces } from '../i18n/useNamespaces';
import { useStore } from '../state/store';
import { activeLesson } from './activeLesson';
import { classroomRouteToHash } from './classroomRoute';
import { goToStep } from './lessonNavigation';
import { stepNamespaces, useStepTitle } from './useStepTitle';

export function LessonBar() {
  const services = useClassroomServices();
  const progress = useStore(activeLesson);
  // No lesson followed (a kiosk, a fair, a class before its lesson): no texts to load.
  const ready = useNamespaces(progress ? stepNamespaces(progress.steps) : []);
  const text = useNamespaceText('classroom');
  const stepTitle = useStepTitle();
  if (!progress || !ready) return null;
  const { steps, index } = progress;
  const step = steps[index];
  if (step === undefined) return null;
  const last = index === steps.length - 1;
  const overview = classroomRouteToHash({ screen: 'lesson', lesson: { steps, language: null, lockLanguage: false } });

  return (
    <nav className="lesson-bar" aria-label={text('bar.label')} data-testid="lesson-bar">
      <button type="button" className="button button--secondary lesson-bar__button" disabled={index === 0} onClick={() => goToStep(services, steps, index - 1)}>
        <span aria-hidden="true">←</span> {text('bar.previous')}
      </button>
      <p className="lesson-bar__where">
        <span className="lesson-bar__count">{text('bar.step', { number: index + 1, count: steps.length })}</span>
        <strong className="lesson-bar__title">{stepTitle(step)}</strong>
      </p>
      {last ? (
        <a className="button lesson-bar__button" href={overview} onClick={() => activeLesson.set(null)}>
          {text('bar.finish')}
        </a>
      ) : (
        <button type="button" className="button lesson-bar__button" onClick={() => goToStep(services, steps, index + 1)}>
          {text('bar.next')} <span aria-hidden="true">→</span>
        </button>
      )}
    </nav>
  );
}
