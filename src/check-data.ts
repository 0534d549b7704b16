/**
 * `npm run check:data [-- FOLDER]`: validates a data folder and prints every problem, or the
 * graph's counts when all is well. For curators, before they commit. The folder is the argument,
 * else GRAPH_DATA_DIR as the server reads it, else the repository's graph-data/; it is named in
 * the output, so a check of the wrong folder cannot pass unnoticed.
 */
import { GraphDataError } from './load/errors.js';
import { DEFAULT_DATA_DIR } from './load/load-graph-data.js';
import { openKnowledgeGraph } from './load/open-graph.js';
import { fromWorkingFolder } from './project-files.js';

const given = process.argv[2] ?? process.env.GRAPH_DATA_DIR?.trim();
const dir = given ? fromWorkingFolder(given) : DEFAULT_DATA_DIR;

try {
  const kg = await openKnowledgeGraph(dir);
  console.log(
    `${dir} is valid: ${kg.graph.order} entities, ${kg.graph.size} relations, ` +
      `${kg.citationCount} citations, ${kg.sources.size} sources (version ${kg.version})`,
  );
} catch (error) {
  if (!(error instanceof GraphDataError)) throw error;
  console.error(`${dir}: ${error.message}`);
  process.exitCode = 1;
}
