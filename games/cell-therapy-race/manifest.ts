// The card the games hub shows for Cell Therapy Race: ids, translation keys, levels, related careers, thumbnail.
// Part of the app's initial bundle, so it imports nothing heavy (the game code loads through index.ts load()).

import type { GameManifest } from '../sdk/types';
import thumbnailUrl from './thumbnail.svg?no-inline';

export const cellTherapyRaceManifest: GameManifest = {
  id: 'cell-therapy-race',
  pillar: 2,
  titleKey: 'title',
  summaryKey: 'summary',
  goalKey: 'goal',
  howToPlayKeys: ['howToPlay.bag', 'howToPlay.label', 'howToPlay.suites', 'howToPlay.qc', 'howToPlay.ship'],
  learningGoalKeys: ['learningGoals.autologous', 'learningGoals.identity', 'learningGoals.speed'],
  // About 40 simulated days at 3.2 s per day (normal), minus fast-forward, plus reading the cards.
  typicalDurationSeconds: 210,
  levels: [
    { id: 'easy', titleKey: 'levels.easy.title' },
    { id: 'normal', titleKey: 'levels.normal.title' },
    { id: 'hard', titleKey: 'levels.hard.title' },
  ],
  relatedRoleIds: ['cgt-specialist', 'qc-analyst', 'qa-officer', 'supply-planner', 'aseptic-operator'],
  thumbnail: thumbnailUrl,
};
