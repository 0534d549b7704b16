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

/**
 * The route graph: a small map for traversal tests (paths, neighbourhoods, their limits and
 * costs), in the shape of the question "how does a funder's money reach a city?".
 *
 *   alpha --FUNDS--> pkg --PACKAGE_OF--> prog --DELIVERS_THROUGH--> command --BASED_IN--> capital
 *     |              (2025-08-04)          ^                          |                   |
 *     +--MEMBER_OF--> alliance --COORDINATES+   command --PART_OF--> alliance        LOCATED_IN
 *                        ^                                                               v
 *                        +------------------------MEMBER_OF-------------------------- hostland
 *
 * Alphaland reaches Capital in 3 hops two ways (through the alliance and the command, or the
 * alliance and Hostland), each walking some relation backwards, and in 4 hops two ways (the
 * funding route, all forwards, and through the alliance's coordination of the programme). The
 * funding route is dated 2025-08-04: the undated relations of the programme are known from then.
 */
export function routeGraphData(): GraphData {
  return graphData(
    [
      entity('alpha', 'COUNTRY', 'Alphaland'),
      entity('pkg', 'PACKAGE', "Alphaland's package", { date: '2025-08-04' }),
      entity('prog', 'PROGRAMME', 'Programme'),
      entity('command', 'BODY', 'Command'),
      entity('capital', 'CITY', 'Capital'),
      entity('hostland', 'COUNTRY', 'Hostland'),
      entity('alliance', 'ORGANISATION', 'Alliance'),
    ],
    [
      relation('alpha-funds-pkg', 'FUNDS', 'alpha', 'pkg', { date: '2025-08-04' }),
      relation('pkg-of-prog', 'PACKAGE_OF', 'pkg', 'prog', { date: '2025-08-04', amount: usd(500e6) }),
      relation('prog-through-command', 'DELIVERS_THROUGH', 'prog', 'command'),
      relation('command-in-capital', 'BASED_IN', 'command', 'capital'),
      relation('capital-in-hostland', 'LOCATED_IN', 'capital', 'hostland'),
      relation('alpha-member-of-alliance', 'MEMBER_OF', 'alpha', 'alliance', { date: '1949' }),
      relation('hostland-member-of-alliance', 'MEMBER_OF', 'hostland', 'alliance', { date: '1955' }),
      relation('command-part-of-alliance', 'PART_OF', 'command', 'alliance'),
      relation('alliance-coordinates-prog', 'COORDINATES', 'alliance', 'prog'),
    ],
  );
}
