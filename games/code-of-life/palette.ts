// Colours of Code of Life, from the Okabe-Ito colour-blind-safe palette (renderer/styles/tokens.css). Colour is never
// the only cue: every base tile shows its letter and every protein bead its three-letter code.

import type { AminoAcidFamily } from './geneticCode';

/** Base colours; T shares U's colour because they play the same part (pairing with A). */
export const BASE_COLOURS: Readonly<Record<string, number>> = {
  A: 0x009e73, // bluish green
  U: 0xd55e00, // vermillion
  T: 0xd55e00,
  G: 0xf0e442, // yellow
  C: 0x56b4e9, // sky blue
};
export const BASE_TEXT = '#111111';

export const FAMILY_COLOURS: Readonly<Record<AminoAcidFamily, number>> = {
  hydrophobic: 0xe69f00, // orange
  polar: 0x56b4e9, // sky blue
  positive: 0x0072b2, // blue
  negative: 0xcc79a7, // reddish purple
  special: 0xc3d1df, // light grey
};
export const FAMILY_TEXT: Readonly<Record<AminoAcidFamily, string>> = {
  hydrophobic: '#111111',
  polar: '#111111',
  positive: '#ffffff',
  negative: '#111111',
  special: '#111111',
};

export const STAGE = 0x13263a;
export const SURFACE = 0x1b3149;
export const SURFACE_RAISED = 0x24405e;
export const LINE = 0x3c5a7a;
export const FOCUS = 0xf0e442;
export const TEXT = '#f5f8fb';
export const TEXT_MUTED = '#c3d1df';
export const STOP_COLOUR = 0xff9a66;
