import SchemaBuilder from '@pothos/core';
import ComplexityPlugin, { ComplexityErrorKind } from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import DeadlinePlugin from './deadline-plugin.js';
import { GraphQLError } from 'graphql';
import { DEFAULT_QUERY_LIMITS, type Context } from '../context.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/pagination.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { PartialDate: { Input: string; Output: string } };
}>({
  // Non-null unless a field says otherwise: clients should not null-check what always exists.
  defaultFieldNullability: false,
  plugins: [ComplexityPlugin, RelayPlugin, DeadlinePlugin],
  relay: {
    // node and nodes are src/schema/node.ts's, which say what is wrong with a bad ID.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    idFieldOptions: { description: 'Global ID, for `node(id:)`; derived from the stable key.' },
    nodeTypeOptions: { description: 'Anything that `node(id:)` can fetch again by its global ID.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list, and the cursors to move on.' },
    hasNextPageFieldOptions: { description: 'True when there are items after this page.' },
    hasPreviousPageFieldOptions: { description: 'True when there are items before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item; `before` it for the page before.' },
    endCursorFieldOptions: { description: 'Cursor of the last item; `after` it for the next page.' },
    cursorFieldOptions: { description: "This item's place in the list, for `after` or `before`." },
    pageInfoFieldOptions: { description: 'Where this page sits, with the cursors to move on.' },
    // The page size is already counted by the connection field; the edges add no multiplier.
    edgesFieldOptions: {
      nullable: false,
      description: 'The items of this page, in order.',
      complexity: { field: 0, multiplier: 1 },
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Bounds on one operation, checked when its first root field starts, so a query whose response
    // would grow exponentially (relations of relations of relations...) is refused, not attempted.
    // A page field costs its page size times its selection; other lists count 10 each. Cost, depth
    // and breadth are Pothos's because only the schema knows what each field costs; aliases,
    // tokens and directives are GraphQL Armor's, checked earlier (src/protections/query-limits.ts).
    // The limits come from the configuration through the context; code that executes the schema
    // without Yoga (bench/) passes none and gets the defaults.
    limit: (ctx) => ctx.queryLimits ?? DEFAULT_QUERY_LIMITS,
    complexityError: (kind, result) => {
      const [name, measured, max] =
        kind === ComplexityErrorKind.Depth
          ? ['depth', result.depth, result.maxDepth]
          : kind === ComplexityErrorKind.Breadth
            ? ['breadth', result.breadth, result.maxBreadth]
            : ['complexity', result.complexity, result.maxComplexity];
      return new GraphQLError(
        `Query ${name} is ${measured}, over the limit of ${max}` +
          (name === 'complexity' ? ': ask for smaller pages (first) or fewer nested lists' : ''),
        { extensions: { code: 'QUERY_TOO_COMPLEX', limit: name, max, measured } },
      );
    },
  },
});

/**
 * What a page field multiplies its selection by. Capped at the page-size cap, so that an
 * oversized `first` gets the clearer "at most 100" error from the field rather than a cost error.
 */
export function pageCost(first: number | null | undefined, fallback: number): number {
  return Math.min(Math.max(1, first ?? fallback), MAX_PAGE_SIZE);
}

/** The same for a connection, whose page is `first` or `last` items. */
export function connectionCost(
  args: { first?: number | null; last?: number | null },
  fallback = DEFAULT_PAGE_SIZE,
): number {
  return pageCost(args.first ?? args.last, fallback);
}
