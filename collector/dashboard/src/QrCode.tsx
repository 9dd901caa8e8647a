// A QR code drawn as SVG squares (common/qr/qrSvg.ts, the same path as the careers' take-home code) from the
// `qrcode` package's module matrix: no canvas, no inline image, with the quiet zone the standard asks for. The code's
// text is always printed next to it for typing.

import QRCode from 'qrcode';
import { QR_ERROR_CORRECTION, qrMatrixOf, qrSvgPath, qrViewBoxSize } from '../../../common/qr/qrSvg';

export function QrCode({ text, label }: { text: string; label: string }) {
  const matrix = qrMatrixOf(QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules);
  const side = qrViewBoxSize(matrix);
  return (
    <svg className="qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#ffffff" />
      <path d={qrSvgPath(matrix)} fill="#000000" />
    </svg>
  );
}
