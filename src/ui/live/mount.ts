/**
 * The live session's entry point, loaded lazily from the title screen or a join link: connects to
 * the live server (this page's own origin) and opens the facilitator's or the participant's side.
 * The connection lives as long as the live screens (or the team's live game) do.
 */
import { connectLive } from '../../live/client';
import { host } from '../../live/host';
import { participant } from '../../live/participant';
import { seatStore } from '../../live/seat-store';
import type { AppStore } from '../../state/store';
import type { StartOptions } from '../app';
import type { Opening } from '../front/tab-conflict';
import { rememberInUrl } from './common';
import { mountHost } from './host-screen';
import { mountJoin } from './join';

export interface LiveCtx {
  store: AppStore;
  /** The status line under the game's status bar (see app.ts). */
  liveLine: HTMLElement;
  back(): void;
  start(opening: Opening, opts?: StartOptions): Promise<void>;
  /** Puts the session in the page's address, so a reload comes back into it. */
  remember(code: string | null): void;
}

export function mountLive(
  panel: HTMLElement,
  role: 'host' | 'join',
  app: Omit<LiveCtx, 'remember' | 'back'> & { back(): void },
): void {
  const client = connectLive();
  const seats = seatStore(localStorage);
  const ctx: LiveCtx = {
    ...app,
    back: () => {
      client.close();
      rememberInUrl(null);
      app.back();
    },
    remember: (code) => rememberInUrl(code, role === 'host' ? 'begeleider' : 'deelnemer'),
  };
  // Leaving the live screens by any way other than into the team's own game closes the connection.
  const off = app.store.subscribe((s) => {
    if (s.route === 'live-host' || s.route === 'live-join') return;
    off();
    if (s.route !== 'game' && s.route !== 'loading') client.close();
  });
  if (role === 'host') mountHost(panel, ctx, host(client, seats), client);
  else mountJoin(panel, ctx, client, participant(client, seats), seats);
}
