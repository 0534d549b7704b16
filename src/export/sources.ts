import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { PartialDate, SourceDoc } from '../graph/types.js';

/** A source as the exports write it: what a reader of the file needs to weigh a citation. */
export type ExportedSource = Omit<SourceDoc, 'file' | 'text' | 'asOf'> & { asOf: PartialDate | null };

/**
 * Every source of the graph, in the order loaded, without its text (the exports cite quotes,
 * and a copy of each page in every file would dwarf the graph) or the file it was read from.
 */
export function exportedSources(kg: KnowledgeGraph): ExportedSource[] {
  return [...kg.sources.values()].map(
    ({ key, title, kind, url, publisher, references, retrieved, asOf }) => ({
      key,
      title,
      kind,
      url,
      publisher,
      references,
      retrieved,
      asOf: asOf ?? null,
    }),
  );
}
