import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import type { WorkMeter } from './graph/traversal.js';
import { DEFAULT_CONFIG, type Config } from './config.js';
import { GraphChanges } from './reload.js';

/** Bounds on one operation's shape, checked by the complexity plugin before any resolver runs. */
export interface QueryLimits {
  depth: number;
  breadth: number;
  complexity: number;
}

/** What every resolver sees: the graph this request started with, and the limits it runs under. */
export interface Context {
  kg: KnowledgeGraph;
  queryLimits: QueryLimits;
  /**
   * When the execution must stop, on performance.now()'s clock: set when execution starts
   * (src/protections/execution-timeout.ts), checked before each field
   * (src/schema/execution-guard-plugin.ts).
   */
  deadline: number;
  /** Announces each graph a reload swaps in, for the `graphChanged` subscription. */
  changes: GraphChanges;
  /** Cost points of the fields resolved so far: the operation's actual cost (src/protections/cost.ts). */
  actualCost: number;
  /** Relations the operation's traversals looked at; every STEPS_PER_COST_POINT of them cost a point. */
  work: WorkMeter;
}

/**
 * Relations a traversal looks at for one cost point: about the time one field takes to resolve.
 * A path search that may look at 250,000 relations is priced 2,500 points before it runs.
 */
export const STEPS_PER_COST_POINT = 100;

/**
 * Holds the graph currently served. A reload replaces `current` in one assignment; a request
 * reads it once in createContext, so it finishes on the graph it began with.
 */
export interface GraphStore {
  current: KnowledgeGraph;
}

export function queryLimitsOf(config: Config): QueryLimits {
  return { depth: config.maxDepth, breadth: config.maxBreadth, complexity: config.maxCost };
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = queryLimitsOf(DEFAULT_CONFIG);

/** Changes no reload ever announces, for an app that does not reload its data. */
const NO_CHANGES = new GraphChanges();

export function createContext(
  store: GraphStore,
  queryLimits: QueryLimits = DEFAULT_QUERY_LIMITS,
  changes: GraphChanges = NO_CHANGES,
): Context {
  return {
    kg: store.current,
    queryLimits,
    deadline: Number.POSITIVE_INFINITY,
    changes,
    actualCost: 0,
    work: { steps: 0 },
  };
}
