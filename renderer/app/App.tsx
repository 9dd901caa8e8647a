// The app frame: top bar, the current screen, the settings sheet. Moves focus to the new screen's heading after
// every navigation so keyboard and screen-reader users are never lost.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnabledGames } from '../games/enabledGames';
import { SettingsSheet } from '../settings/SettingsSheet';
import { HomeScreen } from '../screens/HomeScreen';
import { PrivacyScreen } from '../screens/PrivacyScreen';
import { GamesHubScreen } from '../games/GamesHubScreen';
import { GameScreen } from '../games/GameScreen';
import { CareersRoute } from '../careers/CareersRoute';
import { useStore } from '../state/store';
import { TopBar } from './TopBar';
import { ErrorBoundary } from './ErrorBoundary';
import { KioskLayer } from '../kiosk/KioskLayer';
import { HOME, screenIdOf } from './routes';
import { useServices } from './services';
import type { Route } from './routes';

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
  }
}

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
      // The benchmark reads this: the first screen is rendered and its buttons respond.
      performance.mark('app-interactive');
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [screenKey]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); main.current?.focus(); }}>
        {t('nav.skipToContent')}
      </a>
      <TopBar />
      <main id="main" ref={main} tabIndex={-1} className="app__main">
        <ErrorBoundary screen={screenIdOf(location)} onReset={() => services.navigate(HOME)}>
          <Screen route={location.route} />
        </ErrorBoundary>
      </main>
      <SettingsSheet open={location.sheet === 'settings'} />
      <KioskLayer />
    </div>
  );
}
