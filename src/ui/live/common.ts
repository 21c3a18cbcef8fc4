/** What every live screen shares: the address a join code opens, the page's own URL, status words. */
import type { LiveStatus } from '../../live/client';

/** The join address on the big screen and in its QR code: this page with `?live=CODE`. */
export function joinUrl(code: string): string {
  return `${location.origin}${location.pathname}?live=${code}`;
}

/**
 * Puts the session in this page's address (keeping `?test` and the like), so a reload comes back
 * into it: `?live=CODE` for a participant, with `&rol=begeleider` for the facilitator. Null removes it.
 */
export function rememberInUrl(code: string | null, role: 'begeleider' | 'deelnemer' = 'deelnemer'): void {
  const params = new URLSearchParams(location.search);
  params.delete('live');
  params.delete('rol');
  if (code) params.set('live', code);
  if (code && role === 'begeleider') params.set('rol', 'begeleider');
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

export const codeFromUrl = (): string => new URLSearchParams(location.search).get('live') ?? '';

/** The connection in words, for a participant who keeps playing whatever it says. */
export function statusWords(status: LiveStatus): string {
  if (status === 'verbonden') return 'verbonden';
  if (status === 'verbinden') return 'verbinding wordt hersteld…';
  return 'server niet bereikbaar';
}

/** A join code as shown large: two groups of three, so it is read aloud without losing a character. */
export const spacedCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
