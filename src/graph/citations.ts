import type { SourceDoc } from './types.js';

/** Text as a browser compares it with a text fragment: case folded, whitespace runs as one space. */
function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

// Per source: its comparable text, and each link made, since a page of citations asks for the
// same quotes again and again.
const prepared = new WeakMap<SourceDoc, { text: string; links: Map<string, string> }>();

/**
 * The words of a fragment that take a browser to the quote's own place. A browser scrolls to
 * the first place the start words occur, then ends the highlight at the first place after it
 * where the end words occur: so the start grows, from four words, until its first occurrence is
 * the quote's (the DPRK statement and the "referenda" one open with the same four words), and
 * the end grows until its first occurrence after the start is the quote's end. A quote whose
 * start and end would meet is linked whole. Null when the quote is not in the text (then the
 * first and last four words, as before).
 */
function anchorWords(text: string, words: readonly string[]): { start: number; end: number } | null {
  const quote = comparable(words.join(' '));
  const at = text.indexOf(quote);
  if (at === -1) return null;
  const quoteEnd = at + quote.length;
  let start = 4;
  while (start < words.length && text.indexOf(comparable(words.slice(0, start).join(' '))) !== at) start++;
  const afterStart = at + comparable(words.slice(0, start).join(' ')).length;
  let end = 4;
  while (start + end < words.length) {
    const endText = comparable(words.slice(-end).join(' '));
    if (text.indexOf(endText, afterStart) === quoteEnd - endText.length) break;
    end++;
  }
  return { start, end };
}

/**
 * A URL that opens the source at the quote, using a text fragment (`#:~:text=start,end`): the
 * whole quote when it is short (eight words or fewer) or has no shorter anchor, else its first
 * and last words, as many as take a browser to this quote and not to an earlier sentence that
 * opens alike (`anchorWords`). Null when the source has no URL, and always for a COMPILED
 * source: its sentences are this project's own, so no page it took its facts from contains them.
 */
export function citationLink(source: SourceDoc | null, quote: string): string | null {
  if (!source?.url || source.kind !== 'PUBLISHED') return null;
  let cached = prepared.get(source);
  if (!cached) {
    cached = { text: comparable(source.text), links: new Map() };
    prepared.set(source, cached);
  }
  const known = cached.links.get(quote);
  if (known !== undefined) return known;
  const words = quote.trim().split(/\s+/);
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  const anchor = words.length <= 8 ? null : (anchorWords(cached.text, words) ?? { start: 4, end: 4 });
  const fragment =
    anchor === null || anchor.start + anchor.end >= words.length
      ? encode(words.join(' '))
      : `${encode(words.slice(0, anchor.start).join(' '))},${encode(words.slice(-anchor.end).join(' '))}`;
  const link = `${source.url.split('#')[0]}#:~:text=${fragment}`;
  // Quotes and sentences come from the data, a bounded set; the cap guards a very large graph.
  if (cached.links.size < 10_000) cached.links.set(quote, link);
  return link;
}
