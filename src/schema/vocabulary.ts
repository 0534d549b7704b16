import { builder } from './builder.js';
import {
  AMOUNT_QUALIFIERS,
  COVERAGE_STATUSES,
  CURRENCIES,
  CURRENCY_NAMES,
  ENTITY_KINDS,
  NO_FACT_REASONS,
  QUANTITY_QUALIFIERS,
  QUANTITY_UNITS,
  RELATION_TYPES,
  SOURCE_KINDS,
  type AmountQualifier,
  type CoverageStatus,
  type Currency,
  type EntityKind,
  type NoFactReason,
  type QuantityQualifier,
  type QuantityUnit,
  type RelationType,
  type SourceKind,
} from '../graph/vocabulary.js';
import { SENTENCE_FORMS, type SentenceForm } from '../graph/sentences.js';
import type { Direction } from '../graph/relations.js';

function enumValues<K extends string>(descriptions: Record<K, string>) {
  return Object.fromEntries(
    Object.entries(descriptions).map(([name, description]) => [name, { value: name, description }]),
  ) as Record<K, { value: K; description: string }>;
}

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'What sort of thing an entity is. Each kind has its own object type.',
  values: enumValues<EntityKind>(ENTITY_KINDS),
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The closed vocabulary of relations; each reads "from TYPE to".',
  values: enumValues<RelationType>(
    Object.fromEntries(
      Object.entries(RELATION_TYPES).map(([name, spec]) => [name, spec.description]),
    ) as Record<RelationType, string>,
  ),
});

export const AmountQualifierEnum = builder.enumType('AmountQualifier', {
  description: 'How the source qualifies an amount.',
  values: enumValues<AmountQualifier>(AMOUNT_QUALIFIERS),
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way a relation points, seen from the entity asked about.',
  values: enumValues<Direction>({
    OUT: 'The entity is the relation\'s "from".',
    IN: 'The entity is the relation\'s "to".',
    BOTH: 'Either way.',
  }),
});

export const CurrencyEnum = builder.enumType('Currency', {
  description: 'The ISO 4217 currencies the source states amounts in.',
  values: Object.fromEntries(
    CURRENCIES.map((code) => [code, { value: code, description: CURRENCY_NAMES[code] }]),
  ) as Record<Currency, { value: Currency; description: string }>,
});

export const QuantityQualifierEnum = builder.enumType('QuantityQualifier', {
  description:
    'How the source qualifies a figure that is not money ("nearly", "at least", "tens of thousands").',
  values: enumValues<QuantityQualifier>(QUANTITY_QUALIFIERS),
});

export const QuantityUnitEnum = builder.enumType('QuantityUnit', {
  description: 'What a figure that is not money counts or measures.',
  values: enumValues<QuantityUnit>(QUANTITY_UNITS),
});

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'What a source is: a document quoted word for word, or reference data this project wrote.',
  values: enumValues<SourceKind>(SOURCE_KINDS),
});

export const CoverageStatusEnum = builder.enumType('CoverageStatus', {
  description: 'How much of a source sentence the graph holds as structured facts.',
  values: enumValues<CoverageStatus>(COVERAGE_STATUSES),
});

export const NoFactReasonEnum = builder.enumType('NoFactReason', {
  description: "Why a sentence states no fact of the graph's kind.",
  values: enumValues<NoFactReason>(NO_FACT_REASONS),
});

export const SentenceFormEnum = builder.enumType('SentenceForm', {
  description: 'What the sentence-splitting rule found a sentence to be.',
  values: enumValues<SentenceForm>(SENTENCE_FORMS),
});
