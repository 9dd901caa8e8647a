// Turns a finished purification into the result: overall yield, the release tests a real batch must pass (virus
// reduction, HCP, aggregates, buffer exchange), stars a real process would accept, a score and the lessons.

import type { Stars } from '../sdk/types';
import {
  AGGREGATE_LIMIT_PCT,
  AGGREGATES_FOR_THREE_STARS_PCT,
  BUFFER_EXCHANGE_TARGET,
  CYCLES_PER_SHIFT,
  HCP_FOR_THREE_STARS_PPM,
  HCP_LIMIT_PPM,
  VIRUS_LRV_TARGET,
  YIELD_FOR_THREE_STARS,
  YIELD_FOR_TWO_STARS,
} from './constants';
import type { PurifySnapshot, StepRecord } from './model';

export type ReleaseTest = 'virus' | 'hcp' | 'aggregates' | 'buffer';

export interface PurifyEvaluation {
  readonly overallYield: number;
  readonly hcpPpm: number;
  readonly aggregatePct: number;
  readonly virusLrv: number;
  readonly bufferExchange: number;
  readonly captureCycles: number;
  readonly failedTests: readonly ReleaseTest[];
  readonly stars: Stars;
  readonly score: number;
}

/** Score lost per Protein A cycle beyond one shift's worth (time, buffer, resin wear). Game rule. */
const SCORE_PENALTY_PER_EXTRA_CYCLE = 0.05;

export function failedReleaseTests(product: PurifySnapshot['product']): ReleaseTest[] {
  const failed: ReleaseTest[] = [];
  if (product.virusLrv < VIRUS_LRV_TARGET - 1e-9) failed.push('virus');
  if (product.hcpPpm > HCP_LIMIT_PPM) failed.push('hcp');
  if (product.aggregatePct > AGGREGATE_LIMIT_PCT) failed.push('aggregates');
  if (product.bufferExchange < BUFFER_EXCHANGE_TARGET) failed.push('buffer');
  return failed;
}

export function evaluate(snapshot: PurifySnapshot): PurifyEvaluation {
  const { product } = snapshot;
  const overallYield = snapshot.harvestGrams > 0 ? product.antibodyGrams / snapshot.harvestGrams : 0;
  const failedTests = failedReleaseTests(product);
  let stars: Stars = 0;
  if (snapshot.stage === 'finished' && failedTests.length === 0) {
    stars = 1;
    if (overallYield >= YIELD_FOR_TWO_STARS) stars = 2;
    if (overallYield >= YIELD_FOR_THREE_STARS && product.hcpPpm <= HCP_FOR_THREE_STARS_PPM && product.aggregatePct <= AGGREGATES_FOR_THREE_STARS_PCT) stars = 3;
  }
  const extraCycles = Math.max(0, product.captureCycles - CYCLES_PER_SHIFT);
  const timeFactor = Math.max(0.5, 1 - SCORE_PENALTY_PER_EXTRA_CYCLE * extraCycles);
  const releaseFactor = failedTests.length === 0 ? 1 : 0.25;
  return {
    overallYield,
    hcpPpm: product.hcpPpm,
    aggregatePct: product.aggregatePct,
    virusLrv: product.virusLrv,
    bufferExchange: product.bufferExchange,
    captureCycles: product.captureCycles,
    failedTests,
    stars,
    score: Math.round(overallYield * 1000 * timeFactor * releaseFactor),
  };
}

/** Three "what you learned" keys: the platform, then the lessons this run teaches best. */
export function learnedKeysFor(evaluation: PurifyEvaluation, history: readonly StepRecord[]): string[] {
  const keys = ['learned.platform'];
  if (evaluation.failedTests.includes('virus')) keys.push('learned.virus');
  else keys.push('learned.tradeOff');
  const elute = history.find((record) => record.stage === 'elute');
  const load = history.find((record) => record.stage === 'load');
  if (elute && elute.stepYield < 0.85) keys.push('learned.elution');
  else if (load && load.product.flowThroughLoss > 0.03) keys.push('learned.capacity');
  else if (evaluation.failedTests.includes('hcp')) keys.push('learned.hcp');
  else keys.push('learned.careers');
  return keys;
}
