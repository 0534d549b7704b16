/**
 * Checking that a quote appears word for word in its source, and when it does not, telling the
 * curator how close it came: copying from a web page easily turns ’ into ' or – into -, and
 * the NATO page mixes both, so "not found" alone would send them hunting.
 */

export type QuoteMatch =
  | { found: true }
  /** `sourceText`: the source's own wording when the quote differs only in punctuation, whitespace or case. */
  | { found: false; sourceText: string; matchedPrefix: null }
  /** `matchedPrefix`: the longest start of the quote that the source does contain, if a useful one. */
  | { found: false; sourceText: null; matchedPrefix: string | null };

/** Shorter shared starts are too common ("NATO is") to point at where a quote goes wrong. */
const MIN_USEFUL_PREFIX = 20;

/**
 * Looks for `quote` in `body`: first exactly, then after folding typographic variants,
 * whitespace and case, and finally for the longest start of the quote the body contains.
 */
export function findQuote(body: string, quote: string): QuoteMatch {
  if (body.includes(quote)) return { found: true };

  const folded = foldForComparison(body);
  const foldedQuote = foldForComparison(quote).text.trim();
  const at = foldedQuote === '' ? -1 : folded.text.indexOf(foldedQuote);
  if (at >= 0) {
    const start = folded.starts[at] ?? 0;
    const end = folded.ends[at + foldedQuote.length - 1] ?? body.length;
    return { found: false, sourceText: body.slice(start, end), matchedPrefix: null };
  }

  // Containing a prefix is monotone in its length, so a binary search finds the longest.
  let low = 0;
  let high = foldedQuote.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (folded.text.includes(foldedQuote.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  const matchedPrefix = low >= MIN_USEFUL_PREFIX ? foldedQuote.slice(0, low) : null;
  return { found: false, sourceText: null, matchedPrefix };
}

const FOLDED_CHARACTERS: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201B': "'", // ‛
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // ‑ non-breaking hyphen
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2015': '-', // ― horizontal bar
  '\u2212': '-', // − minus
};

interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, where its character starts in the original. */
  starts: number[];
  /** For each UTF-16 unit of `text`, where its character ends in the original. */
  ends: number[];
}

/**
 * Folds apostrophes, quotation marks, dashes, runs of whitespace and case, remembering where
 * each folded character came from so that a match can be shown in the source's own wording.
 */
function foldForComparison(original: string): FoldedText {
  const folded: FoldedText = { text: '', starts: [], ends: [] };
  const units: string[] = [];
  let index = 0;
  let lastWasSpace = false;
  for (const character of original) {
    const start = index;
    index += character.length;
    if (/\s/u.test(character)) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      units.push(' ');
      folded.starts.push(start);
      folded.ends.push(index);
      continue;
    }
    lastWasSpace = false;
    const replacement = FOLDED_CHARACTERS[character] ?? character.toLowerCase();
    for (const unit of replacement.split('')) {
      units.push(unit);
      folded.starts.push(start);
      folded.ends.push(index);
    }
  }
  folded.text = units.join('');
  return folded;
}
