// Protects "take it home": the QR code made locally decodes to exactly the pathway URL, both as rendered by the
// qrcode package (PNG, read with pngjs) and as our own SVG path that the screen and the printout show.

import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { buildPathwayUrl } from './pathwayUrl';
import { QR_ERROR_CORRECTION, qrSvgPath, qrViewBoxSize } from '../../common/qr/qrSvg';
import { createQrMatrix } from './qr';

const url = buildPathwayUrl({ baseUrl: 'https://hub.example/parcours', roleId: 'aseptic-operator', profile: 'employee-switch', language: 'de' });

/** Paints the unit squares of our SVG path onto a white RGBA bitmap, `scale` pixels per module. */
function rasteriseSvgPath(path: string, side: number, scale: number): { data: Uint8ClampedArray; width: number } {
  const width = side * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const match of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const x0 = Number(match[1]) * scale;
    const y0 = Number(match[2]) * scale;
    for (let y = y0; y < y0 + scale; y += 1) {
      for (let x = x0; x < x0 + scale; x += 1) {
        const offset = (y * width + x) * 4;
        data[offset] = 0;
        data[offset + 1] = 0;
        data[offset + 2] = 0;
      }
    }
  }
  return { data, width };
}

describe('pathway QR code', () => {
  it('decodes to the pathway URL when rendered as a PNG by the qrcode package', async () => {
    const buffer = await QRCode.toBuffer(url, { errorCorrectionLevel: QR_ERROR_CORRECTION, scale: 6 });
    const png = PNG.sync.read(buffer);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(url);
  });

  it('decodes to the pathway URL when our SVG path is drawn', () => {
    const matrix = createQrMatrix(url);
    const side = qrViewBoxSize(matrix);
    const { data, width } = rasteriseSvgPath(qrSvgPath(matrix), side, 6);
    expect(jsQR(data, width, width)?.data).toBe(url);
  });
});
