import { builder, pageCost } from './builder.js';
import { CitationRef, EntityRef, MoneyRef, RelationRef } from './refs.js';
import { RelationTypeEnum } from './vocabulary.js';
import { QuantityRef } from './quantity.js';
import { getEntity, getRelation, listRelations } from '../graph/knowledge-graph.js';
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
    type: t.expose('type', { type: RelationTypeEnum }),
    // The loader guarantees both ends exist.
    from: t.field({
      type: EntityRef,
      resolve: (relation, _args, context) => getEntity(context.kg, relation.from) as EntityData,
    }),
    to: t.field({
      type: EntityRef,
      resolve: (relation, _args, context) => getEntity(context.kg, relation.to) as EntityData,
    }),
    amount: t.expose('amount', { type: MoneyRef, nullable: true }),
    statedEquivalent: t.expose('statedEquivalent', {
      type: MoneyRef,
      nullable: true,
      description:
        'A conversion the source itself states ("approximately USD 1.4 billion"); never computed here.',
    }),
    date: t.exposeString('date', {
      nullable: true,
      description: 'ISO 8601 at the precision the source gives: "2024", "2025-02" or "2025-08-13".',
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
    citations: t.expose('citations', { type: [CitationRef] }),
  }),
});

builder.queryFields((t) => ({
  relation: t.field({
    type: RelationRef,
    nullable: true,
    description: 'The relation with this stable key; null when there is none.',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, { key }, context) => getRelation(context.kg, key),
  }),
  relations: t.field({
    type: [RelationRef],
    complexity: (args) => ({ field: 1, multiplier: pageCost(args.first, MAX_PAGE_SIZE) }),
    description: `Every relation of the given types (all when omitted), in key order; at most ${MAX_PAGE_SIZE} a call, \`offset\` for more. An entity's own relations are \`Entity.relations\`.`,
    args: {
      types: t.arg({ type: [RelationTypeEnum], required: false }),
      first: t.arg.int({ required: false, defaultValue: MAX_PAGE_SIZE }),
      offset: t.arg.int({ required: false, defaultValue: 0 }),
    },
    resolve: (_root, args, context) =>
      listRelations(context.kg, {
        types: args.types,
        first: args.first ?? MAX_PAGE_SIZE,
        offset: args.offset ?? 0,
      }),
  }),
}));
