/** The face shape sets the head's outline; hair, ears and beard follow it so every part lines up. */
import type { FullSpec } from './spec';

export const CX = 128;

export interface Head {
  /** x of the left and right edge of the face at the cheekbones. */
  left: number;
  right: number;
  /** y of the chin. */
  chin: number;
  /** The jaw's control point: a higher c1y and wider c2x make a squarer jaw. */
  c1y: number;
  c2x: number;
  c2y: number;
}

const SHAPES: Record<FullSpec['face'], { half: number; chin: number; c1y: number; c2x: number; c2y: number }> = {
  oval: { half: 44, chin: 170, c1y: 140, c2x: 100, c2y: 166 },
  round: { half: 47, chin: 167, c1y: 146, c2x: 102, c2y: 168 },
  long: { half: 41, chin: 177, c1y: 146, c2x: 104, c2y: 174 },
  square: { half: 46, chin: 171, c1y: 152, c2x: 110, c2y: 171 },
};

export function head(spec: FullSpec): Head {
  const s = SHAPES[spec.face];
  return { left: CX - s.half, right: CX + s.half, chin: s.chin, c1y: s.c1y, c2x: s.c2x, c2y: s.c2y };
}

/** The face outline, symmetric around CX. */
export function facePath(h: Head): string {
  const mirror = (x: number) => 2 * CX - x;
  return (
    `M${CX} 56 C${h.left + 14} 56 ${h.left} 78 ${h.left} 108 C${h.left} ${h.c1y} ${h.c2x} ${h.c2y} ${CX} ${h.chin} ` +
    `C${mirror(h.c2x)} ${h.c2y} ${h.right} ${h.c1y} ${h.right} 108 C${h.right} 78 ${h.right - 14} 56 ${CX} 56 Z`
  );
}
