/**
 * A live dilemma session on the big screen: the dilemma and its options; the facilitator opens the
 * vote (optionally a first, individual vote, then the vote after the discussion), sees how many
 * have voted — never the tally until revealing it —, types the room's arguments, and moves on.
 * It ends with a summary of every dilemma's votes and arguments, printable and as CSV.
 */
import type { Host } from '../../live/host';
import type { VoteStage } from '../../live/protocol';
import type { ScenarioBundle } from '../../view';
import { countsFor, type LiveDilemma, liveDilemmaCsv, sessionDilemmas } from '../../view/live-dilemma';
import { button, h, nl } from '../dom';
import { download } from '../download';
import { tallyList } from './tally';

const ARGUMENTS_MS = 600;
const STAGE_TITLE: Record<VoteStage, string> = { individual: 'Eerste stem (individueel)', team: 'Stem na het gesprek' };
const letter = (i: number) => String.fromCharCode(65 + i);

export function mountDilemmaHost(root: HTMLElement, hst: Host, bundle: ScenarioBundle): void {
  const main = h('section', { class: 'begeleider__blok live-dilemma', 'aria-labelledby': 'live__dilemma-kop' });
  const problem = h('p', { class: 'form__fout', role: 'alert', hidden: true });
  const counter = h('p', { class: 'live-dilemma__teller', id: 'live__gestemd', role: 'status' });
  const notes = new Map<string, HTMLTextAreaElement>();
  let summary = false;
  let drawn = '';

  const act = async (control: Parameters<Host['control']>[0]) => {
    const message = await hst.control(control);
    problem.hidden = !message;
    problem.textContent = message ?? '';
  };
  const dilemmas = (): LiveDilemma[] => sessionDilemmas(bundle, hst.state.session?.dilemmas ?? []);

  /** The facilitator's notes field for a dilemma: one element per dilemma, kept across redraws. */
  const notesFor = (d: LiveDilemma): HTMLTextAreaElement => {
    let field = notes.get(d.id);
    if (field) return field;
    let timer = 0;
    const save = () => {
      window.clearTimeout(timer);
      void act({ action: 'arguments', question: d.id, text: field!.value });
    };
    field = h('textarea', {
      id: `live__argumenten-${d.id}`,
      class: 'live-dilemma__argumenten',
      rows: 4,
      maxlength: 2000,
      oninput: () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, ARGUMENTS_MS);
      },
      onblur: save,
    });
    field.value = hst.state.session?.arguments[d.id] ?? '';
    notes.set(d.id, field);
    return field;
  };

  const openNext = (d: LiveDilemma, twice: boolean) =>
    act({
      action: 'next',
      question: d.id,
      options: d.options.length,
      stages: twice ? ['individual', 'team'] : ['team'],
    });

  const draw = () => {
    const s = hst.state.session;
    if (!s) return;
    const list = dilemmas();
    const q = s.question;
    const index = q ? list.findIndex((d) => d.id === q.question) : -1;
    const tally = q ? hst.state.tallies[`${q.question}:${q.stage}`] : undefined;
    counter.textContent = q
      ? `${nl(tally?.votes ?? 0)} van ${nl(s.teams.length)} ${s.teams.length === 1 ? 'deelnemer heeft' : 'deelnemers hebben'} gestemd (${STAGE_TITLE[q.stage].toLowerCase()}).`
      : '';
    // The tallies only show once revealed: before that their arrival changes nothing on screen.
    const shown = q?.revealed ? Object.keys(hst.state.tallies).length : '';
    const key = summary ? 'samenvatting' : `${q?.question}:${q?.stage}:${q?.revealed}:${shown}`;
    if (key === drawn) return;
    drawn = key;
    // The notes field is the same element after a redraw: someone typing in it keeps typing.
    const typing = [...notes.values()].find((f) => f === document.activeElement);
    main.replaceChildren(summary ? summaryView(list) : questionView(list, index));
    (typing?.isConnected ? typing : main.querySelector<HTMLElement>('h3'))?.focus();
  };

  const questionView = (list: LiveDilemma[], index: number): HTMLElement => {
    const q = hst.state.session?.question ?? null;
    const d = list[index];
    const next = list[index + 1];
    const twice = h('input', { type: 'checkbox', id: 'live__tweemaal', checked: true });
    const opener = (target: LiveDilemma, label: string) =>
      h(
        'div',
        { class: 'live-dilemma__openen' },
        h(
          'div',
          { class: 'option' },
          twice,
          h('label', { for: 'live__tweemaal' }, 'Eerst een individuele stem, dan een stem na het gesprek'),
        ),
        button(label, () => void openNext(target, twice.checked), { class: 'btn btn--primary', id: 'live__open' }),
      );
    if (!d || !q) {
      const first = list[0];
      return h(
        'div',
        {},
        h('h3', { id: 'live__dilemma-kop', tabindex: -1 }, `${list.length} dilemma’s klaar`),
        h(
          'ol',
          {},
          list.map((x) => h('li', {}, x.title)),
        ),
        first ? opener(first, `Eerste dilemma openen: ${first.title}`) : null,
      );
    }
    const stages = q.stages.filter((st) => hst.state.tallies[`${d.id}:${st}`] || st === q.stage);
    return h(
      'div',
      {},
      h('p', { class: 'live-dilemma__teller' }, `Dilemma ${index + 1} van ${list.length}`),
      h('h3', { id: 'live__dilemma-kop', tabindex: -1 }, d.title),
      h('p', { class: 'live-dilemma__situatie' }, d.situation),
      q.revealed
        ? stages.map((st) => {
            const t = hst.state.tallies[`${d.id}:${st}`];
            return h(
              'section',
              { class: 'live-uitslag', 'aria-label': STAGE_TITLE[st] },
              h('h4', {}, STAGE_TITLE[st]),
              t ? tallyList(d.options, t) : h('p', {}, 'Geen stemmen.'),
            );
          })
        : h(
            'ol',
            { class: 'live-dilemma__opties' },
            d.options.map((text, i) =>
              h('li', {}, h('span', { class: 'live-uitslag__letter' }, letter(i)), ` ${text}`),
            ),
          ),
      q.revealed ? null : counter,
      h(
        'div',
        { class: 'title__actions' },
        !q.revealed && q.stage === 'individual' && q.stages.includes('team')
          ? button('Naar de stem na het gesprek', () => void act({ action: 'stage', stage: 'team' }), {
              class: 'btn',
              id: 'live__fase',
            })
          : null,
        q.revealed
          ? null
          : button('Uitslag tonen', () => void act({ action: 'reveal' }), {
              class: 'btn btn--primary',
              id: 'live__toon',
            }),
      ),
      h('label', { for: `live__argumenten-${d.id}`, class: 'code__label' }, 'Argumenten uit de zaal'),
      notesFor(d),
      q.revealed
        ? next
          ? opener(next, `Volgend dilemma: ${next.title}`)
          : button(
              'Naar de samenvatting',
              () => {
                summary = true;
                draw();
              },
              { class: 'btn btn--primary', id: 'live__samenvatting' },
            )
        : null,
    );
  };

  const summaryView = (list: LiveDilemma[]): HTMLElement => {
    const s = hst.state.session;
    const args = s?.arguments ?? {};
    return h(
      'div',
      { id: 'live__samenvatting-blok' },
      h('h3', { id: 'live__dilemma-kop', tabindex: -1 }, 'Samenvatting van de sessie'),
      list.map((d) => {
        const first = hst.state.tallies[`${d.id}:individual`];
        const team = hst.state.tallies[`${d.id}:team`];
        const a = countsFor(first, d.id, d.options.length);
        const t = countsFor(team, d.id, d.options.length);
        return h(
          'section',
          { class: 'live-samenvatting__dilemma', 'aria-label': d.title },
          h('h4', {}, d.title),
          h(
            'table',
            { class: 'indicators' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Optie'),
                first ? h('th', { scope: 'col' }, 'Eerste stem') : null,
                h('th', { scope: 'col' }, 'Na het gesprek'),
              ),
            ),
            h(
              'tbody',
              {},
              d.options.map((text, i) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, `${letter(i)}. ${text}`),
                  first ? h('td', { class: 'num' }, nl(a[i]!)) : null,
                  h('td', { class: 'num' }, team ? nl(t[i]!) : '—'),
                ),
              ),
            ),
          ),
          args[d.id] ? h('p', { class: 'live-samenvatting__argumenten' }, `Argumenten: ${args[d.id]}`) : null,
        );
      }),
      h(
        'div',
        { class: 'title__actions' },
        button(
          'Samenvatting als CSV',
          () =>
            download(
              'koers-dilemmasessie.csv',
              `\uFEFF${liveDilemmaCsv(list, hst.state.tallies, args)}`,
              'text/csv;charset=utf-8',
            ),
          { class: 'btn btn--primary', id: 'live__csv' },
        ),
        button('Afdrukken', () => window.print(), { class: 'btn' }),
        button(
          'Terug naar het laatste dilemma',
          () => {
            summary = false;
            draw();
          },
          { class: 'btn' },
        ),
      ),
    );
  };

  root.replaceChildren(main, problem);
  hst.onChange(draw);
  draw();
}
