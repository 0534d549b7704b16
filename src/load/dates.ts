import type { PartialDate } from '../graph/types.js';
import { describeValue } from './describe-value.js';
import { daysInMonth } from '../graph/time.js';

/** Year, month or day precision: "2024", "2025-02", "2025-08-13". */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const EXAMPLES = 'a year (2024), a month (2025-02) or a day (2025-08-13)';

export type DateReading = { ok: true; date: PartialDate | null } | { ok: false; message: string };

/**
 * Reads a `date` field as YAML's core schema hands it over: absent or empty means undated, an
 * unquoted year arrives as a number (2024) and becomes "2024", and anything else must be a
 * string at year, month or day precision that names a real calendar date.
 */
export function readPartialDate(value: unknown): DateReading {
  if (value === undefined || value === null) return { ok: true, date: null };
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1000 && value <= 9999) return { ok: true, date: String(value) };
    return { ok: false, message: `${describeValue(value)} is not a date; write ${EXAMPLES}` };
  }
  if (typeof value !== 'string') {
    return { ok: false, message: `must be ${EXAMPLES}, not ${describeValue(value)}` };
  }
  const match = PARTIAL_DATE.exec(value);
  if (match === null) {
    return { ok: false, message: `"${value}" is not a date; write ${EXAMPLES}` };
  }
  const [, yearText = '', monthText, dayText] = match;
  if (monthText === undefined) return { ok: true, date: value };
  const year = Number(yearText);
  const month = Number(monthText);
  const monthName = MONTH_NAMES[month - 1];
  if (monthName === undefined) {
    return { ok: false, message: `"${value}" is not a calendar date: there is no month ${monthText}` };
  }
  if (dayText === undefined) return { ok: true, date: value };
  const day = Number(dayText);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return { ok: false, message: `"${value}" is not a calendar date: ${monthName} ${year} has ${days} days` };
  }
  return { ok: true, date: value };
}
