/**
 * A saved game (as the browser stores it) of the high road, stopped on the first quarter's agenda
 * screen: the town then has its pins up. For the CPU measurement at rest and the town's e2e test.
 */
import { loadScenarioById } from '../content/from-disk';
import { createGame } from '../game/game';
import { toSave } from '../game/save';
import { rand, strategiesFor } from '../game/strategies';

export function saveAtAgenda(seed = 7): string {
  const bundle = loadScenarioById('het-baken');
  const game = createGame({ bundle, seed });
  const play = strategiesFor(bundle)['hoge-weg'];
  const r = rand(seed);
  while (!game.snapshot().machine.hasTag('agenda') || game.snapshot().dialogue)
    if (!play || !game.send(play(game, r))) throw new Error('de strategie komt niet bij de agenda');
  return JSON.stringify(toSave(game));
}
