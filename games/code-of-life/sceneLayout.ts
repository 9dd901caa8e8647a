// Where the scene puts the strands, the codon wheel and the protein for any canvas size: strands and protein on the
// left with the wheel on the right on wide canvases; on nearly square ones (the stage beside the panel at 1920x1080)
// the strands run across the top and the wheel takes the height below them beside the protein; stacked on tall ones.
// Pure, so it is unit-tested.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SceneLayout {
  readonly orientation: 'landscape' | 'portrait';
  readonly header: Rect;
  readonly strands: Rect;
  readonly protein: Rect;
  readonly wheel: Rect;
  /** Scale for strokes and fonts: 1 on a 1080-pixel short side. */
  readonly unit: number;
}

const LANDSCAPE_ASPECT = 1.1;
/** Below this aspect a side-by-side wheel would be held to a fraction of the width while half the height sits unused. */
const WIDE_ASPECT = 1.4;

export function computeLayout(width: number, height: number): SceneLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const unit = Math.max(0.35, Math.min(w, h) / 1080);
  const pad = Math.round(Math.min(w, h) * 0.03);
  if (w / h >= LANDSCAPE_ASPECT && w / h < WIDE_ASPECT) {
    const contentWidth = w - 2 * pad;
    const header: Rect = { x: pad, y: pad, width: contentWidth, height: Math.round(h * 0.08) };
    const strandsY = pad + header.height + pad / 2;
    const strands: Rect = { x: pad, y: strandsY, width: contentWidth, height: Math.round(h * 0.23) };
    const lowerY = strandsY + strands.height + pad / 2;
    const lowerHeight = h - lowerY - pad;
    const wheelSize = Math.max(1, Math.min(lowerHeight, Math.round(w * 0.55)));
    const wheel: Rect = { x: w - pad - wheelSize, y: lowerY + (lowerHeight - wheelSize) / 2, width: wheelSize, height: wheelSize };
    const protein: Rect = { x: pad, y: lowerY, width: Math.max(1, contentWidth - wheelSize - pad), height: lowerHeight };
    return { orientation: 'landscape', header, strands, protein, wheel, unit };
  }
  if (w / h >= LANDSCAPE_ASPECT) {
    const wheelSize = Math.min(h - 2 * pad, Math.round(w * 0.42));
    const leftWidth = w - wheelSize - 3 * pad;
    const headerHeight = Math.round(h * 0.09);
    const header: Rect = { x: pad, y: pad, width: leftWidth, height: headerHeight };
    const strandsY = pad + headerHeight + pad / 2;
    const strandsHeight = Math.round((h - strandsY - pad) * 0.5);
    const strands: Rect = { x: pad, y: strandsY, width: leftWidth, height: strandsHeight };
    const proteinY = strandsY + strandsHeight + pad / 2;
    const protein: Rect = { x: pad, y: proteinY, width: leftWidth, height: h - proteinY - pad };
    const wheel: Rect = { x: w - pad - wheelSize, y: (h - wheelSize) / 2, width: wheelSize, height: wheelSize };
    return { orientation: 'landscape', header, strands, protein, wheel, unit };
  }
  const contentWidth = w - 2 * pad;
  const headerHeight = Math.round(h * 0.06);
  const header: Rect = { x: pad, y: pad, width: contentWidth, height: headerHeight };
  const strandsY = pad + headerHeight;
  const strandsHeight = Math.round(h * 0.24);
  const strands: Rect = { x: pad, y: strandsY, width: contentWidth, height: strandsHeight };
  const wheelY = strandsY + strandsHeight + pad / 2;
  const proteinHeight = Math.round(h * 0.22);
  const wheelSize = Math.max(1, Math.min(contentWidth, h - wheelY - proteinHeight - pad * 1.5));
  const wheel: Rect = { x: (w - wheelSize) / 2, y: wheelY, width: wheelSize, height: wheelSize };
  const proteinY = wheelY + wheelSize + pad / 2;
  const protein: Rect = { x: pad, y: proteinY, width: contentWidth, height: Math.max(1, h - proteinY - pad) };
  return { orientation: 'portrait', header, strands, protein, wheel, unit };
}
