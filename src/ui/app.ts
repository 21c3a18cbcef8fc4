/**
 * The DOM shell over the canvas: title screen, loading, problems, the game frame with its status
 * bar, the settings dialog and the caption line. Each part is built once and updated in place;
 * the game's screens (templates over the store's view model) load lazily with the scenario.
 * The routing between the shell's screens stays in this one file, so it is read in one place:
 * that is why it runs a little over 300 lines.
 */
import type { AudioService } from '../audio/audio-service';
import type { Platform } from '../platform/connect';
import { saveStorage } from '../state/save-storage';
import type { AppStore } from '../state/store';
import type { GameView } from '../view';
import { button, h } from './dom';
import { importScreen } from './front/import';
import { platformTitle } from './front/platform-title';
import { savedGameDownload } from './front/save-download';
import { confirmRestartInPlatform, removeSavedGame, renameSavedGame } from './front/saved-games';
import { audioSettings, settingsDialog } from './front/settings';
import { randomSessionCode, setupScreen } from './front/setup';
import { claimSlot, type Opening, watchSlot } from './front/tab-conflict';
import { problemScreen, titleScreen } from './front/title';
import { trackGestures } from './gesture';
import { pressureStrip } from './pressure';
import type { Session } from './session';

export interface StartOptions {
  seed?: number;
  team?: boolean;
  length?: string;
  /** The team's name, carried in its result code. */
  name?: string;
  /** Wraps the game's session, e.g. to report it to a live session (src/ui/live). */
  wrap?: (s: Session) => Session;
}

interface Lazy {
  session: typeof import('./session');
  view: typeof import('./game-view');
}

/** `platform`: the learning platform that launched the game (src/platform/connect.ts), if any. */
export function mountApp(
  root: HTMLElement,
  store: AppStore,
  audio: AudioService,
  platform: Platform | null = null,
): void {
  let lazy: Lazy | null = null;
  let session: Session | null = null;
  let screens: ReturnType<Lazy['view']['gameRenderer']> | null = null;
  let lastRoute = '';
  let lastGame: GameView | null = null;

  const load = async (): Promise<Lazy> => {
    lazy ??= { session: await import('./session'), view: await import('./game-view') };
    return lazy;
  };
  const gesture = () => {
    audio.unlock();
    audio.apply(audioSettings(store.getState().settings));
    audio.startMusic();
  };
  /** Makes `next` the session on screen; its game's first screen counts as a new screen. */
  const use = (next: Session) => {
    session = next;
    lastGame = null;
    screens?.clear();
    render();
  };
  const start = async (opening: Opening, opts: StartOptions = {}) => {
    gesture();
    // In a package the teacher's settings decide a new game, and the platform keeps it: no save slot here.
    const set = platform?.settings;
    const report = platform?.reporter;
    if (!set && !(await claimSlot(opening))) return;
    store.setState({ route: 'loading' });
    try {
      const l = await load();
      const next =
        opening.mode === 'new'
          ? l.session.newSession(
              store,
              audio,
              opts.seed ?? set?.seed ?? randomSessionCode(),
              opts.team ?? set?.team ?? false,
              opts.length ?? set?.length,
              opts.name,
              report,
            )
          : set && report
            ? await l.session.resumeFromPlatform(store, audio, report, set.team)
            : await l.session.resumeSession(store, audio, report);
      if (next) use(opts.wrap ? opts.wrap(next) : next);
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
      const opened = await l.session.viewResult(store, audio, text);
      if (typeof opened === 'string') return opened;
      use(opened);
      return null;
    } catch {
      return 'Het scenario kon niet worden geladen. Probeer het opnieuw.';
    }
  };
  const toTitle = () => {
    session = null;
    store.setState({ route: 'title', game: null, saves: saveStorage.list() });
  };
  /** The title screen's list of saved games changed: draw it again. */
  const refreshTitle = () => {
    lastRoute = '';
    store.setState({ saves: saveStorage.list() });
  };

  // Fixed parts of the shell.
  const panel = h('main', { id: 'paneel', class: 'panel', tabindex: -1 });
  // The game's screens are drawn in place inside this host; it takes no room of its own.
  const gameHost = h('div', { class: 'panel__spel' });
  // The pressure on the bestuurder, above every screen while the trajectory runs.
  const pressure = pressureStrip();
  const phase = h('p', { class: 'statusbar__phase' });
  const code = h('p', { class: 'statusbar__code' });
  const budget = h('p', { class: 'statusbar__budget' });
  const leave = button('Opslaan en stoppen', toTitle, { class: 'btn btn--ghost' });
  // "Stop nu": the tussenstand with a result code to hand in; the game stays saved and can go on.
  const stopNow = button('Stop nu', () => session?.stop(true), {
    class: 'btn btn--ghost',
    id: 'statusbar__stop',
    title: 'Toont de tussenstand met een resultaatcode om in te leveren; daarna kunt u verder spelen.',
  });
  const settings = settingsDialog(store, audio);
  const status = h(
    'header',
    { class: 'statusbar', hidden: true },
    h('p', { class: 'statusbar__title' }),
    phase,
    code,
    budget,
    h(
      'div',
      { class: 'statusbar__actions' },
      button('Instellingen', () => settings.showModal(), { class: 'btn btn--ghost' }),
      stopNow,
      leave,
    ),
  );
  // What sits under the status bar starts where the bar really ends: it wraps into more rows on a
  // narrow screen, or with a long team name (--below-bar; the stylesheet falls back to --bar).
  new ResizeObserver(() => {
    const height = status.getBoundingClientRect().height;
    if (height > 0) root.style.setProperty('--below-bar', `${Math.ceil(height)}px`);
    else root.style.removeProperty('--below-bar');
  }).observe(status);
  const caption = h('p', { class: 'caption', 'aria-live': 'polite', id: 'ondertiteling' });
  // A live session's status line (src/ui/live), under the status bar while a team plays live.
  const liveLine = h('p', { class: 'live-status', id: 'live__status', role: 'status', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', hidden: true });
  root.replaceChildren(
    h('a', { href: '#paneel', class: 'skiplink' }, 'Naar de inhoud'),
    status,
    liveLine,
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
  watchSlot(store, () => void start({ mode: 'resume', slot: saveStorage.current }), toTitle);
  trackGestures(root, () => store.getState().game?.version ?? -1);

  const setText = (el: HTMLElement, text: string) => {
    if (el.textContent !== text) el.textContent = text;
  };
  /** The status bar and the game screen, updated in place from the game's view model. */
  const drawGame = (game: GameView, l: Lazy) => {
    status.hidden = false;
    setText(status.firstElementChild as HTMLElement, game.status.title);
    setText(phase, game.status.phase);
    setText(code, game.status.code);
    setText(budget, game.status.budget);
    setText(leave, game.viewing ? 'Sluiten' : 'Opslaan en stoppen');
    stopNow.hidden = game.viewing || game.branch !== null || game.screen.kind === 'debrief';
    if (gameHost.parentElement !== panel) panel.replaceChildren(pressure.el, gameHost);
    pressure.draw(game.pressure);
    screens ??= l.view.gameRenderer(gameHost, {
      send: (e, version) => session?.send(e, version) ?? false,
      exit: toTitle,
      branch: (step) => {
        const next = session?.branch(step);
        if (next) use(next);
      },
      exportText: (kind) => session?.exportText(kind) ?? '',
      reflect: (answers, submit) => session?.reflect(answers, submit) ?? false,
      resume: () => session?.stop(false),
    });
    if (game !== lastGame) screens.draw(game);
    lastGame = game;
  };

  const render = () => {
    const s = store.getState();
    document.documentElement.classList.toggle('groot', s.settings.largeText);
    document.documentElement.classList.toggle('rustig', s.settings.reducedMotion);
    document.documentElement.classList.toggle('presentatie', s.settings.presentation);
    notice.hidden = !s.notice;
    setText(notice, s.notice ?? '');
    const routeChanged = s.route !== lastRoute;
    lastRoute = s.route;
    root.dataset.route = s.route;
    if (s.route === 'game' && s.game && lazy && session) return drawGame(s.game, lazy);
    status.hidden = true;
    if (!routeChanged) return;
    lastGame = null;
    screens?.clear();
    if (s.route === 'title' && platform?.settings)
      panel.replaceChildren(
        platformTitle(platform.settings.title, !!platform.reporter.resume, async (mode) => {
          const cancelled = mode === 'new' && !!platform.reporter.resume && !(await confirmRestartInPlatform());
          if (!cancelled) void start(mode === 'new' ? { mode } : { mode, slot: saveStorage.current });
        }),
      );
    else if (s.route === 'title')
      panel.replaceChildren(
        titleScreen(s.saves, {
          start: (opening) => void start(opening),
          open: (route) => (route === 'settings' ? settings.showModal() : store.setState({ route })),
          rename: (slot) => void renameSavedGame(slot).then(refreshTitle),
          remove: (slot) => void removeSavedGame(slot).then(refreshTitle),
        }),
      );
    else if (s.route === 'setup') {
      // The lengths are the scenario's: the screen waits for it (usually already loaded).
      panel.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Bezig met laden…'));
      void load().then(
        (l) => {
          if (store.getState().route !== 'setup') return;
          panel.replaceChildren(setupScreen(l.session.lengths, (opts) => start({ mode: 'new' }, opts), toTitle));
          panel.querySelector<HTMLElement>('h2')?.focus();
        },
        () =>
          store.getState().showProblem({
            title: 'Het scenario kon niet worden geladen',
            message: 'Controleer de verbinding en probeer het opnieuw.',
          }),
      );
    } else if (s.route === 'facilitator' || s.route === 'dilemma') {
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
    } else if (s.route === 'live-host' || s.route === 'live-join') {
      panel.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Bezig met laden…'));
      void import('./live/mount')
        .then((m) =>
          m.mountLive(panel, s.route === 'live-host' ? 'host' : 'join', { store, liveLine, back: toTitle, start }),
        )
        .catch(() =>
          store.getState().showProblem({
            title: 'De live sessie kon niet worden geladen',
            message: 'Controleer de verbinding en probeer het opnieuw. U kunt ook zonder live sessie spelen.',
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
            if (!platform?.settings) saveStorage.clear();
            void start({ mode: 'new' });
          },
          toTitle,
          savedGameDownload(),
        ),
      );
    panel.querySelector<HTMLElement>('h1, h2')?.focus();
  };
  // Printing the Terugblik shows every folded-away explanation.
  window.addEventListener('beforeprint', () => {
    for (const d of panel.querySelectorAll('details')) d.open = true;
  });
  store.subscribe(render);
  // A join link (?live=CODE, from the big screen's QR code) or a reloaded live page opens the live session.
  const params = new URLSearchParams(location.search);
  const live = params.has('live') ? (params.get('rol') === 'begeleider' ? 'live-host' : 'live-join') : null;
  store.setState({ saves: saveStorage.list(), ...(live ? { route: live } : {}) });
  // A dilemma session open before a reload opens again (its state is kept in the browser).
  if (!live && location.hash === '#dilemmasessie') store.setState({ route: 'dilemma' });
  render();
}
