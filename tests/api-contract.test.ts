import { buildSchema, getNamedType, type GraphQLObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { printedSchema } from '../src/print-schema.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { createApp, type App } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { EntityRelationsDocument, NodeByIdDocument, SearchDocument } from '../src/generated/graphql.js';
import { fixtureApp, run, runText } from './support/client.js';
import { FIXTURE_SOURCE, entity, graphData, relation, routeGraphData } from './support/fixtures.js';

// The conventions of issue 13 as a client meets them: one paging rule, dates and currencies as
// types, errors that say what is wrong, search that forgives a typo, and the old fields answering.
// None of it depends on what the graph holds: it runs on the fixture below.

const id = (typename: string, key: string) => Buffer.from(`${typename}:${key}`).toString('base64');

/**
 * The route graph of tests/support/fixtures.ts (Alphaland funds a package of a programme that
 * reaches Capital), plus: Russia and the four countries that support its war, six more
 * countries to page through, Ukraine and two entities whose names come close to it, a pledge cited
 * for its "minimum baseline", and three dated summits, one held in Capital.
 */
function contractData() {
  const route = routeGraphData();
  const supporters = ['belarus', 'dprk', 'iran', 'prc'];
  return graphData(
    [
      ...route.entities,
      entity('russia', 'COUNTRY', 'Russia'),
      entity('belarus', 'COUNTRY', 'Belarus'),
      entity('dprk', 'COUNTRY', "Democratic People's Republic of Korea", {
        aliases: ['North Korea', 'DPRK'],
      }),
      entity('iran', 'COUNTRY', 'Iran'),
      entity('prc', 'COUNTRY', "People's Republic of China", { aliases: ['China'] }),
      ...Array.from({ length: 6 }, (_, i) => entity(`land-${i}`, 'COUNTRY', `Land ${i}`)),
      entity('ukraine', 'COUNTRY', 'Ukraine'),
      entity('ukrainian-refugees', 'POPULATION', 'Ukrainian refugees'),
      entity('council', 'BODY', 'Alliance-Ukraine Council'),
      entity('pledge', 'COMMITMENT', 'Pledge of Long-Term Security Assistance', {
        citations: [
          { source: FIXTURE_SOURCE.key, quote: 'Allies pledged a minimum baseline of EUR 40 billion' },
        ],
      }),
      entity('summit-2008', 'SUMMIT', 'Summit of 2008', { date: '2008-04-03' }),
      entity('summit-2023', 'SUMMIT', 'Summit of 2023', { date: '2023-07-11' }),
      entity('summit-2024', 'SUMMIT', 'Summit of 2024', { date: '2024-07-10' }),
    ],
    [
      ...route.relations,
      ...supporters.map((key) => relation(`${key}-supports-war-of-russia`, 'SUPPORTS_WAR_OF', key, 'russia')),
      relation('summit-2008-concerns-russia', 'CONCERNS', 'summit-2008', 'russia'),
      relation('summit-2024-held-in-capital', 'HELD_IN', 'summit-2024', 'capital'),
      relation('refugees-in-hostland', 'HOSTS', 'hostland', 'ukrainian-refugees'),
    ],
  );
}

let app: App;
beforeAll(() => {
  app = fixtureApp(contractData());
});

describe('errors that help', () => {
  it('refuses a malformed ID with BAD_USER_INPUT naming the argument, and no library internals', async () => {
    const response = await run(app, NodeByIdDocument, { id: 'garbage' });
    expect(response.data?.node).toBeNull();
    expect(response.errors?.[0]?.message).toBe(
      'id: "garbage" is not an ID this service issued; take IDs from an `id` field',
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it.each([
    ['Citation', 'a-quote'],
    ['Entity', 'germany'],
    ['Money', 'x'],
  ])('refuses the ID of a %s, which is no node type, naming the node types', async (typename, key) => {
    const response = await run(app, NodeByIdDocument, { id: id(typename, key) });
    const [error] = response.errors ?? [];
    expect(error?.message).toMatch(
      new RegExp(`is an ID for ${typename}, which is not a node type \\(Body, City,`),
    );
    expect(error?.message).not.toMatch(/Expected ref|does not support loading/);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('answers null, without an error, for a well-formed ID whose key is not in the graph', async () => {
    const response = await run(app, NodeByIdDocument, { id: id('Country', 'atlantis') });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toBeNull();
  });

  it('answers nodes(ids) item by item: null and an error for each bad ID, the rest found', async () => {
    const response = await runText<{ nodes: ({ key: string } | null)[]; stats: { entityCount: number } }>(
      app,
      `{ nodes(ids: ["garbage", "${id('Country', 'alpha')}", "${id('Citation', 'x')}", "${id('Country', 'atlantis')}"]) {
          ... on Entity { key } }
         stats { entityCount } }`,
    );
    expect(response.data?.nodes).toEqual([null, { key: 'alpha' }, null, null]);
    expect(response.data?.stats.entityCount).toBe(contractData().entities.length);
    expect(response.errors?.map((error) => [error.path, error.extensions?.argument])).toEqual([
      [['nodes', 0], 'ids[0]'],
      [['nodes', 2], 'ids[2]'],
    ]);
  });

  it("keeps the siblings' data when one root field fails on its argument", async () => {
    const response = await runText<Record<string, unknown>>(
      app,
      `{ stats { entityCount }
         entitiesConnection(first: 500) { totalCount }
         searchConnection(text: "alliance", first: 1) { edges { node { key } } }
         pathsConnection(from: "atlantis", to: "alliance") { totalCount }
         neighbourhood(key: "atlantis") { truncated }
         funding(programme: "atlantis") { excluded { reason } } }`,
    );
    expect(response.data).toMatchObject({
      stats: { entityCount: contractData().entities.length },
      entitiesConnection: null,
      searchConnection: { edges: [{ node: { key: 'alliance' } }] },
      pathsConnection: null,
      neighbourhood: null,
      funding: null,
    });
    expect(response.errors?.map((error) => error.extensions?.argument).sort()).toEqual([
      'first',
      'from',
      'key',
      'programme',
    ]);
  });
});

describe('one paging rule', () => {
  const pageOf = async (args: string) =>
    (
      await runText<{
        entitiesConnection: {
          totalCount: number;
          pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
          };
          edges: { cursor: string; node: { key: string } }[];
        };
      }>(
        app,
        `{ entitiesConnection(where: { kind: { eq: COUNTRY } }, ${args}) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } } }`,
      )
    ).data!.entitiesConnection;

  it('refuses a page over the cap, forwards or backwards, naming the argument', async () => {
    for (const argument of ['first', 'last']) {
      const response = await runText(app, `{ entitiesConnection(${argument}: 101) { totalCount } }`);
      expect(response.errors?.[0]?.message).toBe(
        `${argument} must be at most 100 (the page size cap), got 101`,
      );
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('refuses first and last together, on a root list and on the lists inside an entity', async () => {
    for (const query of [
      '{ entitiesConnection(first: 5, last: 2) { totalCount } }',
      '{ entity(key: "ukraine") { relations(first: 5, last: 2) { totalCount } } }',
      '{ searchConnection(text: "nato", first: 5, last: 2) { totalCount } }',
    ]) {
      const response = await runText(app, query);
      expect(response.errors?.[0]?.message, query).toBe(
        'give first (with after) to page forwards or last (with before) to page backwards, not both: got first 5 and last 2',
      );
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'last' });
    }
  });

  it('gives an empty page no cursors (null, not a string `after` would refuse)', async () => {
    const empty = await pageOf('first: 0');
    expect(empty.edges).toEqual([]);
    expect([empty.pageInfo.startCursor, empty.pageInfo.endCursor]).toEqual([null, null]);
  });

  it('walks forwards with first/after and backwards with last/before over the same order', async () => {
    const all = await pageOf('first: 100');
    const keys = all.edges.map((edge) => edge.node.key);
    // The fixture's countries: Alphaland, Hostland, Russia, its four supporters, six more, Ukraine.
    expect(all.totalCount).toBe(14);
    expect(keys).toHaveLength(14);
    const forward = await pageOf('first: 5');
    expect(forward.edges.map((edge) => edge.node.key)).toEqual(keys.slice(0, 5));
    expect([forward.pageInfo.hasPreviousPage, forward.pageInfo.hasNextPage]).toEqual([false, true]);
    const next = await pageOf(`first: 5, after: "${forward.pageInfo.endCursor}"`);
    expect(next.edges.map((edge) => edge.node.key)).toEqual(keys.slice(5, 10));
    const last = await pageOf('last: 3');
    expect(last.edges.map((edge) => edge.node.key)).toEqual(keys.slice(-3));
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const before = await pageOf(`last: 3, before: "${last.pageInfo.startCursor}"`);
    expect(before.edges.map((edge) => edge.node.key)).toEqual(keys.slice(-6, -3));
  });

  it("pages an entity's relations backwards too", async () => {
    const forward = await run(app, EntityRelationsDocument, { key: 'russia', first: 100 });
    const keys = forward.data!.entity!.relations.edges.map((edge) => edge.relation.key);
    expect(keys).toHaveLength(5);
    const back = await run(app, EntityRelationsDocument, { key: 'russia', last: 4 });
    expect(back.data!.entity!.relations.edges.map((edge) => edge.relation.key)).toEqual(keys.slice(-4));
  });

  it('keeps a cursor pointing at the same item after the data is reloaded', async () => {
    const store = {
      current: buildKnowledgeGraph(graphData([entity('b', 'CITY'), entity('d', 'CITY')], []), 'v1'),
    };
    const reloading = createApp(store, DEFAULT_CONFIG);
    const query = (after: string) =>
      `{ entitiesConnection(first: 1, after: "${after}") { edges { cursor node { key } } } }`;
    const first = await runText<{ entitiesConnection: { edges: { cursor: string }[] } }>(
      reloading,
      '{ entitiesConnection(first: 1) { edges { cursor node { key } } } }',
    );
    const cursor = first.data!.entitiesConnection.edges[0]!.cursor;
    store.current = buildKnowledgeGraph(
      graphData([entity('a', 'CITY'), entity('b', 'CITY'), entity('c', 'CITY'), entity('d', 'CITY')], []),
      'v2',
    );
    const next = await runText<{ entitiesConnection: { edges: { node: { key: string } }[] } }>(
      reloading,
      query(cursor),
    );
    expect(next.data!.entitiesConnection.edges.map((edge) => edge.node.key)).toEqual(['c']);
  });

  it('makes every list that can grow a connection with first, after, last, before and totalCount', () => {
    const schema = buildSchema(printedSchema());
    const connections = Object.values(schema.getTypeMap()).filter((type) => type.name.endsWith('Connection'));
    expect(connections.map((type) => type.name).sort()).toEqual([
      'EntityConnection',
      'FundingConnection',
      'PathConnection',
      'RelationConnection',
      'RelationListConnection',
      'SearchConnection',
      'SentenceConnection',
      'SourceConnection',
      'TimelineConnection',
    ]);
    for (const type of connections) {
      expect(Object.keys((type as GraphQLObjectType).getFields())).toEqual(
        expect.arrayContaining(['edges', 'pageInfo', 'totalCount']),
      );
    }
    const query = schema.getQueryType()!.getFields();
    for (const name of [
      'entitiesConnection',
      'relationsConnection',
      'searchConnection',
      'pathsConnection',
      'timeline',
    ]) {
      expect(query[name]!.args.map((arg) => arg.name)).toEqual(
        expect.arrayContaining(['first', 'after', 'last', 'before']),
      );
    }
  });
});

describe('the first contract still answers, deprecated with its replacement named', () => {
  it('names a replacement for each deprecated field', () => {
    const schema = buildSchema(printedSchema());
    const reasonOf = (type: string, field: string) =>
      (schema.getType(type) as GraphQLObjectType).getFields()[field]?.deprecationReason;
    expect(reasonOf('Query', 'search')).toMatch(/searchConnection/);
    expect(reasonOf('Query', 'entities')).toMatch(/entitiesConnection/);
    expect(reasonOf('Query', 'relations')).toMatch(/relationsConnection/);
    expect(reasonOf('Query', 'shortestPath')).toMatch(/pathsConnection/);
    expect(reasonOf('Programme', 'funders')).toMatch(/fundersConnection/);
    expect(reasonOf('Query', 'entity')).toBeUndefined();
    expect(reasonOf('Query', 'timeline')).toBeUndefined();
    const relations = (schema.getType('Entity') as GraphQLObjectType).getFields().relations!;
    expect(relations.deprecationReason).toBeUndefined();
    expect(
      Object.fromEntries(relations.args.map((arg) => [arg.name, arg.deprecationReason ?? null])),
    ).toMatchObject({
      where: null,
      direction: 'Use where: { direction }.',
      types: 'Use where: { type: { in } }.',
      otherKinds: 'Use where: { other: { kind: { in } } }.',
    });
  });

  it('answers the first contract queries as before', async () => {
    const response = await runText<Record<string, unknown>>(
      app,
      `{ search(text: "north korea", kinds: [COUNTRY], first: 1) { key }
         entities(kinds: [SUMMIT], first: 2, offset: 1) { key }
         relations(types: [HELD_IN], first: 1) { key }
         entity(key: "russia") { relations(direction: IN, types: [SUPPORTS_WAR_OF], otherKinds: [COUNTRY], first: 2) {
           totalCount edges { node { key } } } }
         shortestPath(from: "alpha", to: "capital") { length }
         timeline(about: "prog", first: 1) { totalCount edges { node { date } } }
         prog: entity(key: "prog") { ... on Programme { funders(asOf: "2025-08-04") { funder { key } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      search: [{ key: 'dprk' }],
      entities: [{ key: 'summit-2023' }, { key: 'summit-2024' }],
      relations: [{ key: 'summit-2024-held-in-capital' }],
      entity: {
        relations: { totalCount: 4, edges: [{ node: { key: 'belarus' } }, { node: { key: 'dprk' } }] },
      },
      shortestPath: { length: 3 },
      timeline: { edges: [{ node: { date: '2025-08-04' } }] },
      prog: { funders: [{ funder: { key: 'alpha' } }] },
    });
  });
});

describe('typed dates and currencies', () => {
  it('refuses a date that is not one while validating, naming the argument, and runs nothing', async () => {
    const response = await runText(app, '{ stats { entityCount } timeline(from: "2025-13") { totalCount } }');
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      {
        message:
          'from: "2025-13" is not a calendar date: write YYYY, YYYY-MM or YYYY-MM-DD (2025, 2025-08 or 2025-08-13)',
        locations: [{ line: 1, column: 40 }],
        extensions: { code: 'BAD_USER_INPUT', argument: 'from' },
      },
    ]);
  });

  it('gives currencies as the Currency enum, the same one the filters take', () => {
    const schema = buildSchema(printedSchema());
    for (const [type, field] of [
      ['Money', 'currency'],
      ['MoneyTotal', 'currency'],
      ['FundingTotal', 'currency'],
    ] as const) {
      // Nullable where the source names no currency ("over 4 billion"): it is never inferred.
      expect(getNamedType((schema.getType(type) as GraphQLObjectType).getFields()[field]!.type).name).toBe(
        'Currency',
      );
    }
    expect(printedSchema()).not.toMatch(/\b(date|asOf|year): String/);
    const timeline = schema.getQueryType()!.getFields().timeline!;
    expect(
      timeline.args.filter((arg) => arg.name === 'from' || arg.name === 'to').map((arg) => String(arg.type)),
    ).toEqual(['PartialDate', 'PartialDate']);
  });
});

describe('search beyond names', () => {
  const search = async (text: string, extra = '') =>
    (
      await runText<{
        searchConnection: {
          totalCount: number;
          edges: {
            score: number;
            matchedIn: string;
            nearMiss: boolean;
            quote: { quote: string } | null;
            node: { key: string };
          }[];
        };
      }>(
        app,
        `{ searchConnection(text: ${JSON.stringify(text)}${extra}) { totalCount edges { score matchedIn nearMiss quote { quote } node { key } } } }`,
      )
    ).data!.searchConnection;

  it('ranks Ukraine first for "Ukrane", and gives an exact name the score 1', async () => {
    const typo = await search('Ukrane');
    expect(typo.edges[0]!.node.key).toBe('ukraine');
    expect(typo.edges[0]!.score).toBeLessThan(1);
    expect(typo.edges[0]!.score).toBeGreaterThan(typo.edges[1]!.score);
    const exact = await search('Ukraine');
    expect(exact.edges[0]).toMatchObject({ score: 1, matchedIn: 'NAME', node: { key: 'ukraine' } });
  });

  it('marks every result of a near-miss search as one, and no result of a search that matched', async () => {
    const typo = await search('Ukrane');
    expect(typo.edges.length).toBeGreaterThan(0);
    expect(typo.edges.every((edge) => edge.nearMiss)).toBe(true);
    const matched = await search('Ukr');
    expect(matched.edges.length).toBeGreaterThan(0);
    expect(matched.edges.some((edge) => edge.nearMiss)).toBe(false);
    const quotes = await search('minimum baseline', ', in: [NAME, ALIAS, QUOTE]');
    expect(quotes.edges.map((edge) => edge.nearMiss)).toEqual([false]);
  });

  it('finds an entity by an alias only when ALIAS is searched', async () => {
    expect((await search('North Korea', ', in: [ALIAS]')).edges[0]).toMatchObject({
      matchedIn: 'ALIAS',
      node: { key: 'dprk' },
    });
    const byName = await search('North Korea', ', in: [NAME]');
    expect(byName.edges.map((edge) => edge.node.key)).not.toContain('dprk');
  });

  it('finds entities by the sentences cited for them, with the quote, below name matches', async () => {
    const names = await search('minimum baseline');
    expect(names.totalCount).toBe(0);
    const quotes = await search('minimum baseline', ', in: [NAME, ALIAS, QUOTE]');
    expect(quotes.edges.map((edge) => edge.node.key)).toEqual(['pledge']);
    for (const edge of quotes.edges) {
      expect(edge.matchedIn).toBe('QUOTE');
      expect(edge.score).toBeLessThanOrEqual(0.5);
      expect(edge.quote?.quote).toMatch(/minimum baseline/);
    }
  });

  it('keeps the deprecated search answering, with `in` too', async () => {
    const response = await run(app, SearchDocument, { text: 'minimum baseline', in: ['QUOTE'], first: 1 });
    expect(response.data?.searchConnection?.edges).toHaveLength(1);
    const old = await runText<{ search: { key: string }[] }>(
      app,
      '{ search(text: "minimum baseline", in: [QUOTE], first: 5) { key } }',
    );
    expect(old.data?.search.map((entity) => entity.key)).toEqual(['pledge']);
  });
});

describe('search ranking', () => {
  it('ranks an entity whose name is close to the text above one that only contains it', async () => {
    const fixture = fixtureApp(
      graphData(
        [entity('long', 'EVENT', 'The long war against Ukraine'), entity('ukraine', 'COUNTRY', 'Ukraine')],
        [relation('long-concerns-ukraine', 'CONCERNS', 'long', 'ukraine')],
      ),
    );
    const response = await runText<{ searchConnection: { edges: { node: { key: string } }[] } }>(
      fixture,
      '{ searchConnection(text: "Ukrain") { edges { node { key } } } }',
    );
    expect(response.data!.searchConnection.edges.map((edge) => edge.node.key)).toEqual(['ukraine', 'long']);
  });
});
