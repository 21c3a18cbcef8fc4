/**
 * A team's name as typed at the start: what the status bar shows, the result code carries and the
 * facilitator's comparison names the team by. Cleaned the same way everywhere, so a name that went
 * through a code comes back exactly as it went in.
 */
export const MAX_TEAM_NAME = 40;

/** Spaces and control characters collapsed, trimmed, cut to MAX_TEAM_NAME characters; '' for none. */
export function cleanTeamName(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const flat = text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return [...flat].slice(0, MAX_TEAM_NAME).join('').trim();
}
