/**
 * The epilogue as the player reads it: the game's last conversation, and narration only.
 * content:check holds it to no choices, no tags that change anything and no visit counts read, so
 * a Story of its own writes it exactly as the game's would. Like the vignettes it is written when
 * first read, from the state its conversation opened on: a headless run that never reads it does
 * not run its ink (about 7% of a random game).
 */
import type { Conversation } from '../machines/trajectory';
import { Narrative, type Step } from '../narrative/conversation';
import { changesGame } from '../narrative/tags';
import { test as holds, resolveRef } from '../sim/model';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import type { Dialogue } from './game';

export function epilogue(bundle: ScenarioBundle, seed: number, conversation: Conversation, at: SimState): Dialogue {
  let step: Step | undefined;
  const write = (): Step => {
    if (!step) {
      const reads = { get: (p: string) => resolveRef(bundle, at, p), test: (e: string) => holds(bundle, at, e) };
      // content:check tries it with every question answered low and high; should another mix of
      // answers still reach a choice or a change, it is shown as the error it is, not dropped.
      let changes = 0;
      const once = new Narrative(
        bundle.stories,
        reads,
        (c) => {
          if (changesGame(c)) changes++;
        },
        seed >>> 0,
      );
      const written = once.start(conversation.story, conversation.knot);
      once.release();
      step =
        changes || written.choices.length || written.outcome
          ? {
              ...written,
              error: 'De epiloog vraagt of verandert iets; zo kan hij niet los van het spel worden gelezen.',
            }
          : written;
    }
    return step;
  };
  return {
    conversation,
    get lines() {
      return write().lines;
    },
    get fresh() {
      return write().lines.length;
    },
    choices: [],
    ended: true,
    get error() {
      return write().error;
    },
  };
}
