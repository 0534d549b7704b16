import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { toCypher } from './cypher.js';
import { toGexf } from './gexf.js';
import { toJsonLd, toNTriples } from './rdf.js';

export interface ExportFormat {
  /** What `npm run export -- --format` takes; also the file extension. */
  name: 'gexf' | 'nt' | 'jsonld' | 'cypher';
  /** Where the server answers it. */
  path: string;
  /** The name a download is saved under. */
  filename: string;
  contentType: string;
  description: string;
  render: (kg: KnowledgeGraph) => string;
}

const format = (
  name: ExportFormat['name'],
  contentType: string,
  description: string,
  render: ExportFormat['render'],
): ExportFormat => ({
  name,
  path: `/export/graph.${name}`,
  filename: `ukraine-support-graph.${name}`,
  contentType,
  description,
  render,
});

/** Every export, in the order the index page and error messages list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  format('gexf', 'application/gexf+xml; charset=utf-8', 'GEXF 1.3, for Gephi', toGexf),
  format(
    'nt',
    'application/n-triples; charset=utf-8',
    'RDF as N-Triples, for triple stores and SPARQL',
    toNTriples,
  ),
  format('jsonld', 'application/ld+json; charset=utf-8', 'RDF as JSON-LD, readable as plain JSON', toJsonLd),
  // Cypher has no registered media type; plain text shows in a browser and the filename says what it is.
  format('cypher', 'text/plain; charset=utf-8', 'a Cypher script that loads the graph into Neo4j', toCypher),
];

/** The format with this name (`gexf`, `nt`, `jsonld`, `cypher`), or null. */
export function exportFormatNamed(name: string): ExportFormat | null {
  return EXPORT_FORMATS.find((candidate) => candidate.name === name) ?? null;
}

// The graph never changes once built, so each export is rendered once per graph.
const rendered = new WeakMap<KnowledgeGraph, Map<ExportFormat['name'], string>>();

/** The graph in this format, rendered on first use and kept for as long as the graph is. */
export function renderExport(kg: KnowledgeGraph, exportFormat: ExportFormat): string {
  let forGraph = rendered.get(kg);
  if (!forGraph) {
    forGraph = new Map();
    rendered.set(kg, forGraph);
  }
  let text = forGraph.get(exportFormat.name);
  if (text === undefined) {
    text = exportFormat.render(kg);
    forGraph.set(exportFormat.name, text);
  }
  return text;
}
