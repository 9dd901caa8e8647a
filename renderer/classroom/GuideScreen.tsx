// A teacher guide (#/classroom/guide/<id>), laid out as a handout: learning goals, duration, before/during/after,
// three discussion questions, the science behind the game with its sources, and curriculum links. The print
// stylesheet (classroom.css) turns it into one or two A4 pages without the app's chrome.

import { useTranslation } from 'react-i18next';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useNamespaces } from '../i18n/useNamespaces';
import { classroomRouteToHash, type GuideId } from './classroomRoute';
import { useTextList } from './texts';

const PHASES = ['before', 'during', 'after'] as const;

export function GuideScreen({ guideId }: { readonly guideId: GuideId }) {
  // careersRoles: the guides name roles by id ($t(careersRoles:<id>.title)), so they show the explorer's own titles.
  const ready = useNamespaces(['classroom', 'games', 'careersRoles', ...(guideId === 'explorer' ? [] : [guideId])]);
  if (!ready) return <div className="screen-loading" aria-busy="true" />;
  return <Guide guideId={guideId} />;
}

function Guide({ guideId }: { readonly guideId: GuideId }) {
  const { t } = useTranslation();
  const text = useNamespaceText('classroom');
  const game = useNamespaceText(guideId === 'explorer' ? 'classroom' : guideId);
  const list = useTextList('classroom');
  const key = (name: string) => `guides.${guideId}.${name}`;
  const title = guideId === 'explorer' ? text('steps.careers') : game('title');

  return (
    <article className="guide" aria-labelledby="guide-title" data-guide={guideId}>
      <div className="guide__tools no-print">
        <a className="button button--secondary" href={classroomRouteToHash({ screen: 'classroom' })}>
          {text('guide.back')}
        </a>
        <button type="button" className="button" onClick={() => window.print()}>
          {text('guide.print')}
        </button>
      </div>

      <header className="guide__header">
        <p className="guide__kicker">{text('guide.kicker')}</p>
        <h1 id="guide-title" className="guide__title">
          {title}
        </h1>
        <p className="guide__summary">{text(key('summary'))}</p>
        <dl className="guide__facts">
          <div>
            <dt>{text('guide.duration')}</dt>
            <dd>{text(key('duration'))}</dd>
          </div>
          <div>
            <dt>{text('guide.audience')}</dt>
            <dd>{text(key('audience'))}</dd>
          </div>
          <div>
            <dt>{text('guide.material')}</dt>
            <dd>{text(key('material'))}</dd>
          </div>
        </dl>
      </header>

      <section className="guide__section" aria-labelledby="guide-goals">
        <h2 id="guide-goals" className="guide__heading">
          {text('guide.goals')}
        </h2>
        <ul>
          {list(key('goals')).map((goal) => (
            <li key={goal}>{goal}</li>
          ))}
        </ul>
      </section>

      <section className="guide__section" aria-labelledby="guide-sequence">
        <h2 id="guide-sequence" className="guide__heading">
          {text('guide.sequence')}
        </h2>
        <div className="guide__phases">
          {PHASES.map((phase) => (
            <section key={phase} className="guide__phase" aria-labelledby={`guide-${phase}`}>
              <h3 id={`guide-${phase}`} className="guide__phase-title">
                {text(`guide.${phase}`)} <span className="guide__minutes">{text(key(`${phase}Minutes`))}</span>
              </h3>
              <ul>
                {list(key(phase)).map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      <section className="guide__section" aria-labelledby="guide-questions">
        <h2 id="guide-questions" className="guide__heading">
          {text('guide.questions')}
        </h2>
        <ol>
          {list(key('questions')).map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      </section>

      <section className="guide__section" aria-labelledby="guide-science">
        <h2 id="guide-science" className="guide__heading">
          {text('guide.science')}
        </h2>
        <ul>
          {list(key('science')).map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
        <h3 className="guide__subheading">{text('guide.sources')}</h3>
        <ul className="guide__sources">
          {list(key('sources')).map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </section>

      <section className="guide__section" aria-labelledby="guide-curriculum">
        <h2 id="guide-curriculum" className="guide__heading">
          {text('guide.curriculum')}
        </h2>
        <ul>
          {list(key('curriculum')).map((link) => (
            <li key={link}>{link}</li>
          ))}
        </ul>
      </section>

      <footer className="guide__footer">
        <p>{text('guide.footer', { app: t('app.name') })}</p>
      </footer>
    </article>
  );
}
