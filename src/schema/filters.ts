import { builder } from './builder.js';
import { CurrencyEnum, DirectionEnum, EntityKindEnum, RelationTypeEnum } from './vocabulary.js';
import type {
  ChoiceFilter,
  DateFilter,
  EntityWhere,
  MoneyFilter,
  RelationQuantifier,
  RelationWhere,
  StringFilter,
} from '../graph/filters.js';
import type { EntityKind, RelationType } from '../graph/vocabulary.js';

// The where-inputs, shaped like the Neo4j GraphQL Library's: field operators, AND/OR/NOT and
// relation quantifiers. The kind and type filters take the enums generated from the vocabulary
// (src/graph/vocabulary.ts), so a new kind or relation type is filterable the moment it exists.
// The graph functions in src/graph/filters.ts evaluate them; nothing here but their shape.

export const StringFilterRef = builder.inputRef<StringFilter>('StringFilter').implement({
  description: 'Conditions on a text; all that are given must hold.',
  fields: (t) => ({
    eq: t.string({ description: 'Exactly this text.' }),
    in: t.stringList({ description: 'Exactly one of these texts.' }),
    contains: t.string({ description: 'Contains this text, ignoring case and accents.' }),
    startsWith: t.string({ description: 'Starts with this text, ignoring case and accents.' }),
  }),
});

export const EntityKindFilterRef = builder.inputRef<ChoiceFilter<EntityKind>>('EntityKindFilter').implement({
  description: 'Conditions on an entity kind.',
  fields: (t) => ({
    eq: t.field({ type: EntityKindEnum, description: 'This kind.' }),
    in: t.field({ type: [EntityKindEnum], description: 'One of these kinds.' }),
  }),
});

export const RelationTypeFilterRef = builder
  .inputRef<ChoiceFilter<RelationType>>('RelationTypeFilter')
  .implement({
    description: 'Conditions on a relation type.',
    fields: (t) => ({
      eq: t.field({ type: RelationTypeEnum, description: 'This type.' }),
      in: t.field({ type: [RelationTypeEnum], description: 'One of these types.' }),
    }),
  });

export const DateFilterRef = builder.inputRef<DateFilter>('DateFilter').implement({
  description:
    'Conditions on a partial date, each a period: eq = overlaps, gt/lt = wholly after/before, gte/lte = not wholly before/after, within = wholly inside. Undated facts never match.',
  fields: (t) => ({
    eq: t.field({ type: 'PartialDate', description: 'Overlaps it: "2025-08" matches 2025-08-13 and 2025.' }),
    gt: t.field({ type: 'PartialDate', description: 'Wholly after it.' }),
    gte: t.field({ type: 'PartialDate', description: 'Not wholly before it: after it or overlapping.' }),
    lt: t.field({ type: 'PartialDate', description: 'Wholly before it.' }),
    lte: t.field({ type: 'PartialDate', description: 'Not wholly after it: before it or overlapping.' }),
    within: t.field({
      type: 'PartialDate',
      description: 'Wholly inside it: "2025-08" matches 2025-08-13, not 2025.',
    }),
  }),
});

export const MoneyFilterRef = builder.inputRef<MoneyFilter>('MoneyFilter').implement({
  description: 'Conditions on an amount, in its own currency (never converted). No amount: no match.',
  fields: (t) => ({
    currency: t.field({ type: CurrencyEnum, description: 'In this currency.' }),
    gt: t.float({ description: 'More than this stated value.' }),
    gte: t.float({ description: 'At least this stated value.' }),
    lt: t.float({ description: 'Less than this stated value.' }),
    lte: t.float({ description: 'At most this stated value.' }),
  }),
});

export const EntityWhereRef = builder.inputRef<EntityWhere>('EntityWhere');
export const RelationWhereRef = builder.inputRef<RelationWhere>('RelationWhere');

const RelationQuantifierRef = builder.inputRef<RelationQuantifier>('RelationQuantifier').implement({
  description: "Conditions on an entity's relations (either direction); all that are given must hold.",
  fields: (t) => ({
    some: t.field({ type: RelationWhereRef, description: 'At least one relation matches.' }),
    none: t.field({ type: RelationWhereRef, description: 'No relation matches.' }),
    all: t.field({ type: RelationWhereRef, description: 'Every relation matches (true with none).' }),
  }),
});

EntityWhereRef.implement({
  description: 'Conditions on an entity; all that are given must hold.',
  fields: (t) => ({
    AND: t.field({ type: [EntityWhereRef], description: 'Every one of these holds.' }),
    OR: t.field({ type: [EntityWhereRef], description: 'At least one of these holds (none: no match).' }),
    NOT: t.field({ type: EntityWhereRef, description: 'This does not hold.' }),
    key: t.field({ type: StringFilterRef, description: 'On the stable key.' }),
    name: t.field({ type: StringFilterRef, description: 'On the name (aliases: see searchConnection).' }),
    kind: t.field({ type: EntityKindFilterRef, description: 'On the kind.' }),
    date: t.field({ type: DateFilterRef, description: 'On the date; undated entities never match.' }),
    relations: t.field({ type: RelationQuantifierRef, description: 'On its relations.' }),
  }),
});

RelationWhereRef.implement({
  description: 'Conditions on a relation; all that are given must hold.',
  fields: (t) => ({
    AND: t.field({ type: [RelationWhereRef], description: 'Every one of these holds.' }),
    OR: t.field({ type: [RelationWhereRef], description: 'At least one of these holds (none: no match).' }),
    NOT: t.field({ type: RelationWhereRef, description: 'This does not hold.' }),
    type: t.field({ type: RelationTypeFilterRef, description: 'On the type.' }),
    direction: t.field({
      type: DirectionEnum,
      description: 'Which way it points from the entity asked about; not on the root list.',
    }),
    date: t.field({ type: DateFilterRef, description: 'On the date; undated relations never match.' }),
    amount: t.field({
      type: MoneyFilterRef,
      description: 'On the amount; relations without one never match.',
    }),
    other: t.field({
      type: EntityWhereRef,
      description: 'On the far end, seen from the entity asked about; not on the root list.',
    }),
    from: t.field({ type: EntityWhereRef, description: 'On the entity it points from.' }),
    to: t.field({ type: EntityWhereRef, description: 'On the entity it points to.' }),
  }),
});
