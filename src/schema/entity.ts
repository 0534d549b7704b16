import { builder, connectionCost, pageCost } from './builder.js';
import { CitationRef, EntityRef, RelationRef } from './refs.js';
import { DirectionEnum, EntityKindEnum, RelationTypeEnum } from './vocabulary.js';
import { EntityWhereRef, RelationWhereRef } from './filters.js';
import { ImportanceMeasureEnum } from './importance.js';
import { arrayConnection, listConnection, type Counted } from './paging.js';
import { getEntity, listEntities, type EntityOrder } from '../graph/knowledge-graph.js';
import {
  countByType,
  neighboursOf,
  relationsOf,
  type RelationHit,
  type RelationOrder,
} from '../graph/relations.js';
import { entitiesToFilter, entityTest, filterCost } from '../graph/filters.js';
import { MAX_PAGE_SIZE } from '../graph/pagination.js';
import { ENTITY_KIND_NAMES, type EntityKind, type RelationType } from '../graph/vocabulary.js';
import type { Context } from '../context.js';
import type { EntityData } from '../graph/types.js';
import { AS_OF_RULE } from '../graph/known-from.js';

const RelationOrderEnum = builder.enumType('RelationOrder', {
  description: 'How to order relations.',
  values: {
    TYPE: { value: 'TYPE' as RelationOrder, description: 'By relation type, then date, then key.' },
    DATE: { value: 'DATE' as RelationOrder, description: 'By date, undated last, then key.' },
    AMOUNT: {
      value: 'AMOUNT' as RelationOrder,
      description: 'By currency, then amount (currencies do not compare); without an amount last.',
    },
  },
});

const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'How to order entities.',
  values: {
    NAME: { value: 'NAME' as EntityOrder, description: 'By name, then key.' },
    DEGREE: { value: 'DEGREE' as EntityOrder, description: 'Most relations first.' },
    PAGERANK: { value: 'PAGERANK' as EntityOrder, description: 'Highest PageRank first.' },
    BETWEENNESS: { value: 'BETWEENNESS' as EntityOrder, description: 'Highest betweenness first.' },
  },
});

const RelationTypeCount = builder
  .objectRef<{ type: RelationType; count: number }>('RelationTypeCount')
  .implement({
    description: 'How many relations of one type.',
    fields: (t) => ({
      type: t.expose('type', { type: RelationTypeEnum, description: 'The relation type.' }),
      count: t.exposeInt('count', { description: 'How many.' }),
    }),
  });

/** An entity's relations: the edges carry the relation and its direction, the node the far end. */
interface RelationEdgeShape {
  cursor: string;
  node: EntityData;
  hit: RelationHit;
}

const RelationConnection = builder.connectionObject(
  {
    type: EntityRef,
    name: 'RelationConnection',
    description: "A page of an entity's relations.",
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many relations match, across all pages.',
        resolve: (connection) => (connection as unknown as Counted).totalCount,
      }),
      countsByType: t.field({
        type: [RelationTypeCount],
        description: 'How many match (all pages) of each type, most frequent first.',
        resolve: (connection) => (connection as unknown as { countsByType: () => [] }).countsByType(),
      }),
    }),
  },
  {
    name: 'RelationEdge',
    description: 'A relation seen from an entity: the far end, and which way the relation points.',
    nodeField: { description: 'The entity at the other end.' },
    fields: (t) => ({
      direction: t.field({
        type: DirectionEnum,
        description: 'OUT when the entity asked about is the relation\'s "from".',
        resolve: (edge) => (edge as unknown as RelationEdgeShape).hit.direction,
      }),
      relation: t.field({
        type: RelationRef,
        description: 'The relation, with its citations.',
        resolve: (edge) => (edge as unknown as RelationEdgeShape).hit.relation,
      }),
    }),
  },
);

/** Entities, a page at a time. */
export const EntityConnection = builder.connectionObject(
  {
    type: EntityRef,
    name: 'EntityConnection',
    description: 'A page of entities.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many entities match, across all pages.',
        resolve: (connection) => (connection as unknown as Counted).totalCount,
      }),
    }),
  },
  { name: 'EntityEdge', description: 'An entity in a list.', nodeField: { description: 'The entity.' } },
);

const deprecatedFor = (replacement: string) => `Use ${replacement}.`;

EntityRef.implement({
  description: 'Anything the graph knows about. Each kind has its own type with fields of its own.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => ENTITY_TYPE_NAMES[entity.kind],
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, unique, kebab-case; global IDs derive from it.' }),
    name: t.exposeString('name', { description: 'The name the source uses.' }),
    kind: t.expose('kind', { type: EntityKindEnum, description: 'What sort of thing it is.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Acronyms and other names ("DPRK", "North Korea").',
    }),
    date: t.expose('date', {
      type: 'PartialDate',
      nullable: true,
      description: 'When it happened (events, summits, decisions, packages).',
    }),
    citations: t.expose('citations', {
      type: [CitationRef],
      description: 'Sentences that introduce or define it (relations cite their own).',
    }),
    relations: t.connection(
      {
        type: EntityRef,
        description: 'Its cited relations that match `where`, in `orderBy` order.',
        complexity: (args) => ({ field: 1 + filterCost(args.where), multiplier: connectionCost(args) }),
        args: {
          where: t.arg({ type: RelationWhereRef, description: 'Only relations that match.' }),
          asOf: t.arg({
            type: 'PartialDate',
            description: AS_OF_RULE,
          }),
          orderBy: t.arg({
            type: RelationOrderEnum,
            defaultValue: 'TYPE',
            description: 'The order; key breaks ties.',
          }),
          descending: t.arg.boolean({
            defaultValue: false,
            description: 'Reverse the order; missing dates or amounts stay last.',
          }),
          // The first contract's filters, kept for old clients; the reason says what replaces each.
          direction: t.arg({ type: DirectionEnum, deprecationReason: deprecatedFor('where: { direction }') }),
          types: t.arg({
            type: [RelationTypeEnum],
            deprecationReason: deprecatedFor('where: { type: { in } }'),
          }),
          otherKinds: t.arg({
            type: [EntityKindEnum],
            deprecationReason: deprecatedFor('where: { other: { kind: { in } } }'),
          }),
        },
        resolve: async (entity, args, context) => {
          const hits =
            relationsOf(context.kg, entity.key, {
              direction: args.direction ?? 'BOTH',
              types: args.types,
              otherKinds: args.otherKinds,
              asOf: args.asOf,
              where: args.where,
              orderBy: args.orderBy ?? 'TYPE',
              descending: args.descending ?? false,
            }) ?? [];
          const page = await arrayConnection(hits, (hit) => hit.relation.key, args);
          return Object.assign(page, {
            countsByType: () => countByType(hits),
            edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.other, hit: edge.node })),
          });
        },
      },
      RelationConnection,
    ),
  }),
});

/** GraphQL type name of each kind: COUNTRY → Country. */
export const ENTITY_TYPE_NAMES = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => [kind, kind.charAt(0) + kind.slice(1).toLowerCase()]),
) as Record<EntityKind, string>;

/** One object type per kind; domain files add their own fields with builder.objectFields. */
export const entityTypes = Object.fromEntries(
  ENTITY_KIND_NAMES.map((kind) => {
    const ref = builder.objectRef<EntityData>(ENTITY_TYPE_NAMES[kind]);
    builder.node(ref, {
      description: `An entity of kind ${kind}.`,
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
    description:
      'The entity with this stable key; null when there is none (`searchConnection` finds an entity by name or alias: "UK" is united-kingdom).',
    args: { key: t.arg.string({ required: true, description: 'The stable key ("germany").' }) },
    resolve: (_root, { key }, context) => getEntity(context.kg, key),
  }),
  entitiesConnection: t.connection(
    {
      type: EntityRef,
      nullable: true,
      description: 'Entities that match `where`, by name or most important first; null on a bad argument.',
      complexity: (args) => ({ field: 1 + filterCost(args.where), multiplier: connectionCost(args) }),
      args: {
        where: t.arg({ type: EntityWhereRef, description: 'Only entities that match.' }),
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: 'NAME', description: 'The order.' }),
      },
      resolve: (_root, args, { kg, deadline }) =>
        listConnection(
          entitiesToFilter(kg, args.where, args.orderBy ?? 'NAME'),
          args,
          args.where ? entityTest(kg, args.where, { deadline }) : undefined,
        ),
    },
    EntityConnection,
  ),
  entities: t.field({
    type: [EntityRef],
    complexity: (args) => ({ field: 1, multiplier: pageCost(args.first, MAX_PAGE_SIZE) }),
    description: `Entities of some kinds, by name or importance; at most ${MAX_PAGE_SIZE} a call.`,
    deprecationReason: deprecatedFor('entitiesConnection(where: { kind: { in } }, orderBy)'),
    args: {
      kinds: t.arg({ type: [EntityKindEnum], required: false, description: 'Only these kinds.' }),
      orderBy: t.arg({
        type: ImportanceMeasureEnum,
        required: false,
        description: 'Most important first by this measure; name order when omitted.',
      }),
      first: t.arg.int({ required: false, defaultValue: MAX_PAGE_SIZE, description: 'How many.' }),
      offset: t.arg.int({ required: false, defaultValue: 0, description: 'How many to skip.' }),
    },
    resolve: (_root, args, { kg }) =>
      listEntities(kg, {
        kinds: args.kinds,
        orderBy: args.orderBy,
        first: args.first ?? MAX_PAGE_SIZE,
        offset: args.offset ?? 0,
      }),
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
