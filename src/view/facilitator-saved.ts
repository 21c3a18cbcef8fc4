/**
 * The facilitator's comparison kept across a reload: per team its result code (made again from the
 * replayed game, so a JSON export is kept as a short code too), its name and where it was read from.
 * Reading it back is reading those codes again; whatever is not a well-formed list is ignored.
 */
import { z } from 'zod';
import type { Game } from '../game/game';
import { toResultCode } from '../game/result-code';

export const SAVED_KEY = 'koers-vergelijking';
/** Far above any room (the import itself reads 500 at a time), low enough for any storage quota. */
const MAX_SAVED = 2000;

const SavedSchema = z.object({
  format: z.literal('koers-vergelijking'),
  teams: z
    .array(z.object({ code: z.string().max(8000), name: z.string().max(200), source: z.string().max(300) }))
    .max(MAX_SAVED),
});
export type SavedTeam = z.infer<typeof SavedSchema>['teams'][number];

/** The code a team is kept by: made once when it is read in (the name is kept beside it). */
export const codeToKeep = (game: Game): string => toResultCode(game);

export function savedText(teams: readonly SavedTeam[]): string {
  return JSON.stringify({ format: 'koers-vergelijking', teams });
}

/** The kept teams; [] for nothing kept, or anything that is not a kept comparison. */
export function readSaved(text: string | null): SavedTeam[] {
  if (!text) return [];
  try {
    const r = SavedSchema.safeParse(JSON.parse(text));
    return r.success ? r.data.teams : [];
  } catch {
    return [];
  }
}
