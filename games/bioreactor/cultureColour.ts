// The colour of the culture liquid. Cell culture media often contain phenol red, a pH indicator: yellow when acidic,
// orange-red near 7.2, pink-purple when basic. Dense cultures also look cloudier. Pure, so it is unit-tested.

/** [pH, 0xRRGGBB] stops of phenol red, stylised for a dark background. */
const PHENOL_RED_STOPS: readonly (readonly [number, number])[] = [
  [6.4, 0xe8c14a],
  [6.8, 0xeb9a3c],
  [7.2, 0xd9435a],
  [7.6, 0xd43c8c],
  [8.0, 0xb03cc0],
];

const CLOUDY = 0xf2e6d8;
/** At this viable cell density, cloudiness reaches its maximum. */
const CLOUDY_AT_DENSITY = 16e6;
const MAX_CLOUDINESS = 0.3;

function channel(colour: number, shift: number): number {
  return (colour >> shift) & 0xff;
}

export function mixColours(from: number, to: number, fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  const mix = (shift: number): number => Math.round(channel(from, shift) + (channel(to, shift) - channel(from, shift)) * f);
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}

export function phenolRedColour(pH: number): number {
  const first = PHENOL_RED_STOPS[0];
  const last = PHENOL_RED_STOPS[PHENOL_RED_STOPS.length - 1];
  if (!first || !last) return 0xd9435a;
  if (pH <= first[0]) return first[1];
  for (let i = 1; i < PHENOL_RED_STOPS.length; i++) {
    const low = PHENOL_RED_STOPS[i - 1];
    const high = PHENOL_RED_STOPS[i];
    if (low && high && pH <= high[0]) return mixColours(low[1], high[1], (pH - low[0]) / (high[0] - low[0]));
  }
  return last[1];
}

export function cultureColour(pH: number, viableCellDensity: number): number {
  const cloudiness = MAX_CLOUDINESS * Math.min(1, Math.max(0, viableCellDensity / CLOUDY_AT_DENSITY));
  return mixColours(phenolRedColour(pH), CLOUDY, cloudiness);
}
