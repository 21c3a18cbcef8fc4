/**
 * The DOM shell over the canvas: title screen, loading, problems, the game frame with its status
 * bar, the settings dialog and the caption line. Game screens load lazily with the scenario.
 */
import type { AudioService } from '../audio/audio-service';
import { saveStorage } from '../state/save-storage';
import type { AppStore, Settings } from '../state/store';
import { button, h, nl } from './dom';
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
        h('p', { class: 'statusbar__code' }, `Sessiecode ${current.game.seed}${s.team ? ' · team' : ''}`),
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

/** A six-digit session code; it is the game's seed, so the same code means the same world. */
function randomSessionCode(): number {
  return 100000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 900000);
}

function setupScreen(start: (opts: { seed?: number; team: boolean }) => void, back: () => void): HTMLElement {
  const error = h('p', { class: 'form__fout', role: 'alert', tabindex: -1, hidden: true });
  const code = h('input', {
    type: 'text',
    id: 'opzet__code',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 6,
    'aria-describedby': 'opzet__code-uitleg',
  });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const team = (form.querySelector('input[name="modus"]:checked') as HTMLInputElement | null)?.value === 'team';
        const text = code.value.trim();
        if (text && !/^\d{6}$/.test(text)) {
          error.textContent = 'Een sessiecode bestaat uit zes cijfers, bijvoorbeeld 482913.';
          error.hidden = false;
          error.focus();
          return;
        }
        start(text ? { seed: Number(text), team } : { team });
      },
    },
    h(
      'fieldset',
      { class: 'choicegroup' },
      h('legend', {}, 'Hoe speelt u?'),
      h(
        'div',
        { class: 'option' },
        h('input', { type: 'radio', name: 'modus', id: 'opzet__alleen', value: 'alleen', checked: true }),
        h('label', { for: 'opzet__alleen' }, h('span', { class: 'option__title' }, 'Alleen')),
      ),
      h(
        'div',
        { class: 'option' },
        h('input', {
          type: 'radio',
          name: 'modus',
          id: 'opzet__team',
          value: 'team',
          'aria-describedby': 'opzet__team-uitleg',
        }),
        h(
          'label',
          { for: 'opzet__team' },
          h('span', { class: 'option__title' }, 'Als team rond één scherm (2–6 personen)'),
        ),
        h(
          'div',
          { class: 'option__desc', id: 'opzet__team-uitleg' },
          h(
            'p',
            {},
            'Voor elke beslissing: een overlegtimer die u zelf start en pauzeert, een of twee vragen om te bespreken, en bij keuzes een stemming. Stemmen en verschil van mening komen in de terugblik.',
          ),
        ),
      ),
    ),
    h('label', { for: 'opzet__code', class: 'code__label' }, 'Sessiecode (optioneel)'),
    h(
      'p',
      { id: 'opzet__code-uitleg', class: 'hint' },
      'Krijgt u een code van uw begeleider? Teams met dezelfde code spelen in dezelfde wereld, zodat verschillen alleen uit hun keuzes komen. Zonder code kiest het spel er zelf een.',
    ),
    code,
    error,
    h('button', { type: 'submit', class: 'btn btn--primary', id: 'opzet__start' }, 'Start het spel'),
  );
  return h(
    'section',
    { class: 'setup', 'aria-labelledby': 'opzet__kop' },
    h('h2', { id: 'opzet__kop', tabindex: -1 }, 'Spel instellen'),
    form,
    button('Terug naar het titelscherm', back, { class: 'btn' }),
  );
}

function titleScreen(
  hasSave: boolean,
  start: (m: 'new' | 'resume') => void,
  open: (route: 'settings' | 'setup' | 'import' | 'facilitator' | 'dilemma') => void,
): HTMLElement {
  return h(
    'section',
    { class: 'title', 'aria-labelledby': 'titel__kop' },
    h('h1', { id: 'titel__kop', tabindex: -1 }, 'Koers'),
    h('p', { class: 'title__sub' }, 'Een trainingssimulatie voor wie verandering stuurt in de langdurige zorg'),
    h(
      'p',
      { class: 'title__intro' },
      'U bent de nieuwe bestuurder van Zorggroep Het Baken. Anderhalf jaar lang neemt u de organisatie mee door een veranderingstraject: van scan tot borging. Wat u besluit, merken cliënten, medewerkers, de begroting en de inspectie.',
    ),
    h(
      'div',
      { class: 'title__actions' },
      hasSave ? button('Doorgaan', () => start('resume'), { class: 'btn btn--primary', id: 'titel__doorgaan' }) : null,
      button('Nieuw spel', () => start('new'), { class: hasSave ? 'btn' : 'btn btn--primary', id: 'titel__nieuw' }),
      button('Instellingen', () => open('settings'), { class: 'btn btn--ghost', id: 'titel__instellingen' }),
    ),
    h('h2', { class: 'title__group' }, 'Voor begeleiders'),
    h(
      'div',
      { class: 'title__actions' },
      button('Teamspel of sessiecode', () => open('setup'), { class: 'btn btn--ghost', id: 'titel__team' }),
      button('Dilemmasessie', () => open('dilemma'), { class: 'btn btn--ghost', id: 'titel__dilemma' }),
      button('Resultaten vergelijken', () => open('facilitator'), { class: 'btn btn--ghost', id: 'titel__begeleider' }),
      button('Resultaat inlezen', () => open('import'), { class: 'btn btn--ghost', id: 'titel__inlezen' }),
    ),
    h(
      'p',
      { class: 'title__foot' },
      'Gebaseerd op vijf Nederlandse onderzoeksrapporten over In voor zorg! en vergelijkbare programma’s. Organisatie en personen zijn verzonnen.',
    ),
  );
}

function importScreen(open: (text: string) => Promise<string | null>, back: () => void): HTMLElement {
  const field = h('textarea', { id: 'inlezen__code', rows: 5, class: 'code', 'aria-describedby': 'inlezen__uitleg' });
  const file = h('input', { type: 'file', id: 'inlezen__bestand', accept: '.json,.txt,application/json,text/plain' });
  const error = h('p', { class: 'form__fout', role: 'alert', tabindex: -1, hidden: true });
  const show = (message: string | null) => {
    error.hidden = !message;
    error.textContent = message ?? '';
    if (message) error.focus();
  };
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > 600_000) return show('Dit bestand is te groot om een resultaat van Koers te zijn.');
    void f.text().then((t) => open(t).then(show));
  });
  return h(
    'section',
    { class: 'import', 'aria-labelledby': 'inlezen__kop' },
    h('h2', { id: 'inlezen__kop', tabindex: -1 }, 'Resultaat inlezen'),
    h(
      'p',
      { id: 'inlezen__uitleg' },
      'Plak de resultaatcode van een speler of team (die begint met KOERS1-), of kies een geëxporteerd spelbestand. Het model speelt de beslissingen opnieuw en toont de terugblik. Uw eigen opgeslagen spel blijft staan.',
    ),
    h(
      'form',
      {
        class: 'form',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void open(field.value).then(show);
        },
      },
      h('label', { for: 'inlezen__code', class: 'code__label' }, 'Resultaatcode'),
      field,
      h('button', { type: 'submit', class: 'btn btn--primary' }, 'Code inlezen'),
      h('label', { for: 'inlezen__bestand', class: 'code__label' }, 'Of een bestand (JSON)'),
      file,
      error,
    ),
    button('Terug naar het titelscherm', back, { class: 'btn' }),
  );
}

function problemScreen(title: string, message: string, fresh: () => void, back: () => void): HTMLElement {
  return h(
    'section',
    { class: 'problem', role: 'alert', 'aria-labelledby': 'probleem__kop' },
    h('h2', { id: 'probleem__kop', tabindex: -1 }, title),
    h('p', {}, message),
    h(
      'div',
      { class: 'title__actions' },
      button('Nieuw spel beginnen', fresh, { class: 'btn btn--primary', id: 'probleem__nieuw' }),
      button('Terug naar het titelscherm', back, { class: 'btn' }),
    ),
  );
}

const audioSettings = (s: Settings) => ({ music: s.music, effects: s.effects, muted: s.muted });

function settingsDialog(store: AppStore, audio: AudioService): HTMLDialogElement {
  const s = store.getState().settings;
  const range = (key: 'music' | 'effects', label: string) =>
    h(
      'label',
      { class: 'setting' },
      h('span', {}, label),
      h('input', {
        type: 'range',
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(s[key] * 100),
        oninput: (e: Event) =>
          store.getState().setSettings({ [key]: Number((e.target as HTMLInputElement).value) / 100 }),
      }),
    );
  const toggle = (key: 'muted' | 'reducedMotion' | 'largeText' | 'presentation', label: string) =>
    h(
      'label',
      { class: 'setting setting--check' },
      h('input', {
        type: 'checkbox',
        checked: s[key],
        onchange: (e: Event) => store.getState().setSettings({ [key]: (e.target as HTMLInputElement).checked }),
      }),
      h('span', {}, label),
    );
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'instellingen__kop' },
    h('h2', { id: 'instellingen__kop' }, 'Instellingen'),
    range('music', 'Muziek'),
    range('effects', 'Geluidseffecten'),
    toggle('muted', 'Geluid uit'),
    toggle('reducedMotion', 'Minder beweging'),
    toggle('largeText', 'Grotere tekst'),
    toggle('presentation', 'Presentatiemodus (voor een projector)'),
    button('Sluiten', () => dialog.close(), { class: 'btn btn--primary' }),
  );
  store.subscribe((st, prev) => {
    if (st.settings !== prev.settings) audio.apply(audioSettings(st.settings));
  });
  return dialog;
}
