/** Colour arithmetic for the flat portrait style. Inputs are already validated hex colours (see spec.ts). */

export type Rgb = readonly [number, number, number];

export function parseHex(text: string): Rgb {
  const hex = text.length === 4 ? [...text.slice(1)].map((c) => c + c).join('') : text.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function hex(c: Rgb): string {
  const part = (v: number) =>
    Math.round(Math.max(0, Math.min(255, v)))
      .toString(16)
      .padStart(2, '0');
  return `#${c.map(part).join('')}`;
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Shadows lean towards a warm brown-violet instead of black, which keeps flat shading soft and lifelike. */
const SHADOW: Rgb = [58, 30, 42];
const LIGHT: Rgb = [255, 250, 242];
export const shade = (c: Rgb, t: number) => mix(c, SHADOW, t);
export const tint = (c: Rgb, t: number) => mix(c, LIGHT, t);

export function luminance(c: Rgb): number {
  return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;
}
