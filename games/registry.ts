// The games the app offers, in hub order. Each entry's manifest is small and ships in the initial bundle; the game
// itself (and Phaser) loads only when its card is opened.

import { bioreactorGame } from './bioreactor';
import { cellTherapyRaceGame } from './cell-therapy-race';
import { codeOfLifeGame } from './code-of-life';
import { dataDetectiveGame } from './data-detective';
import { gowningGame } from './gowning';
import { pipetteProGame } from './pipette-pro';
import { purifyGame } from './purify';
import { startupLaunchpadGame } from './startup-launchpad';
import type { GameEntry } from './sdk/types';

export const GAMES: readonly GameEntry[] = [gowningGame, bioreactorGame, purifyGame, codeOfLifeGame, dataDetectiveGame, cellTherapyRaceGame, pipetteProGame, startupLaunchpadGame];
