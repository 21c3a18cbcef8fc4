/** The colours of one portrait, derived from the spec so every part of the drawing agrees. */
import { hex, luminance, mix, parseHex, shade, tint } from './colour';
import type { FullSpec } from './spec';

export interface Palette {
  skin: string;
  skinShade: string;
  skinDeep: string;
  hair: string;
  hairShade: string;
  brow: string;
  lip: string;
  blush: string;
  line: string;
  shirt: string;
  shirtShade: string;
  collar: string;
  bg: string;
  bgInner: string;
  eye: string;
}

/** How far age greys the hair: a touch of salt-and-pepper at 'middle', grey at 'old', white at 'senior'. */
const GREYING: Record<FullSpec['age'], number> = { young: 0, middle: 0.12, old: 0.5, senior: 0.85 };

export function palette(spec: FullSpec): Palette {
  const skin = parseHex(spec.skin);
  const shirt = parseHex(spec.shirt);
  const covered = spec.hairStyle === 'hijab';
  const hair = covered ? parseHex(spec.hair) : mix(parseHex(spec.hair), [222, 220, 216], GREYING[spec.age]);
  const dark = luminance(skin) < 0.45;
  // Brows follow the hair, except under a scarf or when the hair is so light the brows would vanish.
  const browBase = covered || luminance(hair) > 0.6 ? shade(skin, 0.55) : shade(hair, 0.25);
  return {
    skin: hex(skin),
    skinShade: hex(shade(skin, 0.14)),
    skinDeep: hex(shade(skin, 0.28)),
    hair: hex(hair),
    hairShade: hex(shade(hair, 0.25)),
    brow: hex(browBase),
    // Darker skin gets a lighter, warmer lip tone; a darkened one would disappear.
    lip: hex(dark ? mix(skin, [176, 96, 96], 0.4) : mix(shade(skin, 0.22), [190, 90, 90], 0.28)),
    blush: hex(mix(skin, [232, 120, 110], 0.5)),
    line: hex(shade(skin, dark ? 0.5 : 0.4)),
    shirt: hex(shirt),
    shirtShade: hex(shade(shirt, 0.18)),
    collar: hex(tint(shirt, 0.22)),
    // A muted, light version of the shirt colour ties the portrait together without competing with the face.
    bg: hex(mix(mix(shirt, [150, 150, 150], 0.35), [246, 240, 232], 0.72)),
    bgInner: hex(mix(mix(shirt, [150, 150, 150], 0.35), [250, 246, 240], 0.82)),
    eye: '#2b211e',
  };
}
