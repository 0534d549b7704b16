/**
 * The "as of" field takes a day as the page writes it elsewhere: ISO (2024-11-08), which the
 * field shows, or the page's own words (8 November 2024). Never a locale's 11/08/2024, which
 * reads as two different days depending on the reader.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The day a text names, as YYYY-MM-DD, or null when it names no real day. */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  const words = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(trimmed);
  if (words) {
    const name = words[2]!.toLowerCase();
    const month = MONTHS.findIndex((candidate) => name.length >= 3 && candidate.startsWith(name)) + 1;
    const [year, day] = [Number(words[3]), Number(words[1])];
    return month > 0 && isRealDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  return null;
}

/** A day written out in full: ISO with a two-digit month and day, or words with a four-digit year. */
const COMPLETE = [/^\d{4}-\d{2}-\d{2}$/, /^\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}$/];

/**
 * What the date field's text asks for. While the reader types (`final` false) only a day written
 * out in full counts: "2024-02-3" is on its way to "2024-02-30" or "2024-02-13", not the 3rd,
 * and an emptied field is on its way to another day. When the reader is done (Enter, leaving
 * the field) any form `parseDay` reads counts, and an empty field means no date.
 * `wait`: nothing to apply yet; `invalid`: the text names no real day (the date in force stays).
 */
export function readDayField(
  text: string,
  final: boolean,
): { kind: 'day'; day: string | null } | { kind: 'wait' } | { kind: 'invalid' } {
  const trimmed = text.trim();
  if (trimmed === '') return final ? { kind: 'day', day: null } : { kind: 'wait' };
  if (!final && !COMPLETE.some((pattern) => pattern.test(trimmed))) return { kind: 'wait' };
  const day = parseDay(trimmed);
  return day === null ? { kind: 'invalid' } : { kind: 'day', day };
}
