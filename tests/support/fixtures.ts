import type {
  Citation,
  EntityData,
  GraphData,
  Money,
  RelationData,
  SourceDoc,
} from '../../src/graph/types.js';
import type { EntityKind, RelationType } from '../../src/graph/vocabulary.js';

// Builders for small inline graphs: each test states the entities and relations it needs.

export const FIXTURE_SOURCE: SourceDoc = {
  key: 'fixture-source',
  title: 'Fixture source',
  kind: 'PUBLISHED',
  url: 'https://example.org/fixture',
  publisher: null,
  references: [],
  retrieved: null,
  file: 'sources/fixture-source.md',
  text: 'A fixture sentence.',
};

const cite = (quote: string): Citation => ({ source: FIXTURE_SOURCE.key, quote });

export function entity(
  key: string,
  kind: EntityKind,
  name = key,
  extra: Partial<EntityData> = {},
): EntityData {
  return { key, name, kind, aliases: [], date: null, citations: [], file: 'entities/fixture.yaml', ...extra };
}

export function relation(
  key: string,
  type: RelationType,
  from: string,
  to: string,
  extra: Partial<RelationData> = {},
): RelationData {
  return {
    key,
    type,
    from,
    to,
    amount: null,
    statedEquivalent: null,
    date: null,
    recipient: null,
    quantity: null,
    citations: [cite(`${from} ${type} ${to}`)],
    file: 'relations/fixture.yaml',
    ...extra,
  };
}

export function usd(value: number, qualifier: Money['qualifier'] = 'EXACT'): Money {
  return { value, currency: 'USD', qualifier };
}

export function graphData(entities: EntityData[], relations: RelationData[]): GraphData {
  return { sources: [FIXTURE_SOURCE], entities, relations, coverageNotes: [] };
}
