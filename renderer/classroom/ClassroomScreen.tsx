// The teacher's view (#/classroom): is the app ready offline, which language the class uses (and its lock), the
// lesson playlist to share with pupils, and the printable guides. No account and nothing stored about pupils.

import { useEnabledGames } from '../games/enabledGames';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useNamespaces } from '../i18n/useNamespaces';
import { OfflineStatusPanel } from '../offline/OfflineStatusPanel';
import { ClassLanguage } from './ClassLanguage';
import { classroomRouteToHash } from './classroomRoute';
import { availableGuides } from './guides';
import { LessonBuilder } from './LessonBuilder';
import { useStepTitle } from './useStepTitle';

export function ClassroomScreen() {
  const games = useEnabledGames();
  const ready = useNamespaces(['classroom', 'games', ...games.map((game) => game.manifest.id)]);
  if (!ready) return <div className="screen-loading" aria-busy="true" />;
  return <ClassroomContent />;
}

function ClassroomContent() {
  const text = useNamespaceText('classroom');
  const games = useEnabledGames();
  const stepTitle = useStepTitle();
  return (
    <div className="classroom">
      <header className="screen-header">
        <p className="home__kicker">{text('teacher.kicker')}</p>
        <h1 className="screen-title">{text('teacher.title')}</h1>
        <p className="screen-lead">{text('teacher.lead')}</p>
      </header>

      <section className="classroom-section" aria-labelledby="offline-title">
        <h2 id="offline-title" className="section-title">
          {text('offline.title')}
        </h2>
        <OfflineStatusPanel />
      </section>

      <ClassLanguage />
      <LessonBuilder />

      <section className="classroom-section" aria-labelledby="guides-title">
        <h2 id="guides-title" className="section-title">
          {text('guidesList.title')}
        </h2>
        <p className="classroom-section__lead">{text('guidesList.lead')}</p>
        <ul className="guide-cards">
          {availableGuides(games).map((id) => (
            <li key={id}>
              <a className="guide-card" href={classroomRouteToHash({ screen: 'guide', guideId: id })}>
                <span className="guide-card__title">{id === 'explorer' ? stepTitle('careers') : stepTitle(id)}</span>
                <span className="guide-card__meta">{text(`guides.${id}.duration`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
