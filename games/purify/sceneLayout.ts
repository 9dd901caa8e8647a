// Where the scene puts the step strip, the main picture (column, chromatogram, gauges) and the quality bars for any
// canvas size: side by side on wide canvases, stacked on tall ones. Pure, so it is unit-tested.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SceneLayout {
  readonly orientation: 'landscape' | 'portrait';
  readonly header: Rect;
  readonly steps: Rect;
  readonly main: Rect;
  readonly bars: Rect;
  /** Scale for strokes and fonts: 1 on a 1080-pixel short side. */
  readonly unit: number;
}

const LANDSCAPE_ASPECT = 1.1;

export function computeLayout(width: number, height: number): SceneLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const unit = Math.max(0.35, Math.min(w, h) / 1080);
  const pad = Math.round(Math.min(w, h) * 0.03);
  if (w / h >= LANDSCAPE_ASPECT) {
    const headerHeight = Math.round(h * 0.09);
    const header: Rect = { x: pad, y: pad, width: w - 2 * pad, height: headerHeight };
    const top = pad * 1.5 + headerHeight;
    const leftWidth = Math.round((w - 3 * pad) * 0.36);
    const stepsHeight = Math.round((h - top - pad * 1.5) * 0.48);
    const steps: Rect = { x: pad, y: top, width: leftWidth, height: stepsHeight };
    const bars: Rect = { x: pad, y: top + stepsHeight + pad / 2, width: leftWidth, height: h - top - stepsHeight - pad * 1.5 };
    const main: Rect = { x: pad * 2 + leftWidth, y: top, width: w - leftWidth - 3 * pad, height: h - top - pad };
    return { orientation: 'landscape', header, steps, main, bars, unit };
  }
  const contentWidth = w - 2 * pad;
  const headerHeight = Math.round(h * 0.06);
  const header: Rect = { x: pad, y: pad, width: contentWidth, height: headerHeight };
  const stepsY = pad * 1.5 + headerHeight;
  const steps: Rect = { x: pad, y: stepsY, width: contentWidth, height: Math.round(h * 0.1) };
  const mainY = stepsY + steps.height + pad / 2;
  const main: Rect = { x: pad, y: mainY, width: contentWidth, height: Math.round(h * 0.46) };
  const barsY = mainY + main.height + pad / 2;
  const bars: Rect = { x: pad, y: barsY, width: contentWidth, height: Math.max(1, h - barsY - pad) };
  return { orientation: 'portrait', header, steps, main, bars, unit };
}
