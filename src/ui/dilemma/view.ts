/**
 * The dilemma session on the big screen. A facilitator composes a session (a ready-made set, an
 * own saved set, or 3–8 dilemmas by hand, in order), then runs each dilemma: the situation with
 * the people it concerns → the options, the room's votes, its own option, its notes and a
 * discussion timer → the reveal. It closes with a printable summary and a CSV. This file owns the
 * state and the navigation; each step is drawn by its own file over the view models in src/view.
 * The state is kept in the browser after every change, so a reload (F5) opens the same step.
 */
import scenario from 'virtual:koers-scenario';
import type { ScenarioBundle } from '../../view';
import type { Place } from '../../view/dilemma-keep';
import { type Opened, openDilemma } from '../../view/dilemma-reveal';
import { type DilemmaDef, newSession, type Session } from '../../view/dilemma-session';
import { h } from '../dom';
import { Ticker } from '../timer';
import { chooseScreen } from './choose';
import { type Ctx, situationScreen } from './frame';
import { DILEMMA_HASH, keptSession, ownSets } from './keep';
import { revealScreen } from './reveal';
import { summaryScreen } from './summary';
import { voteScreen } from './vote';

const DEFAULT_MINUTES = 5;
// The virtual module's declaration cannot name its type; say it here.
const bundle: ScenarioBundle = scenario;

export function mountDilemmaSession(root: HTMLElement, back: () => void): void {
  const data = bundle.dilemmas;
  const frame = h('div', { class: 'dilemma' });
  root.replaceChildren(frame);
  if (location.hash !== DILEMMA_HASH) history.replaceState(null, '', DILEMMA_HASH);

  const kept = keptSession.read(data);
  let picks = kept?.picks ?? [];
  let minutes = kept?.minutes ?? DEFAULT_MINUTES;
  let session: Session | null = kept?.session ?? null;
  let place: Place = kept?.place ?? { kind: 'kiezen' };
  /** One discussion timer per dilemma: each keeps its time when the facilitator moves on and back. */
  let timers: Ticker[] = [];
  /** Redraws the timer on screen, if there is one. */
  let onTick: (() => void) | null = null;
  const save = () => keptSession.write({ minutes, picks, session, place });

  const def = (id: string): DilemmaDef => {
    const d = data.dilemmas.find((x) => x.id === id);
    if (!d) throw new Error(`onbekend dilemma ${id}`);
    return d;
  };
  const opened = new Map<string, Opened>();
  const open = (id: string): Opened => {
    let o = opened.get(id);
    if (!o) {
      o = openDilemma(bundle, def(id));
      opened.set(id, o);
    }
    return o;
  };
  const stopTimers = () => {
    for (const t of timers) t.dispose();
  };
  const newTimers = (n: number) => {
    stopTimers();
    timers = Array.from(
      { length: n },
      () =>
        new Ticker(minutes, () => {
          if (!frame.isConnected) return stopTimers();
          onTick?.();
        }),
    );
  };
  if (session) newTimers(session.ids.length);

  const go = (next: Place) => {
    onTick = null;
    for (const t of timers) if (t.state.running) t.pause();
    place = next;
    save();
    frame.replaceChildren(render());
    window.scrollTo?.(0, 0);
    root.scrollTop = 0;
    frame.querySelector<HTMLElement>('h2')?.focus();
  };
  const leave = () => {
    stopTimers();
    keptSession.clear();
    history.replaceState(null, '', location.pathname + location.search);
    back();
  };

  const ctx = (s: Session): Ctx => ({
    bundle,
    // Always the latest: every keystroke replaces the session.
    get session() {
      return session ?? s;
    },
    minutes,
    def,
    open,
    timer: (i) => timers[i] ?? new Ticker(minutes, () => {}),
    update(next) {
      session = next;
      save();
    },
    go,
    onTick: (draw) => {
      onTick = draw;
    },
    leave,
  });

  const render = (): HTMLElement => {
    if (place.kind === 'kiezen' || !session)
      return chooseScreen({
        bundle,
        picks,
        minutes,
        ownSets: ownSets.read(data),
        setPicks: (p) => {
          picks = p;
          save();
        },
        setMinutes: (m) => {
          minutes = m;
          save();
        },
        saveSets: (sets) => ownSets.write(sets),
        start: (c, showError) => {
          if (!c.ok) return showError(c.message);
          session = newSession(c.ids);
          newTimers(c.ids.length);
          go({ kind: 'dilemma', index: 0, step: 'situatie' });
        },
        leave,
      });
    if (place.kind === 'samenvatting')
      return summaryScreen(bundle, session, place.upTo, (d) => open(d.id), {
        again: () => {
          session = null;
          go({ kind: 'kiezen' });
        },
        leave,
      });
    const c = ctx(session);
    if (place.step === 'situatie') return situationScreen(c, place.index);
    if (place.step === 'stemmen') return voteScreen(c, place.index);
    return revealScreen(c, place.index);
  };

  go(place);
}
