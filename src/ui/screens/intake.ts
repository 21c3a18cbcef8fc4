/** Intake: sign (or refuse) the programme's commitment, and appoint an internal project leader. */
import { h } from '../dom';
import { type ScreenCtx, screen } from './common';
import { checkedValues, form, radioGroup } from './forms';

export function intakeScreen(c: ScreenCtx): HTMLElement {
  const p = c.b.plan;
  const f = form(
    'intake',
    (el) => {
      const commit = checkedValues(el, 'commitment')[0] as 'sign' | 'refuse' | undefined;
      const leader = checkedValues(el, 'leader')[0];
      if (!commit) return 'Kies of u de commitmentverklaring tekent.';
      if (!leader) return 'Kies een interne projectleider.';
      c.send({ type: 'intake.submit', commit, leader });
      return null;
    },
    radioGroup('commitment', 'De commitmentverklaring van het programma', [
      { id: 'sign', title: p.commitment.sign.title, summary: p.commitment.sign.summary },
      { id: 'refuse', title: p.commitment.refuse.title, summary: p.commitment.refuse.summary },
    ]),
    radioGroup(
      'leader',
      'Wie wordt de interne projectleider?',
      p.leaders.map((l) => ({ id: l.id, title: l.title, summary: l.summary })),
    ),
    h('button', { type: 'submit', class: 'btn btn--primary' }, 'Intake afronden'),
  );
  return screen(
    'intake',
    'Oriëntatie en intake',
    'Voordat het traject begint, legt het programma een keuze bij u neer. Tekenen bindt; niet tekenen mag ook.',
    f,
  );
}
