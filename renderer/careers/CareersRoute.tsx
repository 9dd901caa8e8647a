// Connects the career explorer to the app shell: its texts, navigation inside #/careers, the engagement log, the
// hub's base URL for QR codes, and links to the games that exist.

import { useCallback } from 'react';
import type { GameId } from '../../common/ids';
import { useCareersServices } from './careersServices';
import { useNamespaces } from '../i18n/useNamespaces';
import { useEnabledGames } from '../games/enabledGames';
import { CareersScreen } from './CareersScreen';
import type { CareerRoute } from './careerRoute';
import { useStore } from '../state/store';
import { CAREERS_NAMESPACES } from './i18n';
import type { CareerTrackEvent } from './track';

export function CareersRoute({ route }: { route: CareerRoute }) {
  const services = useCareersServices();
  const { config } = useStore(services.deviceConfig);
  const ready = useNamespaces(CAREERS_NAMESPACES);
  const onTrack = useCallback(
    (event: CareerTrackEvent) => {
      switch (event.type) {
        case 'quiz-completed':
          services.telemetry.record({ type: 'quiz-completed', topTypes: [...event.topTypes] });
          break;
        default:
          services.telemetry.record(event);
      }
    },
    [services],
  );
  const navigate = useCallback(
    (career: CareerRoute) => services.navigate({ route: { screen: 'careers', career }, sheet: null }),
    [services],
  );
  const games = useEnabledGames();
  const gameAvailable = useCallback((gameId: GameId) => games.some((game) => game.manifest.id === gameId), [games]);
  const openGame = useCallback((gameId: GameId) => services.navigate({ route: { screen: 'game', gameId }, sheet: null }), [services]);

  if (!ready) return <div className="screen-loading" aria-busy="true" />;
  return (
    <CareersScreen
      route={route}
      navigate={navigate}
      onTrack={onTrack}
      hubBaseUrl={config.hubPageUrl}
      gameAvailable={gameAvailable}
      openGame={openGame}
    />
  );
}
