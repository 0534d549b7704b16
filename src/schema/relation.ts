import { builder } from './builder.js';
import { CitationRef, EntityRef, MoneyRef, RelationRef } from './refs.js';
import { RelationTypeEnum } from './vocabulary.js';
import { getEntity, getRelation } from '../graph/knowledge-graph.js';
import type { EntityData } from '../graph/types.js';

builder.node(RelationRef, {
  description: 'A cited fact linking two entities: "from TYPE to".',
  id: { resolve: (relation) => relation.key },
  loadOne: (key, context) => getRelation(context.kg, key),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'type' in value && 'citations' in value && 'from' in value,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, as written in graph-data/relations/.' }),
    type: t.expose('type', { type: RelationTypeEnum }),
    // The loader guarantees both ends exist.
    from: t.field({ type: EntityRef, resolve: (relation, _args, context) => getEntity(context.kg, relation.from) as EntityData }),
    to: t.field({ type: EntityRef, resolve: (relation, _args, context) => getEntity(context.kg, relation.to) as EntityData }),
    amount: t.expose('amount', { type: MoneyRef, nullable: true }),
    statedEquivalent: t.expose('statedEquivalent', {
      type: MoneyRef,
      nullable: true,
      description: 'A conversion the source itself states ("approximately USD 1.4 billion"); never computed here.',
    }),
    date: t.exposeString('date', {
      nullable: true,
      description: 'ISO 8601 at the precision the source gives: "2024", "2025-02" or "2025-08-13".',
    }),
    recipient: t.field({
      type: EntityRef,
      nullable: true,
      description: 'For SUPPLIES: who receives what is supplied.',
      resolve: (relation, _args, context) => (relation.recipient ? getEntity(context.kg, relation.recipient) : null),
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
}));
