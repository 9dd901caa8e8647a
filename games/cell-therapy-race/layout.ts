// Where the scene draws the header (day, suites, QC slots), the day scale, the legend and one timeline row per patient,
// for any canvas size: landscape (1920x1080, 1366x768 beside the panel) and portrait (1080x1920 above it). Pure, unit-tested.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TimelineLayout {
  readonly header: Rect;
  /** Resource icons: one box per cleanroom suite, then one per QC slot. */
  readonly suiteBoxes: readonly Rect[];
  readonly qcBoxes: readonly Rect[];
  readonly legend: Rect;
  /** The band between the header and the first row where the day numbers sit, over the tracks' width. */
  readonly dayScale: Rect;
  /** Per patient: the whole row (tap target), its label column and its timeline area. */
  readonly rows: readonly { readonly row: Rect; readonly label: Rect; readonly track: Rect }[];
  /** Scale for strokes and fonts: 1 on a 1080-pixel short side. */
  readonly unit: number;
}

/** Smallest row height that still makes a comfortable tap target (48 CSS px). */
export const MIN_ROW_HEIGHT = 48;

export function computeLayout(width: number, height: number, patients: number, suites: number, qcSlots: number): TimelineLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const unit = Math.max(0.4, Math.min(w, h) / 1080);
  const pad = Math.round(Math.max(8, Math.min(w, h) * 0.025));
  const headerHeight = Math.round(Math.max(56, Math.min(h * 0.16, 150 * unit)));
  const header: Rect = { x: pad, y: pad, width: w - 2 * pad, height: headerHeight };
  // Resource boxes on the right half of the header: suites, a gap, then QC slots.
  const boxCount = suites + qcSlots;
  const boxArea = header.width * 0.55;
  const boxGap = Math.round(8 * unit);
  const boxWidth = Math.max(20, (boxArea - boxGap * (boxCount + 1)) / boxCount);
  const boxHeight = Math.round(headerHeight * 0.5);
  const boxY = header.y + headerHeight - boxHeight;
  const boxStart = header.x + header.width - boxArea;
  const box = (i: number): Rect => ({ x: boxStart + boxGap * (i + 1) + boxWidth * i, y: boxY, width: boxWidth, height: boxHeight });
  const suiteBoxes = Array.from({ length: suites }, (_, i) => box(i));
  const qcBoxes = Array.from({ length: qcSlots }, (_, i) => box(suites + i));
  const legendHeight = Math.round(Math.max(28, 44 * unit));
  const legend: Rect = { x: pad, y: h - pad - legendHeight, width: w - 2 * pad, height: legendHeight };
  const labelWidth = Math.round(Math.min(w * 0.28, Math.max(120, 300 * unit)));
  const trackX = pad + labelWidth + pad / 2;
  // The day numbers get their own band above the rows, so they never sit inside patient 1's row.
  const scaleHeight = Math.round(Math.max(16, 26 * unit));
  const dayScale: Rect = { x: trackX, y: header.y + headerHeight + pad / 2, width: w - pad - trackX, height: scaleHeight };
  const rowsTop = dayScale.y + scaleHeight + Math.round(pad / 4);
  const rowsHeight = legend.y - pad - rowsTop;
  const rowGap = Math.round(6 * unit);
  const rowHeight = Math.max(MIN_ROW_HEIGHT, Math.min(170 * unit, (rowsHeight - rowGap * (patients - 1)) / Math.max(1, patients)));
  const rows = Array.from({ length: patients }, (_, i) => {
    const row: Rect = { x: pad, y: rowsTop + i * (rowHeight + rowGap), width: w - 2 * pad, height: rowHeight };
    return {
      row,
      label: { x: row.x, y: row.y, width: labelWidth, height: rowHeight },
      track: { x: trackX, y: row.y, width: row.width - labelWidth - pad / 2, height: rowHeight },
    };
  });
  return { header, suiteBoxes, qcBoxes, legend, dayScale, rows, unit };
}

/** Days the timeline shows: at least 50, and always 10 beyond today so the present never touches the edge. */
export function timelineDays(today: number): number {
  return Math.max(50, Math.ceil((today + 10) / 10) * 10);
}
