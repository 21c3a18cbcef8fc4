import { describe, expect, it } from 'vitest';
import { parseTag } from '../../src/narrative/tags';

describe('ink tag grammar', () => {
  it('parses effects with lag and ramp', () => {
    expect(parseTag('effect: trust.or +5')).toEqual({
      ok: true,
      command: { kind: 'effect', effect: { target: 'trust.or', delta: 5, lag: 0, ramp: 1 } },
    });
    expect(parseTag(' effect: verzuim -0.4 lag 2 ramp 3 ')).toEqual({
      ok: true,
      command: { kind: 'effect', effect: { target: 'verzuim', delta: -0.4, lag: 2, ramp: 3 } },
    });
  });

  it('parses the other commands', () => {
    expect(parseTag('speaker: ans')).toEqual({ ok: true, command: { kind: 'speaker', who: 'ans' } });
    expect(parseTag('flag: beloofd')).toEqual({ ok: true, command: { kind: 'flag', name: 'beloofd', on: true } });
    expect(parseTag('unflag: beloofd')).toEqual({ ok: true, command: { kind: 'flag', name: 'beloofd', on: false } });
    expect(parseTag('reveal: feit_a')).toEqual({ ok: true, command: { kind: 'reveal', fact: 'feit_a' } });
    expect(parseTag('outcome: approved')).toEqual({ ok: true, command: { kind: 'outcome', value: 'approved' } });
    expect(parseTag('src: 002:L10-20')).toEqual({ ok: true, command: { kind: 'src', ref: '002:L10-20' } });
  });

  it.each([
    ['effect: trust.or 5', 'vorm'],
    ['effect: +5', 'vorm'],
    ['effect trust.or +5', 'dubbele punt'],
    ['speaker: Ans', 'snake_case'],
    ['kleur: rood', 'onbekende tag'],
  ])('rejects "%s" with a message that says why', (tag, word) => {
    const r = parseTag(tag);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(word);
  });
});
