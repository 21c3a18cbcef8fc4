/** Intake: sign (or refuse) the programme's commitment, and appoint an internal project leader. */
import type { IntakeModel } from '../../view';
import { frame, type ScreenCtx } from './common';
import { checkedValues, choiceGroup, form } from './forms';

export const intakeScreen = (c: ScreenCtx, vm: IntakeModel) =>
  frame(
    'intake',
    vm,
    form(
      c,
      'intake',
      'Intake afronden',
      (el, e) => {
        const commit = checkedValues(el, 'commitment')[0] as 'sign' | 'refuse' | undefined;
        const leader = checkedValues(el, 'leader')[0];
        if (!commit) return 'Kies of u de commitmentverklaring tekent.';
        if (!leader) return 'Kies een interne projectleider.';
        c.send({ type: 'intake.submit', commit, leader }, e);
        return null;
      },
      choiceGroup('radio', 'commitment', 'De commitmentverklaring van het programma', vm.commitment),
      choiceGroup('radio', 'leader', 'Wie wordt de interne projectleider?', vm.leaders),
    ),
  );
