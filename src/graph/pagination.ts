import { InvalidArgumentError } from './errors.js';

/** The largest page any list field returns; a larger `first` is refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  items: { item: T; cursor: string }[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const CURSOR_PREFIX = 'cursor:';

/** Cursors name the item's stable key, so a page boundary survives a data reload. */
function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) {
    throw new InvalidArgumentError(
      'after',
      `after is not a cursor this service issued: "${cursor.slice(0, 60)}"`,
    );
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/**
 * Forward pagination over an ordered list by stable key. A cursor whose item has since
 * disappeared is an error rather than a silent restart from the top.
 */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, args: PageArgs): Page<T> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) {
    throw new InvalidArgumentError('first', `first must be a non-negative integer, got ${first}`);
  }
  if (first > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError(
      'first',
      `first must be at most ${MAX_PAGE_SIZE} (the page size cap), got ${first}`,
    );
  }
  let start = 0;
  if (args.after != null) {
    const afterKey = decodeCursor(args.after);
    const index = items.findIndex((item) => keyOf(item) === afterKey);
    if (index < 0) {
      throw new InvalidArgumentError('after', `after points at "${afterKey}", which is not in this list`);
    }
    start = index + 1;
  }
  const slice = items.slice(start, start + first);
  return {
    items: slice.map((item) => ({ item, cursor: encodeCursor(keyOf(item)) })),
    totalCount: items.length,
    hasNextPage: start + first < items.length,
    hasPreviousPage: start > 0,
  };
}
