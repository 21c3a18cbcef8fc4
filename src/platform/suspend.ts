/**
 * What a learning platform keeps for a student between sessions (SCORM 1.2 `cmi.suspend_data`,
 * at most 4,096 characters): the game's result code (its event log, compressed, with fingerprint
 * and checksum — game/result-code.ts, whose format this wraps and never changes), and, after a
 * `~`, the reflection answers as deflated UTF-8 JSON in base64url. A result code never contains
 * `~`. Answers that would push the whole past the limit are not kept; the caller tells the student.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { decode, encode } from '../game/base64url';
import { CODE_PREFIX } from '../game/result-code';
import { ANSWER_MAX } from '../view/assignment';

export { ANSWER_MAX };

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_LIMIT = 4096;
const SEPARATOR = '~';

const Answers = z.array(z.string().max(ANSWER_MAX)).max(12);

export interface Suspended {
  code: string;
  answers: string[];
}

export type Packed = { data: string; answersKept: boolean } | null;

/**
 * The suspend data for a game and its answers. Answers that do not fit are left out
 * (`answersKept` false); null only when the game alone would not fit, which the budget test
 * (tests/unit/scorm-suspend.test.ts, 10,000 random games) shows does not happen.
 */
export function packSuspend(code: string, answers: readonly string[]): Packed {
  if (code.length > SUSPEND_LIMIT || code.includes(SEPARATOR)) return null;
  if (!answers.some((a) => a.trim())) return { data: code, answersKept: true };
  const packed = encode(deflateSync(strToU8(JSON.stringify(answers)), { level: 9 }));
  const data = `${code}${SEPARATOR}${packed}`;
  return data.length <= SUSPEND_LIMIT ? { data, answersKept: true } : { data: code, answersKept: false };
}

/** Never throws: suspend data from the platform, or null when it is empty or not ours. */
export function unpackSuspend(data: unknown): Suspended | null {
  if (typeof data !== 'string' || !data.startsWith(CODE_PREFIX) || data.length > SUSPEND_LIMIT) return null;
  const [code = '', rest] = data.split(SEPARATOR, 2);
  if (rest === undefined) return { code, answers: [] };
  try {
    const bytes = decode(rest);
    const parsed = bytes ? Answers.safeParse(JSON.parse(strFromU8(inflateSync(bytes)))) : null;
    // Damaged answers cost the answers, never the game.
    return { code, answers: parsed?.success ? parsed.data : [] };
  } catch {
    return { code, answers: [] };
  }
}
