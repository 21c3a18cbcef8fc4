/** The scan: spend scan hours on interviews, data and walks; see what has come to light. */
import { button, h } from '../dom';
import { ambidexterityTable } from './ambidexterity';
import { characterName, type ScreenCtx, screen } from './common';
import { checkedValues, checkGroup, form, radioGroup } from './forms';

const KIND = { interview: 'Interview', data: 'Gegevens opvragen', rondgang: 'Rondgang' } as const;

export function scanScreen(c: ScreenCtx): HTMLElement {
  const { b, sim } = c;
  const left = sim.scanHoursLeft;
  const facts = b.scan.facts.filter((f) => sim.facts[f.id] !== undefined);
  return screen(
    'scan',
    'De organisatiescan',
    'U heeft een beperkt aantal scanuren. Kies met wie u praat en welke gegevens u opvraagt: niet alles wat het dashboard zegt, klopt.',
    h(
      'p',
      { class: 'meter', id: 'scan__uren' },
      h('strong', {}, `${left} van ${b.scan.hours} scanuren over`),
      h('progress', { max: b.scan.hours, value: left, 'aria-label': 'Scanuren over' }),
    ),
    h(
      'ul',
      { class: 'cards' },
      b.scan.sources.map((s) => {
        const done = sim.attempts[`scan_${s.id}`] !== undefined;
        const tooMuch = s.hours > left;
        return h(
          'li',
          { class: `card${done ? ' card--klaar' : ''}` },
          h('h3', { class: 'card__title' }, s.title),
          h(
            'p',
            { class: 'card__meta' },
            `${KIND[s.kind]} · ${s.hours} uur${s.who ? ` · ${characterName(b, s.who)}` : ''}`,
          ),
          done
            ? h('p', { class: 'card__status' }, '✓ Gedaan')
            : button(tooMuch ? 'Te weinig uren' : 'Doen', () => c.send({ type: 'scan.open', source: s.id }), {
                disabled: tooMuch,
                'aria-label': `${tooMuch ? 'Te weinig uren' : 'Doen'}: ${s.title} (${s.hours} uur)`,
              }),
        );
      }),
    ),
    h(
      'section',
      { class: 'facts', 'aria-labelledby': 'scan__feiten' },
      h('h3', { id: 'scan__feiten' }, 'Wat u tot nu toe weet'),
      facts.length
        ? h(
            'ul',
            {},
            facts.map((f) => h('li', {}, f.title)),
          )
        : h('p', {}, 'Nog niets dat het dashboard niet al vertelde.'),
      ambidexterityTable(b, sim),
    ),
    button('Scan afronden en diagnose stellen', () => c.send({ type: 'scan.finish' }), {
      class: 'btn btn--primary',
      id: 'scan__afronden',
    }),
  );
}

export function diagnosisScreen(c: ScreenCtx): HTMLElement {
  const { b } = c;
  const max = b.scan.maxProblems;
  const f = form(
    'diagnose',
    (el) => {
      const problems = checkedValues(el, 'probleem');
      const theme = checkedValues(el, 'thema')[0];
      if (problems.length < 1 || problems.length > max) return `Kies 1 tot ${max} hoofdproblemen.`;
      if (!theme) return 'Kies een thema voor het traject.';
      c.send({ type: 'diagnosis.submit', problems, theme });
      return null;
    },
    h(
      'details',
      { class: 'why' },
      h('summary', {}, 'Het ambidextrieprofiel uit de scan'),
      ambidexterityTable(b, c.sim),
    ),
    checkGroup(
      'probleem',
      `Wat zijn de hoofdproblemen? (kies er hoogstens ${max})`,
      b.scan.problems.map((p) => ({ id: p.id, title: p.title })),
    ),
    radioGroup(
      'thema',
      'Welk thema kiest u voor het traject?',
      b.scan.themes.map((t) => ({ id: t.id, title: t.title, summary: t.summary })),
    ),
    h('button', { type: 'submit', class: 'btn btn--primary' }, 'Diagnose vaststellen'),
  );
  return screen(
    'diagnose',
    'Diagnose',
    'Benoem wat volgens u de kern is. Het spel zegt nu niet of u gelijk heeft; dat ziet u in de terugblik.',
    f,
  );
}
