// The card the games hub shows for Bioreactor Balance: ids, translation keys, levels, related careers, thumbnail.
// Part of the app's initial bundle, so it imports nothing heavy (the game code loads through index.ts load()).

import type { GameManifest } from '../sdk/types';
import thumbnailUrl from './thumbnail.svg?no-inline';

export const bioreactorManifest: GameManifest = {
  id: 'bioreactor',
  pillar: 2,
  titleKey: 'title',
  summaryKey: 'summary',
  goalKey: 'goal',
  howToPlayKeys: ['howToPlay.watch', 'howToPlay.feed', 'howToPlay.balance', 'howToPlay.cool', 'howToPlay.harvest'],
  learningGoalKeys: ['learningGoals.fedBatch', 'learningGoals.environment', 'learningGoals.temperatureShift'],
  // About 3 minutes of culture at 1x plus reading the intro and a little thinking time.
  typicalDurationSeconds: 200,
  levels: [
    { id: 'easy', titleKey: 'levels.easy.title' },
    { id: 'normal', titleKey: 'levels.normal.title' },
    { id: 'hard', titleKey: 'levels.hard.title' },
  ],
  relatedRoleIds: ['usp-operator', 'production-technician', 'process-engineer', 'data-scientist', 'qc-analyst'],
  thumbnail: thumbnailUrl,
};
