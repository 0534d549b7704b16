import { resolveCursorConnection } from '@pothos/plugin-relay';
import {
  checkPageArgs,
  countMatching,
  decodeCursor,
  encodeCursor,
  orderedList,
  scanPage,
  type OrderedList,
  type PageArgs,
} from '../graph/pagination.js';

/**
 * One paging rule for every list that can grow: a Relay connection from the relay plugin, paged
 * with `first`/`after` or `last`/`before`. Cursors name the item's stable key (encodeCursor), so
 * a page boundary survives a reload; a page over 100 is refused rather than cut.
 */

/** What the connection types' extra fields read: how many items match across all pages. */
export interface Counted {
  readonly totalCount: number;
}

/**
 * A page of an ordered list, keeping the items that pass `test`, as a connection. `totalCount`
 * is counted only when a client asks for it: on a large graph it is a scan of its own.
 */
export async function listConnection<T>(list: OrderedList<T>, args: PageArgs, test?: (item: T) => boolean) {
  checkPageArgs(args);
  const connection = await resolveCursorConnection<T[]>(
    { args, toCursor: (item: T) => encodeCursor(list.keyOf(item)) },
    ({ after, before, limit, inverted }) =>
      scanPage(
        list,
        {
          after: after === undefined ? undefined : decodeCursor(after, 'after'),
          before: before === undefined ? undefined : decodeCursor(before, 'before'),
          limit,
          inverted,
        },
        test,
      ),
  );
  // An empty page has no first or last item: no cursor (Relay's PageInfo allows null), rather
  // than an empty string that `after` would then refuse.
  if (connection.edges.length === 0) {
    connection.pageInfo.startCursor = null;
    connection.pageInfo.endCursor = null;
  }
  let totalCount: number | undefined;
  return Object.assign(connection, {
    get totalCount() {
      totalCount ??= countMatching(list, test);
      return totalCount;
    },
  });
}

/** The same for a list built for this one answer (an entity's relations, search results). */
export function arrayConnection<T>(items: readonly T[], keyOf: (item: T) => string, args: PageArgs) {
  return listConnection(orderedList(items, keyOf), args);
}
