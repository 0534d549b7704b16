/**
 * `npm run check:data`: validates graph-data/ (or the folder given) and prints every problem,
 * or the graph's counts when all is well. For curators, before they commit.
 */
import { openKnowledgeGraph } from './load/open-graph.js';
import { GraphDataError } from './load/errors.js';

try {
  const kg = await openKnowledgeGraph(process.argv[2]);
  console.log(
    `graph-data is valid: ${kg.graph.order} entities, ${kg.graph.size} relations, ` +
      `${kg.citationCount} citations, ${kg.sources.size} sources (version ${kg.version})`,
  );
} catch (error) {
  if (!(error instanceof GraphDataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
