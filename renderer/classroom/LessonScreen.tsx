// What a pupil sees on opening the teacher's lesson link (#/lesson?steps=...): the lesson's steps in order and a
// start button (or "continue" when this screen is already following the lesson). The link's class language is
// applied, and locked when the teacher locked it; a class code in the link says whether this screen joined the class.

import { useEffect } from 'react';
import { useClassroomServices } from './classroomServices';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useNamespaces } from '../i18n/useNamespaces';
import { useStore } from '../state/store';
import { activeLesson, sameSteps } from './activeLesson';
import { classJoinStatus } from './classJoin';
import { languageLock } from './languageLock';
import type { Lesson } from './lesson';
import { goToStep } from './lessonNavigation';
import { stepNamespaces, useStepTitle } from './useStepTitle';

/** Whether this screen counts for the class of the link (classJoin.ts); the lesson works either way. */
function ClassJoinLine() {
  const text = useNamespaceText('classroom');
  const status = useStore(classJoinStatus);
  if (status.state === 'none') return null;
  let message: string;
  if (status.state === 'joining') message = text('lesson.classJoining');
  else if (status.state === 'joined') message = text('lesson.classJoined', { school: status.school, classLabel: status.classLabel });
  else {
    const known = ['unknown-code', 'code-revoked', 'code-expired', 'code-not-yet-valid', 'class-full', 'malformed-code', 'no-collector'];
    message = text('lesson.classFailed', { reason: text(`lesson.classErrors.${known.includes(status.error) ? status.error : 'other'}`) });
  }
  return (
    <p className="lesson-class" role="status" data-testid="lesson-class" data-state={status.state}>
      {message}
    </p>
  );
}

export function LessonScreen({ lesson }: { readonly lesson: Lesson }) {
  const services = useClassroomServices();
  const ready = useNamespaces(stepNamespaces(lesson.steps));

  // The class language travels with the link; applied once per link (the effect's key is the lesson's content).
  useEffect(() => {
    if (!lesson.language) return;
    if (lesson.lockLanguage) languageLock.set(lesson.language);
    void services.changeSettings({ language: lesson.language });
  }, [lesson.language, lesson.lockLanguage, services]);

  if (!ready) return <div className="screen-loading" aria-busy="true" />;
  return <LessonOverview lesson={lesson} />;
}

function LessonOverview({ lesson }: { readonly lesson: Lesson }) {
  const services = useClassroomServices();
  const text = useNamespaceText('classroom');
  const stepTitle = useStepTitle();
  const progress = useStore(activeLesson);
  const following = progress !== null && sameSteps(progress.steps, lesson.steps);

  if (lesson.steps.length === 0) {
    return (
      <div className="lesson-overview">
        <h1 className="screen-title">{text('lesson.emptyTitle')}</h1>
        <p className="screen-lead">{text('lesson.emptyText')}</p>
      </div>
    );
  }

  return (
    <div className="lesson-overview">
      <header className="screen-header">
        <p className="home__kicker">{text('lesson.kicker')}</p>
        <h1 className="screen-title">{text('lesson.title')}</h1>
        <p className="screen-lead">{text('lesson.lead', { count: lesson.steps.length })}</p>
        {lesson.classCode !== undefined && <ClassJoinLine />}
      </header>
      <ol className="lesson-steps" data-testid="lesson-steps">
        {lesson.steps.map((step, index) => (
          <li key={`${step}-${index}`} className={`lesson-steps__item ${following && progress.index === index ? 'is-current' : ''}`}>
            <span className="lesson-steps__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="lesson-steps__name">{stepTitle(step)}</span>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button button--large" onClick={() => goToStep(services, lesson.steps, following ? progress.index : 0)}>
          {following && progress.index > 0 ? text('lesson.continue', { step: progress.index + 1 }) : text('lesson.start')}
        </button>
      </div>
    </div>
  );
}
