/**
 * The facilitator's view: read in the result codes or exported files of any number of teams
 * (pasted, from files, scanned, or handed over by a live session through `addResults`), and compare
 * them for the group debrief — value triad, own goals, inspection, key indicator curves one at a
 * time, where the paths split and what followed, each team's path, and the reflection questions —
 * with a printable group report and a CSV. No server: every game is replayed in the browser. The
 * comparison is kept in localStorage, so a reload (F5) reads the same teams in again.
 */
import bundle from 'virtual:koers-scenario';
import { bundleFor } from '../../state/versions';
import type { TeamResult } from '../../view/compare';
import { teamResult } from '../../view/compare';
import { teamsCsv } from '../../view/compare-csv';
import { type Candidate, type Rejected, teamName } from '../../view/compare-input';
import { codeToKeep, readSaved, SAVED_KEY, savedText } from '../../view/facilitator-saved';
import { button, h, nextId } from '../dom';
import { download } from '../download';
import { buildFolded } from './chart';
import { curvesSection } from './curves';
import { importPanel } from './import-panel';
import { importInSlices } from './import-run';
import { printStamp } from './parts';
import { pathSection, promptsSection } from './path';
import { goalsSection, triadSection } from './tables';
import { type Team, teamsSection } from './teams-panel';
import { timelineSection } from './timeline';

export interface Facilitator {
  /** Reads in codes from elsewhere (a live session); resolves with what could not be read. */
  addResults(codes: readonly string[], from?: string): Promise<Rejected[]>;
}

const OLDER = ' (eerdere versie van het scenario)';

/** localStorage may be missing or full (private windows): the comparison then lives as long as the page. */
function keep(text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(SAVED_KEY);
    else localStorage.setItem(SAVED_KEY, text);
  } catch {
    // Nothing to do: the comparison on screen is unaffected.
  }
}
function kept(): string | null {
  try {
    return localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

export function mountFacilitator(root: HTMLElement, back: () => void): Facilitator {
  let teams: (Team & { code: string })[] = [];
  const chart = { chart: 0 };

  const save = () =>
    keep(teams.length ? savedText(teams.map((t) => ({ code: t.code, name: t.result.name, source: t.source }))) : null);

  const panel = importPanel({
    count: () => teams.length,
    run: async (list, progress, stop) => {
      const known = new Map(teams.map((t) => [t.key, t.result.name]));
      let added = 0;
      const report = await importInSlices(list, known, {
        versionOf: bundleFor,
        accepted: (o) => {
          const name = teamName(
            o.team,
            teams.map((t) => t.result.name),
          );
          known.set(o.key, name);
          // A game from an earlier scenario version replays on that version; the list says so.
          const older = o.game.bundle.fingerprint !== bundle.fingerprint && !o.label.endsWith(OLDER);
          teams.push({
            id: nextId('team'),
            key: o.key,
            source: older ? `${o.label}${OLDER}` : o.label,
            result: teamResult(name, o.game),
            code: codeToKeep(o.game),
          });
          added++;
        },
        progress,
        cancelled: stop,
      });
      if (added) {
        save();
        renderTeams();
      }
      return { added, report };
    },
  });

  const teamsBox = h('div', { class: 'begeleider__teams' });
  const comparison = h('div', { class: 'begeleider__vergelijking' });
  const stamp = h('p', { class: 'begeleider__afdruk' }, printStamp(0));

  const renderComparison = () => {
    const results: TeamResult[] = teams.map((t) => t.result);
    comparison.replaceChildren(
      ...(results.length
        ? [
            triadSection(results),
            goalsSection(results),
            curvesSection(bundle, results, chart),
            timelineSection(results),
            pathSection(results),
            promptsSection(bundle, results),
          ]
        : []),
    );
  };
  const renderTeams = () => {
    teamsBox.replaceChildren(
      teamsSection(teams, {
        rename: (t, name) => {
          t.result.name = name;
          save();
          renderComparison();
        },
        remove: (t) => {
          teams = teams.filter((x) => x !== t);
          save();
          panel.say(`${t.result.name} is uit de vergelijking gehaald.`);
          renderTeams();
          teamsBox.querySelector<HTMLElement>('h3')?.focus();
        },
        print: () => {
          stamp.textContent = printStamp(teams.length);
          window.print();
        },
        csv: () =>
          download(
            'koers-teams.csv',
            `\uFEFF${teamsCsv(
              bundle,
              teams.map((x) => x.result),
            )}`,
            'text/csv;charset=utf-8',
          ),
        clear: () => {
          if (!window.confirm(`Alle ${teams.length} teams uit de vergelijking halen? Dit kan niet ongedaan worden.`))
            return;
          teams = [];
          save();
          panel.say('De vergelijking is leeg. Lees de codes van een nieuwe groep in.');
          renderTeams();
          teamsBox.querySelector<HTMLElement>('h3')?.focus();
        },
      }),
    );
    renderComparison();
  };

  window.addEventListener('beforeprint', () => buildFolded(root));
  root.replaceChildren(
    h(
      'section',
      { class: 'begeleider', 'aria-labelledby': 'begeleider__kop' },
      h(
        'div',
        { class: 'begeleider__kopregel' },
        h('h2', { id: 'begeleider__kop', tabindex: -1 }, 'Resultaten vergelijken'),
        button('Terug naar het titelscherm', back, { class: 'btn btn--ghost begeleider__terug' }),
      ),
      stamp,
      h(
        'p',
        { class: 'screen__intro' },
        `Lees de resultaten van alle teams in en bespreek ze naast elkaar: ${bundle.scenario.title}. Het model speelt de beslissingen van elk team opnieuw af, hier in de browser; er gaat niets naar een server. De vergelijking blijft bewaard op dit apparaat, ook als de pagina opnieuw laadt.`,
      ),
      panel.element,
      teamsBox,
      comparison,
    ),
  );
  renderTeams();
  root.querySelector<HTMLElement>('#begeleider__kop')?.focus();

  // A reload reads the kept teams in again, under the names they had.
  const restore: Candidate[] = readSaved(kept()).map((s) => ({ label: s.source, text: s.code, name: s.name }));
  if (restore.length)
    void panel
      .run(restore)
      .then(() => panel.say(`${teams.length} ${teams.length === 1 ? 'team' : 'teams'} van de vorige keer teruggezet.`));

  return {
    addResults: (codes, from = 'Live-sessie') =>
      panel.run(codes.map((text, i) => ({ label: codes.length > 1 ? `${from}, code ${i + 1}` : from, text }))),
  };
}
