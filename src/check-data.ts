/**
 * `npm run check:data [-- FOLDER]`: validates a data folder and prints every problem; when all is
 * well, the graph's counts and the coverage of each source: how many of its sentences the graph
 * holds, and every sentence it holds only in part or not at all, with what is missing. Exits 1 on
 * invalid data, and on any sentence that no fact quotes and no curator's note accounts for. For
 * curators, before they commit. The folder is the argument, else GRAPH_DATA_DIR as the server
 * reads it, else the repository's graph-data/; it is named in the output, so a check of the wrong
 * folder cannot pass unnoticed.
 */
import { GraphDataError } from './load/errors.js';
import { DEFAULT_DATA_DIR } from './load/load-graph-data.js';
import { openKnowledgeGraph } from './load/open-graph.js';
import { fromWorkingFolder } from './project-files.js';
import { coverageOfSource, sentencesOfSource, type SourceSentence } from './graph/coverage.js';
import type { KnowledgeGraph } from './graph/knowledge-graph.js';

// `npm run check:data | head` closes the pipe before the report ends: stop quietly with the
// check's own result (set before the pipe's error arrives) rather than crash with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const given = process.argv[2] ?? process.env.GRAPH_DATA_DIR?.trim();
const dir = given ? fromWorkingFolder(given) : DEFAULT_DATA_DIR;

const percent = (share: number | null) => (share === null ? 'n/a' : `${(share * 100).toFixed(1)}%`);
const clip = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The coverage report of every source, as lines, and how many sentences are unaccounted for. */
function coverageReport(kg: KnowledgeGraph): { lines: string[]; unaccounted: number } {
  const lines: string[] = [];
  let unaccounted = 0;
  for (const key of [...kg.sources.keys()].sort()) {
    const coverage = coverageOfSource(kg, key)!;
    const sentences = sentencesOfSource(kg, key)!;
    unaccounted += coverage.unaccounted;
    lines.push(
      '',
      `${key}: ${coverage.sentences} sentences; captured ${coverage.captured} of the ${coverage.factual} that state a fact (${percent(coverage.capturedShare)}), ` +
        `partly ${coverage.partlyCaptured}, not captured ${coverage.notCaptured} (unaccounted ${coverage.unaccounted}), no fact ${coverage.noFact}`,
    );
    const list = (title: string, items: SourceSentence[], detail: (s: SourceSentence) => string) => {
      if (items.length === 0) return;
      lines.push(`  ${title}:`);
      for (const sentence of items) {
        lines.push(`    [${sentence.index}] "${clip(sentence.text)}"`, `         ${detail(sentence)}`);
      }
    };
    list(
      'Partly captured (what is not held)',
      sentences.filter((s) => s.status === 'PARTLY_CAPTURED'),
      (s) => s.note?.note ?? '',
    );
    list(
      'Not captured (why)',
      sentences.filter((s) => s.status === 'NOT_CAPTURED' && !s.unaccounted),
      (s) => s.note?.note ?? '',
    );
    list(
      'UNACCOUNTED: no fact quotes these and no note in coverage/ says why',
      sentences.filter((s) => s.unaccounted),
      (s) =>
        `${s.form.toLowerCase().replace('_', ' ')}${s.section && s.section !== s.text ? ` under "${clip(s.section, 50)}"` : ''}`,
    );
  }
  return { lines, unaccounted };
}

try {
  const kg = await openKnowledgeGraph(dir);
  console.log(
    `${dir} is valid: ${kg.graph.order} entities, ${kg.graph.size} relations, ` +
      `${kg.citationCount} citations, ${kg.sources.size} sources (version ${kg.version})`,
  );
  const { lines, unaccounted } = coverageReport(kg);
  console.log(['Coverage of each source, by sentence:', ...lines].join('\n'));
  if (unaccounted > 0) {
    console.error(
      `\n${unaccounted} sentence${unaccounted === 1 ? ' is' : 's are'} unaccounted for: cite ${unaccounted === 1 ? 'it' : 'them'} from a fact, or add a note to graph-data/coverage/ (graph-data/README.md, "Coverage").`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof GraphDataError)) throw error;
  console.error(`${dir}: ${error.message}`);
  process.exitCode = 1;
}
