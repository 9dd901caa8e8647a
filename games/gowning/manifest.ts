// What the games hub knows about Gowning Up before any game code loads: ids, texts (keys in locales/<lang>/gowning.json),
// duration, levels, learning goals, related careers and the card picture. Part of the initial bundle: keep it tiny.

import type { GameManifest } from '../sdk/types';
import thumbnailUrl from './thumbnail.svg?no-inline';

export const gowningManifest: GameManifest = {
  id: 'gowning',
  pillar: 2,
  titleKey: 'title',
  summaryKey: 'summary',
  goalKey: 'goal',
  howToPlayKeys: ['howToPlay.pick', 'howToPlay.place', 'howToPlay.order', 'howToPlay.spot'],
  learningGoalKeys: ['learningGoals.order', 'learningGoals.particles', 'learningGoals.grades'],
  typicalDurationSeconds: 75,
  levels: [
    { id: 'quick', titleKey: 'levels.quick.title' },
    { id: 'normal', titleKey: 'levels.normal.title' },
    { id: 'hard', titleKey: 'levels.hard.title' },
  ],
  relatedRoleIds: ['aseptic-operator', 'qc-micro', 'qa-officer', 'usp-operator', 'gmp-trainer'],
  thumbnail: thumbnailUrl,
};
