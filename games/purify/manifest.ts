// The card the games hub shows for Purify It!: ids, translation keys, levels, related careers, thumbnail.
// Part of the app's initial bundle, so it imports nothing heavy (the game code loads through index.ts load()).

import type { GameManifest } from '../sdk/types';
import thumbnailUrl from './thumbnail.svg?no-inline';

export const purifyManifest: GameManifest = {
  id: 'purify',
  pillar: 2,
  titleKey: 'title',
  summaryKey: 'summary',
  goalKey: 'goal',
  howToPlayKeys: ['howToPlay.steps', 'howToPlay.capture', 'howToPlay.virus', 'howToPlay.cut', 'howToPlay.keys'],
  learningGoalKeys: ['learningGoals.platform', 'learningGoals.tradeOff', 'learningGoals.safety'],
  // Six or seven decisions with their previews, about 30 s each, plus the intro.
  typicalDurationSeconds: 210,
  levels: [
    { id: 'easy', titleKey: 'levels.easy.title' },
    { id: 'normal', titleKey: 'levels.normal.title' },
  ],
  relatedRoleIds: ['dsp-operator', 'qc-analyst', 'process-engineer', 'production-technician', 'validation-engineer'],
  thumbnail: thumbnailUrl,
};
