import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { layoutOf } from './graph/layout.js';
import { EXPORT_FORMATS, renderExport } from './export/formats.js';

/**
 * Computes, before a graph is served, what would otherwise be computed by the first request
 * that needs it and hold the event loop meanwhile: the explorer's layout (ForceAtlas2 over the
 * whole graph, 0.2 to 0.4 s on the curated data) and the exports (up to 50 ms each). Both are
 * kept per graph, so every later request finds them ready. Called at start before the server
 * listens, and by the reloader before a new graph is swapped in.
 */
export function warmGraph(kg: KnowledgeGraph): KnowledgeGraph {
  layoutOf(kg);
  for (const format of EXPORT_FORMATS) renderExport(kg, format);
  return kg;
}
