// Deep links of the classroom area, parsed for the app's router (renderer/navigation/routes.ts):
//   #/classroom                  the teacher's view (offline state, class language, lesson builder, guides)
//   #/classroom/guide/<id>       a printable teacher guide (a game id or "explorer")
//   #/lesson?steps=...&lang=..   a lesson playlist for pupils (see lesson.ts)

import { GAME_IDS, isOneOf, type GameId } from '../../common/ids';
import { lessonFromQuery, lessonToQuery, type Lesson } from './lesson';

export type GuideId = GameId | 'explorer';

export type ClassroomRoute =
  | { readonly screen: 'classroom' }
  | { readonly screen: 'guide'; readonly guideId: GuideId }
  | { readonly screen: 'lesson'; readonly lesson: Lesson };

export function isGuideId(value: unknown): value is GuideId {
  return value === 'explorer' || isOneOf(GAME_IDS, value);
}

export function classroomRouteFromPath(path: readonly string[], query: URLSearchParams): ClassroomRoute | null {
  if (path[0] === 'lesson') return { screen: 'lesson', lesson: lessonFromQuery(query) };
  if (path[0] !== 'classroom') return null;
  if (path[1] === 'guide' && isGuideId(path[2])) return { screen: 'guide', guideId: path[2] };
  return { screen: 'classroom' };
}

export function classroomRouteToHash(route: ClassroomRoute): string {
  switch (route.screen) {
    case 'classroom':
      return '#/classroom';
    case 'guide':
      return `#/classroom/guide/${route.guideId}`;
    case 'lesson':
      return `#/lesson?${lessonToQuery(route.lesson)}`;
  }
}
