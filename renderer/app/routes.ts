// Hash-based deep links for every screen (#/games, #/careers/role/qa-officer?sheet=settings), so a teacher can share
// a link that opens exactly that screen, in a browser or on a kiosk. Unknown links fall back to home.

export type Route = { readonly screen: 'home' };

export type Sheet = 'settings';

export interface AppLocation {
  readonly route: Route;
  readonly sheet: Sheet | null;
}

export const HOME: AppLocation = { route: { screen: 'home' }, sheet: null };

export function parseLocation(hash: string): AppLocation {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const path = pathPart.split('/').filter(Boolean).map(safeDecode);
  const query = new URLSearchParams(queryPart);
  const sheet: Sheet | null = query.get('sheet') === 'settings' ? 'settings' : null;
  return { route: parseRoute(path), sheet };
}

function parseRoute(path: readonly string[]): Route {
  switch (path[0]) {
    default:
      return { screen: 'home' };
  }
}

export function formatLocation({ route, sheet }: AppLocation): string {
  const path = formatRoute(route);
  return `#/${path}${sheet ? `?sheet=${sheet}` : ''}`;
}

function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '';
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
