/**
 * A local learning record store for the tests: accepts POST /xapi/statements when the request and
 * every statement in it follow the xAPI 1.0.3 statement structure (the parts the spec requires of
 * an Agent, Verb, Activity, Result and Context), answers 400 with the reason otherwise, and keeps
 * what it accepted. `down` makes it answer 503, as a store under maintenance does.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const Iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'geen IRI');
const LanguageMap = z
  .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), z.string())
  .refine((m) => Object.keys(m).length > 0);
const Extensions = z.record(Iri, z.unknown());
const Agent = z
  .object({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z
      .string()
      .regex(/^mailto:[^@\s]+@[^@\s]+$/)
      .optional(),
    mbox_sha1sum: z.string().optional(),
    openid: Iri.optional(),
    account: z
      .object({ homePage: z.url(), name: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine(
    (a) => [a.mbox, a.mbox_sha1sum, a.openid, a.account].filter(Boolean).length === 1,
    'een Agent heeft precies één IFI',
  );
const ActivityRef = z.object({ objectType: z.literal('Activity').optional(), id: Iri }).strict();
const Activity = z
  .object({
    objectType: z.literal('Activity').optional(),
    id: Iri,
    definition: z
      .object({
        name: LanguageMap.optional(),
        description: LanguageMap.optional(),
        type: Iri.optional(),
        interactionType: z
          .enum([
            'true-false',
            'choice',
            'fill-in',
            'long-fill-in',
            'matching',
            'performance',
            'sequencing',
            'likert',
            'numeric',
            'other',
          ])
          .optional(),
        extensions: Extensions.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
const Result = z
  .object({
    score: z
      .object({
        scaled: z.number().min(-1).max(1).optional(),
        raw: z.number().optional(),
        min: z.number().optional(),
        max: z.number().optional(),
      })
      .strict()
      .refine((s) => s.raw === undefined || ((s.min ?? -Infinity) <= s.raw && s.raw <= (s.max ?? Infinity)))
      .optional(),
    success: z.boolean().optional(),
    completion: z.boolean().optional(),
    response: z.string().optional(),
    duration: z.string().regex(/^P/).optional(),
    extensions: Extensions.optional(),
  })
  .strict();
const Context = z
  .object({
    registration: z.uuid().optional(),
    instructor: Agent.optional(),
    contextActivities: z
      .object({
        parent: z.array(ActivityRef),
        grouping: z.array(ActivityRef),
        category: z.array(ActivityRef),
        other: z.array(ActivityRef),
      })
      .partial()
      .strict()
      .optional(),
    revision: z.string().optional(),
    platform: z.string().optional(),
    language: z.string().optional(),
    extensions: Extensions.optional(),
  })
  .strict();
export const StatementSchema = z
  .object({
    id: z.uuid(),
    actor: Agent,
    verb: z.object({ id: Iri, display: LanguageMap.optional() }).strict(),
    object: Activity,
    result: Result.optional(),
    context: Context.optional(),
    timestamp: z.iso.datetime({ offset: true }),
  })
  .strict();
export type AcceptedStatement = z.infer<typeof StatementSchema>;

export async function startLrs(auth: string) {
  const accepted: AcceptedStatement[] = [];
  const refused: string[] = [];
  const state = { down: false };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const no = (status: number, why: string) => {
        refused.push(why);
        res.writeHead(status).end(why);
      };
      if (state.down) return void res.writeHead(503).end();
      if (req.method !== 'POST' || req.url !== '/xapi/statements') return no(404, 'onbekend adres');
      if (!String(req.headers['x-experience-api-version'] ?? '').startsWith('1.0'))
        return no(400, 'X-Experience-API-Version ontbreekt');
      if (req.headers.authorization !== auth) return no(401, 'verkeerde Authorization');
      if (!req.headers['content-type']?.startsWith('application/json')) return no(400, 'geen JSON');
      let list: unknown;
      try {
        list = JSON.parse(body);
      } catch {
        return no(400, 'onleesbare JSON');
      }
      const parsed = z.array(StatementSchema).safeParse(Array.isArray(list) ? list : [list]);
      if (!parsed.success)
        return no(400, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      accepted.push(...parsed.data);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(parsed.data.map((s) => s.id)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    accepted,
    refused,
    state,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
