/** The content check's language rules (src/content/language.ts) catch the mechanical defects, with file and line. */
import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../../src/content/language';
import { bundle } from './scenario';

const check = (src: string) => checkLanguage('stories/x', 'y', src, bundle).map((p) => `${p.line}: ${p.message}`);

describe('language rules in the content check', () => {
  it('finds narration in a character’s mouth: a stage direction, or the speaker’s own name', () => {
    expect(check('Teamcoach. Kees proeft het woord. # speaker: kees')[0]).toMatch(
      /^1: verteltekst in de mond van Kees/,
    );
    expect(check('Goed zo. Ze kijkt u aan. # speaker: ingrid')[0]).toMatch(/^1: verteltekst in de mond van Ingrid/);
    expect(check('Kees proeft het woord.\nTeamcoach. # speaker: kees')).toEqual([]);
    // Speech about someone else may say what she does.
    expect(check('Ans! Ze zegt dat ze het niet snapt. # speaker: sanne')).toEqual([]);
  });

  it('finds "je" in narration and choices, not in speech', () => {
    expect(check('=== k ===\nHij weet hoe je dat doet.')).toEqual([
      '2: verteltekst spreekt de speler aan met "je": het spel zegt "u" ("Hij weet hoe je dat doet.")',
    ]);
    expect(check('* [Zeg wat je denkt]')[0]).toMatch(/^1: keuze spreekt de speler aan/);
    expect(check('Weet je wat het is? # speaker: ans')).toEqual([]);
    expect(check('* [Eerst rondkijken voordat ik iets beloof]')[0]).toMatch(/^1: keuze in de ik-vorm/);
    expect(check('* [Eerst rondkijken voordat u iets belooft]')).toEqual([]);
  });

  it('finds the player’s own words printed as narration', () => {
    expect(check('Ik beloof u een betere marge.')[0]).toMatch(/^1: eerste persoon zonder spreker/);
    expect(check('Ik beloof u een betere marge. # speaker: speler')).toEqual([]);
    expect(check('Ik doe het voor de bewoners, zegt ze.')).toEqual([]);
  });

  it('finds double punctuation and "kwartaal" after a number above one, and allows an ellipsis', () => {
    expect(check('Het valt uit.: meer')[0]).toMatch(/^1: dubbele leestekens/);
    expect(check('Over 2 kwartaal weer.')[0]).toMatch(/kwartalen/);
    expect(check('Nou... dat weet ik niet. # speaker: ans')).toEqual([]);
  });
});
