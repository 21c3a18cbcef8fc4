/**
 * The sources' headline claims as measurable properties over many games. Each claim names the
 * strategy that plays it, how one game is measured, the range the source reports and where.
 * The balance table prints them; tests/unit/claims.test.ts fails when one no longer holds.
 */
import { type GameRecord, worstLadder } from './record';

export interface Claim {
  id: string;
  /** What the source says, in one Dutch line. */
  label: string;
  source: string;
  strategy: string;
  /** A second strategy played on the same seeds, for comparisons. */
  versus?: string;
  /** How one game is measured (with the same seed of `versus`, if any). */
  measure: (g: GameRecord, other?: GameRecord) => number;
  /** The median over games, or the share of games where measure is 1. */
  stat: 'median' | 'share';
  low: number;
  high: number;
  /** % = relative change; niveau = a level in percent; pp = percentage points. */
  unit: '%' | 'niveau' | 'pp' | 'cijfer' | 'aandeel';
}

const at = (g: GameRecord, q: number, id: string) => g.history[Math.min(q, g.history.length - 1)]![id] ?? 0;
const last = (g: GameRecord) => g.history.length - 1;
/** Relative change of an indicator from the start to quarter q. */
const rel = (g: GameRecord, id: string, q = last(g)) => at(g, q, id) / (at(g, 0, id) || 1) - 1;
const HERNIEUWD_BEZOEK = 2;
const PLAN_VAN_AANPAK = 3;
const VERSCHERPT = 4;
const AANWIJZING = 5;

export const CLAIMS: Claim[] = [
  {
    id: 'verzuim_ruimte',
    label: 'Verzuim daalt 15–46% binnen 6–12 maanden na echte regelruimte (hoge weg, laagste stand K3–K5)',
    source: '002:L252-256',
    strategy: 'hoge-weg',
    measure: (g) => Math.min(...[3, 4, 5].map((q) => rel(g, 'verzuim', q))),
    stat: 'median',
    low: -0.46,
    high: -0.15,
    unit: '%',
  },
  {
    id: 'tevredenheid_medewerkers',
    label: 'Medewerkertevredenheid eindigt tussen 7,2 en 8,4 (hoge weg)',
    source: '002:L238-241',
    strategy: 'hoge-weg',
    measure: (g) => at(g, last(g), 'medewerkertevredenheid'),
    stat: 'median',
    low: 7.2,
    high: 8.4,
    unit: 'cijfer',
  },
  {
    id: 'overhead_bedrijfsvoering',
    label: 'Overhead daalt 27–50% binnen 1,5 jaar (thema bedrijfsvoering: lage weg)',
    source: '002:L196-201',
    strategy: 'lage-weg',
    measure: (g) => rel(g, 'overhead'),
    stat: 'median',
    low: -0.5,
    high: -0.27,
    unit: '%',
  },
  {
    id: 'overhead_zelforganisatie',
    label: 'Overhead daalt 10–60% met zelforganiserende teams (hoge weg)',
    source: '002:L2166-2172',
    strategy: 'hoge-weg',
    measure: (g) => rel(g, 'overhead'),
    stat: 'median',
    low: -0.6,
    high: -0.1,
    unit: '%',
  },
  {
    id: 'overhead_bigbang',
    label: 'Overhead daalt 10–60% met zelforganiserende teams (alles in één keer)',
    source: '002:L2166-2172',
    strategy: 'big-bang',
    measure: (g) => rel(g, 'overhead'),
    stat: 'median',
    low: -0.6,
    high: -0.1,
    unit: '%',
  },
  {
    id: 'meebeslissen',
    label: '15–50% meer cliënten beslissen mee binnen 1,5 jaar (hoge weg)',
    source: '002:L274-280',
    strategy: 'hoge-weg',
    measure: (g) => rel(g, 'eigen_regie'),
    stat: 'median',
    low: 0.15,
    high: 0.5,
    unit: '%',
  },
  {
    id: 'hoge_weg_betaalt',
    label:
      'Kostenreductie als bijeffect: de hoge weg eindigt op of boven de startmarge (Interzorg +0,6 pp; PBG € 450k op € 7,9 mln = 5,7%)',
    source: '000:L835-840; 002:L1914-1917; 002:L1414-1428; 002:L1036-1043',
    strategy: 'hoge-weg',
    measure: (g) => at(g, last(g), 'resultaat') - at(g, 0, 'resultaat'),
    stat: 'median',
    low: 0,
    high: 5.7,
    unit: 'pp',
  },
  {
    id: 'hoge_weg_later',
    label: 'De lage weg levert sneller geld op: na K2 ligt de marge van de lage weg hoger dan die van de hoge weg',
    source: '000:L808-811; 000:L835-840',
    strategy: 'lage-weg',
    versus: 'hoge-weg',
    measure: (g, h) => (at(g, 2, 'resultaat') > at(h!, 2, 'resultaat') ? 1 : 0),
    stat: 'share',
    low: 0.9,
    high: 1,
    unit: 'aandeel',
  },
  {
    id: 'wachttijd_samenwerken',
    label:
      'Samenwerken in de wijk: wachttijd binnen 1,5 jaar van 3–4 maanden naar 10 dagen (−89…−92%); ruim de helft eraf',
    source: '002:L368-372; 003:L871-873',
    strategy: 'samen-in-de-wijk',
    measure: (g) => rel(g, 'wachttijd'),
    stat: 'median',
    low: -0.92,
    high: -0.5,
    unit: '%',
  },
  {
    id: 'technologie_kosten_eerst',
    label: 'Technologie: eerst kosten (marge K1–K2 onder de start), daarna baten (eind boven het dal)',
    source: '003:L872-876; 002:L318-321; 003:L348-349',
    strategy: 'technologie-eerst',
    measure: (g) => {
      const dip = Math.min(at(g, 1, 'resultaat'), at(g, 2, 'resultaat'));
      return dip < at(g, 0, 'resultaat') && at(g, last(g), 'resultaat') > dip + 0.2 ? 1 : 0;
    },
    stat: 'share',
    low: 0.9,
    high: 1,
    unit: 'aandeel',
  },
  {
    id: 'niets_doen_verzuim',
    label: 'Niets doen: het verzuim loopt op, maar niet voorbij de hoogste pieken uit de bronnen (net boven 11%)',
    source: '003:L277-278; 002:L3163-3169',
    strategy: 'niets-doen',
    measure: (g) => at(g, last(g), 'verzuim'),
    stat: 'median',
    low: 8.2,
    high: 11,
    unit: 'niveau',
  },
  {
    id: 'toezicht_random',
    label:
      'Ongeveer een derde van de onder toezicht gestelde huizen bleef intensief toezicht nodig hebben (willekeurig spel)',
    source: '001:L1004-1012',
    strategy: 'random',
    measure: (g) => (worstLadder(g) >= VERSCHERPT ? 1 : 0),
    stat: 'share',
    low: 0.1,
    high: 0.45,
    unit: 'aandeel',
  },
  {
    id: 'niets_doen_onveilig',
    label: 'Niets doen is niet veilig: de inspectie komt terug (minstens een hernieuwd bezoek)',
    source: '004:L2207-2215; 001:L1004-1012',
    strategy: 'niets-doen',
    measure: (g) => (worstLadder(g) >= HERNIEUWD_BEZOEK ? 1 : 0),
    stat: 'share',
    low: 0.9,
    high: 1,
    unit: 'aandeel',
  },
  {
    id: 'toezicht_niets_doen',
    label:
      'Niets doen eindigt niet vanzelf onder verscherpt toezicht: hooguit de helft van de spellen (een derde in de bron)',
    source: '001:L1004-1012',
    strategy: 'niets-doen',
    measure: (g) => (worstLadder(g) >= VERSCHERPT ? 1 : 0),
    stat: 'share',
    low: 0,
    high: 0.5,
    unit: 'aandeel',
  },
  {
    id: 'lage_weg_aanwijzing',
    label: 'De lage weg geeft kramp, geen karikatuur: een aanwijzing is niet de vaste uitkomst',
    source: '000:L808-814; 001:L1004-1012',
    strategy: 'lage-weg',
    measure: (g) => (worstLadder(g) >= AANWIJZING ? 1 : 0),
    stat: 'share',
    low: 0,
    high: 0.5,
    unit: 'aandeel',
  },
  {
    id: 'lage_weg_toezicht',
    label:
      'De lage weg doet pijn: de inspectie komt terug en eist minstens een plan van aanpak (geen cijfer in de bron: de richting)',
    source: '000:L808-814; 004:L2207-2215',
    strategy: 'lage-weg',
    measure: (g) => (worstLadder(g) >= PLAN_VAN_AANPAK ? 1 : 0),
    stat: 'share',
    low: 0.9,
    high: 1,
    unit: 'aandeel',
  },
  {
    id: 'lage_weg_verscherpt',
    label:
      'De lage weg komt vaak, niet altijd onder verscherpt toezicht: van 150 huizen onder toezicht bleef een derde het nodig hebben',
    source: '001:L1004-1012; 000:L808-814',
    strategy: 'lage-weg',
    measure: (g) => (worstLadder(g) >= VERSCHERPT ? 1 : 0),
    stat: 'share',
    low: 0.25,
    high: 0.65,
    unit: 'aandeel',
  },
  {
    id: 'lage_weg_kramp',
    label: 'De lage weg kost draagvlak: lager dan op de hoge weg (mensen verdedigen hun eigen werk)',
    source: '000:L808-814',
    strategy: 'lage-weg',
    versus: 'hoge-weg',
    measure: (g, h) => (at(g, last(g), 'draagvlak') < at(h!, last(h!), 'draagvlak') - 20 ? 1 : 0),
    stat: 'share',
    low: 0.9,
    high: 1,
    unit: 'aandeel',
  },
];

export interface ClaimResult {
  claim: Claim;
  value: number;
  holds: boolean;
  games: number;
}

/** Evaluates every claim whose strategies were played; games are paired by seed. */
export function evaluateClaims(records: readonly GameRecord[], claims = CLAIMS): ClaimResult[] {
  const by = (strategy: string) => records.filter((r) => r.strategy === strategy);
  return claims.flatMap((claim) => {
    const games = by(claim.strategy);
    const other = claim.versus ? new Map(by(claim.versus).map((r) => [r.seed, r])) : null;
    const xs = games
      .filter((g) => !other || other.has(g.seed))
      .map((g) => claim.measure(g, other?.get(g.seed)))
      .sort((a, b) => a - b);
    if (!xs.length) return [];
    const value = claim.stat === 'share' ? xs.reduce((a, b) => a + b, 0) / xs.length : xs[Math.floor(xs.length / 2)]!;
    return [{ claim, value, holds: value >= claim.low - 1e-9 && value <= claim.high + 1e-9, games: xs.length }];
  });
}

const fmt = (x: number, unit: Claim['unit']) => {
  if (unit === '%') return `${x > 0 ? '+' : ''}${Math.round(x * 100)}%`;
  if (unit === 'aandeel') return `${Math.round(x * 100)}%`;
  if (unit === 'pp') return `${x > 0 ? '+' : ''}${x.toFixed(2)} pp`;
  if (unit === 'niveau') return `${x.toFixed(1)}%`;
  return x.toFixed(2);
};

/** The range a claim is judged against, as printed in the table. */
export const rangeText = (c: Claim) => `${fmt(c.low, c.unit)} … ${fmt(c.high, c.unit)}`;
export const valueText = (r: ClaimResult) => fmt(r.value, r.claim.unit);
