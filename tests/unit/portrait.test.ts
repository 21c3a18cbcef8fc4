import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGES,
  CLOTHES,
  FACES,
  FRAMES,
  HAIR_STYLES as HAIR,
  type PortraitSpec,
  portraitDataUrl,
  portraitSvg,
} from '../../src/art/portrait';
import { Portrait } from '../../src/sim/schema';
import { golden } from '../golden/golden';
import { bundle } from './scenario';

const ALLOWED_TAGS = new Set(['svg', 'defs', 'clipPath', 'g', 'circle', 'ellipse', 'path', 'rect']);

const base: PortraitSpec = {
  skin: '#c68642',
  hair: '#3b2a20',
  hairStyle: 'short',
  shirt: '#4f7cac',
  glasses: false,
  beard: false,
  age: 'middle',
};

/**
 * A small well-formedness check: every tag is one of ours, attributes are name="value" pairs without markup,
 * and open/close tags nest properly. Enough to catch broken templates and any injected markup.
 */
function checkSvg(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
  expect(svg).toContain('viewBox="0 0 256 256"');
  expect(svg.endsWith('</svg>')).toBe(true);
  const stack: string[] = [];
  const rest = svg.replace(
    /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"<>]*")*)\s*(\/?)>/g,
    (_m, close, name, _attrs, self) => {
      expect(ALLOWED_TAGS.has(name)).toBe(true);
      if (close) expect(stack.pop()).toBe(name);
      else if (!self) stack.push(name);
      return '';
    },
  );
  expect(rest).toBe(''); // nothing outside tags: no text nodes, no stray '<' or '>'
  expect(stack).toEqual([]);
}

describe('portraitSvg', () => {
  for (const hairStyle of HAIR) {
    for (const age of AGES) {
      it(`renders a valid SVG for ${hairStyle} / ${age} in every accessory combination`, () => {
        for (const glasses of [false, true]) {
          for (const beard of [false, true]) checkSvg(portraitSvg({ ...base, hairStyle, age, glasses, beard }));
        }
      });
    }
  }

  for (const face of FACES) {
    for (const clothes of CLOTHES) {
      it(`renders a valid SVG for a ${face} face in ${clothes} with every frame`, () => {
        for (const frames of FRAMES)
          checkSvg(portraitSvg({ ...base, face, clothes, frames, glasses: true, beard: true }));
      });
    }
  }

  it('offers scenario files exactly the words it can draw', () => {
    const shape = Portrait.shape;
    expect(shape.hairStyle.options).toEqual([...HAIR]);
    expect(shape.age.unwrap().options).toEqual([...AGES]);
    expect(shape.face.unwrap().options).toEqual([...FACES]);
    expect(shape.clothes.unwrap().options).toEqual([...CLOTHES]);
    expect(shape.frames.unwrap().options).toEqual([...FRAMES]);
  });

  it('draws every person in the scenario as someone recognisably different', () => {
    const specs = [
      ...bundle.scenario.characters.map((c) => c.portrait),
      ...bundle.people.people.flatMap((p) => p.portrait ?? []),
    ];
    const looks = specs.map((s) => [s.hairStyle, s.age, s.face, s.clothes, s.glasses, s.beard].join('/'));
    expect(new Set(looks).size).toBe(looks.length);
    // Grey hair with glasses was once the face of five people; now no more than two share it.
    expect(specs.filter((s) => (s.age === 'old' || s.age === 'senior') && s.glasses).length).toBeLessThanOrEqual(2);
  });

  it('uses the requested size for width and height, with a sane default and bounds', () => {
    expect(portraitSvg(base)).toContain('width="256" height="256"');
    expect(portraitSvg(base, 96)).toContain('width="96" height="96"');
    expect(portraitSvg(base, Number.NaN)).toContain('width="256" height="256"');
    expect(portraitSvg(base, -5)).toContain('width="8" height="8"');
    expect(portraitSvg(base, 1e9)).toContain('width="2048" height="2048"');
  });

  it('draws the checked-in pictures, whatever was drawn before (UPDATE_GOLDEN=1 redraws them)', () => {
    // In reverse order as well: no picture may depend on the ones drawn before it (a counter in the ids, say).
    for (const order of [[...HAIR], [...HAIR].reverse()]) {
      for (const hairStyle of order) {
        const svg = portraitSvg({ ...base, hairStyle, glasses: true, beard: true });
        golden(join(import.meta.dirname, '..', 'golden', 'portraits', `${hairStyle}.svg`), `${svg}\n`);
      }
    }
  });

  it('actually varies with the spec', () => {
    const variants = new Set([
      portraitSvg(base),
      portraitSvg({ ...base, glasses: true }),
      portraitSvg({ ...base, beard: true }),
      portraitSvg({ ...base, age: 'old' }),
      portraitSvg({ ...base, hairStyle: 'long' }),
      portraitSvg({ ...base, shirt: '#aa3300' }),
    ]);
    expect(variants.size).toBe(6);
  });

  it('accepts #rgb and upper-case hex', () => {
    const svg = portraitSvg({ ...base, skin: '#ABC', shirt: '#A1B2C3' });
    expect(svg).toContain('#aabbcc');
    expect(svg).toContain('#a1b2c3');
  });

  it('only ever emits normalised #rrggbb colours', () => {
    const svg = portraitSvg({ ...base, hairStyle: 'hijab', glasses: true, age: 'old' });
    for (const [, value] of svg.matchAll(/(?:fill|stroke)="([^"]*)"/g)) {
      expect(value).toMatch(/^(#[0-9a-f]{6}|none|url\(#kp[0-9a-z]+\))$/);
    }
  });

  it('rejects hostile input: colours, enums and flags fall back to safe defaults', () => {
    const hostile = '"/><script>alert(1)</script>';
    const spec = {
      skin: hostile,
      hair: 'red;background:url(javascript:alert(1))',
      shirt: '#fff" onload="alert(1)',
      hairStyle: '<img src=x onerror=alert(1)>',
      age: '"><foreignObject>',
      glasses: 'yes',
      beard: hostile,
    } as unknown as PortraitSpec;
    const svg = portraitSvg(spec);
    checkSvg(svg);
    for (const bad of ['script', 'alert', 'onload', 'onerror', 'javascript', 'foreignObject', 'img']) {
      expect(svg).not.toContain(bad);
    }
    // Same picture as if the fields had been left at their defaults.
    expect(svg).toBe(portraitSvg({} as PortraitSpec));
  });

  it('never lets arbitrary strings through (property test)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        fc.anything(),
        (skin, hair, shirt, style, age) => {
          const svg = portraitSvg({ ...base, skin, hair, shirt, hairStyle: style, age } as unknown as PortraitSpec);
          checkSvg(svg);
          expect(svg).not.toMatch(/\son[a-z]+=/i);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives different portraits different clip-path ids so they can share an HTML page', () => {
    const id = (svg: string) => /clipPath id="([^"]+)"/.exec(svg)?.[1];
    expect(id(portraitSvg(base))).not.toBe(id(portraitSvg({ ...base, hairStyle: 'bun' })));
  });
});

describe('portraitDataUrl', () => {
  it('is a percent-encoded SVG data URL that decodes to the SVG', () => {
    const url = portraitDataUrl(base, 128);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true);
    expect(url).not.toMatch(/[<>"#\s]/);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(portraitSvg(base, 128));
  });
});
