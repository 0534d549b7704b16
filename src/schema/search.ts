import { builder, connectionCost, pageCost } from './builder.js';
import { CitationRef, EntityRef } from './refs.js';
import { EntityKindEnum } from './vocabulary.js';
import { ImportanceMeasureEnum } from './importance.js';
import { arrayConnection, type Counted } from './paging.js';
import { getEntity } from '../graph/knowledge-graph.js';
import { byImportance } from '../graph/importance.js';
import {
  MAX_SEARCH_HITS,
  searchEntities,
  searchHits,
  type SearchField,
  type SearchHit,
} from '../graph/search.js';
import type { EntityData } from '../graph/types.js';

const SearchFieldEnum = builder.enumType('SearchField', {
  description: 'Where a search looks.',
  values: {
    NAME: { value: 'NAME' as SearchField, description: 'The name.' },
    ALIAS: { value: 'ALIAS' as SearchField, description: 'Acronyms and other names.' },
    QUOTE: {
      value: 'QUOTE' as SearchField,
      description: 'The quotes cited for the entity or for its relations.',
    },
  },
});

interface SearchEdgeShape {
  cursor: string;
  node: EntityData;
  hit: SearchHit;
}

const SearchConnection = builder.connectionObject(
  {
    type: EntityRef,
    name: 'SearchConnection',
    description: 'A page of search results, best first.',
    fields: (t) => ({
      totalCount: t.int({
        description: `How many entities match, across all pages (at most ${MAX_SEARCH_HITS} are ranked).`,
        resolve: (connection) => (connection as unknown as Counted).totalCount,
      }),
    }),
  },
  {
    name: 'SearchEdge',
    description: 'A search result: the entity, how well it matched, and where.',
    nodeField: { description: 'The entity found.' },
    fields: (t) => ({
      score: t.float({
        description:
          '1 for an exact name or alias; below 1, closeness of the whole name and relevance; at most 0.5 from quotes alone.',
        resolve: (edge) => (edge as unknown as SearchEdgeShape).hit.score,
      }),
      matchedIn: t.field({
        type: SearchFieldEnum,
        description: 'Where it matched best.',
        resolve: (edge) => (edge as unknown as SearchEdgeShape).hit.matchedIn,
      }),
      nearMiss: t.boolean({
        description:
          'True when no name or alias matched every word as written and this one is a typo or two away ("Ukrane" finding Ukraine): a guess to show as "did you mean", not a match.',
        resolve: (edge) => (edge as unknown as SearchEdgeShape).hit.nearMiss,
      }),
      quote: t.field({
        type: CitationRef,
        nullable: true,
        description: 'For a match in QUOTE: the quote that matched.',
        resolve: (edge) => (edge as unknown as SearchEdgeShape).hit.citation,
      }),
    }),
  },
);

const searchArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  text: t.arg.string({
    required: true,
    description: 'Words to find; each must match, whole or as a prefix.',
  }),
  kinds: t.arg({ type: [EntityKindEnum], required: false, description: 'Only these kinds.' }),
  in: t.arg({
    type: [SearchFieldEnum],
    required: false,
    description: 'Where to look: NAME and ALIAS when omitted; add QUOTE for the cited sentences.',
  }),
  orderBy: t.arg({
    type: ImportanceMeasureEnum,
    required: false,
    description: 'Most important first by this measure (relevance breaks ties); by relevance when omitted.',
  }),
});

builder.queryFields((t) => ({
  searchConnection: t.connection(
    {
      type: EntityRef,
      nullable: true,
      description:
        'Entities whose name, alias or (with `in: [QUOTE]`) cited quotes match, case- and accent-insensitively, best first, each with its score.',
      complexity: (args) => ({ field: 1, multiplier: connectionCost(args) }),
      args: searchArgs(t),
      resolve: async (_root, args, { kg }) => {
        const hits = searchHits(kg.search, args.text, {
          kinds: args.kinds,
          in: args.in,
          orderBy: args.orderBy ? byImportance(kg.importance, args.orderBy) : null,
        });
        const page = await arrayConnection(hits, (hit) => hit.key, args);
        return Object.assign(page, {
          edges: page.edges.map((edge) => ({
            cursor: edge.cursor,
            node: getEntity(kg, edge.node.key) as EntityData,
            hit: edge.node,
          })),
        });
      },
    },
    SearchConnection,
  ),
  search: t.field({
    type: [EntityRef],
    complexity: (args) => ({ field: 1, multiplier: pageCost(args.first, 10) }),
    description:
      'Entities whose name or alias (or quotes, with `in`) match, case- and accent-insensitively; best match first.',
    deprecationReason: 'Use searchConnection, which gives each match its score.',
    args: {
      ...searchArgs(t),
      first: t.arg.int({ required: false, defaultValue: 10, description: 'How many; at most 100.' }),
    },
    resolve: (_root, args, { kg }) =>
      searchEntities(kg.search, args.text, {
        kinds: args.kinds,
        in: args.in,
        first: args.first ?? 10,
        orderBy: args.orderBy ? byImportance(kg.importance, args.orderBy) : null,
      }).map((key) => getEntity(kg, key) as EntityData),
  }),
}));
