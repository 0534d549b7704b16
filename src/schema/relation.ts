import { builder, connectionCost, pageCost } from './builder.js';
import { CitationRef, EntityRef, MoneyRef, RelationRef } from './refs.js';
import { RelationTypeEnum } from './vocabulary.js';
import { QuantityRef } from './quantity.js';
import { RelationWhereRef } from './filters.js';
import { listConnection, type Counted } from './paging.js';
import { getEntity, getRelation, listRelations } from '../graph/knowledge-graph.js';
import { filterCost, relationTest, relationsToFilter } from '../graph/filters.js';
import { MAX_PAGE_SIZE } from '../graph/pagination.js';
import type { EntityData } from '../graph/types.js';

builder.node(RelationRef, {
  description: 'A cited fact linking two entities: "from TYPE to".',
  id: { resolve: (relation) => relation.key },
  loadOne: (key, context) => getRelation(context.kg, key),
  isTypeOf: (value) =>
    typeof value === 'object' && value !== null && 'type' in value && 'citations' in value && 'from' in value,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, as written in graph-data/relations/.' }),
    type: t.expose('type', { type: RelationTypeEnum, description: 'What the relation says.' }),
    // The loader guarantees both ends exist.
    from: t.field({
      type: EntityRef,
      description: 'The entity it points from.',
      resolve: (relation, _args, context) => getEntity(context.kg, relation.from) as EntityData,
    }),
    to: t.field({
      type: EntityRef,
      description: 'The entity it points to.',
      resolve: (relation, _args, context) => getEntity(context.kg, relation.to) as EntityData,
    }),
    amount: t.expose('amount', {
      type: MoneyRef,
      nullable: true,
      description: 'The amount the source states.',
    }),
    statedEquivalent: t.expose('statedEquivalent', {
      type: MoneyRef,
      nullable: true,
      description: 'A conversion the source itself states; never computed here.',
    }),
    date: t.expose('date', {
      type: 'PartialDate',
      nullable: true,
      description: 'When, at the precision the source gives; null for a standing fact.',
    }),
    recipient: t.field({
      type: EntityRef,
      nullable: true,
      description: 'For SUPPLIES: who receives what is supplied.',
      resolve: (relation, _args, context) =>
        relation.recipient ? getEntity(context.kg, relation.recipient) : null,
    }),
    quantity: t.expose('quantity', {
      type: QuantityRef,
      nullable: true,
      description:
        'A figure that is not money, as the source states it for this fact ("nearly 700 personnel", "5% of GDP by 2035"); null when it states none.',
    }),
    citations: t.expose('citations', { type: [CitationRef], description: 'Where the source says so.' }),
  }),
});

const RelationListConnection = builder.connectionObject(
  {
    type: RelationRef,
    name: 'RelationListConnection',
    description: 'A page of relations.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many relations match, across all pages.',
        resolve: (connection) => (connection as unknown as Counted).totalCount,
      }),
    }),
  },
  {
    name: 'RelationListEdge',
    description: 'A relation in a list.',
    nodeField: { description: 'The relation.' },
  },
);

builder.queryFields((t) => ({
  relation: t.field({
    type: RelationRef,
    nullable: true,
    description: 'The relation with this stable key; null when there is none.',
    args: { key: t.arg.string({ required: true, description: 'The stable key.' }) },
    resolve: (_root, { key }, context) => getRelation(context.kg, key),
  }),
  relationsConnection: t.connection(
    {
      type: RelationRef,
      nullable: true,
      description: 'Relations that match `where`, in key order; null on a bad argument.',
      complexity: (args) => ({ field: 1 + filterCost(args.where), multiplier: connectionCost(args) }),
      args: {
        where: t.arg({
          type: RelationWhereRef,
          description: 'Only relations that match; `from` and `to` for the ends (no direction or other).',
        }),
      },
      resolve: (_root, args, { kg, deadline }) => {
        const test = args.where ? relationTest(kg, args.where, { seenFromEntity: false, deadline }) : null;
        return listConnection(
          relationsToFilter(kg, args.where),
          args,
          test ? (relation) => test(relation, null) : undefined,
        );
      },
    },
    RelationListConnection,
  ),
  relations: t.field({
    type: [RelationRef],
    complexity: (args) => ({ field: 1, multiplier: pageCost(args.first, MAX_PAGE_SIZE) }),
    description: `Relations of some types, in key order; at most ${MAX_PAGE_SIZE} a call.`,
    deprecationReason: 'Use relationsConnection(where: { type: { in } }).',
    args: {
      types: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only these types.' }),
      first: t.arg.int({ required: false, defaultValue: MAX_PAGE_SIZE, description: 'How many.' }),
      offset: t.arg.int({ required: false, defaultValue: 0, description: 'How many to skip.' }),
    },
    resolve: (_root, args, context) =>
      listRelations(context.kg, {
        types: args.types,
        first: args.first ?? MAX_PAGE_SIZE,
        offset: args.offset ?? 0,
      }),
  }),
}));
