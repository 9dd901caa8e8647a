// The pathway QR code as inline SVG, drawn from the locally computed module matrix (no network, no canvas).
// Black on a white quiet zone whatever the theme, so phones read it on screen and on paper alike.

import { useMemo, type ReactElement } from 'react';
import { qrSvgPath, qrViewBoxSize } from '../../../common/qr/qrSvg';
import { createQrMatrix } from '../qr';

export function QrCode({ text, label, className = 'careers-qr' }: { readonly text: string; readonly label: string; readonly className?: string }): ReactElement {
  const { path, side } = useMemo(() => {
    const matrix = createQrMatrix(text);
    return { path: qrSvgPath(matrix), side: qrViewBoxSize(matrix) };
  }, [text]);
  return (
    <svg className={className} viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
