// The career explorer's single entry point for the app shell: it shows the screen the route names and reports
// engagement through onTrack. Routing, telemetry, games and the hub's base URL all come in as props.

import type { ReactElement } from 'react';
import type { GameId } from '../../common/ids';
import type { CareerRoute } from './careerRoute';
import type { CareerTrackEvent } from './track';
import { ExplorerScreen } from './screens/ExplorerScreen';
import { PathwayScreen } from './screens/PathwayScreen';
import { QuizScreen } from './screens/QuizScreen';
import { RoleDetailScreen } from './screens/RoleDetailScreen';
import './careers.css';

export interface CareersScreenProps {
  readonly route: CareerRoute;
  readonly navigate: (route: CareerRoute) => void;
  /** Should be stable (useCallback) so an event is reported once per view, not once per render. */
  readonly onTrack: (event: CareerTrackEvent) => void;
  readonly hubBaseUrl: string;
  readonly gameAvailable: (gameId: GameId) => boolean;
  readonly openGame: (gameId: GameId) => void;
}

export function CareersScreen({ route, navigate, onTrack, hubBaseUrl, gameAvailable, openGame }: CareersScreenProps): ReactElement {
  switch (route.view) {
    case 'list':
      return <ExplorerScreen filters={route.filters} navigate={navigate} />;
    case 'role':
      return <RoleDetailScreen key={route.roleId} roleId={route.roleId} navigate={navigate} onTrack={onTrack} gameAvailable={gameAvailable} openGame={openGame} />;
    case 'pathway':
      return <PathwayScreen roleId={route.roleId} profile={route.profile} navigate={navigate} onTrack={onTrack} hubBaseUrl={hubBaseUrl} />;
    case 'quiz':
      return <QuizScreen navigate={navigate} onTrack={onTrack} />;
  }
}
