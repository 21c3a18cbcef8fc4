/**
 * How the game was launched: the settings a teacher baked into a SCORM package (a JSON script
 * element that `npm run package:scorm` writes into index.html), and the xAPI launch parameters a
 * platform or link adds to the address (endpoint, auth, actor, registration, activity_id — the
 * usual "tincan launch" names). Both come from outside and are parsed with a schema; anything
 * malformed counts as absent, so the game runs as it does without them.
 */
import { z } from 'zod';
import { PACKAGE_ELEMENT } from './detect';

export { PACKAGE_ELEMENT };

export const PackageSettingsSchema = z.object({
  scenario: z.string().max(64),
  /** A length id of the scenario (sim/lengths.ts), e.g. "masterclass". */
  length: z.string().max(64),
  /** A fixed session code, so a whole class faces the same world; absent: each student their own. */
  seed: z.number().int().min(0).max(999_999).optional(),
  team: z.boolean(),
  /** Report the mean of the value triad as cmi.core.score.raw (off by default: there is no winner). */
  score: z.boolean(),
  /** The package's title, as the platform shows it. */
  title: z.string().max(200),
});
export type PackageSettings = z.infer<typeof PackageSettingsSchema>;

const Actor = z
  .object({
    objectType: z.literal('Agent').optional(),
    name: z.string().max(200).optional(),
    mbox: z.string().startsWith('mailto:').max(320).optional(),
    account: z.object({ homePage: z.url(), name: z.string().min(1).max(200) }).optional(),
  })
  .refine((a) => !!a.mbox !== !!a.account, 'precies één van mbox of account');
export type XapiActor = z.infer<typeof Actor>;

export interface XapiLaunch {
  /** The record store's base address, ending in a slash. */
  endpoint: string;
  auth: string;
  actor: XapiActor;
  registration?: string;
  /** The activity id of this assignment (an IRI); defaults to the game's own. */
  activityId?: string;
}

/** The package's settings from its index.html, or null outside a package. Never throws. */
export function readPackage(doc: Pick<Document, 'getElementById'>): PackageSettings | null {
  try {
    const text = doc.getElementById(PACKAGE_ELEMENT)?.textContent;
    if (!text || text.length > 4000) return null;
    const parsed = PackageSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const Uuid = z.uuid();

/** xAPI launch parameters from the address, or null when they are absent or incomplete. Never throws. */
export function readXapiLaunch(search: string): XapiLaunch | null {
  try {
    const q = new URLSearchParams(search);
    const endpoint = q.get('endpoint');
    const auth = q.get('auth');
    const actorText = q.get('actor');
    if (!endpoint || !auth || !actorText || auth.length > 2000 || actorText.length > 2000) return null;
    const url = new URL(endpoint);
    if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return null;
    const actor = Actor.safeParse(JSON.parse(actorText));
    if (!actor.success) return null;
    const registration = Uuid.safeParse(q.get('registration'));
    const activity = q.get('activity_id');
    return {
      endpoint: url.href.endsWith('/') ? url.href : `${url.href}/`,
      auth,
      actor: actor.data,
      ...(registration.success ? { registration: registration.data } : {}),
      ...(activity && z.url().safeParse(activity).success ? { activityId: activity } : {}),
    };
  } catch {
    return null;
  }
}
