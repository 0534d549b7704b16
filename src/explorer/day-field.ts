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
