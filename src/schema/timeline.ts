import { builder, pageCost } from './builder.js';
import { CitationRef, EntityRef, RelationRef } from './refs.js';
import { timeline, type TimelineEntry, type TimelineEntryKind } from '../graph/timeline.js';
import { DEFAULT_PAGE_SIZE, paginate } from '../graph/pagination.js';

interface TimelineEdgeShape {
  cursor: string;
  entry: TimelineEntry;
}

interface TimelineConnectionShape {
  totalCount: number;
  edges: TimelineEdgeShape[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const TimelineEntryKindEnum = builder.enumType('TimelineEntryKind', {
  description: 'What a timeline entry is.',
  values: {
    RELATION: { value: 'RELATION' as TimelineEntryKind, description: 'A dated relation: `relation` is set.' },
    ENTITY: {
      value: 'ENTITY' as TimelineEntryKind,
      description: 'A dated entity (an event, summit, decision, package): `entity` is set.',
    },
  },
});

const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
  description: 'A dated fact on the timeline, with the sentences it comes from.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable: "relation:<key>" or "entity:<key>".' }),
    date: t.exposeString('date', {
      description: 'ISO 8601 at the precision the source gives: "2024", "2025-02" or "2025-08-13".',
    }),
    kind: t.expose('kind', { type: TimelineEntryKindEnum }),
    relation: t.expose('relation', { type: RelationRef, nullable: true }),
    entity: t.expose('entity', { type: EntityRef, nullable: true }),
    citations: t.expose('citations', { type: [CitationRef] }),
    summary: t.exposeString('summary', {
      description: 'One line, in words: "Germany funds PURL package funded by Germany (13 August 2025)".',
    }),
  }),
});

const TimelineEdge = builder.objectRef<TimelineEdgeShape>('TimelineEdge').implement({
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({ type: TimelineEntryRef, resolve: (edge) => edge.entry }),
  }),
});

const TimelineConnection = builder.objectRef<TimelineConnectionShape>('TimelineConnection').implement({
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'How many entries match, across all pages.' }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (connection) => connection.pageInfo }),
    // The page size is already counted by `timeline`; the edges list adds no multiplier.
    edges: t.field({
      type: [TimelineEdge],
      complexity: { field: 0, multiplier: 1 },
      resolve: (connection) => connection.edges,
    }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: TimelineConnection,
    description:
      'Dated facts in date order (a coarser date such as "2025" before the days in it): relations with a date and dated entities, each with its citations.',
    complexity: (args) => ({ field: 1, multiplier: pageCost(args.first, DEFAULT_PAGE_SIZE) }),
    args: {
      from: t.arg.string({
        required: false,
        description: 'YYYY, YYYY-MM or YYYY-MM-DD: entries whose date reaches into or past it.',
      }),
      to: t.arg.string({
        required: false,
        description: 'YYYY, YYYY-MM or YYYY-MM-DD: entries whose date starts by its end.',
      }),
      about: t.arg.string({
        required: false,
        description:
          'An entity key: only relations with it at either end (or as recipient), and dated entities that are it or one relation away from it.',
      }),
      asOf: t.arg.string({
        required: false,
        description:
          'YYYY, YYYY-MM or YYYY-MM-DD: only facts known by then, by the same known-from rule as every asOf view.',
      }),
      first: t.arg.int({ required: false, description: 'Page size, at most 100; 20 when omitted.' }),
      after: t.arg.string({ required: false }),
    },
    resolve: (_root, args, context) => {
      const page = paginate(timeline(context.kg, args), (entry) => entry.key, args);
      return {
        totalCount: page.totalCount,
        edges: page.items.map(({ item, cursor }) => ({ cursor, entry: item })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
          startCursor: page.items[0]?.cursor ?? null,
          endCursor: page.items.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
}));
