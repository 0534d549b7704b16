import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureApp, run, runText, realApp, type Response } from './support/client.js';
import { entity, graphData, relation, routeGraphData } from './support/fixtures.js';
import type { App } from '../src/yoga.js';
import {
  BasedInDocument,
  EntityRelationsDocument,
  MembershipPathDocument,
  NodeByIdDocument,
  SearchDocument,
  StatsDocument,
  WarSupportersDocument,
  WhichAlliesFundedPurlDocument,
  type EntityRelationsQuery,
} from '../src/generated/graphql.js';

const SOURCE_TEXT = readFileSync(
  new URL('../graph-data/sources/nato-support-for-ukraine.md', import.meta.url),
  'utf8',
);

// How the API answers, on small fixture graphs; then the questions a newcomer asks, on the curated
// data (the describes named "on the curated data").

let app: App;
beforeAll(async () => {
  app = await realApp();
});

describe('bad requests', () => {
  // The route graph of tests/support/fixtures.ts: the alliance has four relations.
  const fixture = fixtureApp(routeGraphData());

  it('answers a malformed query with a syntax error that says where', async () => {
    const response = await runText(fixture, '{ entity(key: "prog") { name ');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
    expect(response.errors?.[0]?.locations).toEqual([{ line: 1, column: 30 }]);
  });

  it('answers a body that is not JSON with a 400 that says so', async () => {
    const response = await fixture.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ stats { entityCount } }"',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
    expect(body.errors[0]!.message).toBe(
      "The request body is not valid JSON: Expected ',' or '}' after property value in JSON at position 37",
    );
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST', parameter: 'body' });
  });

  it('answers a mutation with a coded validation error: this service changes nothing', async () => {
    const response = await runText(fixture, 'mutation { anything }');
    expect(response.errors).toEqual([
      expect.objectContaining({
        message:
          'This service has no mutations: it answers queries and the graphChanged subscription, and changes nothing',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it('never repeats a large malformed body back in its error', async () => {
    const response = await fixture.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": "${'x'.repeat(50_000)}`,
    });
    expect(response.status).toBe(400);
    expect((await response.text()).length).toBeLessThan(400);
  });

  it('answers GET variables or extensions that are not JSON with a 400 naming them, not a 500', async () => {
    for (const parameter of ['variables', 'extensions']) {
      const url = new URL('http://test/graphql');
      url.searchParams.set('query', '{ stats { entityCount } }');
      url.searchParams.set(parameter, '{bad');
      const response = await fixture.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
      expect(body.errors[0]!.message).toBe(
        `The \`${parameter}\` parameter is not valid JSON: Expected property name or '}' in JSON at position 1`,
      );
      expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST', parameter });
    }
  });

  it('answers a variable of the wrong type with an error naming the variable', async () => {
    const response = await runText(fixture, 'query($key: String!) { entity(key: $key) { name } }', {
      key: 42,
    });
    expect(response.errors?.[0]?.message).toContain('Variable "$key" got invalid value 42');
  });

  it('answers a query sent by GET with the CSRF header, as caches may', async () => {
    const response = await fixture.fetch(
      `http://test/graphql?query=${encodeURIComponent('{ entity(key: "command") { name } }')}`,
      {
        headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
      },
    );
    expect(((await response.json()) as { data: unknown }).data).toEqual({
      entity: { name: 'Command' },
    });
  });

  it('answers an unknown field with a validation error naming it', async () => {
    const response = await runText(fixture, '{ entity(key: "prog") { nonsense } }');
    expect(response.errors?.[0]?.message).toContain('Cannot query field "nonsense" on type "Entity"');
  });

  it('answers null for an unknown key, not an error', async () => {
    const response = await run(fixture, EntityRelationsDocument, { key: 'no-such-thing' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.entity).toBeNull();
  });

  it('refuses a page size over the cap with a code and the argument', async () => {
    const response = await run(fixture, EntityRelationsDocument, { key: 'alliance', first: 1000 });
    expect(response.errors?.[0]?.message).toBe('first must be at most 100 (the page size cap), got 1000');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await run(fixture, EntityRelationsDocument, { key: 'alliance', after: 'garbage' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('refuses a query nested deeper than the depth limit before running it', async () => {
    const nested = (depth: number): string =>
      depth === 0 ? 'key' : `relations { edges { node { ${nested(depth - 1)} } } }`;
    const response = await runText<{ entity: unknown }>(
      fixture,
      `{ entity(key: "alliance") { ${nested(5)} } }`,
    );
    expect(response.errors?.[0]?.message).toMatch(/^Query depth is \d+, over the limit of 12/);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      max: 12,
    });
    expect(response.data?.entity ?? null).toBeNull();
  });

  it('refuses nested pages whose product is too large, counting each page size', async () => {
    const page = 'relations(first: 100) { edges { node { key RELATIONS } } }';
    const query = `{ entity(key: "alliance") { ${page.replace('RELATIONS', page.replace('RELATIONS', ''))} } }`;
    const response = await runText(fixture, query);
    expect(response.errors?.[0]?.message).toMatch(
      /^Query complexity is \d+, over the limit of 20000: ask for smaller pages/,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'complexity',
    });
  });

  it('refuses thousands of aliases at the token limit, before parsing them all', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: stats { entityCount }`).join(' ');
    const response = await runText(fixture, `{ ${aliases} }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'tokens',
      max: 1000,
    });
  });

  it('refuses a selection wider than the breadth limit', async () => {
    const response = await runText(fixture, `{ stats { ${'entityCount '.repeat(400)}} }`);
    expect(response.errors?.[0]?.message).toBe('Query breadth is 401, over the limit of 400');
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'breadth',
      max: 400,
    });
  });

  it('refuses an unknown enum value in variables, with a code, the variable and the argument', async () => {
    const response = await runText(
      fixture,
      'query($t: [RelationType!]) { entity(key: "alliance") { relations(where: { type: { in: $t } }) { totalCount } } }',
      {
        t: ['FRIENDS_WITH'],
      },
    );
    expect(response.errors?.[0]?.message).toContain(
      'Value "FRIENDS_WITH" does not exist in "RelationType" enum',
    );
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      variable: 't',
      argument: 'where.type.in',
    });
  });

  it('refuses a variable of the wrong type with a code', async () => {
    const response = await runText(
      fixture,
      'query($n: Int) { searchConnection(text: "alliance", first: $n) { totalCount } }',
      {
        n: 'ten',
      },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      variable: 'n',
      argument: 'first',
    });
  });

  it('gives other validation errors a code too', async () => {
    const response = await runText(fixture, '{ entity(key: "prog") { nonsense } }');
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('which allies funded PURL, on the curated data', () => {
  it('lists every funder with amount, date, package and quotes from the source', async () => {
    const { data, errors } = await run(app, WhichAlliesFundedPurlDocument);
    expect(errors).toBeUndefined();
    expect(data?.entity?.name).toBe('Prioritised Ukraine Requirements List');
    if (data?.entity?.__typename !== 'Programme') throw new Error('purl is not a Programme');
    const funders = data.entity.fundersConnection.edges.map((edge) => edge.node);
    expect(data.entity.fundersConnection.totalCount).toBe(funders.length);
    const rows = funders.map((f) => [
      f.funder.key,
      f.via?.key ?? null,
      f.amount?.text ?? null,
      f.date,
      f.stage,
    ]);
    // Each at the stage its sentence's verb gives ("funded by", "announce", "to fund", "agree to provide",
    // "committed"); the 10 December headline names "NATO Allies and partners" and no currency.
    expect(rows).toEqual([
      ['netherlands', 'purl-package-netherlands-2025-08-04', null, '2025-08-04', 'PROVIDED'],
      [
        'denmark',
        'purl-package-denmark-norway-sweden-2025-08-05',
        'USD 500 million',
        '2025-08-05',
        'ANNOUNCED',
      ],
      [
        'norway',
        'purl-package-denmark-norway-sweden-2025-08-05',
        'USD 500 million',
        '2025-08-05',
        'ANNOUNCED',
      ],
      [
        'sweden',
        'purl-package-denmark-norway-sweden-2025-08-05',
        'USD 500 million',
        '2025-08-05',
        'ANNOUNCED',
      ],
      ['germany', 'purl-package-germany-2025-08-13', 'USD 500 million', '2025-08-13', 'ANNOUNCED'],
      ['canada', 'purl-package-canada-2025-08-24', 'USD 500 million', '2025-08-24', 'ANNOUNCED'],
      [
        'nordic-and-baltic-allies',
        'purl-package-nordic-baltic-2025-11-13',
        'USD 500 million',
        '2025-11-13',
        'ANNOUNCED',
      ],
      ['nato-allies-and-partners', null, 'over 4 billion (currency not stated)', '2025-12-10', 'ANNOUNCED'],
      ['nato-allies', null, 'USD 4 billion', null, 'PLEDGED'],
    ]);
  });

  it('names each joint funder with the whole amount and its cofunders', async () => {
    const { data } = await run(app, WhichAlliesFundedPurlDocument);
    if (data?.entity?.__typename !== 'Programme') throw new Error('purl is not a Programme');
    const funders = data.entity.fundersConnection.edges.map((edge) => edge.node);
    const denmark = funders.find((f) => f.funder.key === 'denmark')!;
    expect(denmark.amount).toEqual({
      value: 500_000_000,
      currency: 'USD',
      qualifier: 'EXACT',
      text: 'USD 500 million',
    });
    expect(denmark.jointly).toBe(true);
    expect(denmark.credit).toBe('JOINT');
    expect(denmark.cofunders.map((c) => c.key).sort()).toEqual(['norway', 'sweden']);
    const germany = funders.find((f) => f.funder.key === 'germany')!;
    expect(germany.jointly).toBe(false);
    // "Nordic and Baltic Allies to fund joint $500m PURL package": joint among the group's
    // members, but the group is its one funder, so not `jointly` with another.
    const nordic = funders.find((f) => f.funder.key === 'nordic-and-baltic-allies')!;
    expect([nordic.jointly, nordic.credit, nordic.cofunders]).toEqual([false, 'OWN', []]);
    expect(germany.citations.map((c) => c.quote)).toContain(
      'Germany to fund $500 million PURL package for Ukraine, 13 August 2025',
    );
  });

  it('cites only sentences that stand word for word in the source', async () => {
    const { data } = await run(app, WhichAlliesFundedPurlDocument);
    if (data?.entity?.__typename !== 'Programme') throw new Error('purl is not a Programme');
    const funders = data.entity.fundersConnection.edges.map((edge) => edge.node);
    const citations = funders.flatMap((f) => f.citations);
    expect(citations.length).toBeGreaterThanOrEqual(funders.length);
    for (const citation of citations) {
      expect(SOURCE_TEXT).toContain(citation.quote);
      expect(citation.source.url).toBe(
        'https://nato.int/en/what-we-do/partnerships-and-cooperation/natos-support-for-ukraine',
      );
    }
  });
});

describe('search', () => {
  // A programme known by its acronym, packages whose names contain it, an alias, an accent.
  const fixture = fixtureApp(
    graphData(
      [
        entity('purl', 'PROGRAMME', 'Prioritised Ukraine Requirements List', { aliases: ['PURL'] }),
        entity('pkg-alpha', 'PACKAGE', 'PURL package funded by Alphaland'),
        entity('pkg-beta', 'PACKAGE', 'PURL package funded by Betaland'),
        entity('unite', 'PROGRAMME', 'UNITE', { aliases: ['Brave NATO'] }),
        entity('turkiye', 'COUNTRY', 'Türkiye'),
        entity('alpha', 'COUNTRY', 'Alphaland'),
      ],
      [
        relation('alpha-funds-pkg-alpha', 'FUNDS', 'alpha', 'pkg-alpha'),
        relation('pkg-alpha-of-purl', 'PACKAGE_OF', 'pkg-alpha', 'purl'),
        relation('pkg-beta-of-purl', 'PACKAGE_OF', 'pkg-beta', 'purl'),
      ],
    ),
  );
  const keys = async (text: string, kinds?: ('COUNTRY' | 'PACKAGE' | 'PROGRAMME')[], target = fixture) =>
    (await run(target, SearchDocument, { text, kinds })).data?.searchConnection?.edges.map(
      (edge) => edge.node.key,
    ) ?? [];

  it('refuses text longer than 200 characters', async () => {
    const response = await run(fixture, SearchDocument, { text: 'x'.repeat(201) });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
  });

  it('finds the programme by its acronym before the packages whose names contain it', async () => {
    const found = await keys('PURL');
    expect(found[0]).toBe('purl');
    expect(found.slice(1).sort()).toEqual(['pkg-alpha', 'pkg-beta']);
  });

  it('finds an entity by an alias, and ignores accents and case', async () => {
    expect((await keys('brave nato'))[0]).toBe('unite');
    expect((await keys('turkiye'))[0]).toBe('turkiye');
    expect((await keys('TÜRKIYE'))[0]).toBe('turkiye');
  });

  it('filters by kind', async () => {
    expect((await keys('PURL', ['PACKAGE'])).sort()).toEqual(['pkg-alpha', 'pkg-beta']);
    expect(await keys('PURL', ['COUNTRY'])).toEqual([]);
  });

  it('returns nothing for text that matches nothing', async () => {
    expect(await keys('zzzzqqq')).toEqual([]);
  });

  it('finds the DPRK as "North Korea" and the PRC as "China", on the curated data', async () => {
    expect((await keys('North Korea', undefined, app))[0]).toBe('dprk');
    expect((await keys('china', undefined, app))[0]).toBe('prc');
    expect((await keys('DPRK', undefined, app))[0]).toBe('dprk');
    // The older English spelling, which the source never uses.
    expect((await keys('Kiev', undefined, app))[0]).toBe('kyiv');
    // Common in searches, never in the source; without the alias the typo tolerance offered Poland.
    expect(await keys('Holland', undefined, app)).toEqual(['netherlands']);
    // The Nordic-Baltic Eight's short name, which neither source writes.
    expect(await keys('NB8', undefined, app)).toEqual(['nordic-and-baltic-allies']);
  });
});

/** A field's description, as a client reads it by introspection. */
async function fieldDescription(app: App, typeName: string, fieldName: string): Promise<string> {
  const type = await runText<{ __type: { fields: { name: string; description: string }[] } }>(
    app,
    `{ __type(name: ${JSON.stringify(typeName)}) { fields { name description } } }`,
  );
  return type.data!.__type.fields.find((field) => field.name === fieldName)!.description;
}

describe("SearchEdge.nearMiss's example, on the curated data", () => {
  it('is a near miss that finds the entity it names first', async () => {
    const app = await realApp();
    const description = await fieldDescription(app, 'SearchEdge', 'nearMiss');
    const example = /\("([^"]+)" finding ([^)]+)\)/.exec(description);
    expect(example, description).not.toBeNull();
    const found = await runText<{
      searchConnection: { edges: { nearMiss: boolean; node: { name: string } }[] };
    }>(
      app,
      `{ searchConnection(text: ${JSON.stringify(example![1])}, first: 1) { edges { nearMiss node { name } } } }`,
    );
    expect(found.data!.searchConnection.edges[0]).toEqual({ nearMiss: true, node: { name: example![2] } });
  });
});

describe('entity(key:) for a name rather than a key, on the curated data', () => {
  it('answers null without an error, and its description points to the search that finds the key', async () => {
    const app = await realApp();
    const description = await fieldDescription(app, 'Query', 'entity');
    const example = /`searchConnection` finds .*: "([^"]+)" is ([\w-]+)\)/.exec(description);
    expect(example, description).not.toBeNull();
    const [, text, key] = example!;
    const answer = await runText<{
      entity: unknown;
      searchConnection: { edges: { score: number; node: { key: string } }[] };
    }>(
      app,
      `{ entity(key: ${JSON.stringify(text)}) { key } searchConnection(text: ${JSON.stringify(text)}, first: 1) { edges { score node { key } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.entity).toBeNull();
    expect(answer.data!.searchConnection.edges).toEqual([{ score: 1, node: { key } }]);
  });
});

describe('relations and nodes', () => {
  // A hub with twenty relations, a member of a group since 1949, and a city.
  const fixture = fixtureApp(
    graphData(
      [
        entity('hub', 'ORGANISATION', 'Hub'),
        entity('alpha', 'COUNTRY', 'Alphaland'),
        entity('club', 'GROUP', 'The Club'),
        entity('capital', 'CITY', 'Capital'),
        ...Array.from({ length: 19 }, (_, i) => entity(`land-${i}`, 'COUNTRY', `Land ${i}`)),
      ],
      [
        relation('alpha-member-of-hub', 'MEMBER_OF', 'alpha', 'hub', { date: '1949' }),
        relation('alpha-member-of-club', 'MEMBER_OF', 'alpha', 'club', { date: '2004' }),
        relation('capital-in-alpha', 'LOCATED_IN', 'capital', 'alpha'),
        ...Array.from({ length: 19 }, (_, i) =>
          relation(`land-${i}-member-of-hub`, 'MEMBER_OF', `land-${i}`, 'hub'),
        ),
      ],
    ),
  );

  it("pages through all of an entity's relations without repeats", async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let total = 0;
    do {
      const response: Response<EntityRelationsQuery> = await run(fixture, EntityRelationsDocument, {
        key: 'hub',
        first: 7,
        after,
      });
      expect(response.errors).toBeUndefined();
      const relations = response.data!.entity!.relations;
      total = relations.totalCount;
      seen.push(...relations.edges.map((edge) => edge.relation.key));
      after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(20);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('shows direction and the other end, filtered by type', async () => {
    const { data } = await run(fixture, EntityRelationsDocument, {
      key: 'alpha',
      where: { type: { eq: 'MEMBER_OF' }, direction: 'OUT' },
    });
    expect(
      data?.entity?.relations.edges.map((e) => [e.node.key, e.direction, e.relation.date]).sort(),
    ).toEqual([
      ['club', 'OUT', '2004'],
      ['hub', 'OUT', '1949'],
    ]);
    expect(data?.entity?.relations.edges.every((e) => e.relation.from.key === 'alpha')).toBe(true);
  });

  it('refetches entities, relations and sources by global ID', async () => {
    const { data } = await run(fixture, EntityRelationsDocument, { key: 'capital', first: 1 });
    const entityId = data!.entity!.id;
    const relationId = data!.entity!.relations.edges[0]!.relation.id;
    const entity = await run(fixture, NodeByIdDocument, { id: entityId });
    expect(entity.data?.node).toMatchObject({ __typename: 'City', key: 'capital', name: 'Capital' });
    const relation = await run(fixture, NodeByIdDocument, { id: relationId });
    expect(relation.data?.node).toMatchObject({ __typename: 'Relation', key: 'capital-in-alpha' });
    const missing = await run(fixture, NodeByIdDocument, {
      id: Buffer.from('Country:atlantis').toString('base64'),
    });
    expect(missing.data?.node).toBeNull();
  });
});

describe('the questions in the README, on the curated data', () => {
  it("names the four states that support Russia's war and what each supplies", async () => {
    const { data } = await run(app, WarSupportersDocument);
    const supporters = Object.fromEntries(
      data!.entity!.relations.edges.map((edge) => [
        edge.node.key,
        edge.node.supplies.edges.map((s) => s.node.name).sort(),
      ]),
    );
    expect(Object.keys(supporters).sort()).toEqual(['belarus', 'dprk', 'iran', 'prc']);
    expect(supporters.dprk).toEqual(expect.arrayContaining(['Troops', 'Weapons', 'Ammunition']));
    expect(supporters.iran).toEqual(expect.arrayContaining(['Drones', 'Missiles']));
  });

  it('tells what each summit decided on the membership path', async () => {
    const { data } = await run(app, MembershipPathDocument);
    const summits = Object.fromEntries(data!.entitiesConnection!.edges.map(({ node }) => [node.key, node]));
    expect(Object.keys(summits).sort()).toEqual([
      'bucharest-summit-2008',
      'vilnius-summit-2023',
      'washington-summit-2024',
    ]);
    const decided = (key: string) => {
      const summit = summits[key];
      return summit?.__typename === 'Summit' ? summit.decisions.map((d) => d.key) : [];
    };
    expect(decided('bucharest-summit-2008')).toContain('bucharest-2008-ukraine-will-become-member');
    expect(decided('vilnius-summit-2023')).toContain('vilnius-2023-map-requirement-removed');
    expect(decided('washington-summit-2024')).toEqual(
      expect.arrayContaining([
        'washington-2024-irreversible-path-to-membership',
        'long-term-security-assistance-pledge',
      ]),
    );
  });

  it('says NSATU is based in Wiesbaden, Germany', async () => {
    const { data } = await run(app, BasedInDocument, { key: 'wiesbaden' });
    if (data?.entity?.__typename !== 'City') throw new Error('wiesbaden is not a City');
    expect(data.entity.locatedIn.map((p) => p.name)).toEqual(['Germany']);
    expect(data.entity.basedHere.map((e) => e.key)).toContain('nsatu');
    expect(
      data.entity.relations.edges.flatMap((e) => e.relation.citations.map((c) => c.quote)).join(' '),
    ).toContain('Wiesbaden');
  });

  it('tells who supplies drones to whom, on both sides', async () => {
    const response = await runText<{
      entity: { suppliedBy: { from: { key: string }; recipient: { key: string } }[] };
    }>(
      app,
      '{ entity(key: "drones") { ... on Resource { suppliedBy { from { key } recipient { key } citations { quote } } } } }',
    );
    const pairs = response.data!.entity.suppliedBy.map((s) => `${s.from.key}->${s.recipient.key}`).sort();
    expect(pairs).toEqual(['iran->russia', 'nato-allies->ukraine']);
  });

  it('names the Secretary General and the office he holds', async () => {
    const response = await runText<{ search: { name: string; roles: { name: string }[] }[] }>(
      app,
      '{ search(text: "Rutte", kinds: [PERSON]) { name ... on Person { roles { name } } } }',
    );
    expect(response.data!.search).toEqual([
      { name: 'Mark Rutte', roles: [{ name: 'NATO Secretary General' }] },
    ]);
  });

  it('reports the size of the graph', async () => {
    const { data } = await run(app, StatsDocument);
    expect(data?.stats.sourceCount).toBe(2);
    expect(data?.stats.entityCount).toBeGreaterThan(100);
    expect(data?.stats.citationCount).toBeGreaterThan(data!.stats.relationCount);
  });
});
