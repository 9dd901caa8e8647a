// Where the scene draws each part, for any stage size (pure, tested in view.test.ts): a header, the bench with the
// pipette above a row of tubes (stock first), and the plot of the series against its target below.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PipetteLayout {
  /** Scale of fonts and strokes: 1 on a 1000 px tall stage. */
  readonly unit: number;
  readonly header: Rect;
  /** Space above the tubes where the pipette is drawn. */
  readonly pipetteZone: Rect;
  /** One slot per tube, stock first: the tube is drawn in its upper part, its label below. */
  readonly tubes: readonly Rect[];
  readonly chart: Rect;
}

/** Tubes are never drawn wider than this many px (times unit), so few tubes do not look like buckets. */
const MAX_TUBE_SLOT = 150;

export function computeLayout(width: number, height: number, tubes: number): PipetteLayout {
  const unit = Math.max(0.55, Math.min(1.4, Math.min(height / 1000, width / 900)));
  const pad = 14 * unit;
  const innerWidth = width - 2 * pad;
  const header: Rect = { x: pad, y: pad, width: innerWidth, height: 64 * unit };
  const benchTop = header.y + header.height + pad;
  const usable = height - benchTop - pad;
  const pipetteZone: Rect = { x: pad, y: benchTop, width: innerWidth, height: usable * 0.26 };
  const tubeTop = pipetteZone.y + pipetteZone.height;
  const tubeHeight = usable * 0.3;
  const count = tubes + 1;
  const slot = Math.min(innerWidth / count, MAX_TUBE_SLOT * unit);
  const rowStart = pad + (innerWidth - slot * count) / 2;
  const tubeRects: Rect[] = Array.from({ length: count }, (_, index) => ({ x: rowStart + index * slot, y: tubeTop, width: slot, height: tubeHeight }));
  const chartTop = tubeTop + tubeHeight + pad;
  const chart: Rect = { x: pad, y: chartTop, width: innerWidth, height: height - pad - chartTop };
  return { unit, header, pipetteZone, tubes: tubeRects, chart };
}

/** Centre x of a tube slot. */
export function tubeCentre(layout: PipetteLayout, tube: number): number {
  const rect = layout.tubes[tube] ?? layout.tubes[0];
  return rect ? rect.x + rect.width / 2 : 0;
}
