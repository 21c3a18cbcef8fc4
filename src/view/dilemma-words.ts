/**
 * What a dilemma option sets in motion, in plain words for a room: each effect's direction and
 * size ("Ziekteverzuim omlaag met 0,5 procentpunt"), split into what happens at once and what
 * comes later (a delayed effect says when), and each flag in the words dilemmas.yaml gives it
 * (`consequences`) — never the flag's internal name. No judgement: whether a change is good is
 * for the room to discuss.
 */
import type { Command } from '../narrative/tags';
import type { Effect, ScenarioBundle } from '../sim/schema';
import { nl } from './format';

const decimalsOf = (n: number) => (String(Math.abs(n)).split('.')[1] ?? '').length;

function label(b: ScenarioBundle, target: string): string {
  if (target === 'budget') return 'Veranderbudget';
  if (target.startsWith('trust.')) {
    const who = target.slice(6);
    return `Vertrouwen van ${b.scenario.characters.find((c) => c.id === who)?.name ?? who}`;
  }
  return b.scenario.indicators.find((i) => i.id === target)?.label ?? target;
}

function unitOf(b: ScenarioBundle, target: string, size: number): string {
  const points = size > 1 ? ' punten' : ' punt';
  if (target === 'budget') return ' k€';
  if (target.startsWith('trust.')) return points;
  const unit = b.scenario.indicators.find((i) => i.id === target)?.unit ?? '';
  if (unit === '%' || unit.startsWith('% ')) return ' procentpunt';
  if (unit.startsWith('index')) return points;
  if (unit === 'cijfer' || unit === '') return '';
  return ` ${unit}`;
}

const quarters = (n: number) => `${n} ${n === 1 ? 'kwartaal' : 'kwartalen'}`;

/** "Ziekteverzuim omlaag met 0,5 procentpunt", plus ", verspreid over 2 kwartalen" where it is. */
export function effectText(b: ScenarioBundle, e: Effect): string {
  const ind = b.scenario.indicators.find((i) => i.id === e.target);
  const size = `${nl(Math.abs(e.delta), Math.max(ind?.decimals ?? 0, decimalsOf(e.delta)))}${unitOf(b, e.target, Math.abs(e.delta))}`;
  const spread = e.ramp > 1 ? `, verspreid over ${quarters(e.ramp)}` : '';
  return `${label(b, e.target)} ${e.delta > 0 ? 'omhoog' : 'omlaag'} met ${size}${spread}`;
}

/** Said when a flag has no words in the data (the content check prevents it): never its name. */
const UNNAMED = 'Het spel onthoudt deze keuze; die kan later terugkomen.';

/** An option's commands in words: what happens at once, and what comes later. */
export function consequenceWords(b: ScenarioBundle, commands: readonly Command[]): { now: string[]; later: string[] } {
  const now: string[] = [];
  const later: string[] = [];
  for (const c of commands) {
    if (c.kind === 'effect') {
      const text = effectText(b, c.effect);
      if (c.effect.lag > 0) later.push(`Na ${quarters(c.effect.lag)}: ${text}`);
      else now.push(text);
    } else if (c.kind === 'flag') {
      const words = b.dilemmas.consequences.find((x) => x.flag === c.name);
      if (!words) now.push(UNNAMED);
      else if (c.on) {
        now.push(words.text);
        later.push(`Later in het spel: ${words.later}`);
      } else now.push(`Dit geldt niet meer: ${words.text}`);
    } else if (c.kind === 'reveal') {
      const fact = b.scan.facts.find((f) => f.id === c.fact);
      if (fact) now.push(`Er komt een verborgen feit boven: ${fact.title}.`);
    }
  }
  return { now: [...new Set(now)], later: [...new Set(later)] };
}
