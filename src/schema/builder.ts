import SchemaBuilder from '@pothos/core';
import ComplexityPlugin, { ComplexityErrorKind } from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { MAX_PAGE_SIZE } from '../graph/pagination.js';

/**
 * Bounds on one operation, checked before any resolver runs, so a query whose response would
 * grow exponentially (relations of relations of relations...) is refused, not attempted.
 * A page field costs its page size times its selection; other lists count 10 each.
 */
const QUERY_LIMITS = { depth: 12, breadth: 400, complexity: 20_000 } as const;

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Non-null unless a field says otherwise: clients should not null-check what always exists.
  defaultFieldNullability: false,
  plugins: [ComplexityPlugin, RelayPlugin],
  relay: {
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: QUERY_LIMITS,
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
