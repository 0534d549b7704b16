import type { KnowledgeGraph } from './graph/knowledge-graph.js';

/** What every resolver sees: the graph this request started with. */
export interface Context {
  kg: KnowledgeGraph;
}

/**
 * Holds the graph currently served. A reload replaces `current` in one assignment; a request
 * reads it once in createContext, so it finishes on the graph it began with.
 */
export interface GraphStore {
  current: KnowledgeGraph;
}

export function createContext(store: GraphStore): Context {
  return { kg: store.current };
}
