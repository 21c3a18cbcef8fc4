/**
 * What the world scene draws, computed from the game state: the season, lit windows, people on
 * their rounds, which locations are closed or short of staff, the queue where clients wait, who is
 * speaking — and all of it in words for the DOM. The scene only draws this model.
 */
import type { Dialogue, GameSnapshot } from '../game/game';
import { test } from '../sim/model';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { nl } from './format';
import type { AgendaModel, WorldModel, WorldPin } from './models';

/**
 * Who is speaking: the conversation's partner, or the first character who speaks (the dialogue
 * screen names them, the town draws their portrait).
 */
export const speakerOf = (d: Dialogue) =>
  d.conversation.who ?? d.lines.find((l) => l.speaker && l.speaker !== 'speler')?.speaker;

export const SEASONS = ['lente', 'zomer', 'herfst', 'winter'] as const;

// Where the picture tips. A design choice, set at the levels where the scenario's own dynamics
// start to hurt (verzuim > 9 reaches clients, werkdruk > 8,5 raises incidents; scenario.yaml).
const SHORT_STAFFED = { verzuim: 9, werkdruk: 8.5 };
/** Days of waiting per client in the queue, and the longest queue drawn. */
const DAYS_PER_WAITING = 15;
const MAX_QUEUE = 8;

type Location = ScenarioBundle['scenario']['locations'][number];
/** Whether a location is closed in this state: its closure label, or null. */
export const closedAs = (b: ScenarioBundle, sim: SimState, l: Location): string | null =>
  l.closure && test(b, sim, l.closure.when) ? l.closure.label : null;

/** Clients drawn in the queue for a waiting time in days. */
export const queueLength = (days: number) => Math.min(MAX_QUEUE, Math.max(0, Math.round(days / DAYS_PER_WAITING)));

/** The open agenda items as pins on the map, while there is room in the agenda. */
function pinsOf(agenda: AgendaModel | null): WorldPin[] {
  if (!agenda || agenda.slots < 1) return [];
  return agenda.items.map((i) => ({
    item: i.id,
    location: i.where.id,
    label: i.face ? (i.face.name.split(' ')[0] ?? i.face.name) : 'Werkbezoek',
    title: i.title,
    face: i.face,
    control: i.control,
  }));
}

/**
 * `agenda`: the agenda screen's model when it is on screen (its items stand on the map), else null.
 */
export function worldView(b: ScenarioBundle, snap: GameSnapshot, agenda: AgendaModel | null = null): WorldModel {
  const sim = snap.machine.context.sim;
  const who = snap.dialogue ? speakerOf(snap.dialogue) : undefined;
  const c = b.scenario.characters.find((x) => x.id === who);
  // The town shows the floor as it is: real absence, even while the dashboard still under-reports
  // it (a hint for the player, not a figure: the text names no number for it).
  const verzuim = sim.values.verzuim ?? 0;
  const werkdruk = sim.values.werkdruk ?? 0;
  const wachttijd = sim.values.wachttijd ?? 0;
  const short = verzuim > SHORT_STAFFED.verzuim || werkdruk > SHORT_STAFFED.werkdruk;
  const season = Math.max(0, sim.quarter - 1) % 4;
  const locations = b.scenario.locations.map((l) => {
    const closed = closedAs(b, sim, l);
    const care = !closed && l.kind !== 'kantoor';
    return {
      id: l.id,
      name: l.name,
      kind: l.kind,
      x: l.x,
      y: l.y,
      closed,
      shortStaffed: care && short,
      // Waiting time is home care's and short stay's: the queue forms at the home-care posts.
      queue: !closed && l.kind === 'thuiszorg' ? queueLength(wachttijd) : 0,
    };
  });
  const pins = pinsOf(agenda);
  const placeName = (id: string) => locations.find((l) => l.id === id)?.name ?? id;
  const description = [
    sim.quarter > 0 ? `Kwartaal ${sim.quarter}, ${SEASONS[season]}.` : `Voor het eerste kwartaal, ${SEASONS[season]}.`,
    ...locations.flatMap((l) => (l.closed ? [`${l.name}: ${l.closed}.`] : [])),
    ...(short
      ? [
          'Personeelstekort op de zorglocaties (veel ziekteverzuim of een te hoge werkdruk): er staat een waarschuwingsbord.',
        ]
      : []),
    ...(queueLength(wachttijd) > 0
      ? [`Bij de thuiszorg wachten cliënten in de rij: wachttijd ${nl(wachttijd)} dagen.`]
      : []),
    ...(pins.length
      ? [`Op de kaart, voor uw agenda: ${pins.map((p) => `${p.title} (${placeName(p.location)})`).join('; ')}.`]
      : []),
  ];
  return {
    quarter: sim.quarter,
    season,
    // Windows light up with client satisfaction (5 → dark, 9 → all lit); absence thins the walkers.
    lit: Math.min(1, Math.max(0.1, ((sim.values.clienttevredenheid ?? 7) - 5) / 4)),
    walkers: Math.max(2, Math.round(12 - verzuim)),
    locations,
    speaker: c ? { id: c.id, name: c.name, role: c.role, spec: c.portrait } : null,
    pins,
    description,
  };
}
