/** Everything the player can do (logged) and what the game layer feeds back (derived, not logged). */
import type { Command } from '../narrative/tags';

export type PlayerEvent =
  | { type: 'dialogue.choose'; index: number; votes?: number[] }
  | { type: 'dialogue.close' }
  | { type: 'intake.submit'; commit: 'sign' | 'refuse'; leader: string }
  | { type: 'scan.open'; source: string }
  | { type: 'scan.finish' }
  | { type: 'diagnosis.submit'; problems: string[]; theme: string }
  | { type: 'plan.submit'; goals: { id: string; level: string }[]; coach: string; style: string }
  | { type: 'agenda.open'; item: string }
  | { type: 'agenda.finish' }
  | { type: 'budget.submit'; buy: string[] }
  | { type: 'verdict.continue' }
  | { type: 'report.continue' }
  | { type: 'interim.submit'; lower: string[] }
  | { type: 'borging.submit'; measures: string[] }
  | { type: 'final.continue' };

export type InternalEvent =
  | { type: 'ink.commands'; commands: readonly Command[] }
  | { type: 'ink.choice'; text: string; options: string[]; index: number; votes?: number[] }
  | { type: 'conversation.done'; outcome?: string };

export type MachineEvent = PlayerEvent | InternalEvent;
export type PlayerEventType = PlayerEvent['type'];

export const PLAYER_EVENT_TYPES: readonly PlayerEventType[] = [
  'dialogue.choose',
  'dialogue.close',
  'intake.submit',
  'scan.open',
  'scan.finish',
  'diagnosis.submit',
  'plan.submit',
  'agenda.open',
  'agenda.finish',
  'budget.submit',
  'verdict.continue',
  'report.continue',
  'interim.submit',
  'borging.submit',
  'final.continue',
];
