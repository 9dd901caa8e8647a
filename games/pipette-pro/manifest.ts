// The card the games hub shows for Pipette Pro: ids, translation keys, levels, related careers, thumbnail.
// Part of the app's initial bundle, so it imports nothing heavy (the game code loads through index.ts load()).

import type { GameManifest } from '../sdk/types';
import thumbnailUrl from './thumbnail.svg?no-inline';

export const pipetteProManifest: GameManifest = {
  id: 'pipette-pro',
  // Pillar 2, next-generation biomanufacturing: the hands-on lab skills QC technicians train in.
  pillar: 2,
  titleKey: 'title',
  summaryKey: 'summary',
  goalKey: 'goal',
  howToPlayKeys: ['howToPlay.volume', 'howToPlay.pipette', 'howToPlay.technique', 'howToPlay.plot', 'howToPlay.keys'],
  learningGoalKeys: ['learningGoals.dilution', 'learningGoals.technique', 'learningGoals.qc'],
  // 23 to 37 choices at about 4 s each (reading the question and the feedback), plus the plot at the end.
  typicalDurationSeconds: 120,
  levels: [
    { id: 'easy', titleKey: 'levels.easy.title' },
    { id: 'normal', titleKey: 'levels.normal.title' },
    { id: 'hard', titleKey: 'levels.hard.title' },
  ],
  relatedRoleIds: ['qc-analyst', 'lab-technician', 'qc-micro', 'production-technician'],
  thumbnail: thumbnailUrl,
};
