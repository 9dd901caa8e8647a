// Turns a length in months into words: whole years as years ("3 ans"), anything else in months ("7 mois"),
// ranges as "2 à 5 ans". Pure, so the pathway screen and the printout always say the same thing.

import type { CareersText } from './useCareersText';

export function durationText(t: CareersText, minMonths: number, maxMonths: number): string {
  const inYears = minMonths % 12 === 0 && maxMonths % 12 === 0;
  const unit = inYears ? 'years' : 'months';
  const min = inYears ? minMonths / 12 : minMonths;
  const max = inYears ? maxMonths / 12 : maxMonths;
  if (min === max) return t(`careers:duration.${unit}`, { count: min });
  return t(`careers:duration.${unit}Range`, { min, max });
}
