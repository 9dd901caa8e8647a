// QR codes for "take your pathway home", generated locally with the qrcode package (no network, no canvas needed).
// The screen draws the module matrix as one SVG path, so what is printed is exactly the matrix the tests decode.

import QRCode from 'qrcode';

/** Medium error correction: survives a folded or slightly smudged printout while keeping the code small. */
export const QR_ERROR_CORRECTION = 'M' as const;
/** The quiet zone in modules; the QR standard asks for four. */
export const QR_QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  isDark(row: number, column: number): boolean;
}

export function createQrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) };
}

/** One unit square per dark module, offset by the quiet zone: a path for a viewBox of qrViewBoxSize(matrix). */
export function qrSvgPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    for (let column = 0; column < matrix.size; column += 1) {
      if (matrix.isDark(row, column)) parts.push(`M${column + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h1v1h-1z`);
    }
  }
  return parts.join('');
}

export function qrViewBoxSize(matrix: QrMatrix): number {
  return matrix.size + 2 * QR_QUIET_ZONE;
}

/** A standalone SVG document (black on white), e.g. for a download or a printed handout. */
export function qrSvgMarkup(text: string, title: string): string {
  const matrix = createQrMatrix(text);
  const side = qrViewBoxSize(matrix);
  const escapedTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img">` +
    `<title>${escapedTitle}</title><rect width="${side}" height="${side}" fill="#ffffff"/>` +
    `<path fill="#000000" d="${qrSvgPath(matrix)}"/></svg>`
  );
}
