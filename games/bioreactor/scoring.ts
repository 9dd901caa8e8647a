// Turns a harvested run into the game's result: titre, viability check, stars from real titre bands, a score, and
// what the player should take away. Pure functions of the model snapshot.

import type { Stars } from '../sdk/types';
import { HARVEST_VIABILITY_THRESHOLD, STAR_TITRE_BANDS } from './constants';
import { peakViableCellDensity, viability, type BioreactorSnapshot } from './model';

export interface HarvestEvaluation {
  /** Antibody titre at harvest, g/L. */
  readonly titre: number;
  /** Viability at harvest, 0..1. */
  readonly viability: number;
  readonly peakViableCellDensity: number;
  readonly harvestDay: number;
  /** Viability was at or above the release threshold. */
  readonly viabilityPassed: boolean;
  /** A contamination scare was never checked: the quality team holds the batch (one star less). */
  readonly qualityHold: boolean;
  readonly stars: Stars;
  readonly score: number;
}

/** Stars from the titre alone: 1, 2 and 3 stars at the STAR_TITRE_BANDS thresholds. */
export function starsForTitre(titre: number): Stars {
  const [one, two, three] = STAR_TITRE_BANDS;
  if (titre >= three) return 3;
  if (titre >= two) return 2;
  if (titre >= one) return 1;
  return 0;
}

export function evaluateHarvest(snapshot: BioreactorSnapshot): HarvestEvaluation {
  const culture = snapshot.culture;
  const titre = culture.titre;
  const harvestViability = viability(culture);
  const viabilityPassed = harvestViability >= HARVEST_VIABILITY_THRESHOLD;
  const incident = snapshot.incident;
  const qualityHold =
    incident !== null && incident.kind === 'contaminationScare' && (incident.status === 'active' || incident.status === 'missed');
  const titreStars = viabilityPassed ? starsForTitre(titre) : 0;
  const stars = Math.max(0, titreStars - (qualityHold ? 1 : 0)) as Stars;
  // Score: antibody in mg per litre; a failed viability check or a held batch halves it.
  const penalty = (viabilityPassed ? 1 : 0.5) * (qualityHold ? 0.5 : 1);
  return {
    titre,
    viability: harvestViability,
    peakViableCellDensity: peakViableCellDensity(snapshot.history),
    harvestDay: Math.floor((snapshot.harvestHour ?? culture.hour) / 24),
    viabilityPassed,
    qualityHold,
    stars,
    score: Math.round(titre * 1000 * penalty),
  };
}

/** Two or three "what you learned" keys, chosen from what happened in this run. */
export function learnedKeysFor(snapshot: BioreactorSnapshot, evaluation: HarvestEvaluation): string[] {
  const keys = ['learned.fedBatch'];
  keys.push(snapshot.temperatureShiftHour !== null ? 'learned.temperatureShift' : 'learned.temperatureTip');
  if (!evaluation.viabilityPassed) keys.push('learned.viability');
  else if (snapshot.incident !== null) keys.push(snapshot.incident.kind === 'foam' ? 'learned.foam' : 'learned.sterility');
  else keys.push('learned.environment');
  return keys;
}
