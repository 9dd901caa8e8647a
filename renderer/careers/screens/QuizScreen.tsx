// The interest quiz: a short intro, then one activity at a time with three big answer buttons and a progress bar,
// then the top types and several roles, worded as a conversation starter. Reports "quiz-completed" once per run.

import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { careerRole } from '../data/roles';
import type { CareerRoute } from '../careerRoute';
import { QUIZ_ANSWERS, QUIZ_ITEMS, type QuizAnswer } from '../quiz/items';
import { matchRoles, topInterestTypes, type QuizAnswers } from '../quiz/scoring';
import type { CareerTrackEvent } from '../track';
import { RoleCard } from './RoleCard';
import { useCareersText } from './useCareersText';

/*
 * Pictures for the three answers, drawn inline: emoji need a colour-emoji font that a kiosk or a school PC may not have
 * (they showed as empty boxes in Debian's Chromium). A heart, a question mark and a cross; the words are always beside.
 */
const ANSWER_PICTURES: Record<QuizAnswer, ReactElement> = {
  like: <path d="M12 20s-7-4.4-7-9.5A3.9 3.9 0 0 1 12 8a3.9 3.9 0 0 1 7 2.5C19 15.6 12 20 12 20z" />,
  maybe: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 16.5v.5" />
    </>
  ),
  'not-for-me': (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" />
    </>
  ),
};

function AnswerSymbol({ answer }: { readonly answer: QuizAnswer }): ReactElement {
  return (
    <svg className="careers-answer__symbol" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {ANSWER_PICTURES[answer]}
    </svg>
  );
}

type Stage = { readonly step: 'intro' } | { readonly step: 'item'; readonly index: number } | { readonly step: 'results' };

interface QuizScreenProps {
  readonly navigate: (route: CareerRoute) => void;
  readonly onTrack: (event: CareerTrackEvent) => void;
}

export function QuizScreen({ navigate, onTrack }: QuizScreenProps): ReactElement {
  const { t } = useCareersText();
  const [stage, setStage] = useState<Stage>({ step: 'intro' });
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const showResults = stage.step === 'results';
  // Answers cannot change while the results are shown, so this is computed (and reported) once per run.
  const topTypes = useMemo(() => (showResults ? topInterestTypes(answers) : []), [showResults, answers]);

  useEffect(() => {
    if (showResults) onTrack({ type: 'quiz-completed', topTypes });
  }, [showResults, topTypes, onTrack]);

  if (stage.step === 'intro') {
    return (
      <section className="careers-screen careers-quiz" aria-labelledby="careers-quiz-title">
        <h1 id="careers-quiz-title">{t('careersQuiz:title')}</h1>
        <p className="careers-lead">{t('careersQuiz:intro')}</p>
        <button type="button" className="careers-button careers-button--accent careers-button--large" onClick={() => setStage({ step: 'item', index: 0 })}>
          {t('careersQuiz:start')}
        </button>
      </section>
    );
  }

  if (stage.step === 'item') {
    const item = QUIZ_ITEMS[stage.index];
    if (!item) return <></>;
    const answer = (value: QuizAnswer) => {
      setAnswers((previous) => ({ ...previous, [item.id]: value }));
      setStage(stage.index + 1 < QUIZ_ITEMS.length ? { step: 'item', index: stage.index + 1 } : { step: 'results' });
    };
    return (
      <section className="careers-screen careers-quiz" aria-labelledby="careers-quiz-title">
        <h1 id="careers-quiz-title">{t('careersQuiz:title')}</h1>
        <p id="careers-quiz-progress">{t('careersQuiz:progress', { current: stage.index + 1, total: QUIZ_ITEMS.length })}</p>
        <progress className="careers-progress" max={QUIZ_ITEMS.length} value={stage.index} aria-labelledby="careers-quiz-progress" />
        <h2 className="careers-quiz__item" aria-live="polite">{t(`careersQuiz:items.${item.id}`)}</h2>
        <p>{t('careersQuiz:prompt')}</p>
        <ul className="careers-quiz__answers">
          {QUIZ_ANSWERS.map((value) => (
            <li key={value}>
              <button type="button" className={`careers-answer careers-answer--${value}`} aria-pressed={answers[item.id] === value} onClick={() => answer(value)}>
                <AnswerSymbol answer={value} />
                {t(`careersQuiz:answers.${value}`)}
              </button>
            </li>
          ))}
        </ul>
        {stage.index > 0 ? (
          <button type="button" className="careers-button" onClick={() => setStage({ step: 'item', index: stage.index - 1 })}>
            {t('careersQuiz:previous')}
          </button>
        ) : null}
      </section>
    );
  }

  const roles = matchRoles(topTypes).map(careerRole);
  return (
    <section className="careers-screen careers-quiz" aria-labelledby="careers-quiz-title">
      <h1 id="careers-quiz-title">{t('careersQuiz:results.heading')}</h1>
      <p className="careers-lead">{topTypes.length > 0 ? t('careersQuiz:results.intro') : t('careersQuiz:results.noTypes')}</p>
      {topTypes.length > 0 ? (
        <ul className="careers-types">
          {topTypes.map((type) => (
            <li key={type}>
              <strong>{t(`careers:interestTypes.${type}.name`)}</strong> <span>{t(`careers:interestTypes.${type}.hint`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <h2>{t('careersQuiz:results.rolesHeading')}</h2>
      <ul className="careers-grid">
        {roles.map((role) => (
          <li key={role.id}>
            <RoleCard role={role} onOpen={() => navigate({ view: 'role', roleId: role.id })} />
          </li>
        ))}
      </ul>
      <p>{t('careersQuiz:results.talk')}</p>
      <p className="careers-note">{t('careers:attribution.riasecEstimate')}</p>
      <button
        type="button"
        className="careers-button"
        onClick={() => {
          setAnswers({});
          setStage({ step: 'intro' });
        }}
      >
        {t('careersQuiz:results.restart')}
      </button>
    </section>
  );
}
