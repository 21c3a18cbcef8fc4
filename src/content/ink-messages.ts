/** The ink compiler speaks English; trainers read Dutch. The common messages, translated. */
const KNOWN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Divert target not found: '-> ?([^']*)'/, (m) => `het doel van "-> ${m[1]}" bestaat niet`],
  [
    /Apparent loose end/,
    () => 'losse draad: hier loopt het gesprek op niets uit; zet er "-> END", een keuze of een verwijzing neer',
  ],
  [
    /Expected an '- else:' clause here rather than an extra condition/,
    () => 'hier hoort "- else:" in plaats van nog een voorwaarde',
  ],
  [/Unresolved variable: (\w+)/, (m) => `onbekende variabele "${m[1]}"`],
  [/Missing function binding for external '(\w+)'/, (m) => `externe functie "${m[1]}" is niet gekoppeld`],
  [/Expected end of line/, () => 'hier verwachtte ink het einde van de regel'],
  [/Unexpected '(.*)'/, (m) => `onverwacht "${m[1]}"`],
];

export function dutchInkMessage(message: string): string {
  for (const [re, say] of KNOWN) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  return `ink: ${message}`;
}
