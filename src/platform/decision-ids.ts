/**
 * A decision as a platform records it: SCORM 1.2 wants interaction ids and answers in plain
 * ASCII without spaces (CMIIdentifier), so the Dutch labels are folded to readable slugs. A teacher
 * reading the interactions report sees, per line, the step number, quarter, phase and what it was
 * about, and as the answer what was chosen.
 */
import type { Decision } from '../view';

/** "Cliënt Sanne Yılmaz" → "client_sanne_yilmaz": lower-case ASCII, words joined by _. */
export function slug(text: string, max = 60): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, max)
      .replace(/_+$/, '') || 'x'
  );
}

/** Causes of the form kind:id name the option itself (an intervention, a coach); ink causes do not. */
const optionOf = (cause: string | undefined) => {
  const m = cause ? /^([a-z]+):([^#]+)$/.exec(cause) : null;
  return m && m[1] !== 'ink' ? m[2] : undefined;
};

export interface DecisionRecord {
  /** Unique within a game: the decision's position comes first. */
  id: string;
  /** What was chosen: the option's own id where it has one, else the answer's words. */
  response: string;
  quarter: number;
  phase: string;
  label: string;
  detail: string;
}

export function decisionRecord(d: Decision, index: number): DecisionRecord {
  const nr = String(index + 1).padStart(3, '0');
  const option = optionOf(d.cause);
  const answer = option ?? (d.cause?.startsWith('ink:') ? d.detail : d.label);
  return {
    id: `${nr}-k${d.quarter}-${slug(d.phase, 20)}-${slug(d.label)}`,
    response: slug(answer, 120),
    quarter: d.quarter,
    phase: d.phase,
    label: d.label,
    detail: d.detail,
  };
}
