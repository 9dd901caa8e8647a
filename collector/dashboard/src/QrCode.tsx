// A QR code drawn as SVG squares from the `qrcode` package's module matrix (no canvas, no inline image), with
// the quiet zone the standard asks for. The code's text is always printed next to it for typing.

import QRCode from 'qrcode';

export function QrCode({ text, label }: { text: string; label: string }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const squares: string[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) if (modules.get(row, column)) squares.push(`M${column + 4} ${row + 4}h1v1h-1z`);
  }
  return (
    <svg className="qr" viewBox={`0 0 ${size + 8} ${size + 8}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size + 8} height={size + 8} fill="#ffffff" />
      <path d={squares.join('')} fill="#000000" />
    </svg>
  );
}
