import { createHash } from 'node:crypto';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import { loadGraphData, DEFAULT_DATA_DIR } from './load-graph-data.js';

/**
 * Loads, validates and builds the graph from a data folder. Throws GraphDataError, listing
 * every problem, when the data is invalid; nothing is half-built.
 */
export async function openKnowledgeGraph(dir: string = DEFAULT_DATA_DIR): Promise<KnowledgeGraph> {
  const data = await loadGraphData(dir);
  const version = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12);
  return buildKnowledgeGraph(data, version);
}
