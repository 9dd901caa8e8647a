// Geometry of the codon wheel: the classic circular genetic-code chart read from the centre outwards (first letter,
// second letter, third letter, then the amino acid). Angles and hit-testing are pure functions, so taps on the canvas
// are tested without Phaser. Letters run U, C, A, G clockwise from the top, in each ring, as on printed wheels.

import { RNA_BASES_WHEEL_ORDER, translateCodon, type RnaBase } from './geneticCode';

/** Inner and outer radius of each ring as a fraction of the wheel radius: letters 1-3, then the amino-acid ring. */
export const RING_BOUNDS: readonly (readonly [number, number])[] = [
  [0.1, 0.32],
  [0.32, 0.52],
  [0.52, 0.7],
  [0.7, 1],
];

const TOP = -Math.PI / 2;

export interface Sector {
  /** The letters from the centre to this sector, e.g. "AU" for the U sector of the second ring under A. */
  readonly path: string;
  readonly ring: number;
  readonly startAngle: number;
  readonly endAngle: number;
  readonly innerRadius: number;
  readonly outerRadius: number;
}

/** The sector of a path of 1 to 3 letters (radii as fractions of the wheel radius). */
export function sectorOf(path: string): Sector {
  let start = TOP;
  let span = Math.PI * 2;
  for (const letter of path) {
    span /= 4;
    start += RNA_BASES_WHEEL_ORDER.indexOf(letter as RnaBase) * span;
  }
  const ring = path.length - 1;
  const [inner, outer] = RING_BOUNDS[ring] ?? [0, 0];
  return { path, ring, startAngle: start, endAngle: start + span, innerRadius: inner, outerRadius: outer };
}

/** Every sector of the three letter rings (4 + 16 + 64). */
export function allLetterSectors(): Sector[] {
  const sectors: Sector[] = [];
  const grow = (path: string): void => {
    if (path.length > 0) sectors.push(sectorOf(path));
    if (path.length === 3) return;
    for (const letter of RNA_BASES_WHEEL_ORDER) grow(path + letter);
  };
  grow('');
  return sectors;
}

/** The amino-acid ring: runs of neighbouring codons with the same amino acid (or stop) under one label. */
export interface AminoSector {
  readonly aminoAcid: string;
  readonly codons: readonly string[];
  readonly startAngle: number;
  readonly endAngle: number;
}

export function aminoSectors(): AminoSector[] {
  const result: AminoSector[] = [];
  for (const first of RNA_BASES_WHEEL_ORDER) {
    for (const second of RNA_BASES_WHEEL_ORDER) {
      let run: { aminoAcid: string; codons: string[] } | null = null;
      for (const third of RNA_BASES_WHEEL_ORDER) {
        const codon = first + second + third;
        const aminoAcid = translateCodon(codon);
        if (run && run.aminoAcid === aminoAcid) run.codons.push(codon);
        else {
          if (run) result.push(closeRun(run));
          run = { aminoAcid, codons: [codon] };
        }
      }
      if (run) result.push(closeRun(run));
    }
  }
  return result;
}

function closeRun(run: { aminoAcid: string; codons: string[] }): AminoSector {
  const first = sectorOf(run.codons[0] ?? 'UUU');
  const last = sectorOf(run.codons[run.codons.length - 1] ?? 'UUU');
  return { aminoAcid: run.aminoAcid, codons: run.codons, startAngle: first.startAngle, endAngle: last.endAngle };
}

/** Which letter-ring sector a point (relative to the wheel centre, in wheel radii) falls in, or null. */
export function hitTest(dx: number, dy: number): string | null {
  const radius = Math.hypot(dx, dy);
  const ring = RING_BOUNDS.findIndex(([inner, outer]) => radius >= inner && radius < outer);
  if (ring < 0 || ring > 2) return null;
  let angle = Math.atan2(dy, dx) - TOP;
  while (angle < 0) angle += Math.PI * 2;
  angle %= Math.PI * 2;
  let path = '';
  let span = Math.PI * 2;
  for (let level = 0; level <= ring; level++) {
    span /= 4;
    const index = Math.min(3, Math.floor(angle / span));
    path += RNA_BASES_WHEEL_ORDER[index] ?? 'U';
    angle -= index * span;
  }
  return path;
}
