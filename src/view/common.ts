/** Pieces the view models share: faces, quarters and periods, the team's questions. */
import { periodEnds } from '../sim/lengths';
import type { PersonDef, ScenarioBundle } from '../sim/schema';
import type { Face, TeamPrompt } from './models';

export function face(b: ScenarioBundle, who: string | undefined): Face | null {
  const c = b.scenario.characters.find((x) => x.id === who);
  return c ? { name: c.name, spec: c.portrait } : null;
}

/** A person the player follows: their own portrait, or their cast character's. */
export function personFace(b: ScenarioBundle, p: PersonDef): Face | null {
  if (p.character) return face(b, p.character);
  return p.portrait ? { name: p.name, spec: p.portrait } : null;
}

/** The quarter after which action period 1 ends: the game's length says (sim/lengths.ts). */
export const periodOneEnd = (b: ScenarioBundle) => periodEnds(b)[0];
export const quarterName = (b: ScenarioBundle, q: number) => `Kwartaal ${q} van ${b.scenario.quarters}`;

export type PromptScreen = ScenarioBundle['team']['prompts'][number]['screen'];

/** The form screens whose submission records a decision, and so take a vote for and against. */
const SUPPORT_SCREENS: ReadonlySet<PromptScreen> = new Set([
  'intake',
  'diagnosis',
  'plan',
  'budget',
  'interim',
  'borging',
]);

/** Two questions for the team, turning with `turn` so a repeated screen asks something new. */
export function teamPrompt(
  b: ScenarioBundle,
  team: boolean,
  screen: PromptScreen | undefined,
  key: string,
  turn: number,
): TeamPrompt | null {
  if (!team || !screen) return null;
  const prompts = b.team.prompts.filter((p) => p.screen === screen);
  const chosen = [turn, turn + 1].flatMap((i) => prompts[i % prompts.length] ?? []);
  return {
    key,
    questions: [...new Set(chosen)].map((p) => p.text),
    vote: SUPPORT_SCREENS.has(screen) ? 'support' : null,
  };
}
