/** A conversation: the transcript as a log, choices as buttons, "Verder" when it has ended. */
import { button, h } from '../dom';
import { characterName, portrait, type ScreenCtx, screen } from './common';
import { readVotes, teamPanel, voteInput } from './team';

const PURPOSE_LABEL: Record<string, string> = {
  intro: 'Welkom',
  scan: 'Scan',
  approval: 'Plan van aanpak',
  event: 'Gebeurtenis',
  agenda: 'Agenda',
  visit: 'Inspectiebezoek',
  interim: 'Tussenevaluatie',
  epilogue: 'Epiloog',
};

export function dialogueScreen(c: ScreenCtx): HTMLElement {
  const d = c.snap.dialogue!;
  const conv = d.conversation;
  const who = conv.who ?? d.lines.find((l) => l.speaker && l.speaker !== 'speler')?.speaker;
  const lines = d.lines.map((l, i) => {
    const isNew = i >= d.lines.length - d.fresh;
    if (l.speaker === 'speler')
      return h('p', { class: 'line line--speler' }, h('span', { class: 'line__who' }, 'U: '), l.text);
    const name = l.speaker ? characterName(c.b, l.speaker) : '';
    return h(
      'p',
      { class: `line${l.speaker ? ' line--spreker' : ' line--verteller'}${isNew ? ' line--nieuw' : ''}` },
      name ? h('span', { class: 'line__who' }, `${name}: `) : null,
      l.text,
    );
  });
  const choose = (index: number) => {
    const votes = c.team && choices ? readVotes(choices, d.choices.length) : undefined;
    c.send(votes ? { type: 'dialogue.choose', index, votes } : { type: 'dialogue.choose', index });
  };
  const choices = d.choices.length
    ? h(
        'ol',
        { class: `choices${c.team ? ' choices--team' : ''}`, 'aria-label': 'Uw antwoord' },
        d.choices.map((text, index) =>
          h(
            'li',
            {},
            button(text, () => choose(index), { class: 'btn btn--choice', 'data-choice': index }),
            c.team ? voteInput(index, text) : null,
          ),
        ),
      )
    : null;
  // In team play: the timer and two questions before the team chooses.
  const kinds = { event: 'event', visit: 'visit', approval: 'approval', agenda: 'agenda', interim: 'interim' } as const;
  const kind = kinds[conv.purpose as keyof typeof kinds];
  const team =
    c.team && d.choices.length && kind
      ? teamPanel(c.b, kind, `gesprek:${conv.seq}:${d.lines.length}`, conv.seq + d.lines.length)
      : null;
  const character = c.b.scenario.characters.find((x) => x.id === who);
  return screen(
    'gesprek',
    conv.title,
    null,
    h(
      'div',
      { class: 'dialogue__head' },
      portrait(c.b, who, 72),
      h(
        'p',
        { class: 'dialogue__meta' },
        h('span', { class: 'tag' }, PURPOSE_LABEL[conv.purpose] ?? ''),
        character ? ` ${character.name}, ${character.role}` : '',
      ),
    ),
    h('div', { class: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-label': 'Gesprek' }, lines),
    d.error ? h('p', { class: 'notice notice--fout', role: 'alert' }, d.error) : null,
    team,
    choices,
    d.ended
      ? button('Verder', () => c.send({ type: 'dialogue.close' }), { class: 'btn btn--primary', id: 'gesprek__verder' })
      : null,
  );
}
