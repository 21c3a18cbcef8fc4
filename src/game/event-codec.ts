/**
 * The result code's body: a header and the event log as bytes. Ids are written as their position
 * in the scenario's lists, an event's type as its position in the append-only wire table
 * (PLAYER_EVENT_TYPES, machines/events.ts). One codec per event type, checked by the compiler
 * to cover every type the schema defines.
 *
 * Layout (big-endian): u32 content fingerprint · u8 content version · u32 seed · u16 event count ·
 * per event: u8 type, then that type's fields as written by its codec below, then — only when the
 * type byte has its high bit (SUPPORT_BIT) set — a team's vote for and against (u8, u8) · then, only
 * for a game not at the full length, u8 its length's position in the scenario's `lengths` (1 to 127)
 * · then optional tagged fields in tag order, each a u8 tag (128 or more, so it never reads as a
 * length) and its data: TAG_TEAM, the team's name as u8 byte count + UTF-8. Type positions stay far
 * below 128, so every code from before team votes reads as it did; a code without the length byte
 * is a full-length game, one without tags has no name.
 */
import {
  PLAYER_EVENT_TYPES,
  type PlayerEvent,
  type PlayerEventOf,
  type PlayerEventType,
  SUPPORTED_TYPES,
} from '../machines/events';
import { lengthsOf } from '../sim/lengths';
import { scenarioIndex } from '../sim/scenario-index';
import type { ScenarioBundle } from '../sim/schema';

export const MAX_EVENTS = 4000;
/** Set in an event's type byte when a team's vote for and against follows its fields. */
const SUPPORT_BIT = 0x80;
/** The first tag of the optional fields after the length; each field adds the next number. */
const TAG_TEAM = 0x80;
const utf8 = new TextEncoder();
/** Fatal: a name whose bytes are not UTF-8 is a damaged code, not a name with odd characters. */
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The id lists an event's arguments index into. Their order is part of the wire format too. */
function idLists(b: ScenarioBundle) {
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
  return {
    leaders: ids(b.plan.leaders),
    sources: ids(b.scan.sources),
    problems: ids(b.scan.problems),
    themes: ids(b.scan.themes),
    goals: ids(b.plan.goals),
    /** Position 0 is "no programme coach" (the programme was refused at intake). */
    coaches: ['', ...ids(b.plan.coaches)],
    styles: ids(b.plan.reporting),
    agenda: ids(b.agenda.items),
    interventions: ids(b.interventions.interventions),
    borging: ids(b.plan.borging),
  };
}
type Lists = ReturnType<typeof idLists>;
type ListName = keyof Lists;

class Writer {
  readonly out: number[] = [];
  constructor(
    readonly b: ScenarioBundle,
    private readonly lists: Lists,
  ) {}
  u8(n: number) {
    if (!Number.isInteger(n) || n < 0 || n > 255) throw new RangeError('waarde past niet in de code');
    this.out.push(n);
  }
  u16(n: number) {
    this.u8((n >>> 8) & 255);
    this.u8(n & 255);
  }
  u32(n: number) {
    for (let k = 3; k >= 0; k--) this.out.push((n >>> (8 * k)) & 255);
  }
  id(list: ListName, id: string) {
    this.u8(this.lists[list].indexOf(id));
  }
  ids(list: ListName, ids: readonly string[]) {
    this.u8(ids.length);
    for (const id of ids) this.id(list, id);
  }
  text(s: string) {
    const bytes = utf8.encode(s);
    this.u8(bytes.length);
    for (const b of bytes) this.u8(b);
  }
}

/** Reads past the end or an unknown position throw a RangeError: the caller reports a damaged code. */
class Reader {
  at = 0;
  constructor(
    readonly b: ScenarioBundle,
    private readonly lists: Lists,
    private readonly bytes: Uint8Array,
  ) {}
  get done() {
    return this.at === this.bytes.length;
  }
  u8(): number {
    const v = this.bytes[this.at++];
    if (v === undefined) throw new RangeError('code te kort');
    return v;
  }
  u16() {
    return (this.u8() << 8) | this.u8();
  }
  u32() {
    return ((this.u8() << 24) | (this.u8() << 16) | (this.u8() << 8) | this.u8()) >>> 0;
  }
  id(list: ListName): string {
    const id = this.lists[list][this.u8()];
    if (id === undefined) throw new RangeError('onbekend id');
    return id;
  }
  many<T>(one: () => T): T[] {
    return Array.from({ length: this.u8() }, one);
  }
  ids(list: ListName): string[] {
    return this.many(() => this.id(list));
  }
  text(): string {
    return fromUtf8.decode(Uint8Array.from(this.many(() => this.u8())));
  }
}

interface Codec<K extends PlayerEventType> {
  write(w: Writer, e: PlayerEventOf<K>): void;
  read(r: Reader): PlayerEventOf<K>;
}
const bare = <K extends PlayerEventType>(type: K) =>
  ({ write() {}, read: () => ({ type }) as PlayerEventOf<K> }) satisfies Codec<K>;

/** How each event type's fields are packed. Changing a codec changes the wire format: see events.ts. */
const CODECS: { [K in PlayerEventType]: Codec<K> } = {
  'dialogue.choose': {
    // A team's votes ride along: their count, then one byte per option.
    write(w, e) {
      w.u8(e.index);
      w.u8(e.votes?.length ?? 0);
      for (const v of e.votes ?? []) w.u8(v);
    },
    read(r) {
      const index = r.u8();
      const votes = r.many(() => r.u8());
      return votes.length ? { type: 'dialogue.choose', index, votes } : { type: 'dialogue.choose', index };
    },
  },
  'dialogue.close': bare('dialogue.close'),
  'intake.submit': {
    write(w, e) {
      w.u8(e.commit === 'sign' ? 1 : 0);
      w.id('leaders', e.leader);
    },
    read: (r) => ({ type: 'intake.submit', commit: r.u8() ? 'sign' : 'refuse', leader: r.id('leaders') }),
  },
  'scan.open': {
    write: (w, e) => w.id('sources', e.source),
    read: (r) => ({ type: 'scan.open', source: r.id('sources') }),
  },
  'scan.finish': bare('scan.finish'),
  'diagnosis.submit': {
    write(w, e) {
      w.ids('problems', e.problems);
      w.id('themes', e.theme);
    },
    read: (r) => ({ type: 'diagnosis.submit', problems: r.ids('problems'), theme: r.id('themes') }),
  },
  'plan.submit': {
    // Each goal as its position, then its level's position within that goal's levels.
    write(w, e) {
      w.u8(e.goals.length);
      for (const g of e.goals) {
        w.id('goals', g.id);
        w.u8(
          scenarioIndex(w.b)
            .find('goal', g.id)
            ?.levels.findIndex((l) => l.id === g.level) ?? -1,
        );
      }
      w.id('coaches', e.coach);
      w.id('styles', e.style);
    },
    read(r) {
      const goals = r.many(() => {
        const id = r.id('goals');
        const level = scenarioIndex(r.b).get('goal', id).levels[r.u8()]?.id;
        if (!level) throw new RangeError('onbekend niveau');
        return { id, level };
      });
      return { type: 'plan.submit', goals, coach: r.id('coaches'), style: r.id('styles') };
    },
  },
  'agenda.open': {
    write: (w, e) => w.id('agenda', e.item),
    read: (r) => ({ type: 'agenda.open', item: r.id('agenda') }),
  },
  'agenda.finish': bare('agenda.finish'),
  'budget.submit': {
    write: (w, e) => w.ids('interventions', e.buy),
    read: (r) => ({ type: 'budget.submit', buy: r.ids('interventions') }),
  },
  'verdict.continue': bare('verdict.continue'),
  'report.continue': bare('report.continue'),
  'interim.submit': {
    write: (w, e) => w.ids('goals', e.lower),
    read: (r) => ({ type: 'interim.submit', lower: r.ids('goals') }),
  },
  'borging.submit': {
    write: (w, e) => w.ids('borging', e.measures),
    read: (r) => ({ type: 'borging.submit', measures: r.ids('borging') }),
  },
  'final.continue': bare('final.continue'),
};

/** What a code's body holds. `fingerprint` is the first 32 bits of the content fingerprint. */
export interface CodeHeader {
  fingerprint: number;
  contentVersion: number;
  seed: number;
}
export interface CodeBody extends CodeHeader {
  events: readonly PlayerEvent[];
  /** The game's length when it is not the full one (sim/lengths.ts). */
  length?: string;
  /** The team's name, as entered at the start (game/team-name.ts); absent when none was given. */
  team?: string;
}

/** A code that is whole (its checksum holds) but does not fit the layout; the message is Dutch. */
export class CodeDamage extends Error {}

export function writeBody(b: ScenarioBundle, body: CodeBody): Uint8Array {
  const w = new Writer(b, idLists(b));
  w.u32(body.fingerprint);
  w.u8(body.contentVersion);
  w.u32(body.seed);
  w.u16(body.events.length);
  for (const e of body.events) {
    const support = 'support' in e ? e.support : undefined;
    w.u8(PLAYER_EVENT_TYPES.indexOf(e.type) | (support ? SUPPORT_BIT : 0));
    (CODECS[e.type] as Codec<PlayerEventType>).write(w, e);
    if (support) {
      w.u8(support[0]);
      w.u8(support[1]);
    }
  }
  if (body.length !== undefined) {
    const at = lengthsOf(b).findIndex((l) => l.id === body.length);
    if (at < 0) throw new RangeError('onbekende speellengte');
    if (at > 0) w.u8(at);
  }
  if (body.team) {
    w.u8(TAG_TEAM);
    w.text(body.team);
  }
  return Uint8Array.from(w.out);
}

function header(r: Reader): CodeHeader {
  return { fingerprint: r.u32(), contentVersion: r.u8(), seed: r.u32() };
}

/** The header alone: enough to tell which content a code was made on before reading its ids. */
export function readHeader(b: ScenarioBundle, bytes: Uint8Array): CodeHeader {
  return header(new Reader(b, idLists(b), bytes));
}

/** Throws a CodeDamage or RangeError on any byte that does not fit. */
export function readBody(b: ScenarioBundle, bytes: Uint8Array): CodeBody {
  const r = new Reader(b, idLists(b), bytes);
  const head = header(r);
  const count = r.u16();
  if (count > MAX_EVENTS) throw new CodeDamage('te veel stappen');
  const events: PlayerEvent[] = [];
  for (let n = 0; n < count; n++) {
    const raw = r.u8();
    const type = PLAYER_EVENT_TYPES[raw & ~SUPPORT_BIT];
    if (!type) throw new RangeError('onbekende stap');
    const e = CODECS[type].read(r);
    if (!(raw & SUPPORT_BIT)) events.push(e);
    else if (!SUPPORTED_TYPES.includes(type)) throw new CodeDamage('een stemming bij een stap zonder stemming');
    else events.push({ ...e, support: [r.u8(), r.u8()] } as PlayerEvent);
  }
  // The length is written only when not 0 (the full length), so a 0 here is a changed code.
  let next = r.done ? undefined : r.u8();
  let length: string | undefined;
  if (next !== undefined && next < TAG_TEAM) {
    length = lengthsOf(b)[next]?.id;
    if (!next || !length) throw new CodeDamage('onbekende speellengte');
    next = r.done ? undefined : r.u8();
  }
  let team: string | undefined;
  if (next === TAG_TEAM) {
    team = r.text();
    next = r.done ? undefined : r.u8();
  }
  if (next !== undefined || !r.done) throw new CodeDamage('er staat meer in dan verwacht');
  return { ...head, events, ...(length ? { length } : {}), ...(team ? { team } : {}) };
}
