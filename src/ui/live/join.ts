/**
 * A participant joins a live session: the code (typed, or from the QR link `?live=CODE`) and a
 * team name or nickname — nothing else. Then, by the session's kind, the team's own game with a
 * live status line, or the voting screen. A device that comes back (reload, sleep) finds its seat
 * in storage and goes straight back in.
 */
import type { LiveClient } from '../../live/client';
import type { Participant } from '../../live/participant';
import { JOIN_CODE_LENGTH, MAX_NAME_CHARS, normalizeJoinCode } from '../../live/protocol';
import type { SeatStore } from '../../live/seat-store';
import { saveStorage } from '../../state/save-storage';
import { button, h } from '../dom';
import type { LiveCtx } from './mount';
import { liveGame } from './team-game';
import { voteScreen } from './vote';

export function mountJoin(panel: HTMLElement, ctx: LiveCtx, client: LiveClient, p: Participant, seats: SeatStore) {
  const urlCode = normalizeJoinCode(new URLSearchParams(location.search).get('live') ?? '');
  let entered = false;

  /** Once the session is known: into the team's game, or to the voting screen. */
  const enter = () => {
    const s = p.state.session;
    if (entered || !s || !p.state.seat) return;
    // The session this device was in has ended: it joins afresh.
    if (s.ended) return forget();
    entered = true;
    ctx.remember(s.code);
    if (s.kind === 'dilemma') return voteScreen(panel, ctx, client, p);
    const kept = seats.game();
    const resume = kept?.code === s.code && saveStorage.list().some((x) => x.slot === kept.slot);
    const code = s.code;
    void ctx.start(resume ? { mode: 'resume', slot: kept.slot } : { mode: 'new' }, {
      seed: s.seed,
      length: s.length,
      team: true,
      // The name the team joined with goes into its result code: the comparison names it so.
      name: p.state.seat.name,
      wrap: (inner) => {
        seats.setGame({ code, slot: saveStorage.current });
        return liveGame(inner, p, client, ctx.liveLine, ctx.store);
      },
    });
  };
  p.onChange(enter);

  const error = h('p', { class: 'form__fout', role: 'alert', tabindex: -1, hidden: true });
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    error.focus();
  };
  const code = h('input', {
    type: 'text',
    id: 'meedoen__code',
    class: 'live-code-input',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    value: urlCode,
    'aria-describedby': 'meedoen__code-uitleg',
  });
  const name = h('input', {
    type: 'text',
    id: 'meedoen__naam',
    autocomplete: 'nickname',
    maxlength: MAX_NAME_CHARS,
    'aria-describedby': 'meedoen__naam-uitleg',
  });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary', id: 'meedoen__start' }, 'Meedoen');
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'form',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const c = normalizeJoinCode(code.value);
        if (c.length !== JOIN_CODE_LENGTH)
          return fail(`Een code bestaat uit ${JOIN_CODE_LENGTH} tekens, zoals op het grote scherm staat.`);
        if (!name.value.trim()) return fail('Vul een teamnaam of uw voornaam in.');
        if (client.status !== 'verbonden')
          return fail(
            'Er is nu geen verbinding met de live server. Probeer het zo opnieuw, of speel zonder live sessie: kies op het titelscherm "Nieuw spel".',
          );
        submit.disabled = true;
        const problem = await p.join(c, name.value);
        submit.disabled = false;
        if (problem) fail(problem);
        else enter();
      },
    },
    h('label', { for: 'meedoen__code', class: 'code__label' }, 'Code van het grote scherm'),
    h(
      'p',
      { class: 'hint', id: 'meedoen__code-uitleg' },
      'Zes tekens, bijvoorbeeld KX4 7PA. Hoofdletters zijn niet nodig.',
    ),
    code,
    h('label', { for: 'meedoen__naam', class: 'code__label' }, 'Teamnaam of voornaam'),
    h(
      'p',
      { class: 'hint', id: 'meedoen__naam-uitleg' },
      `Zo ziet de begeleider u in de lijst; hoogstens ${MAX_NAME_CHARS} tekens. Meer vragen we niet.`,
    ),
    name,
    error,
    submit,
  );
  // A link to another session than the one this device was in: the old seat is let go.
  if (urlCode && p.state.seat && p.state.seat.code !== urlCode) p.leave();
  const stored = p.state.seat;
  // Without a server a returning team still has its game: it plays on and reports when it can.
  const offline = button(
    'Zonder live verbinding verder spelen',
    () => {
      entered = true;
      const kept = seats.game();
      if (kept)
        void ctx.start(
          { mode: 'resume', slot: kept.slot },
          { wrap: (inner) => liveGame(inner, p, client, ctx.liveLine, ctx.store) },
        );
    },
    { class: 'btn btn--primary', id: 'meedoen__lokaal', hidden: true },
  );
  const forget = () => {
    p.leave();
    seats.setGame(null);
    for (const el of panel.querySelectorAll('#meedoen__terug, #meedoen__anders, #meedoen__lokaal')) el.remove();
  };
  const showOffline = () => {
    offline.hidden = !(client.status === 'onbereikbaar' && stored && seats.game()?.code === stored.code);
  };
  client.onStatus(showOffline);
  const returning = stored && (!urlCode || urlCode === stored.code);
  panel.replaceChildren(
    h(
      'section',
      { class: 'setup live-join', 'aria-labelledby': 'meedoen__kop' },
      h('h2', { id: 'meedoen__kop', tabindex: -1 }, 'Meedoen met een live sessie'),
      returning
        ? h(
            'p',
            { class: 'notice notice--info', id: 'meedoen__terug', role: 'status' },
            `U doet mee als ${stored.name} in sessie ${stored.code}. Even geduld: de verbinding wordt hersteld…`,
          )
        : null,
      returning ? offline : null,
      form,
      returning
        ? button(
            'Met een andere code of naam meedoen',
            () => {
              forget();
              code.focus();
            },
            { class: 'btn', id: 'meedoen__anders' },
          )
        : null,
      button('Terug naar het titelscherm', ctx.back, { class: 'btn' }),
    ),
  );
  (urlCode ? name : code).focus();
  // A device that was in this session already goes straight back in once the server answers.
  enter();
}
