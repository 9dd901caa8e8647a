// QR codes for "take your pathway home", generated locally with the qrcode package (no network, no canvas needed).
// The screen draws the module matrix as one SVG path (common/qr/qrSvg.ts), so what is printed is exactly the matrix
// the tests decode.

import QRCode from 'qrcode';
import { QR_ERROR_CORRECTION, qrMatrixOf, type QrMatrix } from '../../common/qr/qrSvg';

export function createQrMatrix(text: string): QrMatrix {
  return qrMatrixOf(QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules);
}
