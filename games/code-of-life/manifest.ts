// The card the games hub shows for Code of Life: ids, translation keys, levels, related careers, thumbnail.
// Part of the app's initial bundle, so it imports nothing heavy (the game code loads through index.ts load()).

import type { GameManifest } from '../sdk/types';
import thumbnailUrl from './thumbnail.svg?no-inline';

export const codeOfLifeManifest: GameManifest = {
  id: 'code-of-life',
  pillar: 1,
  titleKey: 'title',
  summaryKey: 'summary',
  goalKey: 'goal',
  howToPlayKeys: ['howToPlay.transcribe', 'howToPlay.translate', 'howToPlay.fold', 'howToPlay.mutate', 'howToPlay.keys'],
  learningGoalKeys: ['learningGoals.transcription', 'learningGoals.code', 'learningGoals.mutations'],
  // About 40 taps of transcription and wheel reading, three or four questions, and the intro.
  typicalDurationSeconds: 150,
  levels: [
    { id: 'easy', titleKey: 'levels.easy.title' },
    { id: 'normal', titleKey: 'levels.normal.title' },
  ],
  relatedRoleIds: ['lab-technician', 'research-scientist', 'bioinformatician', 'qc-analyst', 'cgt-specialist'],
  thumbnail: thumbnailUrl,
};
