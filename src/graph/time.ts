import { InvalidArgumentError } from './errors.js';
import type { PartialDate } from './types.js';

/**
 * Time on the graph. Facts are dated at the precision the source gives ("2024", "2025-08",
 * "2025-08-13"), so each date stands for a period: its first and last day. A fact is known
 * "as of" a day when the period of its known-from bound has started by then. That bound is its
 * own date, or for an undated fact the date the source ties it to (src/graph/known-from.ts,
 * which every asOf view uses); the explorer receives each fact's bound from the API and tests
 * it with `isKnownBy` below, the same function. This file stays free of the graph so that the
 * explorer's bundle can include it.
 */

const DATE_ARGUMENT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface Period {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

/** Days in a month of a year (month 1 to 12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The days a partial date covers; null for text that is not a date this graph writes. */
export function periodOf(date: PartialDate): Period | null {
  const match = DATE_ARGUMENT.exec(date);
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { start: `${match[1]}-${match[2]}-01`, end: `${match[1]}-${match[2]}-${pad(last, 2)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > last) return null;
  return { start: date, end: date };
}

/**
 * Reads a date argument (asOf, from, to) at year, month or day precision and returns its
 * period, or throws naming the argument.
 */
export function parseDateArgument(argument: string, value: string): Period {
  const period = periodOf(value);
  if (period === null) {
    throw new InvalidArgumentError(
      argument,
      `${argument} must be a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (2025-08-15), got "${value.slice(0, 40)}"`,
    );
  }
  return period;
}

/**
 * The last day an `asOf` argument covers: "2025-08" means by the end of August 2025. Null
 * (no cut-off) when the argument is absent.
 */
export function asOfDay(asOf: string | null | undefined): string | null {
  return asOf == null ? null : parseDateArgument('asOf', asOf).end;
}

/**
 * True when a fact known from `date` (its known-from bound) is known by `day` (YYYY-MM-DD):
 * once the bound's period has started. A null bound bounds nothing; a null day means no cut-off.
 */
export function isKnownBy(date: PartialDate | null, day: string | null): boolean {
  if (day === null || date === null) return true;
  // A partial date sorts before every day in its period ("2025-08" < "2025-08-01"), so plain
  // string order compares the period's start with the day.
  return date <= day;
}

/** True when a dated fact's period overlaps [from, to]; either end may be open (null). */
export function overlaps(date: PartialDate, from: string | null, to: string | null): boolean {
  const period = periodOf(date);
  if (period === null) return false;
  return (from === null || period.end >= from) && (to === null || period.start <= to);
}

const factPeriods = new Map<string, Period | null>();

/**
 * The period of a stored fact's date, remembered: a graph has few distinct dates and a filter
 * over a million entities asks for the same ones again and again.
 */
export function periodOfFact(date: PartialDate): Period | null {
  let period = factPeriods.get(date);
  if (period === undefined) {
    period = periodOf(date);
    if (factPeriods.size < 100_000) factPeriods.set(date, period);
  }
  return period;
}

/**
 * How a date filter compares a fact's period with the period it names. Partial dates are
 * periods, so `eq` means the two overlap ("2025-08" is eq "2025-08-13", and so is "2025"),
 * `gt` and `lt` mean wholly after or wholly before, `gte` and `lte` allow an overlap, and
 * `within` means wholly inside. `gt`, `eq` and `lt` split the dated facts: each is in exactly
 * one of them.
 */
export type DateComparison = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'within';

export function comparePeriods(fact: Period, comparison: DateComparison, bound: Period): boolean {
  switch (comparison) {
    case 'eq':
      return fact.start <= bound.end && fact.end >= bound.start;
    case 'gt':
      return fact.start > bound.end;
    case 'gte':
      return fact.end >= bound.start;
    case 'lt':
      return fact.end < bound.start;
    case 'lte':
      return fact.start <= bound.end;
    case 'within':
      return fact.start >= bound.start && fact.end <= bound.end;
  }
}
