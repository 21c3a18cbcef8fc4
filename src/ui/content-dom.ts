/**
 * DOM builders over scenario content (not game state) for the workshop views — the dilemma
 * session and the facilitator's comparison — which build their DOM with `h` rather than templates.
 */
import { portraitDataUrl } from '../art/portrait';
import type { ScenarioBundle } from '../view';
import { face, personFace } from '../view/common';
import { sourceText } from '../view/format';
import { h } from './dom';

export { characterName, fmt } from '../view/format';

type Person = ScenarioBundle['people']['people'][number];

const img = (f: { name: string; spec: Parameters<typeof portraitDataUrl>[0] } | null, size: number) =>
  f
    ? h('img', {
        class: 'portrait',
        src: portraitDataUrl(f.spec, size),
        width: size,
        height: size,
        alt: `Portret van ${f.name}`,
      })
    : null;

export const portrait = (b: ScenarioBundle, who: string | undefined, size = 96) => img(face(b, who), size);
export const personPortrait = (b: ScenarioBundle, p: Person, size = 56) => img(personFace(b, p), size);
export const sourceNote = (source: string) => h('p', { class: 'source' }, sourceText(source));
