/** A QR code as an SVG element (one path), built with the DOM, from the uqr encoder's matrix. */
import { encode } from 'uqr';
import { svg } from './dom';

export function qrSvg(text: string, label: string): SVGElement {
  const { data, size } = encode(text, { ecc: 'L', border: 2 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return svg(
    'svg',
    {
      viewBox: `0 0 ${size} ${size}`,
      width: 240,
      height: 240,
      role: 'img',
      'aria-label': label,
      class: 'qr',
      'shape-rendering': 'crispEdges',
    },
    svg('rect', { width: size, height: size, fill: '#ffffff' }),
    svg('path', { d, fill: '#000000' }),
  );
}
