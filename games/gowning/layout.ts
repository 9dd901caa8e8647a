// Screen layout of Gowning Up for any host size: landscape kiosks and laptops put the operator, the particle gauge and
// the shelf side by side; portrait kiosks stack them. Pure, so the canvas and the DOM buttons laid over it use the very
// same rectangles, and the tests can check every target is at least 48 px at 1920x1080, 1366x768 and 1080x1920.

import { FIGURE_ASPECT } from './figure';
import { GRADE_B_AT_REST_LIMIT, GRADE_B_IN_OPERATION_LIMIT, gaugeFraction } from './particles';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GowningLayout {
  readonly width: number;
  readonly height: number;
  readonly orientation: 'landscape' | 'portrait';
  /** Base canvas font size in px (already multiplied by the text-size setting). */
  readonly fontSize: number;
  readonly padding: number;
  readonly header: Rect;
  /** Where a garment can be dropped or the operator tapped: larger than the figure itself. */
  readonly operatorArea: Rect;
  /** The figure's own box, aspect FIGURE_ASPECT. */
  readonly figure: Rect;
  readonly gauge: Rect;
  readonly shelf: Rect;
  readonly shelfSlots: readonly Rect[];
  readonly zoneButtons: readonly Rect[];
  readonly feedback: Rect;
  readonly action: Rect;
}

/** WCAG 2.5.8 asks 24 px; the kiosks need the design token --target-min. */
export const MIN_TARGET_PX = 48;

/** Boxes never have a negative size, even on a canvas squeezed to a sliver (painters size circles from them). */
function rect(x: number, y: number, width: number, height: number): Rect {
  return { x: Math.round(x), y: Math.round(y), width: Math.max(0, Math.round(width)), height: Math.max(0, Math.round(height)) };
}

function fitFigure(area: Rect): Rect {
  const height = Math.min(area.height, area.width / FIGURE_ASPECT);
  const width = height * FIGURE_ASPECT;
  return rect(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
}

/** Splits an area into a grid for `count` cells, choosing the column count that gives the roomiest cells. */
export function gridCells(area: Rect, count: number, gap: number, preferredAspect: number, maxCellHeight = Infinity): Rect[] {
  if (count <= 0) return [];
  let best = { columns: 1, score: -Infinity };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const cellWidth = (area.width - gap * (columns - 1)) / columns;
    const cellHeight = Math.min(maxCellHeight, (area.height - gap * (rows - 1)) / rows);
    // The smaller side counts, measured against the shape we want (wide cells for a picture plus a label).
    const score = Math.min(cellWidth / preferredAspect, cellHeight);
    if (score > best.score) best = { columns, score };
  }
  const columns = best.columns;
  const rows = Math.ceil(count / columns);
  const cellWidth = (area.width - gap * (columns - 1)) / columns;
  const cellHeight = Math.min(maxCellHeight, (area.height - gap * (rows - 1)) / rows);
  // When the cells are capped in height, the grid is centred vertically instead of hanging at the top.
  const top = area.y + Math.max(0, (area.height - (rows * cellHeight + (rows - 1) * gap)) / 2);
  const cells: Rect[] = [];
  for (let index = 0; index < count; index++) {
    const column = index % columns;
    const row = Math.floor(index / columns);
    cells.push(rect(area.x + column * (cellWidth + gap), top + row * (cellHeight + gap), cellWidth, cellHeight));
  }
  return cells;
}

export function computeLayout(width: number, height: number, shelfCount: number, zoneCount: number, textScale = 1): GowningLayout {
  const w = Math.max(320, width);
  const h = Math.max(320, height);
  const short = Math.min(w, h);
  const padding = Math.round(Math.max(8, short * 0.018));
  const fontSize = Math.round(Math.min(30, Math.max(16, short * 0.027)) * textScale);
  const portrait = h > w;
  const headerHeight = Math.max(MIN_TARGET_PX + 8, Math.round((portrait ? 0.055 : 0.085) * h), fontSize * 2.2);
  const header = rect(padding, padding, w - 2 * padding, headerHeight);
  const top = header.y + header.height + padding;
  const feedbackHeight = Math.max(MIN_TARGET_PX * 2, fontSize * 4.6, (portrait ? 0.11 : 0.16) * h);
  const actionWidth = Math.max(MIN_TARGET_PX * 3, (portrait ? 0.3 : 0.2) * w);

  let operatorArea: Rect;
  let gauge: Rect;
  let shelf: Rect;
  let feedback: Rect;
  let action: Rect;
  if (portrait) {
    const rowHeight = (h - top) * 0.45;
    operatorArea = rect(padding, top, (w - 3 * padding) * 0.66, rowHeight);
    gauge = rect(operatorArea.x + operatorArea.width + padding, top, w - operatorArea.width - 3 * padding, rowHeight);
    const feedbackTop = top + rowHeight + padding;
    feedback = rect(padding, feedbackTop, w - 3 * padding - actionWidth, feedbackHeight);
    action = rect(feedback.x + feedback.width + padding, feedbackTop, actionWidth, feedbackHeight);
    const shelfTop = feedbackTop + feedbackHeight + padding;
    shelf = rect(padding, shelfTop, w - 2 * padding, h - shelfTop - padding);
  } else {
    const middleHeight = h - top - feedbackHeight - 2 * padding;
    operatorArea = rect(padding, top, w * 0.3, middleHeight);
    gauge = rect(operatorArea.x + operatorArea.width + padding, top, w * 0.14, middleHeight);
    const shelfX = gauge.x + gauge.width + padding;
    shelf = rect(shelfX, top, w - shelfX - padding, middleHeight);
    const feedbackTop = top + middleHeight + padding;
    feedback = rect(padding, feedbackTop, w - 3 * padding - actionWidth, feedbackHeight);
    action = rect(feedback.x + feedback.width + padding, feedbackTop, actionWidth, feedbackHeight);
  }
  const gap = Math.max(6, Math.round(padding * 0.6));
  return {
    width: w,
    height: h,
    orientation: portrait ? 'portrait' : 'landscape',
    fontSize,
    padding,
    header,
    operatorArea,
    figure: fitFigure(operatorArea),
    gauge,
    shelf,
    shelfSlots: gridCells(shelf, shelfCount, gap, 1.15),
    zoneButtons: gridCells(shelf, zoneCount, gap, 3.2, fontSize * 3.4),
    feedback,
    action,
  };
}

export function contains(area: Rect, px: number, py: number): boolean {
  return px >= area.x && px <= area.x + area.width && py >= area.y && py <= area.y + area.height;
}

/** Where the particle counter's parts go in its card: the bar, the two grade B limit lines, the texts around them. */
export interface CounterGeometry {
  readonly bar: Rect;
  readonly atRestY: number;
  readonly inOperationY: number;
  /** Where the texts may go: the title above the bar, the labels right of it, the reading below. */
  readonly titleBox: Rect;
  readonly labelX: number;
  readonly labelWidth: number;
  readonly readingBox: Rect;
}

export function counterGeometry(area: Rect, fontSize: number): CounterGeometry {
  const titleHeight = fontSize * 2.6;
  const readingHeight = fontSize * 3;
  const barWidth = Math.max(22, Math.min(area.width * 0.26, 56));
  const bar = {
    x: area.x + Math.max(18, area.width * 0.1),
    y: area.y + titleHeight + fontSize * 0.5,
    width: barWidth,
    height: Math.max(60, area.height - titleHeight - readingHeight - fontSize),
  };
  const yOf = (value: number): number => bar.y + bar.height * (1 - gaugeFraction(value));
  const labelX = bar.x + bar.width + 8;
  return {
    bar,
    atRestY: yOf(GRADE_B_AT_REST_LIMIT),
    inOperationY: yOf(GRADE_B_IN_OPERATION_LIMIT),
    titleBox: { x: area.x + 4, y: area.y, width: area.width - 8, height: titleHeight },
    labelX,
    labelWidth: Math.max(40, area.x + area.width - labelX - 4),
    readingBox: { x: area.x + 4, y: bar.y + bar.height + fontSize * 0.4, width: area.width - 8, height: readingHeight },
  };
}
