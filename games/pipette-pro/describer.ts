// Pipette Pro's state in sentences: the question of the current step, each option's label, the easy level's hint,
// what a choice did (or why it was refused), the tubes so far, and a full reading on request. Pure: translation and
// number formatting are passed in, so the same code serves every language and the unit tests.

import type { FormatNumber, Translate } from '../sdk/types';
import { pipetteSpec } from './series';
import type { PipetteId } from './constants';
import type { ChoiceOutcome, OptionId, PipetteSnapshot, StepId, VolumeChoice } from './model';
import { TRANSFER_STEPS, VOLUME_FRACTIONS } from './model';

/** A concentration with as many decimals as it needs to show three significant digits at most (1000, 10.0, 0.100). */
export function formatConcentration(value: number, formatNumber: FormatNumber): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return formatNumber(value, digits);
}

/** A volume in µL, with a decimal only when it has one (22.2 µL, 100 µL). */
export function formatVolume(value: number, formatNumber: FormatNumber): string {
  return formatNumber(value, Number.isInteger(Math.round(value * 10) / 10) ? 0 : 1);
}

/** The 1:N dilution of tube `tube` (1 = 1:10). */
export function dilutionLabel(tube: number, formatNumber: FormatNumber): string {
  return `1:${formatNumber(10 ** tube, 0)}`;
}

/** Short title of where the run is: "Tube 2 of 3 · step 4 of 7". */
export function stepTitle(snapshot: PipetteSnapshot, t: Translate): string {
  if (snapshot.step === 'volume' || snapshot.step === 'pipette') return t('heading.setup', { number: snapshot.step === 'volume' ? 1 : 2 });
  if (snapshot.step === 'review') return t('heading.review');
  const index = TRANSFER_STEPS.indexOf(snapshot.step);
  return t('heading.transfer', { tube: snapshot.transfer + 1, tubes: snapshot.rules.transfers, step: index + 1, steps: TRANSFER_STEPS.length });
}

/** The question of the current step. */
export function stepQuestion(snapshot: PipetteSnapshot, t: Translate, formatNumber: FormatNumber): string {
  return t(`question.${snapshot.step}`, {
    diluent: formatVolume(snapshot.rules.diluentUl, formatNumber),
    volume: formatVolume(snapshot.volumeUl ?? 0, formatNumber),
    from: snapshot.transfer === 0 ? t('tube.stockSource') : t('tube.source', { tube: snapshot.transfer }),
    to: t('tube.name', { tube: snapshot.transfer + 1 }),
  });
}

/** The label of an option of the current step (volumes with their number, pipettes with their range). */
export function optionLabel(snapshot: PipetteSnapshot, option: OptionId, t: Translate, formatNumber: FormatNumber): string {
  if (snapshot.step === 'volume') return t('options.volume', { volume: formatVolume(snapshot.rules.diluentUl * VOLUME_FRACTIONS[option as VolumeChoice], formatNumber) });
  if (snapshot.step === 'pipette') {
    const spec = pipetteSpec(option as PipetteId);
    return t('options.pipette', { name: pipetteName(spec.id), min: formatVolume(spec.minimum, formatNumber), max: formatVolume(spec.nominal, formatNumber) });
  }
  return t(`options.${snapshot.step}.${option}`);
}

export function pipetteName(id: PipetteId): string {
  return id.toUpperCase();
}

/** The good practice before the choice (easy level only). */
export function stepHint(step: StepId, t: Translate): string {
  return t(`hint.${step}`);
}

/** What the choice just made did, or why it was refused. `before` is the snapshot the choice was made on. */
export function describeOutcome(before: PipetteSnapshot, option: OptionId, outcome: ChoiceOutcome, t: Translate, formatNumber: FormatNumber): string {
  if (outcome.refusal === 'pipetteRange') {
    const spec = pipetteSpec(option as PipetteId);
    return t('refused.pipetteRange', { volume: formatVolume(before.volumeUl ?? 0, formatNumber), name: pipetteName(spec.id), min: formatVolume(spec.minimum, formatNumber), max: formatVolume(spec.nominal, formatNumber) });
  }
  if (outcome.refusal === 'noTipYet') return t('refused.noTipYet');
  if (!outcome.accepted) return '';
  const verdict = t(outcome.right ? 'feedback.right' : 'feedback.mistake');
  const key = before.step === 'pipette' ? (outcome.right ? 'feedback.pipette.best' : 'feedback.pipette.tooBig') : `feedback.${before.step}.${option}`;
  return `${verdict} ${t(key)}`;
}

/** One sentence per tube filled so far: its reading against its target (the text beside the plot). */
export function tubeLines(snapshot: PipetteSnapshot, t: Translate, formatNumber: FormatNumber): string[] {
  return snapshot.tubes.map((tube, index) =>
    t('describe.tube', {
      tube: index + 1,
      dilution: dilutionLabel(index + 1, formatNumber),
      value: formatConcentration(tube.concentration, formatNumber),
      target: formatConcentration(tube.target, formatNumber),
    }),
  );
}

/** A full reading: where the run is, the pipette and volume chosen, the tubes so far, and the question. */
export function describeStatus(snapshot: PipetteSnapshot, t: Translate, formatNumber: FormatNumber): string {
  const sentences = [stepTitle(snapshot, t) + '.'];
  if (snapshot.pipette && snapshot.volumeUl !== null) sentences.push(t('describe.setup', { name: pipetteName(snapshot.pipette), volume: formatVolume(snapshot.volumeUl, formatNumber) }));
  sentences.push(...tubeLines(snapshot, t, formatNumber));
  if (!snapshot.finished) sentences.push(stepQuestion(snapshot, t, formatNumber));
  return sentences.join(' ');
}
