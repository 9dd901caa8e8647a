// Numbers with their units, written the way each language writes them: the decimal sign, the digit grouping and the
// space (or none) between number and unit come from Intl.NumberFormat's "unit" style. Units Intl does not know
// (µL, ppm, a log reduction) take the spacing Intl gives a short unit it does know (mL) in that language. Volumes
// keep the SI capital L (mL, µL, L/min) that the games' texts and the science sources use, where Intl writes "ml".
// A plain space between number and unit becomes a no-break space: a wrapped canvas label never ends on "37" with
// "°C" on the next line.

import type { FormatUnit, GameUnit } from './types';

/** Intl's own unit for a game unit, and the symbol the games write for it (null: Intl's symbol as it is). */
const UNITS: Readonly<Record<GameUnit, { readonly intl: string; readonly symbol: string | null }>> = {
  celsius: { intl: 'celsius', symbol: null },
  percent: { intl: 'percent', symbol: null },
  milliliter: { intl: 'milliliter', symbol: 'mL' },
  microliter: { intl: 'milliliter', symbol: 'µL' },
  'liter-per-minute': { intl: 'liter-per-minute', symbol: 'L/min' },
  ppm: { intl: 'milliliter', symbol: 'ppm' },
  log: { intl: 'milliliter', symbol: 'log' },
};

/** Formats with a unit in the locale `locale()` returns at each call (the visitor may switch language mid-run). */
export function unitFormatter(locale: () => string): FormatUnit {
  const formats = new Map<string, Intl.NumberFormat>();
  return (value, unit, fractionDigits) => {
    const { intl, symbol } = UNITS[unit];
    const tag = locale();
    const key = `${tag}|${intl}|${fractionDigits}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, { style: 'unit', unit: intl, unitDisplay: 'short', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
      formats.set(key, format);
    }
    return format
      .formatToParts(value)
      .map((part) => (part.type === 'unit' ? (symbol ?? part.value) : part.type === 'literal' ? part.value.replace(/ /g, '\u00a0') : part.value))
      .join('');
  };
}
