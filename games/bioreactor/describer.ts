// Turns the model's state into a few short sentences for the aria-live region (and the on-screen hint line):
// the day, what the cells are doing, and the most urgent thing to do. Pure: translation and number formatting are
// passed in, so the same code serves every language and the unit tests.

import { DO_SETPOINT_LOW, HARVEST_VIABILITY_THRESHOLD, PH_OPTIMUM_HIGH, PH_OPTIMUM_LOW, RUN_DAYS } from './constants';
import type { CultureState } from './kinetics';
import { cultureDay, viability, type BioreactorSnapshot } from './model';

export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type FormatNumber = (value: number, fractionDigits: number) => string;

export type GrowthPhase = 'lag' | 'growing' | 'slowing' | 'steady' | 'declining';

/** Things the player should know, most urgent first. */
export type CultureAlert =
  | 'glucoseEmpty'
  | 'contamination'
  | 'foam'
  | 'acidic'
  | 'basic'
  | 'oxygenLow'
  | 'viabilityLow'
  | 'glucoseLow'
  | 'glucoseHigh'
  | 'sampleAtLab'
  | 'sampleClear'
  | 'harvestSoon';

/** Glucose below this (mM) lasts less than about a day at peak density: time to feed. */
export const GLUCOSE_LOW = 8;
/** Above this (mM) another feed only makes the medium too concentrated. */
export const GLUCOSE_HIGH = 50;
/** The "harvest soon" hint appears from this day on. */
const HARVEST_HINT_DAY = RUN_DAYS - 1;
/** Viability this close above the threshold triggers a warning. */
const VIABILITY_MARGIN = 0.08;

export function growthPhase(culture: CultureState): GrowthPhase {
  if (culture.hour < 18) return 'lag';
  if (culture.netGrowthRate > 0.02) return 'growing';
  if (culture.netGrowthRate > 0.004) return 'slowing';
  if (culture.netGrowthRate > -0.002) return 'steady';
  return 'declining';
}

export function cultureAlerts(snapshot: BioreactorSnapshot): CultureAlert[] {
  const { culture, incident, level } = snapshot;
  const manual = level !== 'easy';
  const alerts: CultureAlert[] = [];
  if (culture.glucose < 0.5) alerts.push('glucoseEmpty');
  if (incident?.status === 'active') alerts.push(incident.kind === 'foam' ? 'foam' : 'contamination');
  if (manual && culture.pH < PH_OPTIMUM_LOW + 0.05) alerts.push('acidic');
  if (manual && culture.pH > PH_OPTIMUM_HIGH - 0.05) alerts.push('basic');
  if (manual && culture.dissolvedOxygen < DO_SETPOINT_LOW - 5) alerts.push('oxygenLow');
  if (culture.hour > 24 && viability(culture) < HARVEST_VIABILITY_THRESHOLD + VIABILITY_MARGIN) alerts.push('viabilityLow');
  if (culture.glucose >= 0.5 && culture.glucose < GLUCOSE_LOW) alerts.push('glucoseLow');
  if (culture.glucose > GLUCOSE_HIGH) alerts.push('glucoseHigh');
  if (incident?.status === 'sampling') alerts.push('sampleAtLab');
  if (incident?.status === 'resolved' && incident.kind === 'contaminationScare' && incident.sampleResultHour !== null && culture.hour < incident.sampleResultHour + 12) {
    alerts.push('sampleClear');
  }
  if (cultureDay(culture) >= HARVEST_HINT_DAY) alerts.push('harvestSoon');
  return alerts;
}

/** Up to three sentences: day, growth phase (or the temperature shift in progress), and the top alerts. */
export function describeCulture(snapshot: BioreactorSnapshot, t: Translate, formatNumber: FormatNumber, maxAlerts = 2): string {
  const { culture } = snapshot;
  const sentences = [t('describe.day', { day: cultureDay(culture), total: RUN_DAYS })];
  const cooling = Math.abs(culture.temperature - snapshot.temperatureSetpoint) > 0.1;
  sentences.push(cooling ? t(snapshot.temperatureSetpoint < culture.temperature ? 'describe.cooling' : 'describe.warming') : t(`describe.phase.${growthPhase(culture)}`));
  for (const alert of cultureAlerts(snapshot).slice(0, maxAlerts)) {
    sentences.push(t(`describe.alert.${alert}`, { viability: formatNumber(viability(culture) * 100, 0) }));
  }
  return sentences.join(' ');
}

/** The key figures in one sentence, for players who ask for a full reading (the "read values" control). */
export function describeReadings(culture: CultureState, t: Translate, formatNumber: FormatNumber): string {
  return t('describe.readings', {
    cells: formatNumber(culture.viableCellDensity / 1e6, 1),
    viability: formatNumber(viability(culture) * 100, 0),
    glucose: formatNumber(culture.glucose, 1),
    lactate: formatNumber(culture.lactate, 1),
    titre: formatNumber(culture.titre, 2),
    pH: formatNumber(culture.pH, 2),
    oxygen: formatNumber(culture.dissolvedOxygen, 0),
    temperature: formatNumber(culture.temperature, 1),
  });
}
