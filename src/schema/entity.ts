import { CitationRef, EntityRef, RelationRef } from './refs.js';
import { CurrencyEnum, DirectionEnum, EntityKindEnum, RelationTypeEnum } from './vocabulary.js';

const RelationOrderEnum = builder.enumType('RelationOrder', {
  description: 'How to order relations.',
  values: {
    TYPE: { value: 'TYPE' as RelationOrder, description: 'By relation type, then date, then key.' },
    DATE: { value: 'DATE' as RelationOrder, description: 'By date, undated last, then key.' },
    AMOUNT: {
      value: 'AMOUNT' as RelationOrder,
      description:
        'By currency, then amount (values in different currencies do not compare); without an amount last.',
    },
  },
});
import { getEntity } from '../graph/knowledge-graph.js';
import {
  countByType,
  neighboursOf,
  relationsOf,
  type RelationHit,
  type RelationOrder,
} from '../graph/relations.js';
import { DEFAULT_PAGE_SIZE, paginate } from '../graph/pagination.js';
import { builder, pageCost } from './builder.js';
import { searchEntities } from '../graph/search.js';
import { byImportance } from '../graph/importance.js';
import { ImportanceMeasureEnum } from './importance.js';
import { ENTITY_KIND_NAMES, type EntityKind, type RelationType } from '../graph/vocabulary.js';
import type { Context } from '../context.js';
import type { EntityData } from '../graph/types.js';

interface RelationEdgeShape {
  cursor: string;
  hit: RelationHit;
}

interface RelationConnectionShape {
  totalCount: number;
  countsByType: { type: RelationType; count: number }[];
  edges: RelationEdgeShape[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const RelationEdge = builder.objectRef<RelationEdgeShape>('RelationEdge').implement({
  description: 'A relation seen from an entity: the other end, and which way the relation points.',
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    direction: t.field({ type: DirectionEnum, resolve: (edge) => edge.hit.direction }),
    node: t.field({
      type: EntityRef,
      description: 'The entity at the other end.',
      resolve: (edge) => edge.hit.other,
    }),
    relation: t.field({ type: RelationRef, resolve: (edge) => edge.hit.relation }),
  }),
});

const RelationTypeCount = builder
  .objectRef<{ type: RelationType; count: number }>('RelationTypeCount')
  .implement({
    fields: (t) => ({
      type: t.expose('type', { type: RelationTypeEnum }),
      count: t.exposeInt('count'),
    }),
  });

const RelationConnection = builder.objectRef<RelationConnectionShape>('RelationConnection').implement({
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'How many relations match, across all pages.' }),
    countsByType: t.expose('countsByType', {
      type: [RelationTypeCount],
      description: 'How many of the matching relations (all pages) are of each type, most frequent first.',
    }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (connection) => connection.pageInfo }),
    // The page size is already counted by `relations`; the edges list adds no multiplier.
    edges: t.field({
      type: [RelationEdge],
      complexity: { field: 0, multiplier: 1 },
      resolve: (connection) => connection.edges,
    }),
  }),
});

EntityRef.implement({
  description: 'Anything the graph knows about. Each kind has its own type with fields of its own.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => ENTITY_TYPE_NAMES[entity.kind],
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, unique, kebab-case; global IDs derive from it.' }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: EntityKindEnum }),
    aliases: t.exposeStringList('aliases', {
      description: 'Acronyms and other names ("DPRK", "North Korea").',
    }),
    date: t.exposeString('date', {
      nullable: true,
      description:
        'When it happened or took place (events, summits, decisions), at the precision the source gives.',
    }),
    citations: t.expose('citations', {
      type: [CitationRef],
      description: 'Sentences that introduce or define the entity (its relations carry their own).',
    }),
    relations: t.field({
      type: RelationConnection,
      description:
        'Cited relations of this entity, filtered and ordered as asked (by type, date and key by default). Date and amount filters keep only relations that have a date or an amount.',
      complexity: (args) => ({ field: 1, multiplier: pageCost(args.first, DEFAULT_PAGE_SIZE) }),
      args: {
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH', required: false }),
        types: t.arg({
          type: [RelationTypeEnum],
          required: false,
          description: 'Only these relation types.',
        }),
        otherKinds: t.arg({
          type: [EntityKindEnum],
          required: false,
          description: 'Only relations whose other end is of these kinds.',
        }),
        asOf: t.arg.string({
          required: false,
          description:
            'Hide relations dated after this date (YYYY, YYYY-MM or YYYY-MM-DD; a month or year means its end). Undated relations stay.',
        }),
        dateFrom: t.arg.string({
          required: false,
          description: 'Only dated relations on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).',
        }),
        dateTo: t.arg.string({
          required: false,
          description: 'Only dated relations on or before this date.',
        }),
        amountMin: t.arg.float({
          required: false,
          description: "Only relations with an amount of at least this, in the amount's own currency.",
        }),
        amountMax: t.arg.float({
          required: false,
          description: "Only relations with an amount of at most this, in the amount's own currency.",
        }),
        currency: t.arg({
          type: CurrencyEnum,
          required: false,
          description: 'Only relations with an amount in this currency.',
        }),
        orderBy: t.arg({ type: RelationOrderEnum, required: false, defaultValue: 'TYPE' }),
        descending: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: 'Reverse the order; missing dates or amounts stay last.',
        }),
        first: t.arg.int({ required: false, description: 'Page size, at most 100; 20 when omitted.' }),
        after: t.arg.string({ required: false }),
      },
      resolve: (entity, args, context) => {
        const hits =
          relationsOf(context.kg, entity.key, {
            direction: args.direction ?? 'BOTH',
            types: args.types,
            otherKinds: args.otherKinds,
            asOf: args.asOf,
            dateFrom: args.dateFrom,
            dateTo: args.dateTo,
            amountMin: args.amountMin,
            amountMax: args.amountMax,
            currency: args.currency,
            orderBy: args.orderBy ?? 'TYPE',
            descending: args.descending ?? false,
          }) ?? [];
        const page = paginate(hits, (hit) => hit.relation.key, args);
        return {
          totalCount: page.totalCount,
          countsByType: countByType(hits),
          edges: page.items.map(({ item, cursor }) => ({ cursor, hit: item })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: page.hasPreviousPage,
            startCursor: page.items[0]?.cursor ?? null,
            endCursor: page.items.at(-1)?.cursor ?? null,
          },
        };
      },
    }),
  }),
});

/** GraphQL type name of each kind: COUNTRY → Country. */
const ENTITY_TYPE_NAMES = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => [kind, kind.charAt(0) + kind.slice(1).toLowerCase()]),
) as Record<EntityKind, string>;

/** One object type per kind; domain files add their own fields with builder.objectFields. */
export const entityTypes = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => {
    const ref = builder.objectRef<EntityData>(ENTITY_TYPE_NAMES[kind]);
    builder.node(ref, {
      interfaces: [EntityRef],
      id: { resolve: (entity) => entity.key },
      loadOne: (key, context) => {
        const entity = getEntity(context.kg, key);
        return entity?.kind === kind ? entity : null;
      },
      isTypeOf: (value) => typeof value === 'object' && value !== null && (value as EntityData).kind === kind,
      fields: () => ({}),
    });
    return [kind, ref];
  }),
) as Record<EntityKind, ReturnType<typeof builder.objectRef<EntityData>>>;

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'The entity with this stable key; null when there is none.',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, { key }, context) => getEntity(context.kg, key),
  }),
  search: t.field({
    type: [EntityRef],
    complexity: (args) => ({ field: 1, multiplier: pageCost(args.first, 10) }),
    description:
      'Entities whose name or alias matches, case- and accent-insensitively, by whole words and prefixes; best match first.',
    args: {
      text: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKindEnum], required: false }),
      first: t.arg.int({ required: false, defaultValue: 10, description: 'At most 100.' }),
      orderBy: t.arg({
        type: ImportanceMeasureEnum,
        required: false,
        description:
          'Order the matches most important first by this measure (relevance breaks ties); by relevance when omitted.',
      }),
    },
    resolve: (_root, args, context) =>
      searchEntities(context.kg.search, args.text, {
        kinds: args.kinds,
        first: args.first ?? 10,
        orderBy: args.orderBy ? byImportance(context.kg.importance, args.orderBy) : null,
      }).map((key) => getEntity(context.kg, key) as EntityData),
  }),
}));

/**
 * A resolver for a kind field that lists the entities one relation hop away, such as
 * `Summit.heldIn` (HELD_IN, OUT): the typed shortcuts beside the generic `relations`.
 */
export function neighbours(types: readonly RelationType[], direction: 'IN' | 'OUT') {
  return (entity: EntityData, _args: object, context: Context): EntityData[] =>
    neighboursOf(context.kg, entity.key, types, direction);
}
