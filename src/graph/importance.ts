import { UndirectedGraph } from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { EntityGraph } from './knowledge-graph.js';

// The package's typings declare an ES default export but its files set `module.exports`, so
// under NodeNext TypeScript sees a namespace where Node hands over the function itself.
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
const betweenness = betweennessModule as unknown as typeof betweennessModule.default;

/** How central an entity is, computed once when the graph is built. */
export interface Importance {
  /** Relations at either end, counting each relation once. */
  degree: number;
  /** PageRank over the relations as they point (damping 0.85), summing to 1 over the graph. */
  pageRank: number;
  /**
   * Normalised betweenness over the relations taken both ways: the share of shortest paths
   * between other entities that pass through this one. Null on graphs too large to compute
   * it exactly within a load (over BETWEENNESS_MAX_ENTITIES entities).
   */
  betweenness: number | null;
}

export type ImportanceMeasure = 'DEGREE' | 'PAGERANK' | 'BETWEENNESS';

/**
 * Exact betweenness costs O(entities × relations): 18 s on 10,000 synthetic entities with
 * 50,000 relations (npm run bench:graph), days on a million. Above this it is left out rather
 * than approximated silently; the real graph is far below it.
 */
export const BETWEENNESS_MAX_ENTITIES = 2_000;

/**
 * The measures that cost a load its time, as kept beside the data in the snapshot cache
 * (src/load/snapshot.ts), in entity order: PageRank took a quarter of loading a million entities
 * (npm run bench:graph). Degree is read off the graph and not kept.
 */
export interface StoredImportance {
  pageRank: readonly number[];
  /** Null exactly when the graph has more than BETWEENNESS_MAX_ENTITIES entities. */
  betweenness: readonly number[] | null;
}

/**
 * The measures of every entity, held in columns: one typed array per measure and one map from
 * entity key to row. A map of small objects cost 255 heap bytes per entity (the objects, and a
 * boxed number for each fraction); this costs about a third of that (npm run bench:graph).
 */
export class ImportanceIndex {
  /** `rows` gives each key's row (it may be shared: src/graph/adjacency.ts has the same). */
  constructor(
    private readonly rows: ReadonlyMap<string, number>,
    private readonly degrees: Int32Array,
    private readonly pageRanks: Float64Array,
    private readonly betweennesses: Float64Array | null,
  ) {}

  /** An index of `keys` with each measure taken from a function of the key. */
  static measuring(
    keys: readonly string[],
    degree: (key: string) => number,
    pageRank: (key: string) => number,
    betweenness: ((key: string) => number) | null,
  ): ImportanceIndex {
    return new ImportanceIndex(
      new Map(keys.map((key, row) => [key, row])),
      Int32Array.from(keys, degree),
      Float64Array.from(keys, pageRank),
      betweenness ? Float64Array.from(keys, betweenness) : null,
    );
  }

  get size(): number {
    return this.rows.size;
  }

  /** The entity's measures, or undefined for a key not in the graph. */
  get(key: string): Importance | undefined {
    const row = this.rows.get(key);
    if (row === undefined) return undefined;
    return {
      degree: this.degrees[row]!,
      pageRank: this.pageRanks[row]!,
      betweenness: this.betweennesses ? this.betweennesses[row]! : null,
    };
  }

  /** One measure as a number (betweenness 0 where it was not computed), for ordering. */
  value(key: string, measure: ImportanceMeasure): number {
    const row = this.rows.get(key);
    if (row === undefined) return 0;
    if (measure === 'DEGREE') return this.degrees[row]!;
    if (measure === 'PAGERANK') return this.pageRanks[row]!;
    return this.betweennesses ? this.betweennesses[row]! : 0;
  }

  *entries(): IterableIterator<[string, Importance]> {
    for (const key of this.rows.keys()) yield [key, this.get(key)!];
  }

  /** The computed measures in row order, to keep beside the data. */
  stored(): StoredImportance {
    return {
      pageRank: Array.from(this.pageRanks),
      betweenness: this.betweennesses ? Array.from(this.betweennesses) : null,
    };
  }
}

/**
 * Whether measures kept beside the data fit this graph: one per entity, and betweenness present
 * exactly when this graph would compute it. Anything else is recomputed.
 */
function fits(graph: EntityGraph, stored: StoredImportance): boolean {
  const withBetweenness = graph.order <= BETWEENNESS_MAX_ENTITIES;
  return (
    stored.pageRank.length === graph.order &&
    (stored.betweenness === null
      ? !withBetweenness
      : withBetweenness && stored.betweenness.length === graph.order)
  );
}

/**
 * Degree, PageRank and betweenness of every entity. Betweenness runs on the simple undirected
 * projection (parallel relations merged), so that "A funds B" and "B is based in A" both
 * connect A and B, and a pair linked by several facts does not count as several paths.
 * `stored` gives PageRank and betweenness as computed for the same data by the same code (the
 * snapshot cache proves both), in node order; they are taken instead of computed when they fit.
 */
export function computeImportance(
  graph: EntityGraph,
  stored?: StoredImportance | null,
  /** Each node's position in graph order, when the caller has it already. */
  positions?: ReadonlyMap<string, number>,
): ImportanceIndex {
  const keys = graph.nodes();
  const rows = positions ?? new Map(keys.map((key, row) => [key, row]));
  const degrees = Int32Array.from(keys, (key) => graph.degree(key));
  if (stored && fits(graph, stored)) {
    return new ImportanceIndex(
      rows,
      degrees,
      Float64Array.from(stored.pageRank),
      stored.betweenness && Float64Array.from(stored.betweenness),
    );
  }
  const ranks = graph.order > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
  let between: Record<string, number> | null = null;
  // graphology-metrics' betweenness cannot size its stack for an empty graph; empty means no measures.
  if (graph.order === 0) between = {};
  else if (graph.order <= BETWEENNESS_MAX_ENTITIES) {
    const simple = new UndirectedGraph();
    graph.forEachNode((key) => simple.addNode(key));
    graph.forEachEdge((_edge, _attributes, source, target) => {
      if (source !== target) simple.mergeEdge(source, target);
    });
    between = betweenness(simple, { getEdgeWeight: null, normalized: true });
  }
  return new ImportanceIndex(
    rows,
    degrees,
    Float64Array.from(keys, (key) => ranks[key] ?? 0),
    between === null ? null : Float64Array.from(keys, (key) => between[key] ?? 0),
  );
}

/** Compares two entities by a measure, highest first. */
export function byImportance(importance: ImportanceIndex, measure: ImportanceMeasure) {
  return (a: string, b: string): number => importance.value(b, measure) - importance.value(a, measure);
}
