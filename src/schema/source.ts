import { builder, connectionCost, pageCost } from './builder.js';
import { CitationRef, SourceRef } from './refs.js';
import { SentenceRef, SourceCoverageRef } from './coverage.js';
import { CoverageStatusEnum, SourceKindEnum } from './vocabulary.js';
import { arrayConnection, type Counted } from './paging.js';
import { getSource } from '../graph/knowledge-graph.js';
import { citationLink } from '../graph/citations.js';
import { coverageOfSource, sentencesOfCitation, sentencesOfSource } from '../graph/coverage.js';
import { MAX_PAGE_SIZE } from '../graph/pagination.js';
import type { SourceDoc } from '../graph/types.js';

const DEFAULT_SENTENCES_PAGE = 20;

builder.node(SourceRef, {
  description:
    'A document that facts cite: a published document quoted word for word, or reference data this project compiled (`kind`).',
  id: { resolve: (source) => source.key },
  loadOne: (key, context) => getSource(context.kg, key),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'text' in value && 'title' in value,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key: the file name in graph-data/sources/.' }),
    title: t.exposeString('title', {
      description: "The document's title; a compiled source's says it is this project's compilation.",
    }),
    kind: t.expose('kind', {
      type: SourceKindEnum,
      description:
        "PUBLISHED: someone else's document, quoted word for word. COMPILED: reference data this project wrote, whose sentences are the project's own.",
    }),
    url: t.exposeString('url', {
      nullable: true,
      description: "The published document's address; null for a compiled source, which has none of its own.",
    }),
    publisher: t.exposeString('publisher', {
      nullable: true,
      description: 'Who published it; for a compiled source, this project.',
    }),
    references: t.exposeStringList('references', {
      description: 'For a compiled source: the pages its facts were taken from. Empty for a published one.',
    }),
    retrieved: t.exposeString('retrieved', {
      nullable: true,
      description:
        'When the copy quoted was taken, in the words of the source file (free text, not a PartialDate: "2026 (page undated; ...)"); the date a source speaks as of is what `knownFrom` uses.',
    }),
    coverage: t.field({
      type: SourceCoverageRef,
      description: 'How many of its sentences the graph holds, by coverage status.',
      resolve: (source, _args, context) => coverageOfSource(context.kg, source.key)!,
    }),
    sentences: t.connection(
      {
        type: SentenceRef,
        description: `Every sentence of the source in reading order, headings and link labels included, each with the facts that quote it and its coverage; \`status\` keeps only those. ${DEFAULT_SENTENCES_PAGE} a page unless \`first\` or \`last\` says otherwise, at most ${MAX_PAGE_SIZE}.`,
        complexity: (args) => ({
          field: 1,
          multiplier: pageCost(args.first ?? args.last, DEFAULT_SENTENCES_PAGE),
        }),
        args: {
          status: t.arg({
            type: [CoverageStatusEnum],
            required: false,
            description: 'Only sentences with one of these statuses ("what is not captured?").',
          }),
        },
        resolve: (source, args, context) => {
          const all = sentencesOfSource(context.kg, source.key) ?? [];
          const statuses = args.status && args.status.length > 0 ? new Set(args.status) : null;
          const sentences = statuses ? all.filter((sentence) => statuses.has(sentence.status)) : all;
          // The one paging rule (paging.ts): a page over 100 is refused, not cut, and a
          // cursor this service did not issue is a BAD_USER_INPUT naming the argument.
          return arrayConnection(sentences, (sentence) => String(sentence.index), args);
        },
      },
      {
        name: 'SentenceConnection',
        description: 'A page of sentences of a source.',
        // The page size is counted by `sentences`; the edges list adds no multiplier.
        edgesField: { complexity: { field: 0, multiplier: 1 } },
        fields: (c) => ({
          totalCount: c.int({
            description: 'How many sentences match, across all pages.',
            resolve: (connection) => (connection as { totalCount?: number }).totalCount ?? 0,
          }),
        }),
      },
      { name: 'SentenceEdge', description: 'A sentence in a page of sentences.' },
    ),
  }),
});

CitationRef.implement({
  description: 'A quote, word for word, from a source; the evidence for a fact.',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The words, exactly as the source has them.' }),
    source: t.field({
      type: SourceRef,
      description:
        'The source quoted; its `kind` says whether it is a published document or compiled by this project.',
      // The loader guarantees every citation names a loaded source.
      resolve: (citation, _args, context) => getSource(context.kg, citation.source) as SourceDoc,
    }),
    link: t.string({
      nullable: true,
      description:
        'A link that opens a published source scrolled to the quote (a URL text fragment). Null for a compiled source (its sentences are on no page) and for one without an address.',
      resolve: (citation, _args, context) =>
        citationLink(getSource(context.kg, citation.source), citation.quote),
    }),
    sentences: t.field({
      type: [SentenceRef],
      description:
        'The sentences of its source the quote is part of (each place it is found), in reading order.',
      resolve: (citation, _args, context) => sentencesOfCitation(context.kg, citation),
    }),
  }),
});

const SourceConnection = builder.connectionObject(
  {
    type: SourceRef,
    name: 'SourceConnection',
    description: 'A page of sources.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many sources, across all pages.',
        resolve: (connection) => (connection as unknown as Counted).totalCount,
      }),
    }),
  },
  { name: 'SourceEdge', description: 'A source in a list.', nodeField: { description: 'The source.' } },
);

/** Every source, in key order. */
const sourcesOf = (sources: ReadonlyMap<string, SourceDoc>) =>
  [...sources.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

builder.queryFields((t) => ({
  sourcesConnection: t.connection(
    {
      type: SourceRef,
      description: 'Every source the graph cites, in key order.',
      complexity: (args) => ({ field: 1, multiplier: connectionCost(args) }),
      resolve: (_root, args, { kg }) => arrayConnection(sourcesOf(kg.sources), (source) => source.key, args),
    },
    SourceConnection,
  ),
  sources: t.field({
    type: [SourceRef],
    description: 'Every source the graph cites.',
    deprecationReason: 'Use sourcesConnection.',
    resolve: (_root, _args, context) => [...context.kg.sources.values()],
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'The source with this key (its file name in graph-data/sources/); null when there is none.',
    args: { key: t.arg.string({ required: true, description: 'The stable key.' }) },
    resolve: (_root, { key }, context) => getSource(context.kg, key),
  }),
}));
