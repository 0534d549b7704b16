import { InvalidArgumentError } from './errors.js';

/** The largest page any list field returns; a larger `first` or `last` is refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Relay's paging arguments: `first` after a cursor, or `last` before one. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Where to look for one page, with the cursors read back into item keys. */
export interface PageWindow {
  /** Key of the item the page starts after, or undefined for the start of the list. */
  after?: string | undefined;
  /** Key of the item the page ends before, or undefined for the end of the list. */
  before?: string | undefined;
  /** How many items to collect (the page size plus one, to know whether there is more). */
  limit: number;
  /** True to walk from the end (`last`): items come back nearest the end first. */
  inverted: boolean;
}

const CURSOR_PREFIX = 'cursor:';

/** Cursors name the item's stable key, so a page boundary survives a data reload. */
export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

/** The key a cursor names; throws naming the argument for a cursor this service did not issue. */
export function decodeCursor(cursor: string, argument: 'after' | 'before' = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) {
    throw new InvalidArgumentError(
      argument,
      `${argument} is not a cursor this service issued: "${cursor.slice(0, 60)}"`,
    );
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/**
 * Checks `first` and `last`: non-negative integers no larger than the cap, and not both. A page
 * over the cap is refused with the cap in the message rather than silently cut to it; both
 * together are refused because a page can be read from one end only (the Relay spec discourages
 * the pair, and answering with one of them would drop the other without a word).
 */
export function checkPageArgs(args: PageArgs, max = MAX_PAGE_SIZE): void {
  if (args.first != null && args.last != null) {
    throw new InvalidArgumentError(
      'last',
      `give first (with after) to page forwards or last (with before) to page backwards, not both: got first ${args.first} and last ${args.last}`,
    );
  }
  for (const argument of ['first', 'last'] as const) {
    const value = args[argument];
    if (value == null) continue;
    if (!Number.isInteger(value) || value < 0) {
      throw new InvalidArgumentError(argument, `${argument} must be a non-negative integer, got ${value}`);
    }
    if (value > max) {
      throw new InvalidArgumentError(
        argument,
        `${argument} must be at most ${max} (the page size cap), got ${value}`,
      );
    }
  }
}

/** A list in a fixed order with each item's position by key, so a cursor finds its place at once. */
export interface OrderedList<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  positionOf: ReadonlyMap<string, number>;
}

/** Indexes an ordered list by key. Keys must be unique. */
export function orderedList<T>(items: readonly T[], keyOf: (item: T) => string): OrderedList<T> {
  return { items, keyOf, positionOf: new Map(items.map((item, index) => [keyOf(item), index])) };
}

function positionOf<T>(list: OrderedList<T>, key: string, argument: 'after' | 'before'): number {
  const position = list.positionOf.get(key);
  if (position === undefined) {
    throw new InvalidArgumentError(
      argument,
      `${argument} points at "${key.slice(0, 100)}", which is not in this list`,
    );
  }
  return position;
}

/**
 * Up to `window.limit` items that pass `test`, strictly between the `after` and `before` keys,
 * walking forwards (or backwards when inverted). Stops as soon as it has enough, so a page near
 * the start of a large list costs little even when the filter is selective; a cursor whose
 * item has since disappeared is an error rather than a silent restart from the top.
 */
export function scanPage<T>(
  list: OrderedList<T>,
  window: PageWindow,
  test: (item: T) => boolean = () => true,
): T[] {
  const start = window.after === undefined ? 0 : positionOf(list, window.after, 'after') + 1;
  const end = window.before === undefined ? list.items.length : positionOf(list, window.before, 'before');
  const found: T[] = [];
  if (window.inverted) {
    for (let index = end - 1; index >= start && found.length < window.limit; index--) {
      const item = list.items[index] as T;
      if (test(item)) found.push(item);
    }
  } else {
    for (let index = start; index < end && found.length < window.limit; index++) {
      const item = list.items[index] as T;
      if (test(item)) found.push(item);
    }
  }
  return found;
}

/** How many items of the list pass `test`. */
export function countMatching<T>(list: OrderedList<T>, test?: (item: T) => boolean): number {
  if (!test) return list.items.length;
  let count = 0;
  for (const item of list.items) if (test(item)) count += 1;
  return count;
}
