import { builder, connectionCost } from './builder.js';
import { CitationRef, EntityRef, RelationRef } from './refs.js';
import { timeline, type TimelineEntry, type TimelineEntryKind } from '../graph/timeline.js';
import { arrayConnection, type Counted } from './paging.js';
import { AS_OF_RULE } from '../graph/known-from.js';

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
    date: t.expose('date', { type: 'PartialDate', description: 'When, at the precision the source gives.' }),
    kind: t.expose('kind', { type: TimelineEntryKindEnum, description: 'A relation or an entity.' }),
    relation: t.expose('relation', { type: RelationRef, nullable: true, description: 'For RELATION.' }),
    entity: t.expose('entity', { type: EntityRef, nullable: true, description: 'For ENTITY.' }),
    citations: t.expose('citations', { type: [CitationRef], description: 'Where the source says so.' }),
    summary: t.exposeString('summary', {
      description: 'One line, in words: "Germany funds PURL package funded by Germany (13 August 2025)".',
    }),
  }),
});

const TimelineConnection = builder.connectionObject(
  {
    type: TimelineEntryRef,
    name: 'TimelineConnection',
    description: 'A page of the timeline.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many entries match, across all pages.',
        resolve: (connection) => (connection as unknown as Counted).totalCount,
      }),
    }),
  },
  {
    name: 'TimelineEdge',
    description: 'An entry on the timeline.',
    nodeField: { description: 'The entry.' },
  },
);

builder.queryFields((t) => ({
  timeline: t.connection(
    {
      type: TimelineEntryRef,
      description:
        'Dated facts in date order (a coarser date such as "2025" before the days in it): dated relations and dated entities, each cited.',
      complexity: (args) => ({ field: 1, multiplier: connectionCost(args) }),
      args: {
        from: t.arg({ type: 'PartialDate', description: 'Entries whose date reaches into or past it.' }),
        to: t.arg({ type: 'PartialDate', description: 'Entries whose date starts by its end.' }),
        about: t.arg.string({
          description: 'An entity key: its relations, and dated entities that are it or one hop away.',
        }),
        asOf: t.arg({
          type: 'PartialDate',
          description: AS_OF_RULE,
        }),
      },
      resolve: (_root, args, context) =>
        arrayConnection(timeline(context.kg, args), (entry) => entry.key, args),
    },
    TimelineConnection,
  ),
}));
