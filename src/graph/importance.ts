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
 * Degree, PageRank and betweenness of every entity. Betweenness runs on the simple undirected
 * projection (parallel relations merged), so that "A funds B" and "B is based in A" both
 * connect A and B, and a pair linked by several facts does not count as several paths.
 */
export function computeImportance(graph: EntityGraph): Map<string, Importance> {
  const ranks = graph.order > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
  let between: Record<string, number> | null = null;
  if (graph.order <= BETWEENNESS_MAX_ENTITIES) {
    const simple = new UndirectedGraph();
    graph.forEachNode((key) => simple.addNode(key));
    graph.forEachEdge((_edge, _attributes, source, target) => {
      if (source !== target) simple.mergeEdge(source, target);
    });
    between = betweenness(simple, { getEdgeWeight: null, normalized: true });
  }
  const importance = new Map<string, Importance>();
  graph.forEachNode((key) => {
    importance.set(key, {
      degree: graph.degree(key),
      pageRank: ranks[key] ?? 0,
      betweenness: between === null ? null : (between[key] ?? 0),
    });
  });
  return importance;
}

/** Compares two entities by a measure, highest first. */
export function byImportance(importance: ReadonlyMap<string, Importance>, measure: ImportanceMeasure) {
  const value = (key: string): number => {
    const entry = importance.get(key);
    if (entry === undefined) return 0;
    return measure === 'DEGREE' ? entry.degree : measure === 'PAGERANK' ? entry.pageRank : (entry.betweenness ?? 0);
  };
  return (a: string, b: string): number => value(b) - value(a);
}
