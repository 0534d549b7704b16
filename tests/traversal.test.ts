import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import {
  MAX_PATHS_HOPS,
  MAX_SHORTEST_PATH_HOPS,
  describeStep,
  paths,
  shortestPath,
} from '../src/graph/paths.js';
import {
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_LIMIT,
  neighbourhood,
  neighbourhoodSize,
} from '../src/graph/neighbourhood.js';
import { countByType, relationsOf } from '../src/graph/relations.js';
import { isKnownBy, asOfDay, periodOf } from '../src/graph/time.js';
import { GraphError, InvalidArgumentError } from '../src/graph/errors.js';
import { entity, graphData, relation, usd } from './support/fixtures.js';

// A small chain with a detour and a shortcut, dated so that time cuts it:
//   a -FUNDS(2025-08-04)-> b -PACKAGE_OF-> c -BASED_IN-> d
//   a -MEMBER_OF-> g <-MEMBER_OF- e <-LOCATED_IN- d       (a second route, against the arrows)
//   c -SUPPORTS(2025-09)-> d                              (a later shortcut)
const chainGraph = () =>
  buildKnowledgeGraph(
    graphData(
      [
        entity('a', 'COUNTRY', 'Alphaland'),
        entity('b', 'PACKAGE', 'Alpha package'),
        entity('c', 'PROGRAMME', 'Programme'),
        entity('d', 'CITY', 'Delta City'),
        entity('e', 'COUNTRY', 'Epsilonia'),
        entity('g', 'ORGANISATION', 'Alliance'),
        entity('lonely', 'COUNTRY', 'Lonely'),
      ],
      [
        relation('a-funds-b', 'FUNDS', 'a', 'b', { date: '2025-08-04' }),
        relation('b-of-c', 'PACKAGE_OF', 'b', 'c', { date: '2025-08-04', amount: usd(500e6) }),
        relation('c-in-d', 'BASED_IN', 'c', 'd'),
        relation('a-in-g', 'MEMBER_OF', 'a', 'g', { date: '1949' }),
        relation('e-in-g', 'MEMBER_OF', 'e', 'g', { date: '1955' }),
        relation('d-in-e', 'LOCATED_IN', 'd', 'e'),
        relation('c-supports-d', 'SUPPORTS', 'c', 'd', { date: '2025-09' }),
      ],
    ),
  );

describe('time periods', () => {
  it('refuses a date argument that is not a calendar date, naming the argument', () => {
    expect(() => asOfDay('2025-02-30')).toThrow(/asOf must be a calendar date/);
    expect(() => asOfDay('yesterday')).toThrow(InvalidArgumentError);
  });

  it('reads a month or a year as its last day', () => {
    expect(asOfDay('2024-02')).toBe('2024-02-29');
    expect(asOfDay('2025')).toBe('2025-12-31');
    expect(periodOf('2025-08')).toEqual({ start: '2025-08-01', end: '2025-08-31' });
  });

  it('knows a fact once its period has started, and undated facts always', () => {
    expect(isKnownBy('2025-08', '2025-08-01')).toBe(true);
    expect(isKnownBy('2025-08-16', '2025-08-15')).toBe(false);
    expect(isKnownBy('2026', '2025-12-31')).toBe(false);
    expect(isKnownBy(null, '1900-01-01')).toBe(true);
  });
});

describe('shortestPath', () => {
  it('refuses unknown entities and hop counts over the bound, naming them', () => {
    const kg = chainGraph();
    expect(() => shortestPath(kg, 'nowhere', 'd')).toThrow(/from: there is no entity with key "nowhere"/);
    expect(() => shortestPath(kg, 'a', 'd', { maxHops: MAX_SHORTEST_PATH_HOPS + 1 })).toThrow(
      new RegExp(`maxHops must be an integer from 0 to ${MAX_SHORTEST_PATH_HOPS}`),
    );
    expect(() => shortestPath(kg, 'a', 'd', { asOf: '2025-13' })).toThrow(/asOf must be a calendar date/);
  });

  it('returns null when no path exists', () => {
    expect(shortestPath(chainGraph(), 'a', 'lonely')).toBeNull();
  });

  it('returns a path of no steps from an entity to itself', () => {
    expect(shortestPath(chainGraph(), 'a', 'a')?.steps).toEqual([]);
  });

  it("follows the arrows when asked, and reads each hop in the relation's own direction", () => {
    const path = shortestPath(chainGraph(), 'a', 'd', {
      direction: 'OUT',
      types: ['FUNDS', 'PACKAGE_OF', 'BASED_IN'],
    });
    expect(path?.steps.map((step) => step.relation.key)).toEqual(['a-funds-b', 'b-of-c', 'c-in-d']);
    expect(path?.entities.map((e) => e.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(path?.steps.map(describeStep)).toEqual([
      'Alphaland funds Alpha package',
      'Alpha package is a package of Programme',
      'Programme is based in Delta City',
    ]);
  });

  it('walks against the arrows when the direction is BOTH, saying so on each step', () => {
    const path = shortestPath(chainGraph(), 'a', 'd', { types: ['MEMBER_OF', 'LOCATED_IN'] });
    expect(path?.steps.map((step) => [step.relation.key, step.direction])).toEqual([
      ['a-in-g', 'OUT'],
      ['e-in-g', 'IN'],
      ['d-in-e', 'IN'],
    ]);
    expect(describeStep(path!.steps[2]!)).toBe('Delta City lies in Epsilonia');
  });

  it('gives the same answer every time when equally short paths tie', () => {
    const kg = chainGraph();
    const keys = () =>
      shortestPath(kg, 'a', 'd', { direction: 'OUT' })?.steps.map((step) => step.relation.key);
    expect(keys()).toHaveLength(3);
    expect(keys()).toEqual(keys());
  });

  it('respects maxHops', () => {
    expect(shortestPath(chainGraph(), 'a', 'd', { direction: 'OUT', maxHops: 2 })).toBeNull();
  });

  it('hides relations dated after asOf', () => {
    const kg = chainGraph();
    expect(shortestPath(kg, 'a', 'd', { direction: 'OUT', asOf: '2025-08-03' })).toBeNull();
    expect(shortestPath(kg, 'a', 'd', { direction: 'OUT', asOf: '2025-08-04' })?.steps).toHaveLength(3);
  });
});

describe('paths', () => {
  it('refuses a maxHops or first over the bound', () => {
    const kg = chainGraph();
    expect(() => paths(kg, 'a', 'd', { maxHops: MAX_PATHS_HOPS + 1 })).toThrow(
      /maxHops must be an integer from 1/,
    );
    expect(() => paths(kg, 'a', 'd', { first: 1000 })).toThrow(/first must be an integer from 0 to 100/);
  });

  it('lists every simple path, shortest first', () => {
    const list = paths(chainGraph(), 'a', 'd', { maxHops: 4 });
    expect(list.truncated).toBe(false);
    expect(list.paths.map((path) => path.steps.map((step) => step.relation.key))).toEqual([
      ['a-funds-b', 'b-of-c', 'c-in-d'],
      ['a-funds-b', 'b-of-c', 'c-supports-d'],
      ['a-in-g', 'e-in-g', 'd-in-e'],
    ]);
  });

  it('says when it cut the list at first', () => {
    const list = paths(chainGraph(), 'a', 'd', { maxHops: 4, first: 2 });
    expect(list.paths).toHaveLength(2);
    expect(list.truncated).toBe(true);
  });

  it('drops paths through relations dated after asOf', () => {
    const list = paths(chainGraph(), 'a', 'd', { maxHops: 4, asOf: '2025-08-31' });
    expect(list.paths.map((path) => path.steps.at(-1)?.relation.key)).toEqual(['c-in-d', 'd-in-e']);
  });
});

describe('neighbourhood', () => {
  it('refuses a depth or limit over its bound, and an unknown key', () => {
    const kg = chainGraph();
    expect(() => neighbourhood(kg, 'a', { depth: MAX_NEIGHBOURHOOD_DEPTH + 1 })).toThrow(
      /depth must be an integer from 0 to 4/,
    );
    expect(() => neighbourhood(kg, 'a', { limit: MAX_NEIGHBOURHOOD_LIMIT + 1 })).toThrow(
      /limit must be an integer from 1 to 1000/,
    );
    expect(() => neighbourhood(kg, 'nowhere')).toThrow(/no entity with key "nowhere"/);
  });

  it('returns the entities within depth, nearest first, with the relations among them', () => {
    const hood = neighbourhood(chainGraph(), 'c', { depth: 1 });
    expect(hood.nodes.map((node) => [node.entity.key, node.depth])).toEqual([
      ['c', 0],
      ['d', 1],
      ['b', 1],
    ]);
    // d-in-e is not there: e is two hops away. Both c→d relations are.
    expect(hood.edges.map((edge) => edge.key).sort()).toEqual(['b-of-c', 'c-in-d', 'c-supports-d']);
    expect(hood.truncated).toBe(false);
  });

  it('includes relations between two entities at the outer depth', () => {
    const hood = neighbourhood(chainGraph(), 'b', { depth: 2 });
    expect(hood.nodes.map((node) => node.entity.key).sort()).toEqual(['a', 'b', 'c', 'd', 'g']);
    expect(hood.edges.map((edge) => edge.key)).toContain('c-supports-d');
  });

  it('truncates honestly at the limit and counts what it left out', () => {
    const kg = chainGraph();
    const hood = neighbourhood(kg, 'a', { depth: 3, limit: 3 });
    expect(hood.nodes).toHaveLength(3);
    expect(hood.truncated).toBe(true);
    expect(neighbourhoodSize(kg, 'a', { depth: 3 })).toEqual({ entities: 6, exact: true });
    // No relation reaches outside what was returned.
    const returned = new Set(hood.nodes.map((node) => node.entity.key));
    for (const edge of hood.edges) expect(returned.has(edge.from) && returned.has(edge.to)).toBe(true);
  });

  it('walks only the types, direction and dates asked for', () => {
    const kg = chainGraph();
    const keys = (options: Parameters<typeof neighbourhood>[2]) =>
      neighbourhood(kg, 'a', options).nodes.map((node) => node.entity.key);
    expect(keys({ depth: 3, direction: 'OUT' })).toEqual(['a', 'b', 'g', 'c', 'd']);
    expect(keys({ depth: 3, types: ['MEMBER_OF'] })).toEqual(['a', 'g', 'e']);
    expect(keys({ depth: 3, direction: 'OUT', asOf: '2025-01-01' })).toEqual(['a', 'g']);
  });
});

describe('relation filters', () => {
  it('refuses an unreadable date in a where-filter, naming where it is', () => {
    const kg = chainGraph();
    try {
      relationsOf(kg, 'c', { where: { date: { lte: 'soon' } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphError);
      expect((error as GraphError).argument).toBe('where.date.lte');
    }
  });

  it('keeps dated relations overlapping a date, a month counting as all its days', () => {
    const keys = (where: Parameters<typeof relationsOf>[2]) =>
      relationsOf(chainGraph(), 'c', where)!.map((hit) => hit.relation.key);
    expect(keys({ where: { date: { gte: '2025-09-15' } } })).toEqual(['c-supports-d']);
    expect(keys({ where: { date: { eq: '2025-08' } } })).toEqual(['b-of-c']);
    // An empty range matches nothing rather than failing.
    expect(keys({ where: { date: { gte: '2025-09', lte: '2025-08' } } })).toEqual([]);
  });

  it('filters by amount range and currency, seen from the entity asked about', () => {
    const kg = chainGraph();
    const keys = (where: Parameters<typeof relationsOf>[2]) =>
      relationsOf(kg, 'c', where)!.map((hit) => hit.relation.key);
    expect(keys({ where: { amount: { gte: 1e8 } } })).toEqual(['b-of-c']);
    expect(keys({ where: { amount: { lte: 1e8 } } })).toEqual([]);
    expect(keys({ where: { amount: { currency: 'EUR' } } })).toEqual([]);
    expect(keys({ where: { direction: 'IN', other: { kind: { eq: 'PACKAGE' } } } })).toEqual(['b-of-c']);
  });

  it('orders by date with undated relations last, either way', () => {
    const ascending = relationsOf(chainGraph(), 'c', { orderBy: 'DATE' })!.map((hit) => hit.relation.key);
    expect(ascending).toEqual(['b-of-c', 'c-supports-d', 'c-in-d']);
    const descending = relationsOf(chainGraph(), 'c', { orderBy: 'DATE', descending: true })!.map(
      (hit) => hit.relation.key,
    );
    expect(descending).toEqual(['c-supports-d', 'b-of-c', 'c-in-d']);
  });

  it('hides relations dated after asOf and counts what is left by type', () => {
    const hits = relationsOf(chainGraph(), 'c', { asOf: '2025-08-31' })!;
    expect(hits.map((hit) => hit.relation.key)).toEqual(['c-in-d', 'b-of-c']);
    expect(countByType(hits)).toEqual([
      { type: 'BASED_IN', count: 1 },
      { type: 'PACKAGE_OF', count: 1 },
    ]);
  });
});

describe('importance', () => {
  it('computes degree, PageRank and betweenness for every entity', () => {
    const kg = chainGraph();
    expect(kg.importance.size).toBe(7);
    expect(kg.importance.get('c')?.degree).toBe(3);
    expect(kg.importance.get('lonely')).toEqual({ degree: 0, pageRank: expect.any(Number), betweenness: 0 });
    const ranks = [...kg.importance.entries()].reduce((sum, [, entry]) => sum + entry.pageRank, 0);
    expect(ranks).toBeCloseTo(1, 6);
    // a to g to e to d to c to b is a ring: every entity on it brokers equally, the loner not at all.
    expect(kg.importance.get('a')!.betweenness).toBeCloseTo(kg.importance.get('b')!.betweenness!, 12);
    expect(kg.importance.get('a')!.betweenness).toBeGreaterThan(0);
  });
});
