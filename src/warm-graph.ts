import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { layoutOf } from './graph/layout.js';

/**
 * Computes, before a graph is served, what would otherwise be computed by the first request that
 * needs it and hold the event loop for every client meanwhile: the explorer's layout (ForceAtlas2
 * over the whole graph, about 0.2 s on the curated data). It is kept per graph, so every later
 * request finds it ready. Called at start before the server listens, and by the reloader before a
 * new graph is swapped in. (The exports, also computed once per graph on first use, take 15 to 30
 * ms each and are left to their first request.)
 */
export function warmGraph(kg: KnowledgeGraph): KnowledgeGraph {
  layoutOf(kg);
  return kg;
}
