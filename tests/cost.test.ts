import { beforeAll, describe, expect, it } from 'vitest';
import { Kind, getIntrospectionQuery, parse, print, type FieldNode } from 'graphql';
import { fixtureApp, runText } from './support/client.js';
import { entity, graphData, relation, routeGraphData } from './support/fixtures.js';
import type { App } from '../src/yoga.js';
import { schema } from '../src/schema/index.js';
import {
  INTROSPECTION_COST,
  REFUSED_COST,
  REQUEST_COST,
  estimateCost,
  estimateCostOnce,
  introspectionLimit,
} from '../src/protections/cost.js';
import { MAX_NODE_IDS } from '../src/schema/node.js';
import type { CostReport } from '../src/request-record.js';

// Item 1 of issue 12: the cost of an operation counts the sizes the request really holds, is known
// before anything runs, and is reported in extensions.cost. The app serves the small route graph
// of tests/support/fixtures.ts: the programme has three relations, Capital two (a short key keeps
// 3,500 IDs of the programme under the body size limit).

let app: App;
let progId: string;
beforeAll(async () => {
  app = fixtureApp(routeGraphData());
  const found = await runText<{ entity: { id: string } }>(app, '{ entity(key: "prog") { id } }');
  progId = found.data!.entity.id;
});

interface Answer<T = unknown> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: CostReport };
}

async function send<T = unknown>(target: App, query: string, variables?: Record<string, unknown>) {
  const response = await target.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<T>, 'status'>) };
}

const HEAVY_NODES =
  'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name relations(first: 100) { totalCount edges { node { key name } relation { key type } } } } } }';

describe('the cost of an operation', () => {
  it('counts a list in the variables by its length: 3,500 ids are refused before anything runs', async () => {
    const ids = Array.from({ length: 3_500 }, () => progId);
    const answer = await send(app, HEAVY_NODES, { ids });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'complexity',
      max: 20_000,
    });
    // The 3,500 ids count one point each, besides what is selected under the first 100 of them.
    expect(answer.errors?.[0]?.extensions?.measured as number).toBeGreaterThan(3_500 + 100 * 100);
    // Refused by a limit, it cost its client what refusing it costs.
    expect(answer.extensions?.cost).toMatchObject({ actual: REFUSED_COST, limit: 20_000 });
  });

  it(`caps nodes(ids) at ${MAX_NODE_IDS} ids, with an error that names the cap`, async () => {
    const ids = Array.from({ length: 3_500 }, () => progId);
    const answer = await send(app, 'query Ids($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(answer.errors?.[0]?.message).toBe(
      `ids must hold at most ${MAX_NODE_IDS} global IDs (the nodes cap), got 3500`,
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    const within = await send<{ nodes: { id: string }[] }>(
      app,
      'query Ids($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: Array.from({ length: MAX_NODE_IDS }, () => progId) },
    );
    expect(within.errors).toBeUndefined();
    expect(within.data?.nodes).toHaveLength(MAX_NODE_IDS);
  });

  it('prices the same query higher for a longer list in its variables', async () => {
    const query =
      'query Typed($types: [RelationType!]) { entity(key: "alliance") { relations(types: $types, first: 5) { totalCount } } }';
    const one = await send(app, query, { types: ['MEMBER_OF'] });
    const many = await send(app, query, { types: Array.from({ length: 500 }, () => 'MEMBER_OF') });
    expect(many.extensions!.cost!.requested - one.extensions!.cost!.requested).toBe(499);
  });

  it('reports requested and actual cost: requested bounds what a page can hold, actual counts what it held', async () => {
    const answer = await send<{ entity: { relations: { edges: unknown[] } } }>(
      app,
      '{ entity(key: "capital") { relations(first: 100) { edges { node { key } } } } }',
    );
    const cost = answer.extensions!.cost!;
    const edges = answer.data!.entity.relations.edges.length;
    expect(edges).toBe(2);
    // The request itself, entity and relations (edges is priced with its page), node and key per edge.
    expect(cost.actual).toBe(REQUEST_COST + 2 + 2 * edges);
    expect(cost.requested).toBeGreaterThan(cost.actual);
    expect(cost.limit).toBe(20_000);
  });

  it('counts the relations a path search looked at, not only the paths it returned', async () => {
    // A hub with 500 spokes that lead nowhere, and one relation on to the end asked for.
    const hub = fixtureApp(
      graphData(
        [
          entity('hub', 'COUNTRY', 'Hub'),
          entity('end', 'ORGANISATION', 'End'),
          ...Array.from({ length: 500 }, (_, i) => entity(`spoke-${i}`, 'CITY', `Spoke ${i}`)),
        ],
        [
          relation('hub-member-of-end', 'MEMBER_OF', 'hub', 'end'),
          ...Array.from({ length: 500 }, (_, i) =>
            relation(`spoke-${i}-in-hub`, 'LOCATED_IN', `spoke-${i}`, 'hub'),
          ),
        ],
      ),
    );
    const answer = await send<{ paths: { paths: unknown[] } }>(
      hub,
      '{ paths(from: "spoke-0", to: "end", maxHops: 6, first: 3) { paths { length } } }',
    );
    const fields = 2 + answer.data!.paths.paths.length;
    expect(answer.data!.paths.paths).toEqual([{ length: 2 }]);
    // The search walked past the other 499 spokes: at least 4 more points (one per 100 relations).
    const cost = answer.extensions!.cost!;
    expect(cost.actual).toBeGreaterThanOrEqual(REQUEST_COST + fields + 4);
    // What it walked replaces the bound of 2,500 points it was priced at, not added to it.
    expect(cost.requested).toBeGreaterThan(2500);
    expect(cost.actual).toBeLessThan(REQUEST_COST + fields + 100);
  });

  it('never reports a path search as costing more than it was priced at', async () => {
    for (const query of [
      '{ pathsConnection(from: "alpha", to: "alliance", first: 3) { totalCount edges { node { length } } } }',
      '{ shortestPath(from: "alpha", to: "alliance") { length } }',
      '{ paths(from: "alpha", to: "alliance", first: 3) { paths { length } } }',
    ]) {
      const cost = (await send(app, query)).extensions!.cost!;
      expect(cost.actual, query).toBeLessThanOrEqual(cost.requested);
      expect(cost.actual, query).toBeLessThan(100);
    }
  });

  it('charges a path search refused for its arguments its parsing, not its walk bound', async () => {
    for (const query of [
      '{ pathsConnection(from: "nowhere", to: "prog", first: 1) { totalCount } }',
      '{ pathsConnection(from: "prog", to: "prog", maxHops: 11, first: 1) { totalCount } }',
    ]) {
      const answer = await send(app, query);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const cost = answer.extensions!.cost!;
      // Priced for the worst walk before it ran; charged only what it did.
      expect(cost.requested).toBeGreaterThan(1000);
      expect(cost.actual).toBeLessThan(REQUEST_COST + 10);
    }
  });

  it('refuses 15 aliased path searches that each may look at 250,000 relations', async () => {
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `p${i}: paths(from: "alpha", to: "alliance", maxHops: 6, first: 100) { paths { length } }`,
    ).join(' ');
    const answer = await send(app, `{ ${aliases} }`);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'complexity' });
    expect(answer.data ?? null).toBeNull();
  });

  it('answers a refused operation 400 to a client that accepts graphql-response+json, as a validation error, and 200 to plain JSON', async () => {
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: paths(from: "alpha", to: "alliance", maxHops: 6, first: 100) { paths { length } }`).join(' ')} }`;
    for (const [accept, status] of [
      ['application/graphql-response+json', 400],
      ['application/json', 200],
    ] as const) {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query }),
      });
      expect([accept, response.status]).toEqual([accept, status]);
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      // The status rule is the server's own business: it is not sent.
      expect(body.errors[0]!.extensions).not.toHaveProperty('http');
    }
  });

  it("answers GraphiQL's full schema query, and refuses introspection beyond it", async () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const answered = await send(app, full);
    expect(answered.errors).toBeUndefined();
    expect(answered.extensions?.cost?.requested).toBe(REQUEST_COST + INTROSPECTION_COST);
    // The same schema query twice over, under two aliases: within graphql's own nesting rule,
    // but twice what GraphiQL ever asks.
    const document = parse(full);
    const operation = document.definitions.find(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const schemaField = operation?.selectionSet.selections[0] as FieldNode;
    const twice = print({
      ...document,
      definitions: document.definitions.map((definition) =>
        definition === operation
          ? {
              ...operation,
              selectionSet: {
                ...operation.selectionSet,
                selections: ['a', 'b'].map((alias) => ({
                  ...schemaField,
                  alias: { kind: Kind.NAME, value: alias },
                })),
              },
            }
          : definition,
      ),
    });
    const refused = await send(app, twice);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'introspection',
      max: introspectionLimit(schema),
    });
  });
});

describe('estimateCost', () => {
  const estimate = (query: string, variables: Record<string, unknown> = {}) =>
    estimateCost(schema, parse(query), null, variables);

  it('returns null when execution will refuse the variables anyway', () => {
    expect(estimate('query ($n: Int!) { search(text: "x", first: $n) { key } }', { n: 'ten' })).toBeNull();
  });

  it('leaves out what @skip and @include leave out', () => {
    const query =
      'query ($all: Boolean!) { stats { entityCount } entities(first: 100) @include(if: $all) { key name } }';
    const without = estimate(query, { all: false })!;
    const with_ = estimate(query, { all: true })!;
    expect(with_.cost - without.cost).toBeGreaterThanOrEqual(200);
  });

  it('walks a fragment once per type however often it is spread, so a fragment bomb costs nothing to price', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) =>
        `fragment F${i} on Query { ${i === 29 ? 'stats { entityCount }' : `...F${i + 1} ...F${i + 1}`} }`,
    ).join('\n');
    const priced = estimate(`{ ...F0 }\n${fragments}`)!;
    // 2^29 copies of the same two fields: priced as what execution would do, without walking them.
    expect(priced.cost).toBeGreaterThan(2 ** 29);
  });

  it('remembers an estimate per document and variables, and estimates other variables afresh', () => {
    const document = parse(
      'query ($n: Int) { searchConnection(text: "nato", first: $n) { edges { node { key } } } }',
    );
    const five = estimateCostOnce(schema, document, null, { n: 5 })!;
    expect(five).toEqual(estimateCost(schema, document, null, { n: 5 }));
    // The same object again: the walk was not repeated.
    expect(estimateCostOnce(schema, document, null, { n: 5 })).toBe(five);
    const fifty = estimateCostOnce(schema, document, null, { n: 50 })!;
    expect(fifty).toEqual(estimateCost(schema, document, null, { n: 50 }));
    expect(fifty.cost).toBeGreaterThan(five.cost);
    // Refused variables are remembered as refused.
    expect(estimateCostOnce(schema, document, null, { n: 'five' })).toBeNull();
    // Another parse of the same text is another document: estimated, not taken from the first.
    expect(estimateCostOnce(schema, parse(print(document)), null, { n: 5 })).not.toBe(five);
  });
});
