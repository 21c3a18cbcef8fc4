/**
 * The DOM shell over the canvas: title screen, loading, problems, the game frame with its status
 * bar, the settings dialog and the caption line. Game screens load lazily with the scenario.
 */
import type { AudioService } from '../audio/audio-service';
import { saveStorage } from '../state/save-storage';
import type { AppStore } from '../state/store';
import { button, h, nl } from './dom';
import { importScreen } from './front/import';
import { audioSettings, settingsDialog } from './front/settings';
import { randomSessionCode, sessionCodeText, setupScreen } from './front/setup';
import { claimSlot, watchSlot } from './front/tab-conflict';
import { problemScreen, titleScreen } from './front/title';
import type { Session } from './session';

interface Lazy {
  session: typeof import('./session');
  view: typeof import('./game-view');
}

export function mountApp(root: HTMLElement, store: AppStore, audio: AudioService): void {
  let lazy: Lazy | null = null;
  let session: Session | null = null;
  let lastKey: string | null = null;
  let lastRoute = '';

  const load = async (): Promise<Lazy> => {
    lazy ??= { session: await import('./session'), view: await import('./game-view') };
    return lazy;
  };
  const gesture = () => {
    audio.unlock();
    audio.apply(audioSettings(store.getState().settings));
    audio.startMusic();
  };
  const start = async (mode: 'new' | 'resume', opts: { seed?: number; team?: boolean } = {}) => {
    gesture();
    if (!(await claimSlot(mode))) return;
    store.setState({ route: 'loading' });
    try {
      const l = await load();
      session =
        mode === 'new'
          ? l.session.newSession(store, audio, opts.seed ?? randomSessionCode(), opts.team ?? false)
          : l.session.resumeSession(store, audio);
      // The session set the store before this variable held it; draw the game now.
      render();
    } catch {
      store.getState().showProblem({
        title: 'Het scenario kon niet worden geladen',
        message: 'Controleer de verbinding en probeer het opnieuw. Er is niets van uw spel verloren gegaan.',
      });
    }
  };
  /** Opens a result code or exported file; returns a Dutch message when it cannot. */
  const openResult = async (text: string): Promise<string | null> => {
    try {
      const l = await load();
      const opened = l.session.viewResult(store, audio, text);
      if (typeof opened === 'string') return opened;
      session = opened;
      render();
      return null;
    } catch {
      return 'Het scenario kon niet worden geladen. Probeer het opnieuw.';
    }
  };
  const toTitle = () => {
    session = null;
    lastKey = null;
    store.setState({ route: 'title', snap: null, basis: null, hasSave: saveStorage.read() !== null });
  };

  // Fixed parts of the shell.
  const panel = h('main', { id: 'paneel', class: 'panel', tabindex: -1 });
  const status = h('header', { class: 'statusbar', hidden: true });
  const caption = h('p', { class: 'caption', 'aria-live': 'polite', id: 'ondertiteling' });
  const notice = h('p', { class: 'notice', role: 'status', hidden: true });
  const settings = settingsDialog(store, audio);
  root.replaceChildren(
    h('a', { href: '#paneel', class: 'skiplink' }, 'Naar de inhoud'),
    status,
    notice,
    panel,
    caption,
    settings,
  );
  audio.onCaption((text) => {
    caption.textContent = text;
    window.setTimeout(() => {
      if (caption.textContent === text) caption.textContent = '';
    }, 2500);
  });
  audio.onFailure((message) => store.getState().setNotice(message));
  watchSlot(store, () => void start('resume'), toTitle);

  const render = () => {
    const s = store.getState();
    document.documentElement.classList.toggle('groot', s.settings.largeText);
    document.documentElement.classList.toggle('rustig', s.settings.reducedMotion);
    document.documentElement.classList.toggle('presentatie', s.settings.presentation);
    notice.hidden = !s.notice;
    notice.textContent = s.notice ?? '';
    const routeChanged = s.route !== lastRoute;
    lastRoute = s.route;
    root.dataset.route = s.route;
    if (s.route === 'game' && s.snap && s.bundle && lazy && session) {
      const current = session;
      status.hidden = false;
      status.replaceChildren(
        h('p', { class: 'statusbar__title' }, s.bundle.scenario.title),
        h('p', { class: 'statusbar__phase' }, lazy.view.phaseLabel(s.snap)),
        h(
          'p',
          { class: 'statusbar__code' },
          `Sessiecode ${sessionCodeText(current.game.seed)}${s.team ? ' · team' : ''}`,
        ),
        h('p', { class: 'statusbar__budget' }, `Veranderbudget ${nl(s.snap.machine.context.sim.budget)} k€`),
        h(
          'div',
          { class: 'statusbar__actions' },
          button('Instellingen', () => settings.showModal(), { class: 'btn btn--ghost' }),
          button(s.viewing ? 'Sluiten' : 'Opslaan en stoppen', toTitle, { class: 'btn btn--ghost' }),
        ),
      );
      const actions = {
        game: current.game,
        original: current.original,
        team: s.team,
        send: (e: Parameters<Session['send']>[0]) => current.send(e),
        exit: toTitle,
        branch: (step: number) => {
          const next = current.branch(step);
          if (next) {
            session = next;
            lastKey = null;
            render();
          }
        },
      };
      lastKey = lazy.view.renderScreen(panel, s.bundle, s.snap, s.basis, actions, lastKey);
      return;
    }
    status.hidden = true;
    if (!routeChanged) return;
    lastKey = null;
    if (s.route === 'title')
      panel.replaceChildren(
        titleScreen(
          s.hasSave,
          (m) => start(m),
          (route) => (route === 'settings' ? settings.showModal() : store.setState({ route })),
        ),
      );
    else if (s.route === 'setup') panel.replaceChildren(setupScreen((opts) => start('new', opts), toTitle));
    else if (s.route === 'facilitator' || s.route === 'dilemma') {
      panel.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Bezig met laden…'));
      void (
        s.route === 'facilitator'
          ? import('./facilitator/view').then((m) => m.mountFacilitator(panel, toTitle))
          : import('./dilemma/view').then((m) => m.mountDilemmaSession(panel, toTitle))
      ).catch(() =>
        store.getState().showProblem({
          title: 'Dit onderdeel kon niet worden geladen',
          message: 'Controleer de verbinding en probeer het opnieuw.',
        }),
      );
      return;
    } else if (s.route === 'import') panel.replaceChildren(importScreen(openResult, toTitle));
    else if (s.route === 'loading')
      panel.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Het scenario wordt geladen…'));
    else if (s.route === 'problem' && s.problem)
      panel.replaceChildren(
        problemScreen(
          s.problem.title,
          s.problem.message,
          () => {
            saveStorage.clear();
            void start('new');
          },
          toTitle,
        ),
      );
    panel.querySelector<HTMLElement>('h1, h2')?.focus();
  };
  // Printing the Terugblik shows every folded-away explanation.
  window.addEventListener('beforeprint', () => {
    for (const d of panel.querySelectorAll('details')) d.open = true;
  });
  store.subscribe(render);
  store.setState({ hasSave: saveStorage.read() !== null });
  render();
}
