// Where a time chart's axis labels go: one under the middle of its column, every k-th column only, with k the
// smallest step at which no label touches the next or leaves the chart. Pure, so the rule is unit-tested.

export interface Tick {
  /** The column this label names. */
  readonly index: number;
  /** Its left edge in pixels from the chart's left edge. */
  readonly left: number;
}

export interface TickLayout {
  readonly ticks: readonly Tick[];
  /** Whether every column's value fits above it (the table below holds them all the same). */
  readonly showValues: boolean;
}

/** Space kept between two labels, in pixels. */
export const TICK_GAP = 12;

function place(width: number, labelWidths: readonly number[], step: number): Tick[] | null {
  const column = width / labelWidths.length;
  const ticks: Tick[] = [];
  let previousRight = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < labelWidths.length; index += step) {
    const labelWidth = labelWidths[index]!;
    if (labelWidth > width) return null;
    const centred = (index + 0.5) * column - labelWidth / 2;
    const left = Math.min(Math.max(0, centred), width - labelWidth);
    if (left < previousRight + TICK_GAP) return null;
    ticks.push({ index, left });
    previousRight = left + labelWidth;
  }
  return ticks;
}

export function tickSpacing(width: number, labelWidths: readonly number[], valueWidths: readonly number[]): TickLayout {
  const count = labelWidths.length;
  if (count === 0 || width <= 0) return { ticks: [], showValues: false };
  const column = width / count;
  let ticks: Tick[] = [];
  for (let step = 1; step <= count; step += 1) {
    const placed = place(width, labelWidths, step);
    if (placed !== null) {
      ticks = placed;
      break;
    }
  }
  const showValues = valueWidths.every((valueWidth) => valueWidth + 4 <= column);
  return { ticks, showValues };
}
