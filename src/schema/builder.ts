import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import ExecutionGuardPlugin from './execution-guard-plugin.js';
import { STEPS_PER_COST_POINT, type Context } from '../context.js';
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
  plugins: [ComplexityPlugin, RelayPlugin, ExecutionGuardPlugin],
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
    // The one paging rule, said on every connection so GraphiQL shows it where it is used.
    firstArgOptions: {
      description: `Page forwards: at most this many items (${DEFAULT_PAGE_SIZE} when neither first nor last is given, at most ${MAX_PAGE_SIZE}); not with last.`,
    },
    afterArgOptions: { description: 'With first: start after the item this cursor names.' },
    lastArgOptions: {
      description: `Page backwards: at most this many items from the end (at most ${MAX_PAGE_SIZE}); not with first.`,
    },
    beforeArgOptions: { description: 'With last: end before the item this cursor names.' },
  },
  complexity: {
    // Each field declares what it costs: `complexity: { field, multiplier }` on a field, 1 and 10
    // for a list by default. A page field multiplies its selection by its page size. The cost,
    // depth and breadth of an operation are checked before it runs, from these declarations and
    // the request's variables (src/protections/cost.ts), so the plugin's own check, made while the
    // first root field resolves, is off.
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    disabled: true,
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

/**
 * What a traversal that may look at `maxSteps` relations costs before it runs: a field that walks
 * the graph declares it, and its actual cost counts the relations it did look at.
 */
export function walkCost(maxSteps: number): number {
  return Math.ceil(maxSteps / STEPS_PER_COST_POINT);
}

/** A traversal's declared cost: `field` includes `walk`, the bound of its walk in points. */
export interface TraversalCost {
  field: number;
  multiplier: number;
  walk: number;
}

/**
 * The declared cost of a field that walks up to `maxSteps` relations: its own `points` and the
 * walk's bound, which the estimate charges up front. Its actual cost counts the relations it did
 * look at in place of the bound (src/schema/execution-guard-plugin.ts), never both.
 */
export function traversalCost(points: number, maxSteps: number, multiplier = 1): TraversalCost {
  const walk = walkCost(maxSteps);
  return { field: points + walk, multiplier, walk };
}
