import { builder } from './builder.js';
import { CitationRef, SourceRef } from './refs.js';
import { getSource } from '../graph/knowledge-graph.js';
import { citationLink } from '../graph/citations.js';
import type { SourceDoc } from '../graph/types.js';

builder.node(SourceRef, {
  description: 'A document that facts cite.',
  id: { resolve: (source) => source.key },
  loadOne: (key, context) => getSource(context.kg, key),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'text' in value && 'title' in value,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key: the file name in graph-data/sources/.' }),
    title: t.exposeString('title'),
    url: t.exposeString('url', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    retrieved: t.exposeString('retrieved', { nullable: true }),
  }),
});

CitationRef.implement({
  description: 'A quote, word for word, from a source; the evidence for a fact.',
  fields: (t) => ({
    quote: t.exposeString('quote'),
    source: t.field({
      type: SourceRef,
      // The loader guarantees every citation names a loaded source.
      resolve: (citation, _args, context) => getSource(context.kg, citation.source) as SourceDoc,
    }),
    link: t.string({
      nullable: true,
      description:
        'A link that opens the source scrolled to the quote (a URL text fragment), when the source has a URL.',
      resolve: (citation, _args, context) =>
        citationLink(getSource(context.kg, citation.source), citation.quote),
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: [SourceRef],
    description: 'Every source the graph cites.',
    resolve: (_root, _args, context) => [...context.kg.sources.values()],
  }),
}));
