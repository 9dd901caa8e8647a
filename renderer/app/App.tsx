// The app frame: top bar, the current screen, the settings sheet. Moves focus to the new screen's heading after
// every navigation so keyboard and screen-reader users are never lost.

import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnabledGames } from '../games/enabledGames';
import { SettingsSheet } from '../settings/SettingsSheet';
import { HomeScreen } from '../screens/HomeScreen';
import { PrivacyScreen } from '../screens/PrivacyScreen';
import { GamesHubScreen } from '../games/GamesHubScreen';
import { useStore } from '../state/store';
import { TopBar } from './TopBar';
import { ErrorBoundary } from './ErrorBoundary';
import { KioskLayer } from '../kiosk/KioskLayer';
import { HOME, screenIdOf } from '../navigation/routes';
import { useServices } from './services';
import type { Route } from '../navigation/routes';
import { LessonBar } from '../classroom/LessonBar';
import { lazyScreen, screenChunks } from '../navigation/screenChunks';

// Every screen the home does not show loads on demand, like the games' own code: the career explorer (with its data
// and QR codes), a game's frame (intro, play, results), the classroom and fair-stand screens. The first screen never
// waits for them; the games hub and the home's buttons start fetching them early (renderer/navigation/screenChunks.ts).
const GameScreen = lazyScreen(screenChunks.game, (m) => m.GameScreen);
const CareersRoute = lazyScreen(screenChunks.careers, (m) => m.CareersRoute);
const ClassroomScreen = lazy(() => import('../classroom/ClassroomScreen').then((m) => ({ default: m.ClassroomScreen })));
const GuideScreen = lazy(() => import('../classroom/GuideScreen').then((m) => ({ default: m.GuideScreen })));
const LessonScreen = lazy(() => import('../classroom/LessonScreen').then((m) => ({ default: m.LessonScreen })));
const EventScreen = lazy(() => import('../event/EventScreen').then((m) => ({ default: m.EventScreen })));

function Screen({ route }: { route: Route }) {
  const games = useEnabledGames();
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'privacy':
      return <PrivacyScreen />;
    case 'games':
      return <GamesHubScreen games={games} />;
    case 'game': {
      const entry = games.find((game) => game.manifest.id === route.gameId);
      return entry ? <GameScreen key={entry.manifest.id} entry={entry} /> : <GamesHubScreen games={games} />;
    }
    case 'careers':
      return <CareersRoute route={route.career} />;
    case 'classroom':
      return <ClassroomScreen />;
    case 'guide':
      return <GuideScreen guideId={route.guideId} />;
    case 'lesson':
      return <LessonScreen lesson={route.lesson} />;
    case 'event':
      return <EventScreen />;
  }
}

/** Screens where the pupil's lesson bar would be in the way: the lesson itself and the teacher's pages. */
const WITHOUT_LESSON_BAR = new Set<Route['screen']>(['lesson', 'classroom', 'guide', 'event']);

export function App() {
  const { t } = useTranslation();
  const services = useServices();
  const location = useStore(services.location);
  const main = useRef<HTMLElement>(null);
  const screenKey = JSON.stringify(location.route);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      // The benchmark reads this: the first screen is rendered and its buttons respond (set earlier, and only once,
      // where the home's snapshot was shown first: renderer/app/quickHome.ts).
      if (performance.getEntriesByName('app-interactive').length === 0) performance.mark('app-interactive');
      return;
    }
    const container = main.current;
    if (!container) return;
    let focused: Element | null = null;
    const focusHeading = (): boolean => {
      const heading = container.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      focused = heading;
      return true;
    };
    const before = document.activeElement;
    focusHeading();
    // Lazily loaded screens (classroom, lesson, event, a game's intro) render their <h1> after the chunk and texts
    // arrive, and some replace a first heading once their texts are there, which drops the focus to <body>: focus
    // the heading whenever it appears or is replaced, until the visitor moves the focus elsewhere.
    const observer = new MutationObserver(() => {
      const active = document.activeElement;
      if (!active || active === document.body || (active === before && focused === null)) focusHeading();
      else if (active !== focused) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [screenKey]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); main.current?.focus(); }}>
        {t('nav.skipToContent')}
      </a>
      <TopBar />
      {!WITHOUT_LESSON_BAR.has(location.route.screen) && <LessonBar />}
      <main id="main" ref={main} tabIndex={-1} className="app__main">
        <ErrorBoundary screen={screenIdOf(location)} onReset={() => services.navigate(HOME)}>
          <Suspense fallback={<div className="screen-loading" aria-busy="true" />}>
            <Screen route={location.route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <SettingsSheet open={location.sheet === 'settings'} />
      <KioskLayer />
    </div>
  );
}
