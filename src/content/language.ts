/**
 * The mechanical part of the language pass (issue 10, "Look and language"), checked line by line
 * in the ink so the defects stay gone: the player is addressed as "u"; narration is not printed as
 * a character's speech, nor the player's own words as narration; no double punctuation; "kwartalen"
 * after a number above one.
 */
import type { ScenarioBundle } from '../sim/schema';
import type { Problem } from './problems';

/** A stage direction at the start of a sentence: narration, not something a character says. */
const STAGE =
  /(?:^|[.!?]\s+)(?:Ze|Hij) (?:kijkt|zucht|knikt|lacht|glimlacht|fronst|leunt|schuift|pakt|legt|staat op)\b/;
/** "je", "jij", "jou(w)": the game says "u" to the player. */
const INFORMAL = /\b(?:je|jij|jou|jouw)\b/i;
/** Two punctuation marks in a row (an ellipsis is one mark). */
const DOUBLE = /[.!?][.,;:]|[,;:][.,;:!?]/;
const QUARTERS = /\b(?:[2-9]|[1-9]\d+) kwartaal\b/;

/** Splits an ink line into its text and its tags; choices keep only the text shown on the button. */
function parts(line: string): { text: string; tags: string; choice: boolean } {
  const hash = line.indexOf('#');
  const body = (hash < 0 ? line : line.slice(0, hash)).trim();
  const tags = hash < 0 ? '' : line.slice(hash);
  const choice = /^[*+]/.test(body);
  const text = body
    .replace(/^[*+-]+\s*/, '')
    .replace(/^\{[^}]*:\s*/, '')
    .replace(/\[|\]/g, '');
  return { text, tags, choice };
}

export function checkLanguage(dir: string, story: string, src: string, b: ScenarioBundle): Problem[] {
  const problems: Problem[] = [];
  const file = `${dir}/${story}.ink`;
  const firstName = new Map(b.scenario.characters.map((c) => [c.id, c.name.split(' ')[0]!]));
  src.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '');
    if (/^\s*(?:=|~|EXTERNAL|INCLUDE|VAR|->)/.test(line)) return;
    const { text, tags, choice } = parts(line);
    if (!text || /^[{}|]/.test(text)) return;
    const add = (message: string) => problems.push({ file, line: i + 1, message });
    const flat = text.replaceAll('...', '…');
    if (DOUBLE.test(flat)) add(`dubbele leestekens in "${text}"`);
    if (QUARTERS.test(text)) add(`"kwartaal" na een getal groter dan één: schrijf "kwartalen" ("${text}")`);
    const speaker = /#\s*speaker:\s*([a-z_]+)/.exec(tags)?.[1];
    if (!speaker && /^Ik [a-z]/.test(text) && !/\bzeg(t|gen)\b/.test(text))
      add(
        `eerste persoon zonder spreker: markeer de woorden van de speler met "# speaker: speler", of noem wie het zegt ("${text}")`,
      );
    // Choices are written as what the player does ("Vragen …", "Beloven dat u …"), never as "ik".
    if (choice && /\b(?:ik|mij|mijn)\b/i.test(text))
      add(`keuze in de ik-vorm: schrijf wat de speler doet, met "u" ("${text}")`);
    if (!speaker && INFORMAL.test(text))
      add(`${choice ? 'keuze' : 'verteltekst'} spreekt de speler aan met "je": het spel zegt "u" ("${text}")`);
    if (speaker) {
      const name = firstName.get(speaker);
      if (STAGE.test(text) || (name && new RegExp(`(?:^|[.!?]\\s+)${name} [a-z]`).test(text)))
        add(
          `verteltekst in de mond van ${name ?? speaker}: zet de regie op een eigen regel zonder spreker ("${text}")`,
        );
    }
  });
  return problems;
}
