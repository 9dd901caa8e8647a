// Turns the model's state into short sentences for the aria-live region and the advice line: which step this is,
// what the current choice will do (the preview), and a warning when a choice breaks a release limit. Pure:
// translation and number formatting are passed in.

import { AGGREGATE_LIMIT_PCT, BUFFER_EXCHANGE_TARGET, HCP_LIMIT_PPM, VIRUS_LRV_TARGET } from './constants';
import type { PurifySnapshot, StepRecord } from './model';

import type { FormatNumber, Translate } from '../sdk/types';

/** Percent of the harvest's antibody still in the product. */
export function yieldPercent(snapshot: PurifySnapshot, grams: number): number {
  return snapshot.harvestGrams > 0 ? (100 * grams) / snapshot.harvestGrams : 0;
}

/** Warnings about the current choice, most serious first (keys under describe.warn). */
export function previewWarnings(snapshot: PurifySnapshot, preview: StepRecord): string[] {
  const warnings: string[] = [];
  const { stage } = snapshot;
  const product = preview.product;
  if (stage === 'load' && product.flowThroughLoss > 0.03) warnings.push('overload');
  if (stage === 'elute' && preview.stepYield < 0.85) warnings.push('elutionStuck');
  if (stage === 'elute' && product.aggregatePct > snapshot.product.aggregatePct + 0.5) warnings.push('acidAggregates');
  if (stage === 'wash' && snapshot.settings.wash === 'none') warnings.push('noWash');
  if (stage === 'clarify' && snapshot.settings.clarification === 'none') warnings.push('noClarification');
  if (stage === 'hold' && product.virusLrv < VIRUS_LRV_TARGET) warnings.push('virus');
  if (stage === 'polish' && product.hcpPpm > HCP_LIMIT_PPM) warnings.push('hcp');
  if (stage === 'polish' && product.aggregatePct > AGGREGATE_LIMIT_PCT) warnings.push('aggregates');
  if (stage === 'ufdf' && product.bufferExchange < BUFFER_EXCHANGE_TARGET) warnings.push('buffer');
  return warnings;
}

/** The step, what the current choice gives, and the most serious warning. */
export function describeStage(snapshot: PurifySnapshot, preview: StepRecord, t: Translate, formatNumber: FormatNumber): string {
  if (snapshot.stage === 'finished') return t('describe.finished');
  if (snapshot.runProgress > 0) return t(`describe.running.${snapshot.stage}`);
  const sentences = [t(`describe.task.${snapshot.stage}`)];
  const product = preview.product;
  const s = snapshot.settings;
  switch (snapshot.stage) {
    case 'load':
      sentences.push(t('describe.preview.load', { load: s.loadDensity, capacity: snapshot.dynamicBindingCapacity, loss: formatNumber(product.flowThroughLoss * 100, 1), cycles: product.captureCycles }));
      break;
    case 'elute':
      sentences.push(t('describe.preview.elute', { pH: formatNumber(s.elutionPH, 1), recovery: formatNumber(preview.stepYield * 100, 0) }));
      break;
    case 'hold':
      sentences.push(t('describe.preview.hold', { pH: formatNumber(s.holdPH, 1), minutes: s.holdMinutes, lrv: formatNumber(product.virusLrv, 1) }));
      break;
    case 'polish':
      sentences.push(
        t('describe.preview.polish', {
          start: s.cutStart,
          end: s.cutEnd,
          yield: formatNumber(preview.stepYield * 100, 0),
          hcp: formatNumber(product.hcpPpm, 0),
          aggregates: formatNumber(product.aggregatePct, 1),
        }),
      );
      break;
    case 'ufdf':
      sentences.push(t('describe.preview.ufdf', { diavolumes: s.diavolumes, exchange: formatNumber(product.bufferExchange * 100, 1) }));
      break;
    default:
      sentences.push(t('describe.preview.yield', { yield: formatNumber(preview.stepYield * 100, 0) }));
  }
  const warning = previewWarnings(snapshot, preview)[0];
  if (warning) sentences.push(t(`describe.warn.${warning}`));
  return sentences.join(' ');
}

/** All the product's figures in one sentence, for the "read values" control. */
export function describeProduct(snapshot: PurifySnapshot, t: Translate, formatNumber: FormatNumber): string {
  const { product } = snapshot;
  return t('describe.product', {
    yield: formatNumber(yieldPercent(snapshot, product.antibodyGrams), 0),
    hcp: formatNumber(product.hcpPpm, 0),
    aggregates: formatNumber(product.aggregatePct, 1),
    lrv: formatNumber(product.virusLrv, 1),
  });
}
