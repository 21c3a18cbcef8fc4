/**
 * Character portraits drawn in code: flat, calm, editorial-style head-and-shoulders busts. Generating them keeps
 * the cast diverse and consistent without commissioning or licensing artwork, and lets scenario files describe a
 * person with a handful of fields. Output is a self-contained SVG string, so it works in Phaser's loader, an <img>
 * and tests alike.
 *
 * Safety: every value that reaches the markup is either a number we computed or a colour that passed a strict
 * hex check, so scenario data can never inject markup.
 *
 * Over 300 lines on purpose: the face, hair, glasses and clothes are drawn on one shared grid of
 * coordinates; apart, each part would repeat it.
 */

export interface PortraitSpec {
  skin: string;
  /** Hair colour; for 'hijab' this is the colour of the headscarf. */
  hair: string;
  hairStyle: 'short' | 'long' | 'bun' | 'bald' | 'curly' | 'hijab';
  shirt: string;
  glasses: boolean;
  beard: boolean;
  age: 'young' | 'middle' | 'old';
}

const HAIR_STYLES: readonly PortraitSpec['hairStyle'][] = ['short', 'long', 'bun', 'bald', 'curly', 'hijab'];
const AGES: readonly PortraitSpec['age'][] = ['young', 'middle', 'old'];

const DEFAULTS = { skin: '#d8a27c', hair: '#4a3426', shirt: '#5f7f9e' } as const;

// ---------------------------------------------------------------------------------------------------------
// Colour helpers
// ---------------------------------------------------------------------------------------------------------

type Rgb = readonly [number, number, number];

/** Accepts only #rgb / #rrggbb; anything else (including markup) becomes the fallback. */
function parseHex(value: unknown, fallback: string): Rgb {
  const text = typeof value === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value : fallback;
  const hex = text.length === 4 ? [...text.slice(1)].map((c) => c + c).join('') : text.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

function hex(c: Rgb): string {
  return `#${c
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Shadows lean towards a warm brown-violet instead of black, which keeps flat shading soft and lifelike. */
const SHADOW: Rgb = [58, 30, 42];
const LIGHT: Rgb = [255, 250, 242];
const shade = (c: Rgb, t: number) => mix(c, SHADOW, t);
const tint = (c: Rgb, t: number) => mix(c, LIGHT, t);

function luminance(c: Rgb): number {
  return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;
}

// ---------------------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------------------

interface Palette {
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

function palette(spec: PortraitSpec): Palette {
  const skin = parseHex(spec.skin, DEFAULTS.skin);
  const shirt = parseHex(spec.shirt, DEFAULTS.shirt);
  let hair = parseHex(spec.hair, DEFAULTS.hair);
  const covered = spec.hairStyle === 'hijab';
  // Age greys the hair (but not a headscarf); 'middle' only a touch, so it reads as salt-and-pepper.
  if (!covered && spec.age === 'old') hair = mix(hair, [214, 212, 208], 0.72);
  else if (!covered && spec.age === 'middle') hair = mix(hair, [200, 198, 194], 0.12);
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

const CX = 128;

/** Hair (or scarf) that sits behind the head and shoulders. */
function backHair(spec: PortraitSpec, p: Palette): string {
  switch (spec.hairStyle) {
    case 'long':
      return `<path d="M74 112 C66 62 96 38 128 38 C162 38 192 62 184 112 C184 150 192 180 196 204 L60 204 C64 180 74 150 74 112 Z" fill="${p.hairShade}"/>`;
    case 'bun':
      return `<circle cx="${CX}" cy="44" r="19" fill="${p.hair}"/><path d="M114 48 Q128 55 142 48" fill="none" stroke="${p.hairShade}" stroke-width="3" stroke-linecap="round"/>`;
    case 'curly':
      return curlyVolume(p, 54, 52, 30);
    case 'hijab':
      // Behind the head only; the part that falls over the shoulders is drawn by scarfDrape() above the shirt.
      return `<path d="M72 116 C68 64 96 40 128 40 C160 40 188 64 184 116 Z" fill="${p.hairShade}"/>`;
    default:
      return '';
  }
}

/**
 * Curly hair as one soft volume with a scalloped outline: reads as texture rather than as a cartoon cloud.
 * Circles are placed on an ellipse around the crown; `spread` (degrees) sets how far down the sides they go.
 */
function curlyVolume(p: Palette, rx: number, ry: number, spread: number): string {
  const cy = 96;
  const parts = [`<ellipse cx="${CX}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${p.hair}"/>`];
  for (let a = 180 - spread; a <= 360 + spread; a += 15) {
    const t = (a * Math.PI) / 180;
    const x = CX + Math.cos(t) * rx;
    const y = cy + Math.sin(t) * ry;
    parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="11" fill="${p.hair}"/>`);
  }
  // A few darker curl strokes for texture where the volume shows beside the face (the crown is drawn in front).
  for (const [x, y] of [
    [80, 80],
    [176, 80],
    [78, 104],
    [178, 104],
  ] as const) {
    parts.push(
      `<path d="M${x - 5} ${y + 2} q5 -8 10 0" fill="none" stroke="${p.hairShade}" stroke-width="2" stroke-linecap="round" opacity="0.55"/>`,
    );
  }
  return parts.join('');
}

/** Hair in front of the forehead; shapes stop above the brows so the face stays open and readable. */
function frontHair(spec: PortraitSpec, p: Palette): string {
  switch (spec.hairStyle) {
    case 'short':
      return `<path d="M82 112 C76 70 96 46 130 46 C162 46 182 68 176 112 C174 100 170 90 164 84 C150 90 122 90 104 78 C96 86 88 96 86 112 Z" fill="${p.hair}"/><path d="M104 78 C118 86 142 88 162 82" fill="none" stroke="${p.hairShade}" stroke-width="2" stroke-linecap="round" opacity="0.6"/>`;
    case 'long':
      return `<path d="M80 128 C72 76 96 48 130 48 C160 48 184 72 178 128 C174 104 166 90 154 80 C136 92 108 96 92 92 C86 102 82 114 80 128 Z" fill="${p.hair}"/><path d="M92 92 C110 94 134 90 154 80" fill="none" stroke="${p.hairShade}" stroke-width="2" stroke-linecap="round" opacity="0.5"/>`;
    case 'bun':
      return `<path d="M84 108 C80 70 100 52 128 52 C156 52 176 70 172 108 C168 92 160 80 148 74 C134 78 118 78 106 74 C94 82 88 94 84 108 Z" fill="${p.hair}"/><path d="M128 54 C124 62 120 70 116 76 M128 54 C134 62 140 68 146 74" fill="none" stroke="${p.hairShade}" stroke-width="1.6" stroke-linecap="round" opacity="0.5"/>`;
    case 'bald':
      // A natural fringe of hair around the back of the head, plus a soft highlight on the crown.
      return `<path d="M83 120 C81 104 84 94 90 88 L92 112 Z M173 120 C175 104 172 94 166 88 L164 112 Z" fill="${p.hair}"/><ellipse cx="112" cy="72" rx="16" ry="8" fill="#ffffff" opacity="0.16" transform="rotate(-20 112 72)"/>`;
    case 'curly':
      // A cap over the crown edged with small curls along the hairline, so the forehead keeps its shape.
      return [
        `<path d="M84 100 C82 68 102 50 128 50 C154 50 174 68 172 100 C160 80 96 80 84 100 Z" fill="${p.hair}"/>`,
        ...[
          [89, 94, 8],
          [97, 82, 9],
          [111, 76, 10],
          [128, 74, 10],
          [145, 76, 10],
          [159, 82, 9],
          [167, 94, 8],
        ].map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${p.hair}"/>`),
        `<path d="M104 66 q5 -7 10 0 M138 64 q5 -7 10 0 M121 58 q5 -7 10 0" fill="none" stroke="${p.hairShade}" stroke-width="2" stroke-linecap="round" opacity="0.55"/>`,
      ].join('');
    case 'hijab':
      // The scarf's front edge frames the face.
      return `<path d="M128 48 C96 48 78 72 80 112 C80 140 92 166 112 178 L100 186 C82 172 72 146 72 112 C72 66 98 42 128 42 C158 42 184 66 184 112 C184 146 174 172 156 186 L144 178 C164 166 176 140 176 112 C178 72 160 48 128 48 Z" fill="${p.hair}"/><path d="M104 182 C116 194 140 194 152 182" fill="none" stroke="${p.hairShade}" stroke-width="2" opacity="0.5"/>`;
  }
}

function body(spec: PortraitSpec, p: Palette): string {
  const parts: string[] = [];
  // Shoulders: broad, gently sloping, cut off by the circular frame.
  parts.push(
    `<path d="M20 256 C22 222 42 202 82 194 C98 191 108 188 112 184 L144 184 C148 188 158 191 174 194 C214 202 234 222 236 256 Z" fill="${p.shirt}"/>`,
  );
  parts.push(`<path d="M20 256 C22 232 34 214 56 204 C50 222 48 240 50 256 Z" fill="${p.shirtShade}" opacity="0.6"/>`);
  parts.push(
    `<path d="M236 256 C234 232 222 214 200 204 C206 222 208 240 206 256 Z" fill="${p.shirtShade}" opacity="0.6"/>`,
  );
  if (spec.hairStyle === 'hijab') return parts.join('');
  // Neck, with the shadow the jaw casts on it.
  parts.push(`<path d="M110 146 L110 188 Q128 200 146 188 L146 146 Z" fill="${p.skinShade}"/>`);
  parts.push(`<path d="M110 150 Q128 176 146 150 L146 162 Q128 184 110 162 Z" fill="${p.skinDeep}" opacity="0.35"/>`);
  // Open collar: a V of skin with soft lapels either side.
  parts.push(`<path d="M108 184 L128 214 L148 184 Z" fill="${p.skinShade}"/>`);
  parts.push(`<path d="M106 182 L128 214 L114 222 L94 192 Z" fill="${p.collar}"/>`);
  parts.push(`<path d="M150 182 L128 214 L142 222 L162 192 Z" fill="${p.collar}"/>`);
  return parts.join('');
}

/** The part of a headscarf that falls over the shoulders and chest, drawn above the shirt and below the face. */
function scarfDrape(p: Palette): string {
  return [
    `<path d="M76 112 C76 150 66 184 40 212 C76 240 180 240 216 212 C190 184 180 150 180 112 Z" fill="${p.hair}"/>`,
    `<path d="M74 196 Q88 206 94 220 M182 196 Q168 206 162 220 M112 196 Q128 204 144 196" fill="none" stroke="${p.hairShade}" stroke-width="2" stroke-linecap="round" opacity="0.45"/>`,
  ].join('');
}

function ears(spec: PortraitSpec, p: Palette): string {
  if (spec.hairStyle === 'hijab') return '';
  return [84, 172]
    .map((x) => {
      const inner = x < CX ? x + 2 : x - 2;
      return `<ellipse cx="${x}" cy="118" rx="9" ry="13" fill="${p.skin}"/><ellipse cx="${inner}" cy="119" rx="4" ry="7" fill="${p.skinShade}"/>`;
    })
    .join('');
}

function face(spec: PortraitSpec, p: Palette): string {
  const parts: string[] = [];
  parts.push(
    `<path d="M128 56 C98 56 84 78 84 108 C84 140 100 166 128 170 C156 166 172 140 172 108 C172 78 158 56 128 56 Z" fill="${p.skin}"/>`,
  );
  // One soft shadow side gives the face volume without outlines.
  parts.push(
    `<path d="M160 72 C168 82 172 94 172 108 C172 140 156 166 128 170 C150 160 162 138 164 112 C165 96 164 84 160 72 Z" fill="${p.skinShade}" opacity="0.55"/>`,
  );
  parts.push(`<circle cx="104" cy="136" r="10" fill="${p.blush}" opacity="0.16"/>`);
  parts.push(`<circle cx="152" cy="136" r="10" fill="${p.blush}" opacity="0.16"/>`);
  parts.push(ageLines(spec, p));

  // Eyes: dark almond-ish ovals with a catch-light and a light upper lid line; calm and attentive.
  for (const x of [109, 147]) {
    parts.push(`<ellipse cx="${x}" cy="116" rx="4.6" ry="5.2" fill="${p.eye}"/>`);
    parts.push(`<circle cx="${x + 1.6}" cy="114.2" r="1.4" fill="#ffffff" opacity="0.9"/>`);
    parts.push(
      `<path d="M${x - 8} 113 Q${x} 106 ${x + 8} 113" fill="none" stroke="${p.line}" stroke-width="1.8" stroke-linecap="round" opacity="0.7"/>`,
    );
  }
  // Brows: slightly arched, a touch of asymmetry keeps the face from looking mechanical.
  parts.push(
    `<path d="M98 102 Q108 96 119 100" fill="none" stroke="${p.brow}" stroke-width="4" stroke-linecap="round"/>`,
    `<path d="M137 100 Q148 95 158 101" fill="none" stroke="${p.brow}" stroke-width="4" stroke-linecap="round"/>`,
  );
  // Nose: just the shadow side and the tip.
  parts.push(
    `<path d="M130 116 Q133 130 134 135 Q130 139 124 137" fill="none" stroke="${p.skinDeep}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" opacity="0.8"/>`,
  );
  if (spec.beard) parts.push(beard(p));
  // Mouth: a closed, gentle smile with a hint of lower lip.
  parts.push(
    `<path d="M116 149 Q128 157 140 149" fill="none" stroke="${p.lip}" stroke-width="3.2" stroke-linecap="round"/>`,
    `<path d="M121 156 Q128 159 135 156" fill="none" stroke="${p.skinDeep}" stroke-width="1.6" stroke-linecap="round" opacity="0.45"/>`,
  );
  return parts.join('');
}

function ageLines(spec: PortraitSpec, p: Palette): string {
  if (spec.age === 'young') return '';
  const stroke = `fill="none" stroke="${p.line}" stroke-linecap="round"`;
  // Middle age: only the faintest smile lines. Old: forehead, eye bags, crow's feet and smile lines.
  if (spec.age === 'middle') {
    return `<path d="M111 140 Q107 147 110 153 M145 140 Q149 147 146 153" ${stroke} stroke-width="1.4" opacity="0.3"/>`;
  }
  return [
    `<path d="M110 139 Q104 148 108 156 M146 139 Q152 148 148 156" ${stroke} stroke-width="1.8" opacity="0.45"/>`,
    `<path d="M103 124 Q109 127 115 124 M141 124 Q147 127 153 124" ${stroke} stroke-width="1.4" opacity="0.4"/>`,
    `<path d="M94 113 L90 111 M94 118 L90 119 M162 113 L166 111 M162 118 L166 119" ${stroke} stroke-width="1.3" opacity="0.4"/>`,
    `<path d="M110 84 Q128 80 146 84 M114 91 Q128 88 142 91" ${stroke} stroke-width="1.4" opacity="0.3"/>`,
  ].join('');
}

function beard(p: Palette): string {
  // A neat, full beard that follows the jaw and joins the moustache; the mouth sits in an opening (even-odd
  // fill), so it stays visible whatever the beard and skin colours are.
  const outline =
    'M86 112 C86 146 102 172 128 178 C154 172 170 146 170 112 C166 128 158 136 150 139 C142 137 136 138 128 140 ' +
    'C120 138 114 137 106 139 C98 136 90 128 86 112 Z';
  const mouthOpening = 'M114 150 C118 146 138 146 142 150 C138 157 118 157 114 150 Z';
  return [
    `<path d="${outline} ${mouthOpening}" fill="${p.hair}" fill-rule="evenodd"/>`,
    `<path d="M112 166 Q128 172 144 166" fill="none" stroke="${p.hairShade}" stroke-width="1.5" stroke-linecap="round" opacity="0.4"/>`,
  ].join('');
}

function glasses(withArms: boolean): string {
  const frame = 'fill="#ffffff" fill-opacity="0.14" stroke="#3b3434" stroke-width="2.6"';
  return [
    `<rect x="95" y="105" width="28" height="21" rx="8" ${frame}/>`,
    `<rect x="133" y="105" width="28" height="21" rx="8" ${frame}/>`,
    // Under a headscarf the arms are hidden, so only the bridge is drawn.
    `<path d="M123 113 Q128 109 133 113${withArms ? ' M95 112 L86 110 M161 112 L170 110' : ''}" fill="none" stroke="#3b3434" stroke-width="2.4" stroke-linecap="round"/>`,
  ].join('');
}

/** Stable per-spec id so several portraits inlined in one HTML page never share clip-path ids. */
function specId(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `kp${h.toString(36)}`;
}

/** Coerce untrusted input (scenario YAML) into a fully valid spec. */
function normalise(spec: PortraitSpec): PortraitSpec {
  const s = (spec ?? {}) as Partial<PortraitSpec>;
  return {
    skin: hex(parseHex(s.skin, DEFAULTS.skin)),
    hair: hex(parseHex(s.hair, DEFAULTS.hair)),
    shirt: hex(parseHex(s.shirt, DEFAULTS.shirt)),
    hairStyle: HAIR_STYLES.includes(s.hairStyle as PortraitSpec['hairStyle'])
      ? (s.hairStyle as PortraitSpec['hairStyle'])
      : 'short',
    age: AGES.includes(s.age as PortraitSpec['age']) ? (s.age as PortraitSpec['age']) : 'middle',
    glasses: s.glasses === true,
    beard: s.beard === true,
  };
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
    s.hairStyle === 'hijab' ? scarfDrape(p) : '',
    ears(s, p),
    face(s, p),
    frontHair(s, p),
    s.glasses ? glasses(s.hairStyle !== 'hijab') : '',
    '</g>',
    '</g>',
    '</svg>',
  ].join('');
}

/** The same as a data: URL (percent-encoded, not base64: smaller for SVG and readable in dev tools). */
export function portraitDataUrl(spec: PortraitSpec, size?: number): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(portraitSvg(spec, size))}`;
}
