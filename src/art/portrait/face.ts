/** The face: skin, eyes, brows, nose, mouth, the lines age brings, a beard and glasses. */
import { CX, facePath, type Head, head } from './geometry';
import type { Palette } from './palette';
import type { FullSpec } from './spec';

export function ears(spec: FullSpec, p: Palette): string {
  if (spec.hairStyle === 'hijab') return '';
  const h = head(spec);
  return [h.left, h.right]
    .map((x) => {
      const inner = x < CX ? x + 2 : x - 2;
      return `<ellipse cx="${x}" cy="118" rx="9" ry="13" fill="${p.skin}"/><ellipse cx="${inner}" cy="119" rx="4" ry="7" fill="${p.skinShade}"/>`;
    })
    .join('');
}

export function face(spec: FullSpec, p: Palette): string {
  const h = head(spec);
  const parts: string[] = [`<path d="${facePath(h)}" fill="${p.skin}"/>`];
  // One soft shadow side gives the face volume without outlines.
  parts.push(
    `<path d="M${h.right - 12} 72 C${h.right - 4} 82 ${h.right} 94 ${h.right} 108 C${h.right} ${h.c1y} ${2 * CX - h.c2x} ${h.c2y} ${CX} ${h.chin} ` +
      `C150 ${h.chin - 10} ${h.right - 10} 138 ${h.right - 8} 112 C${h.right - 7} 96 ${h.right - 8} 84 ${h.right - 12} 72 Z" fill="${p.skinShade}" opacity="0.55"/>`,
  );
  parts.push(`<circle cx="104" cy="136" r="10" fill="${p.blush}" opacity="0.16"/>`);
  parts.push(`<circle cx="152" cy="136" r="10" fill="${p.blush}" opacity="0.16"/>`);
  parts.push(ageLines(spec, h, p));

  // Eyes: dark almond-ish ovals with a catch-light and a light upper lid line; calm and attentive.
  for (const x of [109, 147]) {
    parts.push(`<ellipse cx="${x}" cy="116" rx="4.6" ry="5.2" fill="${p.eye}"/>`);
    parts.push(`<circle cx="${x + 1.6}" cy="114.2" r="1.4" fill="#ffffff" opacity="0.9"/>`);
    parts.push(
      `<path d="M${x - 8} 113 Q${x} 106 ${x + 8} 113" fill="none" stroke="${p.line}" stroke-width="1.8" stroke-linecap="round" opacity="0.7"/>`,
    );
  }
  // Brows: slightly arched, a touch of asymmetry keeps the face from looking mechanical; thinner with age.
  const brow = spec.age === 'senior' ? 3 : 4;
  parts.push(
    `<path d="M98 102 Q108 96 119 100" fill="none" stroke="${p.brow}" stroke-width="${brow}" stroke-linecap="round"/>`,
    `<path d="M137 100 Q148 95 158 101" fill="none" stroke="${p.brow}" stroke-width="${brow}" stroke-linecap="round"/>`,
  );
  // Nose: just the shadow side and the tip.
  parts.push(
    `<path d="M130 116 Q133 130 134 135 Q130 139 124 137" fill="none" stroke="${p.skinDeep}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" opacity="0.8"/>`,
  );
  if (spec.beard) parts.push(beard(h, p));
  // Mouth: a closed, gentle smile with a hint of lower lip.
  parts.push(
    `<path d="M116 149 Q128 157 140 149" fill="none" stroke="${p.lip}" stroke-width="3.2" stroke-linecap="round"/>`,
    `<path d="M121 156 Q128 159 135 156" fill="none" stroke="${p.skinDeep}" stroke-width="1.6" stroke-linecap="round" opacity="0.45"/>`,
  );
  return parts.join('');
}

/** Young: none. Middle: faint smile lines. Old: smile lines, eye bags, crow's feet. Senior: also forehead and jowls. */
function ageLines(spec: FullSpec, h: Head, p: Palette): string {
  if (spec.age === 'young') return '';
  const stroke = `fill="none" stroke="${p.line}" stroke-linecap="round"`;
  if (spec.age === 'middle') {
    return `<path d="M111 140 Q107 147 110 153 M145 140 Q149 147 146 153" ${stroke} stroke-width="1.4" opacity="0.3"/>`;
  }
  const lines = [
    `<path d="M110 139 Q104 148 108 156 M146 139 Q152 148 148 156" ${stroke} stroke-width="1.8" opacity="0.4"/>`,
    `<path d="M103 124 Q109 127 115 124 M141 124 Q147 127 153 124" ${stroke} stroke-width="1.4" opacity="0.35"/>`,
    `<path d="M94 113 L90 111 M162 113 L166 111" ${stroke} stroke-width="1.3" opacity="0.35"/>`,
  ];
  if (spec.age === 'senior') {
    lines.push(
      `<path d="M94 118 L90 119 M162 118 L166 119 M101 128 Q109 132 117 128 M139 128 Q147 132 155 128" ${stroke} stroke-width="1.4" opacity="0.4"/>`,
      `<path d="M110 84 Q128 80 146 84 M114 91 Q128 88 142 91" ${stroke} stroke-width="1.5" opacity="0.35"/>`,
      `<path d="M${h.left + 10} 150 Q${h.left + 16} 162 ${h.left + 26} ${h.chin - 8} M${h.right - 10} 150 Q${h.right - 16} 162 ${h.right - 26} ${h.chin - 8}" ${stroke} stroke-width="1.6" opacity="0.35"/>`,
    );
  }
  return lines.join('');
}

function beard(h: Head, p: Palette): string {
  // A neat, full beard that follows the jaw and joins the moustache; the mouth sits in an opening (even-odd
  // fill), so it stays visible whatever the beard and skin colours are.
  const l = h.left + 2;
  const r = h.right - 2;
  const chin = h.chin + 8;
  const outline =
    `M${l} 112 C${l} 146 102 ${chin - 6} ${CX} ${chin} C154 ${chin - 6} ${r} 146 ${r} 112 C${r - 4} 128 158 136 150 139 ` +
    `C142 137 136 138 128 140 C120 138 114 137 106 139 C98 136 ${l + 4} 128 ${l} 112 Z`;
  const mouthOpening = 'M114 150 C118 146 138 146 142 150 C138 157 118 157 114 150 Z';
  return [
    `<path d="${outline} ${mouthOpening}" fill="${p.hair}" fill-rule="evenodd"/>`,
    `<path d="M112 ${chin - 12} Q128 ${chin - 6} 144 ${chin - 12}" fill="none" stroke="${p.hairShade}" stroke-width="1.5" stroke-linecap="round" opacity="0.4"/>`,
  ].join('');
}

export function glasses(spec: FullSpec): string {
  const bold = spec.frames === 'bold';
  const colour = bold ? '#1f1b1b' : '#3b3434';
  const frame = `fill="#ffffff" fill-opacity="0.14" stroke="${colour}" stroke-width="${bold ? 3.6 : 2.6}"`;
  const lenses =
    spec.frames === 'round'
      ? `<circle cx="109" cy="116" r="12" ${frame}/><circle cx="147" cy="116" r="12" ${frame}/>`
      : `<rect x="95" y="105" width="28" height="21" rx="${bold ? 3 : 8}" ${frame}/><rect x="133" y="105" width="28" height="21" rx="${bold ? 3 : 8}" ${frame}/>`;
  // Under a headscarf the arms are hidden, so only the bridge is drawn.
  const h = head(spec);
  const arms = spec.hairStyle === 'hijab' ? '' : ` M95 112 L${h.left + 2} 110 M161 112 L${h.right - 2} 110`;
  return `${lenses}<path d="M121 113 Q128 109 135 113${arms}" fill="none" stroke="${colour}" stroke-width="2.4" stroke-linecap="round"/>`;
}
