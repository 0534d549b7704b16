/**
 * Splitting a source's body into sentences, the units that coverage is counted in. The rule is
 * deterministic and needs no language model, so the same body always gives the same sentences
 * with the same indexes:
 *
 * 1. The body is read line by line; a blank line is skipped. Nothing spans two lines.
 * 2. A line holding "Learn more" markers (`_Learn more:_`, `_Learn more_ :`) is a list of link
 *    labels: each label, the text between one marker and the next, is one LINK_LABEL sentence.
 *    Text before the first marker is read as under rule 4.
 * 3. A line that starts with a question number ("05. Why isn't NATO ...?") or does not end with
 *    a full stop, question or exclamation mark (closing quotes and brackets aside) is one
 *    HEADING: a section's title, a question heading, or a standalone link title.
 * 4. Any other line is split into SENTENCEs after `.`, `?` or `!` (and any closing quotes or
 *    brackets) that is followed by a space and then a capital letter, a digit or an opening quote
 *    or bracket, except after initials ("U.S.", "D.C.") and the abbreviations in ABBREVIATIONS.
 *
 * A sentence's section is the text of the nearest HEADING at or before it (null before the
 * first one, and from a sentence that starts with one of `headingsLost`, where the published
 * page has a heading this text lost, up to the next HEADING). Offsets are into the body, so a
 * quote's place in the body says which sentences it overlaps.
 */

export type SentenceForm = 'SENTENCE' | 'HEADING' | 'LINK_LABEL';

export const SENTENCE_FORMS: Record<SentenceForm, string> = {
  SENTENCE: 'A sentence of running text.',
  HEADING:
    'A line without a closing full stop, question or exclamation mark, or a numbered question: a section heading, a question heading or a standalone link title.',
  LINK_LABEL: 'The label of a "Learn more" link: the title of another page.',
};

export interface Sentence {
  /** Position in the source, from 0, in reading order. */
  index: number;
  text: string;
  form: SentenceForm;
  /** The nearest heading at or before this sentence; null before the first heading, or where the page's heading was lost. */
  section: string | null;
  /** Which line of the body (counting non-blank lines from 0) it is on: sentences of a paragraph share it. */
  paragraph: number;
  /** Offsets of `text` in the body: body.slice(start, end) === text. */
  start: number;
  end: number;
}

const LEARN_MORE = /_Learn more(?::_|_\s*:)\s*/g;
const QUESTION_NUMBER = /^\d+\.\s/;
const CLOSERS = `"'”’»)\\]`;
const ENDS_LIKE_A_SENTENCE = new RegExp(`[.!?][${CLOSERS}]*$`);
/** A candidate end: punctuation, closers, whitespace, then something that can start a sentence. */
const BOUNDARY = new RegExp(`[.!?][${CLOSERS}]*(\\s+)(?=[A-Z0-9"“‘'(\\[À-ÖØ-Þ])`, 'g');
/** Words whose full stop does not end a sentence. */
export const ABBREVIATIONS = ['e.g.', 'i.e.', 'etc.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'No.', 'St.', 'vs.'];
const INITIALS = /(?:^|[\s(])(?:[A-Z]\.)+$/;

/** Splits a source body into sentences by the rule above. */
export function splitSentences(body: string, headingsLost: readonly string[] = []): Sentence[] {
  const sentences: Sentence[] = [];
  let section: string | null = null;
  let paragraph = -1;
  const push = (start: number, end: number, form: SentenceForm): void => {
    // Trim, keeping the offsets exact.
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    if (start === end) return;
    const text = body.slice(start, end);
    if (form === 'HEADING') section = text;
    else if (headingsLost.some((lost) => text.startsWith(lost))) section = null;
    sentences.push({ index: sentences.length, text, form, section, paragraph, start, end });
  };

  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    if (body.slice(lineStart, lineEnd).trim() !== '') paragraph++;
    readLine(body, lineStart, lineEnd, push);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return sentences;
}

function readLine(
  body: string,
  start: number,
  end: number,
  push: (start: number, end: number, form: SentenceForm) => void,
): void {
  const line = body.slice(start, end);
  if (line.trim() === '') return;
  const markers = [...line.matchAll(LEARN_MORE)];
  if (markers.length > 0) {
    const first = markers[0]!;
    if (line.slice(0, first.index).trim() !== '') readText(body, start, start + first.index, push);
    markers.forEach((marker, i) => {
      const labelStart = start + marker.index + marker[0].length;
      const next = markers[i + 1];
      push(labelStart, next === undefined ? end : start + next.index, 'LINK_LABEL');
    });
    return;
  }
  readText(body, start, end, push);
}

function readText(
  body: string,
  start: number,
  end: number,
  push: (start: number, end: number, form: SentenceForm) => void,
): void {
  const text = body.slice(start, end).trimEnd();
  if (QUESTION_NUMBER.test(text.trimStart()) || !ENDS_LIKE_A_SENTENCE.test(text)) {
    push(start, end, 'HEADING');
    return;
  }
  let sentenceStart = start;
  for (const boundary of text.matchAll(BOUNDARY)) {
    const stop = start + boundary.index + boundary[0].length - boundary[1]!.length;
    const before = body.slice(sentenceStart, stop);
    if (
      INITIALS.test(before) ||
      ABBREVIATIONS.some((word) => before.endsWith(` ${word}`) || before === word)
    ) {
      continue;
    }
    push(sentenceStart, stop, 'SENTENCE');
    sentenceStart = stop;
  }
  push(sentenceStart, end, 'SENTENCE');
}
