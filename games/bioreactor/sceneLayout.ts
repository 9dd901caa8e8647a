// Where the scene puts the vessel, the three gauges and the chart for any canvas size: side by side on wide
// canvases (1920x1080, 1366x768), stacked on tall ones (portrait kiosks). Pure, so it is unit-tested.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SceneLayout {
  readonly orientation: 'landscape' | 'portrait';
  /** Day label and progress bar. */
  readonly header: Rect;
  readonly vessel: Rect;
  readonly gauges: readonly [Rect, Rect, Rect];
  readonly chart: Rect;
  /** Scale for strokes and fonts: 1 on a 1080-pixel short side. */
  readonly unit: number;
}

/** Canvases at least this much wider than tall get the side-by-side layout. */
const LANDSCAPE_ASPECT = 1.1;

function gaugeRow(x: number, y: number, width: number, height: number): [Rect, Rect, Rect] {
  const gaugeWidth = width / 3;
  const row = (index: number): Rect => ({ x: x + index * gaugeWidth, y, width: gaugeWidth, height });
  return [row(0), row(1), row(2)];
}

export function computeLayout(width: number, height: number): SceneLayout {
  const safeWidth = Math.max(1, width);
  const safeHeight = Math.max(1, height);
  const unit = Math.max(0.35, Math.min(safeWidth, safeHeight) / 1080);
  const pad = Math.round(Math.min(safeWidth, safeHeight) * 0.03);
  if (safeWidth / safeHeight >= LANDSCAPE_ASPECT) {
    const leftWidth = Math.round(safeWidth * 0.42);
    const headerHeight = Math.round(safeHeight * 0.1);
    const header: Rect = { x: pad, y: pad, width: leftWidth - pad, height: headerHeight };
    const vessel: Rect = { x: pad, y: pad + headerHeight, width: leftWidth - pad, height: safeHeight - 2 * pad - headerHeight };
    const rightX = leftWidth + pad;
    const rightWidth = safeWidth - rightX - pad;
    const gaugeHeight = Math.round(Math.min((rightWidth / 3) * 1.35, safeHeight * 0.45));
    const gauges = gaugeRow(rightX, pad, rightWidth, gaugeHeight);
    const chartY = pad + gaugeHeight + pad;
    return { orientation: 'landscape', header, vessel, gauges, chart: { x: rightX, y: chartY, width: rightWidth, height: safeHeight - chartY - pad }, unit };
  }
  const contentWidth = safeWidth - 2 * pad;
  const headerHeight = Math.round(safeHeight * 0.07);
  const header: Rect = { x: pad, y: pad, width: contentWidth, height: headerHeight };
  const vesselHeight = Math.round(safeHeight * 0.45);
  const vessel: Rect = { x: pad, y: pad + headerHeight, width: contentWidth, height: vesselHeight };
  const gaugeY = vessel.y + vesselHeight + pad;
  const gaugeHeight = Math.round(Math.min((contentWidth / 3) * 0.95, safeHeight * 0.2));
  const gauges = gaugeRow(pad, gaugeY, contentWidth, gaugeHeight);
  const chartY = gaugeY + gaugeHeight + pad;
  return { orientation: 'portrait', header, vessel, gauges, chart: { x: pad, y: chartY, width: contentWidth, height: safeHeight - chartY - pad }, unit };
}

/** Where one dial sits in its gauge cell: the face under its label, the value text inside the face's lower half. */
export interface DialCell {
  readonly centreX: number;
  readonly centreY: number;
  readonly radius: number;
  /** Top of the label above the dial and top of the value text below it. */
  readonly labelY: number;
  readonly valueY: number;
}

export function dialCell(area: Rect, unit: number): DialCell {
  const labelSpace = 34 * unit;
  // The round face is about 2.3 radii tall: it must fit under the label without touching what lies below the cell.
  const radius = Math.max(10, Math.min(area.width * 0.38, (area.height - labelSpace) / 2.35));
  const centreX = area.x + area.width / 2;
  const centreY = area.y + labelSpace + radius * 1.15;
  return { centreX, centreY, radius, labelY: area.y, valueY: centreY + 8 * unit };
}
