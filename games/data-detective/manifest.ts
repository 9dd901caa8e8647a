// The card the games hub shows for Data Detective: ids, translation keys, levels, related careers, thumbnail.
// Part of the app's initial bundle, so it imports nothing heavy (the game code loads through index.ts load()).

import type { GameManifest } from '../sdk/types';
import thumbnailUrl from './thumbnail.svg?no-inline';

export const dataDetectiveManifest: GameManifest = {
  id: 'data-detective',
  pillar: 3,
  titleKey: 'title',
  summaryKey: 'summary',
  goalKey: 'goal',
  howToPlayKeys: ['howToPlay.watch', 'howToPlay.rules', 'howToPlay.flag', 'howToPlay.label', 'howToPlay.compare'],
  learningGoalKeys: ['learningGoals.controlChart', 'learningGoals.machineLearning', 'learningGoals.dataQuality'],
  // Round 1 about 85 s (6 batches x 16 points x 0.85 s), round 2 about a minute of labelling and comparing.
  typicalDurationSeconds: 180,
  levels: [
    { id: 'easy', titleKey: 'levels.easy.title' },
    { id: 'normal', titleKey: 'levels.normal.title' },
    { id: 'hard', titleKey: 'levels.hard.title' },
  ],
  relatedRoleIds: ['data-scientist', 'qc-analyst', 'process-engineer', 'mes-engineer', 'biostatistician'],
  thumbnail: thumbnailUrl,
};
