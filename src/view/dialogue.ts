/** The view model of a conversation: transcript, choices, and "Verder" once it has ended. */
import type { Dialogue } from '../game/game';
import { answerIsDecision } from '../sim/decisions';
import type { ScenarioBundle } from '../sim/schema';
import { face, teamPrompt } from './common';
import { characterName } from './format';
import type { DialogueModel, TeamPrompt } from './models';
import { speakerOf } from './world';

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
const TEAM_KIND = {
  event: 'event',
  visit: 'visit',
  approval: 'approval',
  agenda: 'agenda',
  interim: 'interim',
} as const;

/** A conversation's team panel: votes per option only where its answer is a decision between options. */
function dialoguePrompt(b: ScenarioBundle, team: boolean, d: Dialogue, key: string): TeamPrompt | null {
  const conv = d.conversation;
  const p = teamPrompt(b, team, TEAM_KIND[conv.purpose as keyof typeof TEAM_KIND], key, conv.seq + d.lines.length);
  // One way on is no choice to vote on.
  return p && { ...p, vote: answerIsDecision(conv.purpose) && d.choices.length > 1 ? 'options' : null };
}

export function dialogueView(b: ScenarioBundle, d: Dialogue, team: boolean, key: string): DialogueModel {
  const conv = d.conversation;
  const who = speakerOf(d);
  const character = b.scenario.characters.find((x) => x.id === who);
  return {
    kind: 'dialogue',
    title: conv.title,
    intro: null,
    team: d.choices.length ? dialoguePrompt(b, team, d, `${key}:${d.lines.length}`) : null,
    seq: conv.seq,
    // The dismissal is named for who dismisses (board.yaml `name`).
    purpose: conv.purpose === 'dismissal' ? b.board.name : (PURPOSE_LABEL[conv.purpose] ?? ''),
    face: face(b, who),
    role: character ? `${character.name}, ${character.role}` : '',
    lines: d.lines.map((l, i) => ({
      who: l.speaker === 'speler' ? 'U' : l.speaker ? characterName(b, l.speaker) : '',
      player: l.speaker === 'speler',
      narrator: !l.speaker,
      fresh: i >= d.lines.length - d.fresh,
      text: l.text,
    })),
    error: d.error ?? null,
    choices: d.choices,
    ended: d.ended,
  };
}
