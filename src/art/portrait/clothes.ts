/** Shoulders, neck and what the person wears: a care tunic, a blazer or a sweater says something about a role. */
import type { Palette } from './palette';
import type { FullSpec } from './spec';

const SHIRT_WHITE = '#f3f0ea';

export function body(spec: FullSpec, p: Palette): string {
  // Shoulders: broad, gently sloping, cut off by the circular frame.
  const parts = [
    `<path d="M20 256 C22 222 42 202 82 194 C98 191 108 188 112 184 L144 184 C148 188 158 191 174 194 C214 202 234 222 236 256 Z" fill="${p.shirt}"/>`,
    `<path d="M20 256 C22 232 34 214 56 204 C50 222 48 240 50 256 Z" fill="${p.shirtShade}" opacity="0.6"/>`,
    `<path d="M236 256 C234 232 222 214 200 204 C206 222 208 240 206 256 Z" fill="${p.shirtShade}" opacity="0.6"/>`,
  ];
  if (spec.hairStyle === 'hijab') return parts.join('') + scarfDrape(p);
  // Neck, with the shadow the jaw casts on it.
  parts.push(`<path d="M110 146 L110 188 Q128 200 146 188 L146 146 Z" fill="${p.skinShade}"/>`);
  parts.push(`<path d="M110 150 Q128 176 146 150 L146 162 Q128 184 110 162 Z" fill="${p.skinDeep}" opacity="0.35"/>`);
  parts.push(NECKLINES[spec.clothes](p));
  return parts.join('');
}

const NECKLINES: Record<FullSpec['clothes'], (p: Palette) => string> = {
  // Open collar: a V of skin with soft lapels either side.
  collar: (p) =>
    `<path d="M108 184 L128 214 L148 184 Z" fill="${p.skinShade}"/><path d="M106 182 L128 214 L114 222 L94 192 Z" fill="${p.collar}"/><path d="M150 182 L128 214 L142 222 L162 192 Z" fill="${p.collar}"/>`,
  // A round-necked sweater with a ribbed band.
  crew: (p) =>
    `<path d="M104 186 Q128 204 152 186" fill="none" stroke="${p.shirtShade}" stroke-width="7" stroke-linecap="round"/><path d="M112 214 L112 256 M144 214 L144 256" fill="none" stroke="${p.shirtShade}" stroke-width="1.5" opacity="0.35"/>`,
  // A jacket over a white open-collar shirt.
  blazer: (p) =>
    [
      `<path d="M104 184 L128 236 L152 184 Z" fill="${SHIRT_WHITE}"/>`,
      `<path d="M110 184 L128 210 L146 184 Z" fill="${p.skinShade}"/>`,
      `<path d="M106 182 L128 212 L118 218 L98 190 Z" fill="#ffffff"/><path d="M150 182 L128 212 L138 218 L158 190 Z" fill="#ffffff"/>`,
      `<path d="M100 188 L128 240 L118 256 L84 256 L90 196 Z" fill="${p.shirtShade}"/><path d="M156 188 L128 240 L138 256 L172 256 L166 196 Z" fill="${p.shirtShade}"/>`,
    ].join(''),
  // A care uniform: a collarless V-neck with piping and a name badge.
  tunic: (p) =>
    [
      `<path d="M108 184 L128 216 L148 184 Z" fill="${p.skinShade}"/>`,
      `<path d="M106 184 L128 218 L150 184" fill="none" stroke="${p.shirtShade}" stroke-width="4" stroke-linejoin="round"/>`,
      `<rect x="156" y="222" width="28" height="12" rx="2" fill="#ffffff"/><path d="M160 228 L178 228" stroke="${p.shirtShade}" stroke-width="2"/>`,
    ].join(''),
  // An open cardigan over a lighter round-necked top.
  cardigan: (p) =>
    [
      `<path d="M104 186 Q128 202 152 186 L156 256 L100 256 Z" fill="${p.collar}"/>`,
      `<path d="M104 186 Q128 202 152 186" fill="none" stroke="${p.skinShade}" stroke-width="1.5"/>`,
      `<path d="M102 188 L98 256 M154 188 L158 256" fill="none" stroke="${p.shirtShade}" stroke-width="4"/>`,
      `<circle cx="160" cy="214" r="2.4" fill="${p.shirtShade}"/><circle cx="161" cy="236" r="2.4" fill="${p.shirtShade}"/>`,
    ].join(''),
};

/** The part of a headscarf that falls over the shoulders and chest, drawn above the shirt and below the face. */
function scarfDrape(p: Palette): string {
  return [
    `<path d="M76 112 C76 150 66 184 40 212 C76 240 180 240 216 212 C190 184 180 150 180 112 Z" fill="${p.hair}"/>`,
    `<path d="M74 196 Q88 206 94 220 M182 196 Q168 206 162 220 M112 196 Q128 204 144 196" fill="none" stroke="${p.hairShade}" stroke-width="2" stroke-linecap="round" opacity="0.45"/>`,
  ].join('');
}
