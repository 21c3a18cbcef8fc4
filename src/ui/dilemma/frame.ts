/**
 * What every step of a dilemma shares: the context the step screens get from the session view
 * (view.ts), the frame with progress, steps and "stop", and the people and scene of a dilemma.
 */
import type { Line, ScenarioBundle } from '../../view';
import type { Place, Step } from '../../view/dilemma-keep';
import type { Opened } from '../../view/dilemma-reveal';
import type { DilemmaDef, Session } from '../../view/dilemma-session';
import { characterName, personPortrait, portrait } from '../content-dom';
import { button, h, nl } from '../dom';
import type { Ticker } from '../timer';

/** What the step screens read and do; the session view owns the state behind it. */
export interface Ctx {
  bundle: ScenarioBundle;
  session: Session;
  minutes: number;
  def: (id: string) => DilemmaDef;
  open: (id: string) => Opened;
  timer: (index: number) => Ticker;
  /** Replaces the session (and keeps it across a reload); the screen is not redrawn. */
  update: (next: Session) => void;
  go: (next: Place) => void;
  /** Redraws the timer on screen each tick; the timer box registers itself. */
  onTick: (draw: (() => void) | null) => void;
  leave: () => void;
}

const STEPS: { id: Step; label: string }[] = [
  { id: 'situatie', label: 'Situatie' },
  { id: 'stemmen', label: 'Opties en stemmen' },
  { id: 'onthulling', label: 'Wat het deed' },
];

export const plural = (n: number, one: string, more: string) => `${nl(n)} ${n === 1 ? one : more}`;

export function stepFrame(c: Ctx, index: number, step: Step, heading: string, ...body: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: `dilemma-scherm dilemma-scherm--${step}`, 'aria-labelledby': 'dilemma__kop' },
    h(
      'div',
      { class: 'dilemma-kop' },
      h('p', { class: 'dilemma-kop__voortgang' }, `Dilemma ${index + 1} van ${c.session.ids.length}`),
      h(
        'ol',
        { class: 'dilemma-stappen', 'aria-label': 'Stappen van dit dilemma' },
        STEPS.map((st, i) =>
          h(
            'li',
            {
              class: st.id === step ? 'dilemma-stap dilemma-stap--nu' : 'dilemma-stap',
              'aria-current': st.id === step ? 'step' : null,
            },
            h('span', { class: 'dilemma-stap__nr', 'aria-hidden': 'true' }, String(i + 1)),
            ` ${st.label}`,
          ),
        ),
      ),
    ),
    h('h2', { id: 'dilemma__kop', tabindex: -1 }, heading),
    ...body,
    h(
      'div',
      { class: 'actions dilemma-stoppen' },
      button('Stoppen en naar de samenvatting', () => c.go({ kind: 'samenvatting', upTo: index + 1 }), {
        class: 'btn btn--ghost',
        id: 'dilemma__stoppen',
      }),
    ),
  );
}

export function personName(b: ScenarioBundle, id: string): string {
  return characterName(b, id) || b.people.people.find((p) => p.id === id)?.name || '';
}

export function peopleList(b: ScenarioBundle, d: DilemmaDef): HTMLElement | null {
  const items = d.people.flatMap((id) => {
    const c = b.scenario.characters.find((x) => x.id === id);
    const p = b.people.people.find((x) => x.id === id);
    const img = c ? portrait(b, c.id, 160) : p ? personPortrait(b, p, 160) : null;
    const name = c?.name ?? p?.name;
    if (!img || !name) return [];
    // The name is written next to the portrait, so the picture itself adds nothing to read out.
    img.setAttribute('alt', '');
    const role = c ? c.role : `${p?.kind === 'client' ? 'Cliënt' : 'Medewerker'}, ${p?.age} jaar`;
    return [
      h(
        'li',
        { class: 'dilemma-persoon' },
        img,
        h(
          'span',
          { class: 'dilemma-persoon__tekst' },
          h('span', { class: 'dilemma-persoon__naam' }, name),
          h('span', { class: 'dilemma-persoon__rol' }, role),
        ),
      ),
    ];
  });
  if (!items.length) return null;
  return h(
    'section',
    { class: 'dilemma-mensen', 'aria-labelledby': 'mensen__kop' },
    h('h3', { id: 'mensen__kop', class: 'sr-only' }, 'Om wie het gaat'),
    h('ul', { class: 'dilemma-mensen__lijst' }, items),
  );
}

export function sceneLines(b: ScenarioBundle, lines: readonly Line[]): HTMLElement {
  return h(
    'section',
    { class: 'dilemma-scene', 'aria-labelledby': 'scene__kop' },
    h('h3', { id: 'scene__kop' }, 'Zo gaat het in het spel'),
    h(
      'ul',
      { class: 'dilemma-scene__regels' },
      lines.map((l) => {
        const who = l.speaker ? characterName(b, l.speaker) : '';
        return h(
          'li',
          { class: who ? 'dilemma-scene__regel dilemma-scene__regel--spreker' : 'dilemma-scene__regel' },
          who ? h('span', { class: 'dilemma-scene__wie' }, `${who}: `) : null,
          l.text,
        );
      }),
    ),
  );
}

/** The situation: what the room reads first, with the people and the scene from the game. */
export function situationScreen(c: Ctx, index: number): HTMLElement {
  const d = c.def(c.session.ids[index] ?? '');
  const o = c.open(d.id);
  return stepFrame(
    c,
    index,
    'situatie',
    d.title,
    h(
      'div',
      { class: 'dilemma-situatie' },
      h('p', { class: 'dilemma-situatie__tekst' }, d.situation),
      peopleList(c.bundle, d),
    ),
    o.lines.length ? sceneLines(c.bundle, o.lines) : null,
    o.error ? h('p', { class: 'form__fout', role: 'alert' }, o.error) : null,
    h(
      'div',
      { class: 'actions' },
      button('Naar de opties', () => c.go({ kind: 'dilemma', index, step: 'stemmen' }), {
        class: 'btn btn--primary btn--groot',
        id: 'dilemma__verder',
      }),
      index > 0
        ? button('Vorig dilemma', () => c.go({ kind: 'dilemma', index: index - 1, step: 'onthulling' }), {
            class: 'btn',
          })
        : null,
    ),
  );
}
