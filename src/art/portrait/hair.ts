/** Hair in two layers: what sits behind the head and shoulders, and what falls in front of the forehead. */
import { CX } from './geometry';
import type { Palette } from './palette';
import type { FullSpec } from './spec';

export function backHair(spec: FullSpec, p: Palette): string {
  switch (spec.hairStyle) {
    case 'long':
      return `<path d="M74 112 C66 62 96 38 128 38 C162 38 192 62 184 112 C184 150 192 180 196 204 L60 204 C64 180 74 150 74 112 Z" fill="${p.hairShade}"/>`;
    case 'bob':
      return `<path d="M72 110 C68 62 96 40 128 40 C160 40 188 62 184 110 C186 134 186 150 180 162 L76 162 C70 150 70 134 72 110 Z" fill="${p.hairShade}"/>`;
    case 'wavy':
      return `<path d="M76 112 C70 64 98 42 128 42 C158 42 186 64 180 112 C184 126 178 138 172 142 L84 142 C78 138 72 126 76 112 Z" fill="${p.hairShade}"/>`;
    case 'ponytail':
      // The tail shows beside the neck, swept to one side.
      return `<path d="M156 70 C192 78 200 126 190 176 C186 190 176 196 170 190 C176 160 172 124 152 96 Z" fill="${p.hairShade}"/><path d="M150 74 C168 70 176 80 172 92 C166 86 158 82 150 84 Z" fill="${p.hair}"/>`;
    case 'bun':
      return `<circle cx="${CX}" cy="44" r="19" fill="${p.hair}"/><path d="M114 48 Q128 55 142 48" fill="none" stroke="${p.hairShade}" stroke-width="3" stroke-linecap="round"/>`;
    case 'curly':
      return curlyVolume(p, 54, 52, 30);
    case 'hijab':
      // Behind the head only; the part that falls over the shoulders is drawn with the clothes.
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

const strand = (p: Palette, d: string, opacity = 0.55) =>
  `<path d="${d}" fill="none" stroke="${p.hairShade}" stroke-width="2" stroke-linecap="round" opacity="${opacity}"/>`;

/** Hair in front of the forehead; shapes stop above the brows so the face stays open and readable. */
export function frontHair(spec: FullSpec, p: Palette): string {
  switch (spec.hairStyle) {
    case 'short':
      return `<path d="M82 112 C76 70 96 46 130 46 C162 46 182 68 176 112 C174 100 170 90 164 84 C150 90 122 90 104 78 C96 86 88 96 86 112 Z" fill="${p.hair}"/>${strand(p, 'M104 78 C118 86 142 88 162 82', 0.6)}`;
    case 'crop':
      // Close-cropped: the hair hugs the skull and the hairline shows the forehead's full height.
      return `<path d="M85 106 C82 72 102 52 128 52 C154 52 174 72 171 106 C168 90 160 78 146 74 C134 72 120 72 108 75 C96 80 88 92 85 106 Z" fill="${p.hair}"/>${strand(p, 'M100 70 q4 -3 8 0 M124 62 q4 -3 8 0 M148 68 q4 -3 8 0', 0.4)}`;
    case 'sidepart':
      // A side parting with a swept fringe.
      return `<path d="M82 112 C76 66 100 44 134 46 C166 48 184 72 176 112 C172 94 166 82 156 76 C140 70 118 78 96 72 C90 82 85 96 82 112 Z" fill="${p.hair}"/><path d="M100 56 C96 62 94 68 96 72" fill="none" stroke="${p.hairShade}" stroke-width="2.4" stroke-linecap="round" opacity="0.7"/>${strand(p, 'M104 64 C124 60 146 64 164 78', 0.5)}`;
    case 'wavy':
      return `<path d="M80 120 C74 70 98 46 128 46 C158 46 182 70 176 120 C174 104 168 92 160 86 C152 92 144 84 136 88 C128 80 118 90 110 84 C102 90 94 86 90 94 C84 102 81 110 80 120 Z" fill="${p.hair}"/>${strand(p, 'M96 70 q6 -6 12 0 q6 6 12 0 M134 66 q6 -6 12 0 q6 6 12 0', 0.5)}`;
    case 'long':
      return `<path d="M80 128 C72 76 96 48 130 48 C160 48 184 72 178 128 C174 104 166 90 154 80 C136 92 108 96 92 92 C86 102 82 114 80 128 Z" fill="${p.hair}"/>${strand(p, 'M92 92 C110 94 134 90 154 80', 0.5)}`;
    case 'bob':
      // A straight fringe and sides that end at the jaw.
      return `<path d="M78 150 C70 76 96 48 128 48 C160 48 186 76 178 150 C176 128 174 110 170 96 C150 92 106 92 86 96 C82 110 80 128 78 150 Z" fill="${p.hair}"/>${strand(p, 'M96 94 L98 82 M116 92 L117 78 M140 92 L139 78 M160 94 L158 82', 0.4)}`;
    case 'ponytail':
      // Pulled back smoothly from the forehead.
      return `<path d="M84 110 C80 70 100 50 128 50 C156 50 176 70 172 110 C168 90 158 76 144 70 C132 68 118 68 108 72 C96 80 88 92 84 110 Z" fill="${p.hair}"/>${strand(p, 'M104 74 C120 64 142 64 158 76', 0.45)}`;
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
        strand(p, 'M104 66 q5 -7 10 0 M138 64 q5 -7 10 0 M121 58 q5 -7 10 0'),
      ].join('');
    case 'hijab':
      // The scarf's front edge frames the face.
      return `<path d="M128 48 C96 48 78 72 80 112 C80 140 92 166 112 178 L100 186 C82 172 72 146 72 112 C72 66 98 42 128 42 C158 42 184 66 184 112 C184 146 174 172 156 186 L144 178 C164 166 176 140 176 112 C178 72 160 48 128 48 Z" fill="${p.hair}"/><path d="M104 182 C116 194 140 194 152 182" fill="none" stroke="${p.hairShade}" stroke-width="2" opacity="0.5"/>`;
  }
}
