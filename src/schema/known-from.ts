import { builder } from './builder.js';
import { EntityRef, RelationRef, SourceRef } from './refs.js';
import { describedValues } from './funding-stages.js';
import {
  KNOWN_FROM_BASES,
  entityKnownFrom,
  relationKnownFrom,
  type KnownFrom,
  type KnownFromBasis,
} from '../graph/known-from.js';

const KnownFromBasisEnum = builder.enumType('KnownFromBasis', {
  description:
    'Where a known-from bound comes from (the rule is in docs/api.md, "Paths, neighbourhoods, time and importance" → "What was the picture on a given date?").',
  values: describedValues<KnownFromBasis>(KNOWN_FROM_BASES),
});

export const KnownFromRef = builder.objectRef<KnownFrom>('KnownFrom').implement({
  description:
    "The earliest date a fact could have been known, by one rule that every `asOf` view (and the explorer's slider) applies: its own date, else a date the source ties it to, else the source's own date.",
  fields: (t) => ({
    date: t.expose('date', {
      type: 'PartialDate',
      description: 'The fact is known from the first day of this period.',
    }),
    basis: t.expose('basis', { type: KnownFromBasisEnum, description: 'Which rule gave the date.' }),
    anchor: t.field({
      type: EntityRef,
      nullable: true,
      description: 'For TIED (and PERIOD_END): the entity whose date it is.',
      resolve: (known) => known.anchor.entity,
    }),
    explanation: t.exposeString('explanation', { description: 'Why, in one sentence.' }),
  }),
});

builder.objectField(RelationRef, 'knownFrom', (t) =>
  t.field({
    type: KnownFromRef,
    nullable: true,
    description:
      'The earliest date this fact could have been known (its own date, or the date the source ties it to); `asOf` views hide it before then. Null when nothing bounds it.',
    resolve: (relation, _args, context) => relationKnownFrom(context.kg, relation),
  }),
);

builder.interfaceField(EntityRef, 'knownFrom', (t) =>
  t.field({
    type: KnownFromRef,
    nullable: true,
    description:
      'The earliest date this entity could have been known: its own date, else the earliest bound of the facts about it. Null when nothing bounds it.',
    resolve: (entity, _args, context) => entityKnownFrom(context.kg, entity),
  }),
);

builder.objectField(SourceRef, 'asOf', (t) =>
  t.field({
    type: 'PartialDate',
    nullable: true,
    description:
      'The date the source speaks as of: its own date, or for an undated page the latest date it mentions (a lower bound). Undated facts it states are known from it unless something earlier ties them to a date.',
    resolve: (source) => source.asOf ?? null,
  }),
);
