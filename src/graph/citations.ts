import type { SourceDoc } from './types.js';

/**
 * A URL that opens the source at the quote, using a text fragment (`#:~:text=start,end`).
 * Long quotes are anchored by their first and last few words, as browsers match fragments
 * word by word. Null when the source has no URL, and always for a COMPILED source: its
 * sentences are this project's own, so no page it took its facts from contains them.
 */
export function citationLink(source: SourceDoc | null, quote: string): string | null {
  if (!source?.url || source.kind !== 'PUBLISHED') return null;
  const words = quote.trim().split(/\s+/);
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  const fragment =
    words.length <= 8
      ? encode(words.join(' '))
      : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  return `${source.url.split('#')[0]}#:~:text=${fragment}`;
}
