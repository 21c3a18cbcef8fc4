/**
 * Character portraits drawn in code: flat, calm, editorial-style head-and-shoulders busts. Generating them keeps
 * the cast diverse and consistent without commissioning or licensing artwork, and lets scenario files describe a
 * person with a handful of fields (age, face shape, hair, skin, clothes, glasses). Output is a self-contained SVG
 * string, so it works in an <img> and in tests alike.
 *
 * Safety: every value that reaches the markup is either a number we computed, a word from a fixed list or a
 * colour that passed a strict hex check (spec.ts), so scenario data can never inject markup.
 */
import { body } from './clothes';
import { ears, face, glasses } from './face';
import { backHair, frontHair } from './hair';
import { palette } from './palette';
import { normalise, type PortraitSpec } from './spec';

export { AGES, CLOTHES, FACES, FRAMES, HAIR_STYLES, type PortraitSpec } from './spec';

/** Stable per-spec id so several portraits inlined in one HTML page never share clip-path ids. */
function specId(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `kp${h.toString(36)}`;
}

/** A complete standalone SVG document (with xmlns, width/height = size, viewBox 0 0 256 256). */
export function portraitSvg(spec: PortraitSpec, size = 256): string {
  const s = normalise(spec);
  const px = Number.isFinite(size) ? Math.round(Math.min(2048, Math.max(8, size))) : 256;
  const p = palette(s);
  const id = specId(JSON.stringify(s));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 256 256">`,
    `<defs><clipPath id="${id}"><circle cx="128" cy="128" r="128"/></clipPath></defs>`,
    `<g clip-path="url(#${id})">`,
    `<circle cx="128" cy="128" r="128" fill="${p.bg}"/>`,
    `<circle cx="128" cy="104" r="92" fill="${p.bgInner}"/>`,
    // The figure is drawn at a comfortable working scale, then enlarged to fill the frame like a cropped photo.
    '<g transform="translate(128 190) scale(1.1) translate(-128 -190)">',
    backHair(s, p),
    body(s, p),
    ears(s, p),
    face(s, p),
    frontHair(s, p),
    s.glasses ? glasses(s) : '',
    '</g>',
    '</g>',
    '</svg>',
  ].join('');
}

/** The same as a data: URL (percent-encoded, not base64: smaller for SVG and readable in dev tools). */
export function portraitDataUrl(spec: PortraitSpec, size?: number): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(portraitSvg(spec, size))}`;
}
