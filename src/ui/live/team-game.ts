/**
 * A team's own game in a live session: the normal game (its event log in this browser is the
 * truth), wrapped so every move reports progress to the control room, a result code goes along
 * at the end of every quarter and at the end, and the quarter's report waits while the
 * facilitator holds the teams. A status line under the status bar says how the connection is;
 * without a server the game simply plays on and its result code works as always.
 */
import type { LiveClient } from '../../live/client';
import type { Participant } from '../../live/participant';
import type { AppStore } from '../../state/store';
import type { Session } from '../session';
import { statusWords } from './common';

const HELD =
  'De begeleider houdt alle teams even vast aan het eind van dit kwartaal. U gaat samen verder zodra de begeleider iedereen vrijgeeft.';

export function liveGame(
  inner: Session,
  p: Participant,
  client: LiveClient,
  line: HTMLElement,
  store: AppStore,
): Session {
  let quarter = -1;
  let finished = false;
  const report = () => {
    const r = inner.live();
    p.progress(r.progress);
    // Interim results as each quarter begins, the final one at the debrief: nothing to paste.
    if (r.finished && !finished) p.result(r.resultCode(), true);
    else if (!r.finished && r.progress.quarter > 1 && r.progress.quarter !== quarter) p.result(r.resultCode(), false);
    quarter = r.progress.quarter;
    finished = r.finished;
  };
  const held = () => p.heldAt(inner.live().progress.quarter);

  const draw = () => {
    const s = p.state;
    const name = s.seat?.name ?? '';
    const text = s.gone
      ? 'De live sessie is afgelopen. U speelt gewoon door; de resultaatcode aan het eind werkt zoals altijd.'
      : client.status === 'onbereikbaar'
        ? 'Live: de server is niet bereikbaar. U speelt gewoon door; uw voortgang gaat mee zodra de verbinding terug is.'
        : `Live: ${name} · ${statusWords(client.status)}${held() ? ' · wacht op de begeleider aan het eind van het kwartaal' : ''}`;
    line.textContent = text;
    line.hidden = false;
    line.classList.toggle('live-status--wacht', held());
    // A team that was held and is now free hears it, and the waiting notice goes.
    if (!held() && store.getState().notice === HELD) store.getState().setNotice(null);
  };

  const offState = p.onChange(draw);
  const offStatus = client.onStatus(draw);
  const offStore = store.subscribe((s) => {
    if (s.route === 'game' || s.route === 'loading') return;
    offState();
    offStatus();
    offStore();
    client.close();
    line.hidden = true;
    line.textContent = '';
    if (s.notice === HELD) s.setNotice(null);
  });
  report();
  draw();

  return {
    ...inner,
    send(event, version) {
      if (event.type === 'report.continue' && held()) {
        store.getState().setNotice(HELD);
        return false;
      }
      const ok = inner.send(event, version);
      if (ok) report();
      return ok;
    },
  };
}
