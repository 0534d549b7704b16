import { builder } from './builder.js';
import {
  AMOUNT_QUALIFIERS,
  CURRENCIES,
  ENTITY_KINDS,
  RELATION_TYPES,
  type AmountQualifier,
  type Currency,
  type EntityKind,
  type RelationType,
} from '../graph/vocabulary.js';
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
  values: Object.fromEntries(CURRENCIES.map((code) => [code, { value: code }])) as Record<
    Currency,
    { value: Currency }
  >,
});
