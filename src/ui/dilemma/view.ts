/**
 * The dilemma session on the big screen. A facilitator composes a session (a ready-made set, or
 * 3–8 dilemmas by hand, in order), then runs each dilemma: the situation with the people it
 * concerns → the options, the room's votes and a discussion timer → the reveal: what each option
 * set in motion in the model, the real cases behind it and how the sector chose. It closes with a
 * printable summary of the votes. Big type by itself; every step works by keyboard, and its
 * heading receives focus.
 */
import scenario from 'virtual:koers-scenario/het-baken';
import type { Line, ScenarioBundle } from '../../view';
import { casesFor, effectsOf, effectWords, type Opened, openDilemma, otherWords } from '../../view/dilemma-reveal';
import { characterName, personPortrait, portrait, sourceNote } from '../content-dom';
import { button, h, nl } from '../dom';
import { Ticker } from '../timer';
import {
  type Composed,
  clock,
  clockWords,
  composeByHand,
  composeFromSet,
  type DilemmaDef,
  MAX_DILEMMAS,
  MIN_DILEMMAS,
  movePick,
  newSession,
  newTimer,
  parseVotes,
  recordVotes,
  type Session,
  shares,
  summarize,
  togglePick,
  votesFor,
} from './session';

type Step = 'situatie' | 'stemmen' | 'onthulling';
type View =
  | { kind: 'kiezen' }
  | { kind: 'dilemma'; index: number; step: Step }
  | { kind: 'samenvatting'; upTo: number };

const STEPS: { id: Step; label: string }[] = [
  { id: 'situatie', label: 'Situatie' },
  { id: 'stemmen', label: 'Opties en stemmen' },
  { id: 'onthulling', label: 'Wat het deed' },
];
const DEFAULT_MINUTES = 5;
const TIME_UP = 'De bespreektijd is om. Praat gerust verder: er gebeurt niets vanzelf.';
// The virtual module's declaration cannot name its type; say it here.
const bundle: ScenarioBundle = scenario;
const letter = (i: number) => String.fromCharCode(65 + i);
const plural = (n: number, one: string, more: string) => `${nl(n)} ${n === 1 ? one : more}`;

export function mountDilemmaSession(root: HTMLElement, back: () => void): void {
  const data = bundle.dilemmas;
  const frame = h('div', { class: 'dilemma' });
  root.replaceChildren(frame);

  let picks: string[] = [];
  let minutes = DEFAULT_MINUTES;
  let session: Session | null = null;
  /** One discussion timer per dilemma: each keeps its time when the facilitator moves on and back. */
  let timers: Ticker[] = [];
  let view: View = { kind: 'kiezen' };

  const def = (id: string): DilemmaDef => data.dilemmas.find((d) => d.id === id)!;
  const opened = new Map<string, Opened>();
  const open = (id: string): Opened => {
    let o = opened.get(id);
    if (!o) {
      o = openDilemma(bundle, def(id));
      opened.set(id, o);
    }
    return o;
  };

  // --------------------------------------------------------------------------- the timer
  /** Redraws the timer on screen, if there is one. */
  let onTick: (() => void) | null = null;
  const current = () => (view.kind === 'dilemma' ? view.index : -1);
  const stopTimers = () => {
    for (const t of timers) t.dispose();
  };

  // --------------------------------------------------------------------------- navigation
  const go = (next: View) => {
    const i = current();
    onTick = null;
    if (i >= 0 && timers[i]?.state.running) timers[i]!.pause();
    view = next;
    frame.replaceChildren(render());
    window.scrollTo?.(0, 0);
    root.scrollTop = 0;
    frame.querySelector<HTMLElement>('h2')?.focus();
  };
  const leave = () => {
    stopTimers();
    back();
  };
  const start = (c: Composed, showError: (m: string) => void) => {
    if (!c.ok) return showError(c.message);
    session = newSession(c.ids);
    stopTimers();
    timers = c.ids.map(
      () =>
        new Ticker(minutes, () => {
          if (!frame.isConnected) return stopTimers();
          onTick?.();
        }),
    );
    go({ kind: 'dilemma', index: 0, step: 'situatie' });
  };

  const render = (): HTMLElement => {
    if (view.kind === 'kiezen' || !session) return chooseScreen();
    if (view.kind === 'samenvatting') return summaryScreen(session, view.upTo);
    const { index, step } = view;
    if (step === 'situatie') return situationScreen(session, index);
    if (step === 'stemmen') return voteScreen(session, index);
    return revealScreen(session, index);
  };

  // --------------------------------------------------------------------------- choose
  function chooseScreen(): HTMLElement {
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
      value: minutes,
      inputmode: 'numeric',
      'aria-describedby': 'dilemma__minuten-uitleg',
      oninput: (e: Event) => {
        const v = Number((e.target as HTMLInputElement).value);
        if (Number.isFinite(v) && v >= 1 && v <= 60) minutes = Math.round(v);
      },
    });

    const sets = h(
      'ul',
      { class: 'dilemma-sets' },
      data.sets.map((set) =>
        h(
          'li',
          { class: 'dilemma-set' },
          h('h4', { class: 'dilemma-set__titel' }, set.title),
          h('p', {}, set.summary),
          h(
            'ol',
            { class: 'dilemma-set__lijst' },
            set.dilemmas.map((id) => h('li', {}, def(id)?.title ?? id)),
          ),
          button(`Start de set ${set.title}`, () => start(composeFromSet(data, set.id), showError), {
            class: 'btn btn--primary',
            id: `set-${set.id}`,
          }),
        ),
      ),
    );

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
          const title = def(id).title;
          const move = (dir: 'eerder' | 'later') => () => {
            picks = movePick(picks, id, dir === 'eerder' ? -1 : 1);
            renderOrder({ id, dir });
          };
          return h(
            'li',
            { class: 'dilemma-volgorde__item' },
            h('span', { class: 'dilemma-volgorde__titel' }, title),
            h(
              'span',
              { class: 'dilemma-volgorde__knoppen' },
              button('Eerder', move('eerder'), {
                class: 'btn btn--klein',
                id: `volgorde-${id}-eerder`,
                'aria-label': `Eerder: ${title}`,
                disabled: i === 0,
              }),
              button('Later', move('later'), {
                class: 'btn btn--klein',
                id: `volgorde-${id}-later`,
                'aria-label': `Later: ${title}`,
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
          const who = d.people.map(personName).filter(Boolean).join(', ');
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
                picks = togglePick(picks, d.id, (e.target as HTMLInputElement).checked);
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

    return h(
      'section',
      { class: 'dilemma-scherm dilemma-scherm--kiezen', 'aria-labelledby': 'dilemma__kop' },
      h('h2', { id: 'dilemma__kop', tabindex: -1 }, 'Dilemmasessie'),
      h(
        'p',
        { class: 'dilemma__intro' },
        `Twintig tot vijfenveertig minuten met uw team over een paar scherpe dilemma's uit ${bundle.scenario.title}. Per dilemma ziet de zaal de situatie en de opties, stemt en praat erover, en ziet daarna wat elke optie in het model in gang zette, welke echte gevallen erachter zitten en hoe organisaties in de sector kozen.`,
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
          sets,
        ),
        h(
          'section',
          { class: 'dilemma-kiezen__zelf', 'aria-labelledby': 'zelf__kop' },
          h('h3', { id: 'zelf__kop' }, 'Of stel zelf een sessie samen'),
          boxes,
          h('h4', { id: 'volgorde__kop' }, 'Volgorde in de sessie'),
          count,
          order,
          button('Start mijn sessie', () => start(composeByHand(data, picks), showError), {
            class: 'btn btn--primary',
            id: 'dilemma__start',
          }),
        ),
      ),
      h('div', { class: 'actions' }, button('Terug naar het titelscherm', leave, { class: 'btn btn--ghost' })),
    );
  }

  // --------------------------------------------------------------------------- per dilemma
  function frameFor(s: Session, index: number, step: Step, heading: string, ...body: (Node | null)[]): HTMLElement {
    const n = s.ids.length;
    return h(
      'section',
      { class: `dilemma-scherm dilemma-scherm--${step}`, 'aria-labelledby': 'dilemma__kop' },
      h(
        'div',
        { class: 'dilemma-kop' },
        h('p', { class: 'dilemma-kop__voortgang' }, `Dilemma ${index + 1} van ${n}`),
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
        button('Stoppen en naar de samenvatting', () => go({ kind: 'samenvatting', upTo: index + 1 }), {
          class: 'btn btn--ghost',
          id: 'dilemma__stoppen',
        }),
      ),
    );
  }

  function situationScreen(s: Session, index: number): HTMLElement {
    const d = def(s.ids[index]!);
    const o = open(d.id);
    return frameFor(
      s,
      index,
      'situatie',
      d.title,
      h('div', { class: 'dilemma-situatie' }, h('p', { class: 'dilemma-situatie__tekst' }, d.situation), peopleList(d)),
      o.lines.length ? sceneLines(o.lines) : null,
      o.error ? h('p', { class: 'form__fout', role: 'alert' }, o.error) : null,
      h(
        'div',
        { class: 'actions' },
        button('Naar de opties', () => go({ kind: 'dilemma', index, step: 'stemmen' }), {
          class: 'btn btn--primary btn--groot',
          id: 'dilemma__verder',
        }),
        index > 0
          ? button('Vorig dilemma', () => go({ kind: 'dilemma', index: index - 1, step: 'onthulling' }), {
              class: 'btn',
            })
          : null,
      ),
    );
  }

  function voteScreen(s: Session, index: number): HTMLElement {
    const d = def(s.ids[index]!);
    const o = open(d.id);
    const total = h('p', { class: 'dilemma-opties__totaal', id: 'stemmen__totaal' });
    const showTotal = () => {
      const votes = votesFor(session!, index, o.options.length);
      total.textContent = `Totaal: ${plural(
        votes.reduce((a, b) => a + b, 0),
        'stem',
        'stemmen',
      )}`;
    };
    const bad = new Set<number>();
    const inputs = o.options.map((opt, i) => {
      const err = h('p', { class: 'form__fout dilemma-optie__fout', id: `stem-${i}-fout`, hidden: true });
      const current = votesFor(s, index, o.options.length)[i]!;
      const input = h('input', {
        type: 'number',
        id: `stem-${i}`,
        name: `stem-${i}`,
        class: 'dilemma-optie__stemmen',
        min: 0,
        max: 9999,
        step: 1,
        inputmode: 'numeric',
        value: current > 0 ? current : '',
        'aria-describedby': 'stemmen__uitleg',
      });
      input.addEventListener('input', () => {
        const parsed = input.validity.badInput
          ? ({ ok: false, message: 'Vul een heel getal in, 0 of meer.' } as const)
          : parseVotes(input.value);
        if (parsed.ok) {
          session = recordVotes(session!, index, i, parsed.value);
          bad.delete(i);
          err.hidden = true;
          err.textContent = '';
          input.removeAttribute('aria-invalid');
          input.setAttribute('aria-describedby', 'stemmen__uitleg');
        } else {
          bad.add(i);
          err.hidden = false;
          err.textContent = `Optie ${letter(i)}: ${parsed.message}`;
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', `stemmen__uitleg stem-${i}-fout`);
        }
        showTotal();
      });
      return h(
        'li',
        { class: 'dilemma-optie' },
        h(
          'label',
          { for: `stem-${i}`, class: 'dilemma-optie__tekst' },
          h('span', { class: 'dilemma-optie__letter' }, letter(i)),
          h('span', {}, opt.text),
        ),
        h(
          'span',
          { class: 'dilemma-optie__invoer' },
          input,
          h('span', { class: 'dilemma-optie__eenheid', 'aria-hidden': 'true' }, 'stemmen'),
        ),
        err,
      );
    });
    showTotal();
    const form: HTMLFormElement = h(
      'form',
      {
        id: 'stemmen',
        class: 'dilemma-opties',
        novalidate: true,
        'aria-labelledby': 'dilemma__kop',
        onsubmit: (e: Event) => {
          e.preventDefault();
          const first = [...bad].sort((a, b) => a - b)[0];
          if (first !== undefined) return form.querySelector<HTMLInputElement>(`#stem-${first}`)?.focus();
          go({ kind: 'dilemma', index, step: 'onthulling' });
        },
      },
      h(
        'p',
        { class: 'hint', id: 'stemmen__uitleg' },
        'Aantal stemmen per optie. Leeg telt als 0; stemmen hoeft niet.',
      ),
      h('ol', { class: 'dilemma-opties__lijst' }, inputs),
      total,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'submit', class: 'btn btn--primary btn--groot', id: 'dilemma__onthul' },
          'Onthul wat elke optie deed',
        ),
        button('Terug naar de situatie', () => go({ kind: 'dilemma', index, step: 'situatie' }), { class: 'btn' }),
      ),
    );
    return frameFor(
      s,
      index,
      'stemmen',
      `${d.title}: wat kiest u?`,
      h('p', { class: 'dilemma-situatie__kort' }, d.situation),
      h('div', { class: 'dilemma-stemmen' }, form, timerBox(index)),
    );
  }

  function timerBox(index: number): HTMLElement {
    const ticker = timers[index]!;
    const t = () => ticker.state;
    const display = h('p', { class: 'dilemma-timer__klok', role: 'timer', id: 'timer__klok' }, clock(t().left));
    const status = h('p', { class: 'dilemma-timer__status', id: 'timer__status', 'aria-live': 'polite' });
    const full = newTimer(minutes).left;
    const toggle = button(
      '',
      () => {
        // At zero the same button starts a fresh round; it never disappears from under the focus.
        if (t().left === 0) ticker.reset(minutes);
        if (t().running) ticker.pause();
        else ticker.start();
        say(t().running ? `De klok loopt: nog ${clockWords(t().left)}.` : `Gepauzeerd bij ${clockWords(t().left)}.`);
        show();
      },
      { class: 'btn btn--primary', id: 'timer__start' },
    );
    const box = h('section', { class: 'dilemma-timer', 'aria-labelledby': 'timer__kop' });
    const say = (text: string) => {
      status.textContent = text;
    };
    const show = () => {
      const left = t().left;
      display.textContent = clock(left);
      box.classList.toggle('dilemma-timer--om', left === 0);
      toggle.textContent = t().running
        ? 'Pauzeer'
        : left === 0
          ? `Opnieuw ${minutes} minuten`
          : left === full
            ? 'Start de klok'
            : 'Laat de klok verder lopen';
    };
    const adjust = (secs: number) => () => {
      ticker.adjust(secs);
      say(t().left === 0 ? TIME_UP : `Bespreektijd: nog ${clockWords(t().left)}${t().running ? '' : ', gepauzeerd'}.`);
      show();
    };
    onTick = () => {
      show();
      if (t().left === 0) say(TIME_UP);
    };
    show();
    if (t().left === 0) say(TIME_UP);
    box.append(
      h('h3', { id: 'timer__kop' }, 'Bespreektijd'),
      display,
      h(
        'div',
        { class: 'dilemma-timer__knoppen' },
        toggle,
        button('+1 minuut', adjust(60), { class: 'btn', id: 'timer__plus' }),
        button('−1 minuut', adjust(-60), { class: 'btn', id: 'timer__min' }),
      ),
      status,
    );
    return box;
  }

  function revealScreen(s: Session, index: number): HTMLElement {
    const d = def(s.ids[index]!);
    const o = open(d.id);
    const votes = votesFor(s, index, o.options.length);
    const pct = shares(votes);
    const total = votes.reduce((a, b) => a + b, 0);
    const most = Math.max(0, ...votes);
    const evidence = casesFor(bundle, d);
    const last = index === s.ids.length - 1;
    const outcomes = h(
      'ol',
      { class: 'dilemma-uitkomsten' },
      o.options.map((opt, i) => {
        const effects = effectsOf(opt.commands).map((e) => effectWords(bundle, e));
        const other = otherWords(bundle, opt.commands);
        const top = most > 0 && votes[i] === most;
        return h(
          'li',
          { class: top ? 'dilemma-uitkomst dilemma-uitkomst--meeste' : 'dilemma-uitkomst' },
          h(
            'h3',
            { class: 'dilemma-uitkomst__optie' },
            h('span', { class: 'dilemma-optie__letter' }, letter(i)),
            h('span', {}, opt.text),
          ),
          h(
            'p',
            { class: 'dilemma-uitkomst__stemmen' },
            total
              ? `${plural(votes[i]!, 'stem', 'stemmen')} · ${pct[i]}%${top ? ' · meeste stemmen' : ''}`
              : 'Niet gestemd',
          ),
          total
            ? h(
                'div',
                { class: 'dilemma-balk', 'aria-hidden': 'true' },
                h('span', { class: 'dilemma-balk__vulling', style: `width: ${pct[i]}%` }),
              )
            : null,
          h('h4', { class: 'dilemma-uitkomst__kop' }, 'In het model'),
          effects.length
            ? h(
                'ul',
                { class: 'dilemma-gevolgen' },
                effects.map((w) =>
                  h(
                    'li',
                    { class: w.good ? 'dilemma-gevolg dilemma-gevolg--goed' : 'dilemma-gevolg dilemma-gevolg--slecht' },
                    h('span', { class: 'dilemma-gevolg__symbool', 'aria-hidden': 'true' }, w.symbol),
                    h('span', {}, w.text),
                  ),
                ),
              )
            : h('p', { class: 'dilemma-gevolg--geen' }, 'Geen direct gevolg in de cijfers.'),
          other.map((t) => h('p', { class: 'dilemma-uitkomst__onthoudt' }, t)),
        );
      }),
    );
    return frameFor(
      s,
      index,
      'onthulling',
      `${d.title}: wat elke optie deed`,
      h(
        'p',
        { class: 'hint dilemma-onthulling__uitleg' },
        'Gerekend vanuit de beginsituatie van Het Baken. ▲ is omhoog, ▼ is omlaag; of dat gunstig is, staat erbij. In het spel hangt een deel van de gevolgen ook af van eerdere keuzes.',
      ),
      outcomes,
      h(
        'div',
        { class: 'dilemma-bewijs' },
        evidence.length
          ? h(
              'section',
              { class: 'dilemma-bewijs__gevallen', 'aria-labelledby': 'gevallen__kop' },
              h('h3', { id: 'gevallen__kop' }, 'Echte gevallen'),
              h(
                'ul',
                { class: 'dilemma-gevallen' },
                evidence.map((e) =>
                  h(
                    'li',
                    { class: 'dilemma-geval' },
                    h('h4', { class: 'dilemma-geval__naam' }, e.case),
                    h('p', {}, e.text),
                    sourceNote(e.source),
                  ),
                ),
              ),
            )
          : null,
        h(
          'section',
          { class: 'dilemma-bewijs__sector', 'aria-labelledby': 'sector__kop' },
          h('h3', { id: 'sector__kop' }, 'Hoe de sector koos'),
          h('p', {}, d.sector ?? 'De bronnen zeggen niet hoe organisaties hier kozen.'),
          d.sector || d.source.startsWith('extrapolation')
            ? sourceNote(d.source)
            : h('p', { class: 'source' }, `Bron van de situatie: ${d.source}`),
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        button(
          last ? 'Naar de samenvatting' : 'Volgend dilemma',
          () =>
            go(
              last
                ? { kind: 'samenvatting', upTo: s.ids.length }
                : { kind: 'dilemma', index: index + 1, step: 'situatie' },
            ),
          { class: 'btn btn--primary btn--groot', id: 'dilemma__volgende' },
        ),
        button('Terug naar de stemmen', () => go({ kind: 'dilemma', index, step: 'stemmen' }), { class: 'btn' }),
      ),
    );
  }

  // --------------------------------------------------------------------------- summary
  function summaryScreen(s: Session, upTo: number): HTMLElement {
    const rows = summarize(s, data, (id) => open(id).options.map((o) => o.text), upTo);
    const date = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    return h(
      'section',
      { class: 'dilemma-scherm dilemma-scherm--samenvatting', 'aria-labelledby': 'dilemma__kop' },
      h('h2', { id: 'dilemma__kop', tabindex: -1 }, 'Samenvatting van de sessie'),
      h(
        'p',
        { class: 'dilemma__intro' },
        `${bundle.scenario.title} · ${plural(rows.length, 'dilemma', "dilemma's")} · ${date}`,
        upTo < s.ids.length ? ` · gestopt na dilemma ${upTo} van ${s.ids.length}` : '',
      ),
      ...rows.map((row, i) =>
        h(
          'section',
          { class: 'dilemma-samenvatting', 'aria-labelledby': `samenvatting-${i}` },
          h('h3', { id: `samenvatting-${i}` }, `${i + 1}. ${row.title}`),
          h(
            'table',
            { class: 'dilemma-tabel', 'aria-labelledby': `samenvatting-${i}` },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col', class: 'dilemma-cel dilemma-cel--kop' }, 'Optie'),
                h('th', { scope: 'col', class: 'dilemma-cel dilemma-cel--kop dilemma-cel--getal' }, 'Stemmen'),
                h('th', { scope: 'col', class: 'dilemma-cel dilemma-cel--kop dilemma-cel--getal' }, 'Aandeel'),
              ),
            ),
            h(
              'tbody',
              {},
              row.options.map((o, j) => {
                const cell = o.top ? 'dilemma-cel dilemma-cel--meeste' : 'dilemma-cel';
                return h(
                  'tr',
                  {},
                  h(
                    'th',
                    { scope: 'row', class: `${cell} dilemma-cel--optie` },
                    `${letter(j)}. ${o.text}`,
                    o.top ? ' (meeste stemmen)' : '',
                  ),
                  h('td', { class: `${cell} dilemma-cel--getal` }, nl(o.votes)),
                  h('td', { class: `${cell} dilemma-cel--getal` }, row.total ? `${o.share}%` : '–'),
                );
              }),
            ),
            h(
              'tfoot',
              {},
              h(
                'tr',
                {},
                h(
                  'th',
                  { scope: 'row', class: 'dilemma-cel dilemma-cel--totaal' },
                  row.total ? 'Totaal' : 'Totaal (niet gestemd)',
                ),
                h('td', { class: 'dilemma-cel dilemma-cel--totaal dilemma-cel--getal' }, nl(row.total)),
                h('td', { class: 'dilemma-cel dilemma-cel--totaal dilemma-cel--getal' }, row.total ? '100%' : '–'),
              ),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        button('Afdrukken', () => window.print(), { class: 'btn btn--primary', id: 'samenvatting__afdrukken' }),
        button(
          'Nieuwe sessie samenstellen',
          () => {
            session = null;
            go({ kind: 'kiezen' });
          },
          { class: 'btn', id: 'samenvatting__nieuw' },
        ),
        button('Terug naar het titelscherm', leave, { class: 'btn btn--ghost' }),
      ),
    );
  }

  // --------------------------------------------------------------------------- people and scene
  function personName(id: string): string {
    return characterName(bundle, id) || bundle.people.people.find((p) => p.id === id)?.name || '';
  }

  function peopleList(d: DilemmaDef): HTMLElement | null {
    const items = d.people.flatMap((id) => {
      const c = bundle.scenario.characters.find((x) => x.id === id);
      const p = bundle.people.people.find((x) => x.id === id);
      if (!c && !p) return [];
      const img = c ? portrait(bundle, c.id, 160) : p ? personPortrait(bundle, p, 160) : null;
      // The name is written next to the portrait, so the picture itself adds nothing to read out.
      img?.setAttribute('alt', '');
      const role = c ? c.role : p!.kind === 'client' ? `Cliënt, ${p!.age} jaar` : `Medewerker, ${p!.age} jaar`;
      return [
        h(
          'li',
          { class: 'dilemma-persoon' },
          img,
          h(
            'span',
            { class: 'dilemma-persoon__tekst' },
            h('span', { class: 'dilemma-persoon__naam' }, c?.name ?? p!.name),
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

  function sceneLines(lines: Line[]): HTMLElement {
    return h(
      'section',
      { class: 'dilemma-scene', 'aria-labelledby': 'scene__kop' },
      h('h3', { id: 'scene__kop' }, 'Zo gaat het in het spel'),
      h(
        'ul',
        { class: 'dilemma-scene__regels' },
        lines.map((l) => {
          const who = l.speaker ? characterName(bundle, l.speaker) : '';
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

  go({ kind: 'kiezen' });
}
