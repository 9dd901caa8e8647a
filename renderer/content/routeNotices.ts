// What the hub says about one training route, from the content pack shown: its notice when it tells more than the
// explorer's own data (other providers, a next start, a note or a link). The built-in pack's notices repeat the
// data's providers only, so the pathway screens stay as they were until the hub publishes something.

import type { ContentPack, RouteNotice } from '../../common/content/contentPack';
import type { RouteId } from '../../common/ids';
import { trainingRoute } from '../careers/data/routes';

export function hubRouteNotice(pack: ContentPack, routeId: RouteId): RouteNotice | null {
  const notice = pack.content.routes.find((route) => route.routeId === routeId);
  if (notice === undefined) return null;
  const builtInProviders = trainingRoute(routeId).providers;
  const sameProviders = notice.providers.length === builtInProviders.length && notice.providers.every((provider, index) => provider === builtInProviders[index]);
  return sameProviders && notice.nextStart === null && notice.link === null && notice.note === null ? null : notice;
}
