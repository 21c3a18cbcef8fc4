/** Where a "Wat als?" path leaves the original, said by the decision that differs. */
import { describe, expect, it } from 'vitest';
import { branchPoint, branchText } from '../../src/game/branch';
import type { Decision } from '../../src/sim/state';

const d = (quarter: number, label: string, detail: string): Decision => ({ quarter, phase: 'kwartaal', label, detail });

describe('branchPoint', () => {
  const original = [d(0, 'Intake', 'Getekend'), d(1, 'Zelforganiserende pilotteams', '180 k€ uit het veranderbudget')];

  it('names both answers when the same decision was answered differently', () => {
    const path = [original[0]!, d(1, 'Zelforganiserende pilotteams', 'Uit de reguliere begroting')];
    const text = branchText(branchPoint(original, path)!);
    expect(text).toBe(
      'Het pad splitst bij „Zelforganiserende pilotteams” (kwartaal 1): oorspronkelijk „180 k€ uit het veranderbudget”, in dit pad „Uit de reguliere begroting”.',
    );
  });

  it('names both decisions when the path took another one (a different purchase), not a cost line', () => {
    const path = [original[0]!, d(1, 'Kort zorgleefplan', '60 k€ uit het veranderbudget')];
    const text = branchText(branchPoint(original, path)!);
    expect(text).toBe(
      'Het pad splitst in kwartaal 1: oorspronkelijk „Zelforganiserende pilotteams”, in dit pad „Kort zorgleefplan”.',
    );
    expect(text).not.toContain('k€');
  });

  it('says what the original answered while the path still waits at the decision', () => {
    expect(branchText(branchPoint(original, [original[0]!])!)).toContain('het oorspronkelijke antwoord was');
  });

  it('finds no split in identical paths', () => {
    expect(branchPoint(original, original)).toBeNull();
  });
});
