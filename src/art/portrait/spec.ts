/** What a scenario file says about how a person looks, and how untrusted values are made safe. */

export const HAIR_STYLES = [
  'short',
  'crop',
  'sidepart',
  'wavy',
  'long',
  'bob',
  'ponytail',
  'bun',
  'bald',
  'curly',
  'hijab',
] as const;
/** young ≈ 20–35, middle ≈ 35–55, old ≈ 55–70, senior ≈ 75+ (the clients). */
export const AGES = ['young', 'middle', 'old', 'senior'] as const;
export const FACES = ['oval', 'round', 'long', 'square'] as const;
/** collar: open shirt; crew: sweater; blazer: jacket over a shirt; tunic: care uniform; cardigan: over a top. */
export const CLOTHES = ['collar', 'crew', 'blazer', 'tunic', 'cardigan'] as const;
export const FRAMES = ['soft', 'round', 'bold'] as const;

export interface PortraitSpec {
  skin: string;
  /** Hair colour; for 'hijab' this is the colour of the headscarf. */
  hair: string;
  hairStyle: (typeof HAIR_STYLES)[number];
  /** The colour of the outer garment (for a blazer: the jacket). */
  shirt: string;
  glasses: boolean;
  beard: boolean;
  age: (typeof AGES)[number];
  face?: (typeof FACES)[number];
  clothes?: (typeof CLOTHES)[number];
  frames?: (typeof FRAMES)[number];
}

export type FullSpec = Required<PortraitSpec>;

const DEFAULTS = { skin: '#d8a27c', hair: '#4a3426', shirt: '#5f7f9e' } as const;
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;
const colour = (value: unknown, fallback: string): string =>
  typeof value === 'string' && HEX.test(value) ? value.toLowerCase() : fallback;

/** Coerce untrusted input (scenario YAML) into a fully valid spec: only known words and hex colours pass. */
export function normalise(spec: PortraitSpec): FullSpec {
  const s = (spec ?? {}) as Partial<PortraitSpec>;
  return {
    skin: colour(s.skin, DEFAULTS.skin),
    hair: colour(s.hair, DEFAULTS.hair),
    shirt: colour(s.shirt, DEFAULTS.shirt),
    hairStyle: oneOf(HAIR_STYLES, s.hairStyle, 'short'),
    age: oneOf(AGES, s.age, 'middle'),
    face: oneOf(FACES, s.face, 'oval'),
    clothes: oneOf(CLOTHES, s.clothes, 'collar'),
    frames: oneOf(FRAMES, s.frames, 'soft'),
    glasses: s.glasses === true,
    beard: s.beard === true,
  };
}
