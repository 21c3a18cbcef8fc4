import { describe, expect, it } from 'vitest';
import { joinCode } from '../../server/codes';
import { parseIncoming } from '../../server/validate';
import { JOIN_CODE_ALPHABET, MAX_MESSAGE_BYTES, normalizeJoinCode } from '../../src/live/protocol';

describe('join codes', () => {
  it('are 6 characters from an alphabet without look-alikes', () => {
    for (const c of 'I1LO0QDS5Z2B8GUV') expect(JOIN_CODE_ALPHABET).not.toContain(c);
    for (let i = 0; i < 200; i++) expect(joinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
  });

  it('draw every character equally often: bytes past the last whole alphabet are drawn again', () => {
    const n = JOIN_CODE_ALPHABET.length;
    const limit = 256 - (256 % n);
    // A source that first offers only bytes that must be refused, then each byte in turn.
    let calls = 0;
    const source = (k: number) => {
      calls++;
      return calls === 1 ? new Uint8Array(k).fill(limit) : Uint8Array.from({ length: k }, (_, i) => i);
    };
    expect(joinCode(source)).toBe(JOIN_CODE_ALPHABET.slice(0, 6));
    expect(calls).toBe(2);
  });

  it('are read as typed: spaces, dashes and lower case are fine', () => {
    expect(normalizeJoinCode(' ace-fh j ')).toBe('ACEFHJ');
    const join = (code: string) => parseIncoming({ type: 'join', code, name: 'Team Rood' });
    expect(join('ace-fhj').ok).toBe(true);
    expect(join('ACE0HJ').ok).toBe(false);
    expect(join('ACEFH').ok).toBe(false);
  });
});

describe('the gate for incoming messages', () => {
  const vote = { type: 'vote', code: 'ACEFHJ', token: 'x'.repeat(32), question: 'a', option: 1, stage: 'team' };

  it('answers garbage of any kind with an error in Dutch, never a throw', () => {
    const cyclic: Record<string, unknown> = { type: 'vote' };
    cyclic.self = cyclic;
    const junk: unknown[] = [undefined, null, 0, 'hallo', [], [vote], { type: 'hack' }, { type: 'vote' }, cyclic, 10n];
    for (const data of junk) {
      const r = parseIncoming(data);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reply.message).toMatch(/[a-z]/);
    }
  });

  it('refuses wrong types and out-of-range values, and echoes the request id', () => {
    for (const bad of [{ option: '1' }, { option: 1.5 }, { option: 9 }, { stage: 'alone' }, { token: 'kort' }]) {
      const r = parseIncoming({ ...vote, ...bad, rid: 'r7' });
      expect(r).toEqual({ ok: false, reply: expect.objectContaining({ code: 'invalid', rid: 'r7' }) });
    }
    expect(parseIncoming(vote).ok).toBe(true);
  });

  it('refuses an oversized message as too large', () => {
    const r = parseIncoming({ ...vote, padding: 'x'.repeat(MAX_MESSAGE_BYTES) });
    expect(r).toEqual({ ok: false, reply: expect.objectContaining({ code: 'too-large' }) });
  });

  it('cleans names and says in Dutch what is wrong with a bad one', () => {
    const join = (name: string) => parseIncoming({ type: 'join', code: 'ACEFHJ', name });
    const ok = join('  Team\u202e  Rood\u200b ');
    expect(ok.ok && ok.msg.type === 'join' && ok.msg.name).toBe('Team Rood');
    expect(join('Zoë & Jürgen (2)').ok).toBe(true);
    for (const [name, says] of [
      ['   ', /Vul een naam in/],
      ['x'.repeat(41), /hoogstens 40/],
      ['<script>', /alleen letters/],
      ['https://spam.example', /alleen letters/],
    ] as const) {
      const r = join(name);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reply.message).toMatch(says);
    }
  });
});
