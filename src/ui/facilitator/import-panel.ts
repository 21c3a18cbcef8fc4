/**
 * The facilitator's import controls: paste codes, choose files, or scan QR codes. Every batch goes
 * through one queue (a scan may arrive mid-import), so nothing is dropped; the panel reports what
 * was added and says plainly what was not, each damaged code by its label and a fragment.
 */
import {
  type Candidate,
  candidatesFromFile,
  candidatesFromPaste,
  duplicatesLine,
  MAX_FILE_BYTES,
  MAX_PER_IMPORT,
  type Rejected,
} from '../../view/compare-input';
import { h } from '../dom';
import type { RunReport } from './import-run';
import { scanPanel } from './scan';

export interface ImportHooks {
  /** Reads in a batch (in time slices); returns what was added and the run's report. */
  run(
    list: readonly Candidate[],
    progress: (done: number, total: number) => void,
    stop: () => boolean,
  ): Promise<{
    added: number;
    report: RunReport;
  }>;
  /** How many teams are in the comparison now. */
  count(): number;
}

export interface ImportPanel {
  element: HTMLElement;
  /** Reads in a batch after any batch still running; resolves with what could not be read. */
  run(list: readonly Candidate[], extra?: string[]): Promise<Rejected[]>;
  /** A line for the status (after a removal, or a restore). */
  say(text: string): void;
}

const teamsText = (n: number) => `${n} ${n === 1 ? 'team' : 'teams'}`;

export function importPanel(hooks: ImportHooks): ImportPanel {
  const field = h('textarea', {
    id: 'begeleider__codes',
    rows: 5,
    class: 'code',
    spellcheck: 'false',
    'aria-describedby': 'begeleider__codes-uitleg',
  });
  const files = h('input', {
    type: 'file',
    id: 'begeleider__bestanden',
    multiple: true,
    accept: '.json,.txt,application/json,text/plain',
    'aria-describedby': 'begeleider__bestanden-uitleg',
  });
  const progress = h('p', { class: 'begeleider__voortgang', role: 'status', id: 'begeleider__status' });
  const problems = h('div', { class: 'begeleider__fouten', role: 'alert', id: 'begeleider__fouten' });
  const submit = h('button', { type: 'submit', class: 'btn btn--primary', id: 'begeleider__inlezen' }, 'Codes inlezen');
  const cancel = h(
    'button',
    { type: 'button', class: 'btn', id: 'begeleider__stop', hidden: true },
    'Stoppen met inlezen',
  );
  // Pasted codes are numbered across rounds, so "Code 1" names one code however often one pastes.
  let pasted = 0;

  const showProblems = (list: readonly Rejected[], extra: readonly string[]) => {
    problems.replaceChildren();
    // Games read in again are no problem to fix: one line for all of them, not one per code.
    const again = duplicatesLine(list);
    const broken = list.filter((r) => !r.duplicate);
    const lines = [...extra, ...(again ? [again] : [])];
    if (!broken.length && !lines.length) return;
    problems.append(
      h(
        'div',
        { class: 'form__fout' },
        h(
          'p',
          { class: 'begeleider__fouten-kop' },
          broken.length + lines.length === 1 ? 'Niet ingelezen:' : 'Niet alles is ingelezen:',
        ),
        h(
          'ul',
          {},
          lines.map((m) => h('li', {}, m)),
          broken.map((r) =>
            h(
              'li',
              {},
              h('strong', {}, r.label),
              h('span', { class: 'begeleider__fragment' }, ` (${r.excerpt})`),
              `: ${r.message}`,
            ),
          ),
        ),
      ),
    );
  };

  let queue: Promise<unknown> = Promise.resolve();
  const run = (list: readonly Candidate[], extra: string[] = []): Promise<Rejected[]> => {
    const next = queue.then(() => runNow(list, extra));
    queue = next.catch(() => undefined);
    return next;
  };
  const runNow = async (list: readonly Candidate[], extra: string[]): Promise<Rejected[]> => {
    submit.disabled = true;
    let stop = false;
    cancel.onclick = () => {
      stop = true;
    };
    cancel.hidden = list.length < 2;
    let result: Awaited<ReturnType<ImportHooks['run']>>;
    try {
      result = await hooks.run(
        list,
        (done, total) => {
          if (total > 1) progress.textContent = `Bezig met inlezen: ${done} van ${total}…`;
        },
        () => stop,
      );
    } finally {
      submit.disabled = false;
      cancel.hidden = true;
    }
    const { added, report } = result;
    const { rejected, skipped } = report;
    if (skipped)
      extra.push(
        report.cancelled
          ? `Inlezen gestopt: ${skipped} ${skipped === 1 ? 'code is' : 'codes zijn'} niet meer bekeken.`
          : `Er stonden meer dan ${MAX_PER_IMPORT} codes in; de eerste ${MAX_PER_IMPORT} zijn bekeken. Lees de overige ${skipped} in een volgende keer in.`,
      );
    const notes = rejected.filter((r) => !r.duplicate).length + extra.length + (duplicatesLine(rejected) ? 1 : 0);
    progress.textContent = [
      added ? `${teamsText(added)} toegevoegd.` : 'Geen nieuwe teams toegevoegd.',
      notes ? `${notes} ${notes === 1 ? 'melding' : 'meldingen'} hieronder.` : '',
      `Nu ${teamsText(hooks.count())} in de vergelijking.`,
    ]
      .filter(Boolean)
      .join(' ');
    showProblems(rejected, extra);
    return rejected;
  };

  const form = h(
    'form',
    {
      class: 'form begeleider__form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const list = candidatesFromPaste(field.value, pasted + 1);
        if (!list.length) {
          progress.textContent = '';
          showProblems(
            [],
            [
              field.value.trim()
                ? 'In de geplakte tekst staat geen resultaatcode. Een code begint met KOERS1-.'
                : 'Plak eerst een of meer resultaatcodes in het tekstveld.',
            ],
          );
          field.focus();
          return;
        }
        pasted += list.length;
        void run(list).then((rejected) => {
          // What could not be read stays in the field to correct; what was read goes.
          field.value = rejected
            .filter((r) => !r.duplicate)
            .map((r) => r.text.replace(/\n/g, ''))
            .join('\n');
        });
      },
    },
    h('label', { for: 'begeleider__codes', class: 'code__label' }, 'Resultaatcodes van de teams'),
    h(
      'p',
      { class: 'hint', id: 'begeleider__codes-uitleg' },
      'Plak een of meer codes (ze beginnen met KOERS1-), elk op een eigen regel of gescheiden door spaties. Een code die niet klopt, blijft hier staan; de rest wordt ingelezen.',
    ),
    field,
    h('div', { class: 'actions begeleider__acties' }, submit, cancel),
  );
  files.addEventListener('change', () => {
    const chosen = [...(files.files ?? [])];
    if (!chosen.length) return;
    void (async () => {
      const list: Candidate[] = [];
      const extra: string[] = [];
      for (const f of chosen) {
        if (f.size > MAX_FILE_BYTES) {
          extra.push(`${f.name}: dit bestand is te groot om een resultaat van Koers te zijn.`);
          continue;
        }
        const found = candidatesFromFile(f.name, await f.text());
        if (!found.length) extra.push(`${f.name}: hierin staat geen resultaatcode of geëxporteerd spel van Koers.`);
        list.push(...found);
      }
      await run(list, extra);
      files.value = '';
    })();
  });

  const element = h(
    'section',
    { class: 'begeleider__blok begeleider__invoer', 'aria-labelledby': 'begeleider__invoer-kop' },
    h('h3', { id: 'begeleider__invoer-kop' }, 'Resultaten inlezen'),
    h(
      'div',
      { class: 'begeleider__invoerraster' },
      form,
      h(
        'div',
        { class: 'begeleider__anders' },
        h('label', { for: 'begeleider__bestanden', class: 'code__label' }, 'Of kies bestanden'),
        h(
          'p',
          { class: 'hint', id: 'begeleider__bestanden-uitleg' },
          'JSON-exports uit de terugblik, of tekstbestanden met codes. U kunt meerdere bestanden tegelijk kiezen.',
        ),
        files,
        h('p', { class: 'code__label' }, 'Of scan de QR-code'),
        scanPanel((code) => void run([{ label: 'Gescande code', text: code }])),
      ),
    ),
    progress,
    problems,
  );
  return {
    element,
    run,
    say: (text) => {
      progress.textContent = text;
    },
  };
}
