/**
 * The control room of a live team game: every team's phase, quarter, value triad and key
 * indicators as they play; hold all teams at the end of a quarter and release them together; and
 * the comparison of the teams' verified results, which arrive by themselves — fed into the
 * facilitator's comparison view (src/ui/facilitator) as if their codes had been pasted.
 */
import type { Host } from '../../live/host';
import type { ScenarioBundle } from '../../view';
import { SAVED_KEY } from '../../view/facilitator-saved';
import { roomModel } from '../../view/live-room';
import { button, h } from '../dom';
import { scroller } from '../facilitator/chart';

export function mountControlRoom(root: HTMLElement, hst: Host, bundle: ScenarioBundle): void {
  const summary = h('p', { class: 'live-room__samenvatting', id: 'live__stand', role: 'status' });
  const holdState = h('p', { class: 'live-room__hold', id: 'live__hold-stand' });
  const quarter = h('select', { id: 'live__hold-kwartaal' });
  const problem = h('p', { class: 'form__fout', role: 'alert', hidden: true });
  const table = h('div', {});
  const act = async (control: Parameters<Host['control']>[0]) => {
    const message = await hst.control(control);
    problem.hidden = !message;
    problem.textContent = message ?? '';
  };
  const hold = button('Alle teams vasthouden', () => void act({ action: 'hold', quarter: Number(quarter.value) }), {
    class: 'btn btn--primary',
    id: 'live__vasthouden',
  });
  const release = button('Alle teams vrijgeven', () => void act({ action: 'release' }), {
    class: 'btn btn--primary',
    id: 'live__vrijgeven',
  });

  const compareBox = h('div', { class: 'live-room__vergelijking', id: 'live__vergelijking' });
  const compareButton = button('Resultaten vergelijken', () => void compare(), {
    class: 'btn',
    id: 'live__vergelijk',
  });
  let compared = 0;
  /** Opens the comparison with the latest verified result of every team (interim or final). */
  const compare = async () => {
    const results = Object.values(hst.state.results);
    if (!results.length) return;
    compared = results.length;
    const { mountFacilitator } = await import('../facilitator/view');
    // The comparison shows this session's teams, each by its latest result: what it kept from
    // before (a reload restores it) makes way, so a team's newer result replaces its older one.
    forgetKeptComparison();
    draw();
    await mountFacilitator(compareBox, () => compareBox.replaceChildren()).addResults(
      results.map((r) => r.resultCode),
      'Live-sessie',
    );
  };

  const draw = () => {
    const s = hst.state.session;
    if (!s) return;
    const m = roomModel(bundle, s.length, s.teams, s.hold);
    summary.textContent = m.summary;
    holdState.textContent = m.hold ?? 'Teams spelen in hun eigen tempo.';
    hold.hidden = !!s.hold;
    release.hidden = !s.hold;
    quarter.disabled = !!s.hold;
    if (quarter.options.length !== m.quarters.length)
      quarter.replaceChildren(...m.quarters.map((q) => h('option', { value: q }, `kwartaal ${q}`)));
    if (document.activeElement !== quarter && !s.hold) quarter.value = String(m.holdDefault);
    if (s.hold) quarter.value = String(s.hold.quarter);
    const count = Object.keys(hst.state.results).length;
    compareButton.disabled = count === 0;
    compareButton.textContent =
      count === 0
        ? 'Resultaten vergelijken (nog geen resultaten)'
        : count === compared
          ? `Vergelijking bijwerken (${count} ${count === 1 ? 'resultaat' : 'resultaten'})`
          : `Resultaten vergelijken (${count} ${count === 1 ? 'resultaat' : 'resultaten'}${compared ? `, ${count - compared} nieuw` : ''})`;
    table.replaceChildren(
      m.rows.length
        ? scroller(
            'Teams live',
            h(
              'table',
              { class: 'indicators live-room__teams', id: 'live__tabel' },
              h('caption', {}, 'Teams live'),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Team', 'Fase', 'Kwartaal', ...m.triadLabels, ...m.indicatorLabels, 'Resultaat'].map((t) =>
                    h('th', { scope: 'col' }, t),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                m.rows.map((r) =>
                  h(
                    'tr',
                    { class: r.waiting ? 'live-room__wacht' : '' },
                    h('th', { scope: 'row' }, r.name),
                    h('td', {}, r.phase),
                    h('td', {}, r.quarter),
                    r.triad.map((t) => h('td', { class: 'num' }, t.value)),
                    r.indicators.map((t) => h('td', { class: 'num' }, t.value)),
                    h('td', {}, r.result),
                  ),
                ),
              ),
            ),
          )
        : h('p', { class: 'hint' }, 'Nog geen teams. Ze verschijnen hier zodra ze meedoen.'),
    );
  };

  root.replaceChildren(
    h(
      'section',
      { class: 'begeleider__blok live-room', 'aria-labelledby': 'live__room-kop' },
      h('h3', { id: 'live__room-kop' }, 'Regiekamer'),
      summary,
      h(
        'div',
        { class: 'live-room__bediening' },
        holdState,
        h('label', { for: 'live__hold-kwartaal' }, 'Vasthouden aan het eind van'),
        quarter,
        hold,
        release,
      ),
      problem,
      table,
    ),
    h(
      'section',
      { class: 'begeleider__blok', 'aria-labelledby': 'live__vergelijking-kop' },
      h('h3', { id: 'live__vergelijking-kop' }, 'Vergelijking'),
      h(
        'p',
        { class: 'hint' },
        'Elk team stuurt aan het eind van elk kwartaal een tussenstand en aan het eind zijn resultaat. De server speelt elk resultaat opnieuw af voordat het telt; hier komt het in de vergelijking.',
      ),
      compareButton,
      compareBox,
    ),
  );
  hst.onChange(draw);
  draw();
}

function forgetKeptComparison(): void {
  try {
    localStorage.removeItem(SAVED_KEY);
  } catch {
    // No storage: nothing was kept.
  }
}
