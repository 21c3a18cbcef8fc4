/**
 * The Terugblik's reflection questions as a short written assignment, inside a learning platform:
 * one text field per question, what happens to the answers, and a line when they were too long for
 * the platform to keep (SCORM 1.2 keeps at most 4,096 characters for the whole game).
 */

/** How long one answer may be; the platform's storage holds about four such answers in all. */
export const ANSWER_MAX = 1500;

export interface AssignmentInput {
  answers: readonly string[];
  /** The last answers saved were too long to keep in the platform's storage. */
  tooLong: boolean;
  /** The student handed the answers in. */
  submitted: boolean;
}

export interface AssignmentModel {
  intro: string;
  questions: { id: string; label: string; answer: string }[];
  max: number;
  /** Said after saving: an error when the answers did not fit. */
  problem: string | null;
  /** Said after handing in. */
  status: string | null;
}

export function assignmentView(prompts: readonly string[], a: AssignmentInput): AssignmentModel {
  return {
    intro:
      'Uw docent vraagt u om kort op deze vragen te antwoorden. Uw antwoorden worden in de leeromgeving bewaard bij dit spel; met "Inleveren" gaan ze naar uw docent. U kunt ze ook afdrukken.',
    questions: prompts.map((label, i) => ({ id: `opdracht__antwoord-${i + 1}`, label, answer: a.answers[i] ?? '' })),
    max: ANSWER_MAX,
    problem: a.tooLong
      ? 'Uw antwoorden zijn samen te lang om in de leeromgeving te bewaren. Maak ze wat korter, of druk ze af; de laatste versie die paste, blijft bewaard.'
      : null,
    status: a.submitted ? 'Uw antwoorden zijn ingeleverd. U kunt ze nog aanpassen en opnieuw inleveren.' : null,
  };
}
