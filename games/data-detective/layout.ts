// Where the scene draws each round, for any canvas size (the stage beside the panel at 1920x1080 and 1366x768, above
// it on a 1080x1920 portrait kiosk). Round 1: a header and four stacked control charts. Round 2: the example being
// labelled (or the precision/recall bars) and the feature map. Pure, unit-tested.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DetectiveLayout {
  readonly header: Rect;
  /** Round 1: one chart per sensor, each with a label strip on its left and the plot. */
  readonly charts: readonly { readonly area: Rect; readonly label: Rect; readonly plot: Rect }[];
  /** Round 2: the example chart (labelling) or the score bars (experiment)... */
  readonly left: Rect;
  /** ...and the feature map (peak against shift). */
  readonly right: Rect;
  readonly legend: Rect;
  /** Scale for strokes and fonts: 1 on a 1080-pixel short side. */
  readonly unit: number;
}

export function computeLayout(width: number, height: number, sensors: number): DetectiveLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const unit = Math.max(0.4, Math.min(w, h) / 1080);
  const pad = Math.round(Math.max(8, Math.min(w, h) * 0.025));
  const headerHeight = Math.round(Math.max(48, Math.min(h * 0.12, 110 * unit)));
  const header: Rect = { x: pad, y: pad, width: w - 2 * pad, height: headerHeight };
  const legendHeight = Math.round(Math.max(26, 40 * unit));
  const legend: Rect = { x: pad, y: h - pad - legendHeight, width: w - 2 * pad, height: legendHeight };
  const bodyTop = header.y + headerHeight + pad;
  const bodyHeight = legend.y - pad - bodyTop;
  const gap = Math.round(8 * unit);
  const chartHeight = (bodyHeight - gap * (sensors - 1)) / Math.max(1, sensors);
  const labelWidth = Math.round(Math.min(w * 0.22, Math.max(110, 230 * unit)));
  const charts = Array.from({ length: sensors }, (_, i) => {
    const area: Rect = { x: pad, y: bodyTop + i * (chartHeight + gap), width: w - 2 * pad, height: chartHeight };
    return {
      area,
      label: { x: area.x, y: area.y, width: labelWidth, height: chartHeight },
      plot: { x: area.x + labelWidth + gap, y: area.y + 4 * unit, width: area.width - labelWidth - gap - 8 * unit, height: chartHeight - 8 * unit },
    };
  });
  const body: Rect = { x: pad, y: bodyTop, width: w - 2 * pad, height: bodyHeight };
  let left: Rect;
  let right: Rect;
  if (w / h >= 1.05) {
    const leftWidth = Math.round((body.width - pad) * 0.5);
    left = { x: body.x, y: body.y, width: leftWidth, height: body.height };
    right = { x: body.x + leftWidth + pad, y: body.y, width: body.width - leftWidth - pad, height: body.height };
  } else {
    const topHeight = Math.round((body.height - pad) * 0.5);
    left = { x: body.x, y: body.y, width: body.width, height: topHeight };
    right = { x: body.x, y: body.y + topHeight + pad, width: body.width, height: body.height - topHeight - pad };
  }
  return { header, charts, left, right, legend, unit };
}

/** Round 1 charts show this many points: the batch so far and the tail of the batch before (scrolling). */
export const VISIBLE_POINTS = 24;
