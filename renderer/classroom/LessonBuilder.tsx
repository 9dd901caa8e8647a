// The teacher builds a lesson: adds games and explorer steps, orders them, and shares the result as a link (shown,
// copyable, and as a QR code for tablets) that opens the same playlist on every pupil's screen. A class code from
// the hub's dashboard, when the teacher adds one, travels in the link so each pupil's screen joins that class
// (classJoin.ts). The draft is kept in this browser so the teacher can prepare it before class.

import { useEffect, useState } from 'react';
import { normaliseClassCode } from '../../common/host/classCode';
import { useTranslation } from 'react-i18next';
import { useClassroomServices } from './classroomServices';
import { QrCode } from '../careers/screens/QrCode';
import { useEnabledGames } from '../games/enabledGames';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useStore } from '../state/store';
import { PSEUDO_LOCALE } from '../i18n/localeChoice';
import { EXPLORER_STEPS, isLessonStep, lessonToQuery, lessonUrl, MAX_LESSON_STEPS, moveStep, type Lesson, type LessonStep } from './lesson';
import { languageLock } from './languageLock';
import { useStepTitle } from './useStepTitle';

const DRAFT_KEY = 'biotech.classroom.lessonDraft.v1';

function readDraft(): LessonStep[] {
  try {
    const raw = JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter(isLessonStep).slice(0, MAX_LESSON_STEPS) : [];
  } catch {
    return [];
  }
}

export function LessonBuilder() {
  const { t } = useTranslation();
  const text = useNamespaceText('classroom');
  const services = useClassroomServices();
  const games = useEnabledGames();
  const stepTitle = useStepTitle();
  const { language } = useStore(services.settings);
  const locked = useStore(languageLock);
  const [steps, setSteps] = useState<LessonStep[]>(readDraft);
  const [copied, setCopied] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [classCodeText, setClassCodeText] = useState('');
  const classCode = normaliseClassCode(classCodeText);
  const classCodeInvalid = classCodeText.trim() !== '' && classCode === null;

  useEffect(() => {
    try {
      window.localStorage.setItem(DRAFT_KEY, JSON.stringify(steps));
    } catch {
      // Storage off: the draft lives as long as the page.
    }
  }, [steps]);

  const available: LessonStep[] = [...games.map((game) => game.manifest.id), ...EXPLORER_STEPS];
  const lesson: Lesson = { steps, language: language === PSEUDO_LOCALE ? null : language, lockLanguage: locked !== null, ...(classCode === null ? {} : { classCode }) };
  const url = lessonUrl(window.location.href, lesson);
  const full = steps.length >= MAX_LESSON_STEPS;

  const change = (next: LessonStep[], message: string) => {
    setSteps(next);
    setCopied(false);
    setAnnouncement(message);
  };

  return (
    <section className="classroom-section" aria-labelledby="lesson-builder-title">
      <h2 id="lesson-builder-title" className="section-title">
        {text('builder.title')}
      </h2>
      <p className="classroom-section__lead">{text('builder.lead')}</p>
      <div className="lesson-builder">
        <div className="lesson-builder__column">
          <h3 className="lesson-builder__heading">{text('builder.available')}</h3>
          <ul className="lesson-builder__list" data-testid="lesson-available">
            {available.map((step) => (
              <li key={step} className="lesson-builder__item">
                <span className="lesson-builder__name">{stepTitle(step)}</span>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={full}
                  data-testid={`lesson-add-${step}`}
                  aria-label={text('builder.addNamed', { step: stepTitle(step) })}
                  onClick={() => change([...steps, step], text('builder.added', { step: stepTitle(step), count: steps.length + 1 }))}
                >
                  {text('builder.add')}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="lesson-builder__column">
          <h3 className="lesson-builder__heading">{text('builder.lesson', { count: steps.length })}</h3>
          {steps.length === 0 ? (
            <p className="lesson-builder__empty">{text('builder.empty')}</p>
          ) : (
            <ol className="lesson-builder__list lesson-builder__list--chosen" data-testid="lesson-chosen">
              {steps.map((step, index) => (
                <li key={`${step}-${index}`} className="lesson-builder__item">
                  <span className="lesson-builder__number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="lesson-builder__name">{stepTitle(step)}</span>
                  <span className="lesson-builder__actions">
                    <button type="button" className="icon-button" disabled={index === 0} aria-label={text('builder.up', { step: stepTitle(step), position: index + 1 })} onClick={() => change(moveStep(steps, index, -1), text('builder.moved', { step: stepTitle(step), position: index }))}>
                      ↑
                    </button>
                    <button type="button" className="icon-button" disabled={index === steps.length - 1} aria-label={text('builder.down', { step: stepTitle(step), position: index + 1 })} onClick={() => change(moveStep(steps, index, 1), text('builder.moved', { step: stepTitle(step), position: index + 2 }))}>
                      ↓
                    </button>
                    <button type="button" className="icon-button" aria-label={text('builder.remove', { step: stepTitle(step), position: index + 1 })} onClick={() => change(steps.filter((_, i) => i !== index), text('builder.removed', { step: stepTitle(step) }))}>
                      ✕
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {steps.length > 0 && (
        <div className="lesson-share">
          <div className="lesson-share__text">
            <h3 className="lesson-builder__heading">{text('builder.shareTitle')}</h3>
            <p>{lesson.language ? text(locked ? 'builder.shareLocked' : 'builder.shareLanguage', { language: t(`language.names.${lesson.language}`) }) : text('builder.shareAny')}</p>
            <label className="lesson-share__label" htmlFor="lesson-class-code">
              {text('builder.classCodeLabel')}
            </label>
            <p id="lesson-class-code-hint" className="lesson-share__hint">
              {text('builder.classCodeHint')}
            </p>
            <input
              id="lesson-class-code"
              className="lesson-share__link lesson-share__code"
              value={classCodeText}
              maxLength={20}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={classCodeInvalid ? 'lesson-class-code-hint lesson-class-code-error' : 'lesson-class-code-hint'}
              aria-invalid={classCodeInvalid}
              data-testid="lesson-class-code"
              onChange={(event) => {
                setClassCodeText(event.currentTarget.value);
                setCopied(false);
              }}
            />
            {classCodeInvalid && (
              <p id="lesson-class-code-error" className="lesson-share__error" role="alert">
                {text('builder.classCodeInvalid')}
              </p>
            )}
            {classCode !== null && <p>{text('builder.shareClass', { code: classCode })}</p>}
            <label className="lesson-share__label" htmlFor="lesson-link">
              {text('builder.linkLabel')}
            </label>
            <input id="lesson-link" className="lesson-share__link" readOnly value={url} data-testid="lesson-link" onFocus={(event) => event.currentTarget.select()} />
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
                }}
              >
                {copied ? text('builder.copied') : text('builder.copy')}
              </button>
              <a className="button button--secondary" href={`#/lesson?${lessonToQuery(lesson)}`}>
                {text('builder.open')}
              </a>
            </div>
          </div>
          <figure className="lesson-share__qr">
            <QrCode text={url} label={text('builder.qrLabel')} />
            <figcaption>{text('builder.qrCaption')}</figcaption>
          </figure>
        </div>
      )}
    </section>
  );
}
