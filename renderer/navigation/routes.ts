// Hash-based deep links for every screen (#/games/bioreactor, #/careers/role/qa-officer?sheet=settings), so a
// teacher can share a link that opens exactly that screen, in a browser or on a kiosk. Unknown links fall back to
// home. Each feature parses its own part of the path (games/gameRoutes.ts, careers/careerRoute.ts).

import type { ScreenId } from '../../common/ids';
import { careerRouteFromHash, careerRouteToHash, type CareerRoute } from '../careers/careerRoute';
import { gamesRouteFromPath, gamesRouteToPath, type GamesRoute } from '../games/gameRoutes';
import { classroomRouteFromPath, classroomRouteToHash, type ClassroomRoute } from '../classroom/classroomRoute';

export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'privacy' }
  | GamesRoute
  | { readonly screen: 'careers'; readonly career: CareerRoute }
  | ClassroomRoute
  | { readonly screen: 'event' };

export type Sheet = 'settings';

export interface AppLocation {
  readonly route: Route;
  readonly sheet: Sheet | null;
}

export const HOME: AppLocation = { route: { screen: 'home' }, sheet: null };

export function parseLocation(hash: string): AppLocation {
  const raw = hash.replace(/^#/, '');
  const queryStart = raw.indexOf('?');
  const pathPart = queryStart >= 0 ? raw.slice(0, queryStart) : raw;
  const query = new URLSearchParams(queryStart >= 0 ? raw.slice(queryStart + 1) : '');
  const path = pathPart.split('/').filter(Boolean).map(safeDecode);
  const sheet: Sheet | null = query.get('sheet') === 'settings' ? 'settings' : null;
  return { route: parseRoute(path, pathPart, query), sheet };
}

function parseRoute(path: readonly string[], pathPart: string, query: URLSearchParams): Route {
  switch (path[0]) {
    case 'privacy':
      return { screen: 'privacy' };
    case 'games':
      return gamesRouteFromPath(path) ?? { screen: 'home' };
    case 'careers': {
      const career = careerRouteFromHash(pathPart, query);
      return career ? { screen: 'careers', career } : { screen: 'home' };
    }
    case 'classroom':
    case 'lesson':
      return classroomRouteFromPath(path, query) ?? { screen: 'home' };
    case 'event':
      return { screen: 'event' };
    default:
      return { screen: 'home' };
  }
}

export function formatLocation({ route, sheet }: AppLocation): string {
  const base = formatRoute(route);
  if (!sheet) return base;
  return `${base}${base.includes('?') ? '&' : '?'}sheet=${sheet}`;
}

function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'privacy':
      return '#/privacy';
    case 'games':
    case 'game':
      return `#/${gamesRouteToPath(route)}`;
    case 'careers':
      return careerRouteToHash(route.career);
    case 'classroom':
    case 'guide':
    case 'lesson':
      return classroomRouteToHash(route);
    case 'event':
      return '#/event';
  }
}

/** The screen id recorded in screen-viewed events (never the filters or anything the visitor chose). */
export function screenIdOf(location: AppLocation): ScreenId {
  if (location.sheet === 'settings') return 'settings';
  const { route } = location;
  switch (route.screen) {
    case 'home':
    case 'privacy':
    case 'games':
    case 'game':
    case 'classroom':
    case 'guide':
    case 'lesson':
    case 'event':
      return route.screen;
    case 'careers':
      switch (route.career.view) {
        case 'list':
          return 'careers';
        case 'role':
          return 'role';
        case 'pathway':
          return 'pathway';
        case 'quiz':
          return 'quiz';
      }
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
