// The card the games hub shows for Start-up Launchpad: ids, translation keys, levels, related careers, thumbnail.
// Part of the app's initial bundle, so it imports nothing heavy (the game code loads through index.ts load()).

import type { GameManifest } from '../sdk/types';
import thumbnailUrl from './thumbnail.svg?no-inline';

export const startupLaunchpadManifest: GameManifest = {
  id: 'startup-launchpad',
  pillar: 4,
  titleKey: 'title',
  summaryKey: 'summary',
  goalKey: 'goal',
  howToPlayKeys: ['howToPlay.found', 'howToPlay.team', 'howToPlay.money', 'howToPlay.trials', 'howToPlay.keys'],
  learningGoalKeys: ['learningGoals.odds', 'learningGoals.team', 'learningGoals.honesty'],
  // About 10 to 14 cards read and answered, 15-20 s each.
  typicalDurationSeconds: 240,
  levels: [
    { id: 'easy', titleKey: 'levels.easy.title' },
    { id: 'normal', titleKey: 'levels.normal.title' },
    { id: 'hard', titleKey: 'levels.hard.title' },
  ],
  relatedRoleIds: ['founder', 'business-developer', 'regulatory-affairs', 'qa-officer', 'cra'],
  thumbnail: thumbnailUrl,
  // The results name the roles of the explorer through $t(careersRoles:...).
  borrowedTextNamespaces: ['careersRoles'],
};
