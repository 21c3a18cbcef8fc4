/** A dilemma session survives a reload, and a facilitator's own sets are kept, as checked JSON. */
import { describe, expect, it } from 'vitest';
import {
  type Kept,
  keptText,
  MAX_OWN_SETS,
  ownSetsText,
  readKept,
  readOwnSets,
  removeOwnSet,
  saveOwnSet,
} from '../../src/view/dilemma-keep';
import { newSession, recordNotes, recordOwn, recordVotes } from '../../src/view/dilemma-session';
import { bundle } from './scenario';

const data = bundle.dilemmas;
const ids = data.sets[0]!.dilemmas;

describe('keeping a dilemma session across a reload', () => {
  it('reads back exactly what was written: votes, own option, notes, place, minutes and picks', () => {
    let s = newSession(ids);
    s = recordVotes(s, 1, 0, 7);
    s = recordOwn(s, 1, { text: 'Iets anders', votes: 3 });
    s = recordNotes(s, 0, 'Regel één\nRegel twee');
    const kept: Kept = {
      minutes: 4,
      picks: [ids[2]!, ids[0]!],
      session: s,
      place: { kind: 'dilemma', index: 1, step: 'onthulling' },
    };
    expect(readKept(keptText(kept), data)).toEqual(kept);
    const summary: Kept = { ...kept, place: { kind: 'samenvatting', upTo: 2 } };
    expect(readKept(keptText(summary), data)).toEqual(summary);
  });

  it('reads nothing from damaged, foreign or outdated text, and never throws', () => {
    const good: Kept = {
      minutes: 5,
      picks: [],
      session: newSession(ids),
      place: { kind: 'dilemma', index: 0, step: 'situatie' },
    };
    const text = keptText(good);
    for (const bad of [
      null,
      '',
      '{',
      'null',
      '[]',
      text.replace('"v":1', '"v":2'),
      text.replace('"index":0', `"index":${ids.length}`),
      text.replace('"minutes":5', '"minutes":500'),
      text.replace('"votes":[[]', '"votes":[[-1]'),
      text.replace(`"${ids[0]}"`, '"bestaat_niet"'),
    ])
      expect(readKept(bad, data), String(bad)).toBeNull();
    // The composing screen alone keeps its picks, less any the scenario no longer has.
    expect(
      readKept(keptText({ minutes: 3, picks: [ids[0]!, 'weg'], session: null, place: { kind: 'kiezen' } }), data),
    ).toEqual({ minutes: 3, picks: [ids[0]], session: null, place: { kind: 'kiezen' } });
  });
});

describe("a facilitator's own sets", () => {
  it('are saved under a name, replaced under the same name, removed, and read back', () => {
    const a = saveOwnSet([], '  Ochtend   groep ', ids, data);
    expect(a).toEqual({ ok: true, sets: [{ name: 'Ochtend groep', ids: [...ids] }] });
    if (!a.ok) return;
    const b = saveOwnSet(a.sets, 'Ochtend groep', [...ids].reverse(), data);
    expect(b.ok && b.sets).toEqual([{ name: 'Ochtend groep', ids: [...ids].reverse() }]);
    expect(readOwnSets(ownSetsText(a.sets), data)).toEqual(a.sets);
    expect(removeOwnSet(a.sets, 'Ochtend groep')).toEqual([]);
  });

  it('refuse what cannot run, in Dutch', () => {
    expect(saveOwnSet([], ' ', ids, data)).toEqual({
      ok: false,
      message: 'Geef de set een naam, zodat u hem later terugvindt.',
    });
    const few = saveOwnSet([], 'Kort', ids.slice(0, 2), data);
    expect(few.ok || few.message).toMatch(/^Kies minstens 3/);
    const full = Array.from({ length: MAX_OWN_SETS }, (_, i) => ({ name: `Set ${i}`, ids: [...ids] }));
    const over = saveOwnSet(full, 'Nog een', ids, data);
    expect(over.ok || over.message).toBe(`Er passen ${MAX_OWN_SETS} eigen sets; verwijder er eerst een.`);
    // A stored set that names a dilemma the scenario no longer has is left out; rubbish reads as none.
    expect(readOwnSets(ownSetsText([{ name: 'Oud', ids: [...ids.slice(0, 2), 'weg'] }]), data)).toEqual([]);
    expect(readOwnSets('{"v":1,"sets":"nee"}', data)).toEqual([]);
  });
});
