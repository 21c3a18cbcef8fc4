/**
 * Composing a dilemma session: the discussion time, a ready-made set, a set the facilitator
 * saved before (kept in this browser), or 3–8 dilemmas picked by hand and put in order, which
 * can be saved as an own set for a next session — no file to edit, nothing to rebuild.
 */
import type { ScenarioBundle } from '../../view';
import { type OwnSet, removeOwnSet, saveOwnSet } from '../../view/dilemma-keep';
import {
  type Composed,
  composeByHand,
  composeFromSet,
  MAX_DILEMMAS,
  MIN_DILEMMAS,
  movePick,
  togglePick,
} from '../../view/dilemma-session';
import { button, h } from '../dom';
import { personName, plural } from './frame';

export interface ChooseCtx {
  bundle: ScenarioBundle;
  /** Where the screen starts; it keeps its own state from there and reports each change. */
  picks: readonly string[];
  minutes: number;
  ownSets: readonly OwnSet[];
  setPicks: (picks: string[]) => void;
  setMinutes: (minutes: number) => void;
  /** Keeps the own sets; false when the browser refuses to store them. */
  saveSets: (sets: OwnSet[]) => boolean;
  start: (c: Composed, showError: (message: string) => void) => void;
  leave: () => void;
}

export function chooseScreen(c: ChooseCtx): HTMLElement {
  const data = c.bundle.dilemmas;
  let picks = [...c.picks];
  let sets = [...c.ownSets];
  const pick = (next: string[]) => {
    picks = next;
    c.setPicks(next);
  };
  const title = (id: string) => data.dilemmas.find((d) => d.id === id)?.title ?? id;
  const error = h('p', { class: 'form__fout dilemma__fout', role: 'alert', tabindex: -1, hidden: true });
  const showError = (message: string) => {
    error.hidden = false;
    error.textContent = message;
    error.focus();
  };
  const minutesField = h('input', {
    type: 'number',
    id: 'dilemma__minuten',
    min: 1,
    max: 60,
    step: 1,
    value: c.minutes,
    inputmode: 'numeric',
    'aria-describedby': 'dilemma__minuten-uitleg',
    oninput: (e: Event) => {
      const v = Number((e.target as HTMLInputElement).value);
      if (Number.isFinite(v) && v >= 1 && v <= 60) c.setMinutes(Math.round(v));
    },
  });

  const setItem = (heading: string, summary: string | null, ids: readonly string[], ...buttons: Node[]) =>
    h(
      'li',
      { class: 'dilemma-set' },
      h('h4', { class: 'dilemma-set__titel' }, heading),
      summary ? h('p', {}, summary) : null,
      h(
        'ol',
        { class: 'dilemma-set__lijst' },
        ids.map((id) => h('li', {}, title(id))),
      ),
      ...buttons,
    );
  const readyMade = h(
    'ul',
    { class: 'dilemma-sets' },
    data.sets.map((set) =>
      setItem(
        set.title,
        set.summary,
        set.dilemmas,
        button(`Start de set ${set.title}`, () => c.start(composeFromSet(data, set.id), showError), {
          class: 'btn btn--primary',
          id: `set-${set.id}`,
        }),
      ),
    ),
  );

  const ownList = h('ul', { class: 'dilemma-sets', id: 'eigen-sets' });
  const ownStatus = h('p', { class: 'dilemma-eigen-sets__status', role: 'status' });
  const renderOwn = () => {
    ownList.replaceChildren(
      ...(sets.length
        ? sets.map((set, i) =>
            setItem(
              set.name,
              null,
              set.ids,
              h(
                'span',
                { class: 'dilemma-set__knoppen' },
                button(`Start ${set.name}`, () => c.start(composeByHand(data, set.ids), showError), {
                  class: 'btn btn--primary',
                  id: `eigen-set-${i}`,
                }),
                button(
                  'Verwijder',
                  () => {
                    const next = removeOwnSet(sets, set.name);
                    if (!c.saveSets(next)) return showError('Deze browser bewaart niets; de set blijft staan.');
                    sets = next;
                    ownStatus.textContent = `De set ${set.name} is verwijderd.`;
                    renderOwn();
                  },
                  { class: 'btn btn--ghost', 'aria-label': `Verwijder de set ${set.name}` },
                ),
              ),
            ),
          )
        : [h('li', { class: 'dilemma-volgorde__leeg' }, 'Nog geen eigen sets in deze browser.')]),
    );
  };
  renderOwn();

  const count = h('p', { class: 'dilemma-kies__aantal', id: 'dilemma__aantal', 'aria-live': 'polite' });
  const order = h('ol', { class: 'dilemma-volgorde', id: 'dilemma__volgorde', 'aria-labelledby': 'volgorde__kop' });
  const renderOrder = (focus?: { id: string; dir: 'eerder' | 'later' }) => {
    count.textContent = `${plural(picks.length, 'dilemma', "dilemma's")} gekozen; een sessie heeft er ${MIN_DILEMMAS} tot ${MAX_DILEMMAS}.`;
    if (!picks.length) {
      order.replaceChildren(h('li', { class: 'dilemma-volgorde__leeg' }, 'Nog niets gekozen.'));
      return;
    }
    order.replaceChildren(
      ...picks.map((id, i) => {
        const move = (dir: 'eerder' | 'later') => () => {
          pick(movePick(picks, id, dir === 'eerder' ? -1 : 1));
          renderOrder({ id, dir });
        };
        const name = title(id);
        return h(
          'li',
          { class: 'dilemma-volgorde__item' },
          h('span', { class: 'dilemma-volgorde__titel' }, name),
          h(
            'span',
            { class: 'dilemma-volgorde__knoppen' },
            button('Eerder', move('eerder'), {
              class: 'btn btn--klein',
              id: `volgorde-${id}-eerder`,
              'aria-label': `Eerder: ${name}`,
              disabled: i === 0,
            }),
            button('Later', move('later'), {
              class: 'btn btn--klein',
              id: `volgorde-${id}-later`,
              'aria-label': `Later: ${name}`,
              disabled: i === picks.length - 1,
            }),
          ),
        );
      }),
    );
    if (focus) {
      const same = order.querySelector<HTMLButtonElement>(`#volgorde-${focus.id}-${focus.dir}`);
      const other = order.querySelector<HTMLButtonElement>(
        `#volgorde-${focus.id}-${focus.dir === 'eerder' ? 'later' : 'eerder'}`,
      );
      (same && !same.disabled ? same : other)?.focus();
    }
  };
  renderOrder();

  const boxes = h(
    'fieldset',
    { class: 'dilemma-kies' },
    h('legend', {}, `Kies ${MIN_DILEMMAS} tot ${MAX_DILEMMAS} dilemma's`),
    h(
      'ul',
      { class: 'dilemma-kies__lijst' },
      data.dilemmas.map((d) => {
        const who = d.people
          .map((p) => personName(c.bundle, p))
          .filter(Boolean)
          .join(', ');
        return h(
          'li',
          { class: 'dilemma-kies__item' },
          h('input', {
            type: 'checkbox',
            id: `kies-${d.id}`,
            name: 'dilemma',
            value: d.id,
            checked: picks.includes(d.id),
            'aria-describedby': who ? `kies-${d.id}-wie` : null,
            onchange: (e: Event) => {
              pick(togglePick(picks, d.id, (e.target as HTMLInputElement).checked));
              error.hidden = true;
              renderOrder();
            },
          }),
          h('label', { for: `kies-${d.id}` }, d.title),
          who ? h('span', { class: 'dilemma-kies__wie', id: `kies-${d.id}-wie` }, `Met ${who}`) : null,
        );
      }),
    ),
  );

  const setName = h('input', { type: 'text', id: 'set__naam', maxlength: 80, autocomplete: 'off' });
  const saveSet = () => {
    const saved = saveOwnSet(sets, setName.value, picks, data);
    if (!saved.ok) return showError(saved.message);
    if (!c.saveSets(saved.sets)) return showError('Deze browser bewaart niets (opslag vol of geblokkeerd).');
    sets = saved.sets;
    error.hidden = true;
    ownStatus.textContent = `Bewaard als ${setName.value.trim()}; de set staat hierboven bij Uw eigen sets.`;
    setName.value = '';
    renderOwn();
  };

  return h(
    'section',
    { class: 'dilemma-scherm dilemma-scherm--kiezen', 'aria-labelledby': 'dilemma__kop' },
    h('h2', { id: 'dilemma__kop', tabindex: -1 }, 'Dilemmasessie'),
    h(
      'p',
      { class: 'dilemma__intro' },
      `Twintig tot vijfenveertig minuten met uw team over een paar scherpe dilemma's uit ${c.bundle.scenario.title}. Per dilemma ziet de zaal de situatie en de opties, stemt en praat erover, en ziet daarna wat elke optie in het model in gang zette, welke echte gevallen erachter zitten en hoe organisaties in de sector kozen.`,
    ),
    h(
      'p',
      { class: 'dilemma-minuten' },
      h('label', { for: 'dilemma__minuten' }, 'Bespreektijd per dilemma (minuten)'),
      minutesField,
      h(
        'span',
        { class: 'hint', id: 'dilemma__minuten-uitleg' },
        'De klok helpt alleen; u kunt hem pauzeren, verlengen en inkorten, en er gebeurt niets vanzelf als hij afloopt.',
      ),
    ),
    error,
    h(
      'div',
      { class: 'dilemma-kiezen' },
      h(
        'section',
        { class: 'dilemma-kiezen__sets', 'aria-labelledby': 'sets__kop' },
        h('h3', { id: 'sets__kop' }, 'Een kant-en-klare set'),
        readyMade,
        h('h3', { id: 'eigen-sets__kop' }, 'Uw eigen sets'),
        ownList,
        ownStatus,
      ),
      h(
        'section',
        { class: 'dilemma-kiezen__zelf', 'aria-labelledby': 'zelf__kop' },
        h('h3', { id: 'zelf__kop' }, 'Of stel zelf een sessie samen'),
        boxes,
        h('h4', { id: 'volgorde__kop' }, 'Volgorde in de sessie'),
        count,
        order,
        button('Start mijn sessie', () => c.start(composeByHand(data, picks), showError), {
          class: 'btn btn--primary',
          id: 'dilemma__start',
        }),
        h(
          'p',
          { class: 'dilemma-set-bewaren' },
          h('label', { for: 'set__naam' }, 'Naam voor deze volgorde'),
          setName,
          button('Bewaar als eigen set', saveSet, { class: 'btn', id: 'set__bewaar' }),
        ),
      ),
    ),
    h('div', { class: 'actions' }, button('Terug naar het titelscherm', c.leave, { class: 'btn btn--ghost' })),
  );
}
