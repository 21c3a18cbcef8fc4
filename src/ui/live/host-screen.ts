/**
 * The facilitator's big screen for a live session: the join code large with a QR code of the join
 * address and the teams that joined, above the control room (team game) or the dilemma runner
 * (dilemma session). A reloaded screen reclaims its session with the secret it kept; a session
 * the server no longer knows, or a server that cannot be reached, is said in Dutch with a way on.
 */
import scenario from 'virtual:koers-scenario';
import type { LiveClient } from '../../live/client';
import type { Host } from '../../live/host';
import type { ScenarioBundle } from '../../view';
import { lengthChoices } from '../../view/lengths';
import { dilemmaSets } from '../../view/live-dilemma';
import { button, h, nl } from '../dom';
import { ask } from '../front/tab-conflict';
import { qrSvg } from '../qr';
import { joinUrl, spacedCode } from './common';
import { mountControlRoom } from './control-room';
import { mountDilemmaHost } from './dilemma-host';
import { hostStart } from './host-start';
import type { LiveCtx } from './mount';

const bundle: ScenarioBundle = scenario;

export function mountHost(panel: HTMLElement, ctx: LiveCtx, hst: Host, client: LiveClient): void {
  const frame = h('div', { class: 'begeleider live-host' });
  panel.replaceChildren(frame);
  let shown = '';

  const show = (key: string, el: HTMLElement) => {
    shown = key;
    frame.replaceChildren(el);
    frame.querySelector<HTMLElement>('h2')?.focus();
  };
  const startOver = () => {
    hst.forget();
    ctx.remember(null);
  };
  const route = () => {
    const s = hst.state;
    if (!s.host) {
      if (shown !== 'start')
        show(
          'start',
          hostStart(
            lengthChoices(bundle),
            dilemmaSets(bundle),
            (c) =>
              client.status === 'verbonden'
                ? hst.create(c)
                : Promise.resolve(
                    'De live server is niet bereikbaar. Zonder server kunt u teams laten spelen met een sessiecode en hun resultaatcodes inlezen (titelscherm: "Resultaten vergelijken").',
                  ),
            ctx.back,
          ),
        );
      return;
    }
    ctx.remember(s.host.code);
    if (s.gone) {
      if (shown !== 'weg')
        show(
          'weg',
          note(
            'Deze live sessie bestaat niet meer',
            `De server kent sessie ${s.host.code} niet (meer): ze is afgelopen of verlopen. Resultaten die al binnen waren, staan niet meer op de server; teams hebben hun eigen spel en resultaatcode nog.`,
            button('Nieuwe live sessie starten', startOver, { class: 'btn btn--primary', id: 'live__opnieuw' }),
            ctx.back,
          ),
        );
      return;
    }
    if (!s.session) {
      const away = client.status === 'onbereikbaar';
      const key = `wacht:${away}`;
      if (shown !== key)
        show(
          key,
          note(
            away ? 'De live server is niet bereikbaar' : `Verbinden met sessie ${spacedCode(s.host.code)}…`,
            away
              ? 'Het scherm probeert het vanzelf opnieuw. Teams die al spelen, spelen gewoon door; hun voortgang komt binnen zodra de server er weer is.'
              : 'Even geduld: de sessie wordt opgehaald.',
            button('Andere sessie starten', startOver, { class: 'btn', id: 'live__andere' }),
            ctx.back,
          ),
        );
      return;
    }
    if (shown === 'sessie') return;
    show('sessie', sessionScreen(s.session.kind, s.host.code));
  };

  /** The screen of a running session; its parts update themselves from the host's state. */
  const sessionScreen = (kind: 'team' | 'dilemma', code: string): HTMLElement => {
    const teams = h('ul', { class: 'live-teams__lijst', id: 'live__teams' });
    const teamsHead = h('h3', { id: 'live__teams-kop' }, 'Teams');
    const body = h('div', { class: 'live-host__inhoud' });
    const drawTeams = () => {
      const list = hst.state.session?.teams ?? [];
      const word = kind === 'team' ? ['team', 'teams'] : ['deelnemer', 'deelnemers'];
      teamsHead.textContent = `Meegedaan: ${nl(list.length)} ${list.length === 1 ? word[0] : word[1]}`;
      teams.replaceChildren(...list.map((t) => h('li', {}, t.name)));
    };
    hst.onChange(drawTeams);
    drawTeams();
    const screen = h(
      'section',
      { class: 'live-host__scherm', 'aria-labelledby': 'live__kop' },
      h(
        'div',
        { class: 'begeleider__kopregel' },
        h('h2', { id: 'live__kop', tabindex: -1 }, kind === 'team' ? 'Live teamspel' : 'Live dilemmasessie'),
        button(
          'Sessie beëindigen',
          async () => {
            const sure = await ask(
              'Sessie beëindigen?',
              'Deelnemers kunnen daarna niet meer meedoen of stemmen, en de resultaten en stemmen staan niet meer op de server. Teams houden hun eigen spel en resultaatcode.',
              'Sessie beëindigen',
              'Doorgaan met de sessie',
            );
            if (!sure) return;
            await hst.control({ action: 'end' });
            startOver();
            ctx.back();
          },
          { class: 'btn btn--ghost', id: 'live__einde' },
        ),
      ),
      h(
        'div',
        { class: 'live-host__meedoen' },
        h(
          'div',
          { class: 'live-host__code' },
          h(
            'p',
            { class: 'live-host__uitleg' },
            'Doe mee: open dit spel en kies "Meedoen met code", of scan de QR-code.',
          ),
          h('p', { class: 'live-host__adres' }, joinUrl(code).replace(/^https?:\/\//, '')),
          h(
            'p',
            { class: 'live-host__joincode', id: 'live__code', 'aria-label': `Code ${code.split('').join(' ')}` },
            spacedCode(code),
          ),
        ),
        qrSvg(joinUrl(code), `QR-code om mee te doen met code ${code}`),
        h('section', { class: 'live-teams', 'aria-labelledby': 'live__teams-kop' }, teamsHead, teams),
      ),
      body,
    );
    if (kind === 'team') mountControlRoom(body, hst, bundle);
    else mountDilemmaHost(body, hst, bundle);
    return screen;
  };

  hst.onChange(route);
  client.onStatus(route);
  route();
}

function note(title: string, text: string, action: HTMLElement, back: () => void): HTMLElement {
  return h(
    'section',
    { class: 'setup', 'aria-labelledby': 'live__melding-kop' },
    h('h2', { id: 'live__melding-kop', tabindex: -1 }, title),
    h('p', { role: 'status' }, text),
    h('div', { class: 'title__actions' }, action, button('Terug naar het titelscherm', back, { class: 'btn' })),
  );
}
