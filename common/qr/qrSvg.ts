// The one way a QR code becomes SVG in this project (the careers' take-home code and the dashboard's enrolment
// code): one unit square per dark module, offset by the quiet zone, as a single path. Pure: the caller computes the
// module matrix with the qrcode package (common/ imports no package but zod) and hands it over.

/** Medium error correction: survives a folded or slightly smudged printout while keeping the code small. */
export const QR_ERROR_CORRECTION = 'M' as const;
/** The quiet zone in modules; the QR standard asks for four. */
export const QR_QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  isDark(row: number, column: number): boolean;
}

/** The qrcode package's module matrix (QRCode.create(text).modules) as a QrMatrix. */
export function qrMatrixOf(modules: { readonly size: number; get(row: number, column: number): number | boolean }): QrMatrix {
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) };
}

/** A path for a viewBox of qrViewBoxSize(matrix), black squares to draw over a white square of that size. */
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
