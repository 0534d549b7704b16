import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureApp, run, runText, realApp } from './support/client.js';
import { entity, graphData, relation, routeGraphData, usd } from './support/fixtures.js';
import type { App } from '../src/yoga.js';
import {
  FilteredRelationsDocument,
  FundersAsOfDocument,
  MostImportantDocument,
  NeighbourhoodDocument,
  PathsDocument,
  ShortestPathDocument,
} from '../src/generated/graphql.js';

// Questions a table cannot answer, through yoga.fetch: how paths, neighbourhoods, filters and
// importance answer, on small fixture graphs (the route graph of tests/support/fixtures.ts:
// Alphaland's money reaches Capital through a package, a programme and a command); then the same
// questions of the curated data, where the answer is about NATO's page.

const SOURCE_TEXT = readFileSync(
  new URL('../graph-data/sources/nato-support-for-ukraine.md', import.meta.url),
  'utf8',
);

const FUNDING_ROUTE = ['FUNDS', 'PACKAGE_OF', 'DELIVERS_THROUGH', 'BASED_IN'] as const;

let route: App;
beforeAll(() => {
  route = fixtureApp(routeGraphData());
});

describe('bounds and bad arguments', () => {
  it('refuses a maxHops over the bound, naming the argument and the bound', async () => {
    const response = await run(route, ShortestPathDocument, { from: 'alpha', to: 'capital', maxHops: 50 });
    expect(response.errors?.[0]?.message).toBe('maxHops must be an integer from 1 to 10, got 50');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
  });

  it('refuses an unknown entity key as a path end', async () => {
    const response = await run(route, PathsDocument, { from: 'atlantis', to: 'capital' });
    expect(response.errors?.[0]?.message).toBe('from: there is no entity with key "atlantis"');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });

  it('refuses a neighbourhood limit over the bound and a bad asOf date', async () => {
    const tooMany = await runText(route, '{ neighbourhood(key: "prog", limit: 5000) { truncated } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
    expect(tooMany.errors?.[0]?.message).toBe('limit must be an integer from 1 to 1000, got 5000');
    const badDate = await run(route, NeighbourhoodDocument, { key: 'prog', asOf: '15/08/2025' });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      variable: 'asOf',
      argument: 'asOf',
    });
    expect(badDate.data ?? null).toBeNull();
  });

  it('refuses a date that is not one before anything runs, naming where it is', async () => {
    const response = await runText(
      route,
      '{ stats { entityCount } entity(key: "prog") { relations(where: { date: { gte: "2025-02-30" } }) { totalCount } } }',
    );
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(/^where\.date\.gte: "2025-02-30" is not a calendar date/);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'where.date.gte',
    });
  });

  it('counts a large neighbourhood limit in the query cost', async () => {
    const query = `{ neighbourhood(key: "alliance", depth: 4, limit: 1000) {
      nodes { entity { relations(first: 100) { edges { node { relations(first: 100) { totalCount } } } } } } } }`;
    const response = await runText(route, query);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });
});

describe('paths', () => {
  it('explains how Alphaland reaches Capital through the programme, step by step', async () => {
    const response = await run(route, ShortestPathDocument, {
      from: 'alpha',
      to: 'capital',
      direction: 'OUT',
      types: [...FUNDING_ROUTE],
    });
    expect(response.errors).toBeUndefined();
    const path = response.data!.pathsConnection!.edges[0]!.node;
    expect(path.entities.map((entity) => entity.key)).toEqual(['alpha', 'pkg', 'prog', 'command', 'capital']);
    expect(path.steps.map((step) => step.relation.type)).toEqual([...FUNDING_ROUTE]);
    expect(path.steps.map((step) => step.direction)).toEqual(['OUT', 'OUT', 'OUT', 'OUT']);
    expect(path.steps.map((step) => step.text)).toEqual([
      "Alphaland funds Alphaland's package",
      "Alphaland's package is a package of Programme",
      'Programme delivers through Command',
      'Command is based in Capital',
    ]);
    expect(path.explanation.split('; ')).toEqual(path.steps.map((step) => step.text));
    expect(path.steps.map((step) => step.citations.map((citation) => citation.quote))).toEqual([
      ['alpha FUNDS pkg'],
      ['pkg PACKAGE_OF prog'],
      ['prog DELIVERS_THROUGH command'],
      ['command BASED_IN capital'],
    ]);
  });

  it('finds the shorter link through the alliance when any relation may be walked either way', async () => {
    const response = await run(route, ShortestPathDocument, { from: 'alpha', to: 'capital' });
    const path = response.data!.pathsConnection!.edges[0]!.node;
    expect(path.length).toBe(3);
    expect(path.entities[1]!.key).toBe('alliance');
    expect(path.steps.some((step) => step.direction === 'IN')).toBe(true);
  });

  it('lists the funding route among all paths of up to four hops, shortest first', async () => {
    const response = await run(route, PathsDocument, {
      from: 'alpha',
      to: 'capital',
      maxHops: 4,
      first: 100,
    });
    const list = response.data!.pathsConnection!;
    expect(list.truncated).toBe(false);
    expect(list.totalCount).toBe(4);
    expect(list.edges.map((edge) => edge.node.length)).toEqual([3, 3, 4, 4]);
    const keys = list.edges.map((edge) => edge.node.steps.map((step) => step.relation.key).join(' > '));
    expect([...keys].sort()).toEqual([
      'alpha-funds-pkg > pkg-of-prog > prog-through-command > command-in-capital',
      'alpha-member-of-alliance > alliance-coordinates-prog > prog-through-command > command-in-capital',
      'alpha-member-of-alliance > command-part-of-alliance > command-in-capital',
      'alpha-member-of-alliance > hostland-member-of-alliance > capital-in-hostland',
    ]);
  });

  /** Alphaland to Capital through the money only, known by `asOf`. */
  const fundingRoute = (asOf: string, maxHops?: number) =>
    run(route, ShortestPathDocument, {
      from: 'alpha',
      to: 'capital',
      direction: 'OUT',
      types: [...FUNDING_ROUTE],
      asOf,
      ...(maxHops === undefined ? {} : { maxHops }),
    });

  it('has no funding route before the package existed, and says the date filtered it out', async () => {
    const response = await fundingRoute('2025-08-03');
    expect(response.errors).toBeUndefined();
    expect(response.data!.pathsConnection!.edges).toEqual([]);
    expect(response.data!.pathsConnection!.noPath).toEqual({
      reason: 'FILTERED_OUT',
      explanation:
        'Alphaland and Capital are 3 hops apart, but not through the types, direction and date asked for',
    });
    const known = await fundingRoute('2025-08-04');
    expect(known.data!.pathsConnection!.edges[0]!.node.length).toBe(4);
  });

  it('says a path is beyond maxHops, and how long it is', async () => {
    const response = await run(route, PathsDocument, { from: 'alpha', to: 'capital', maxHops: 2 });
    expect(response.data!.pathsConnection!.totalCount).toBe(0);
    expect(response.data!.pathsConnection!.noPath).toEqual({
      reason: 'BEYOND_MAX_HOPS',
      explanation: 'the shortest path between Alphaland and Capital has 3 hops; maxHops is 2',
    });
    const found = await run(route, PathsDocument, { from: 'alpha', to: 'capital', maxHops: 3 });
    expect(found.data!.pathsConnection!.noPath).toBeNull();
  });

  it('says when both the filters and maxHops are in the way, since lifting either alone finds nothing', async () => {
    const response = await fundingRoute('2025-08-03', 2);
    expect(response.data!.pathsConnection!.noPath).toEqual({
      reason: 'FILTERED_OUT',
      explanation:
        'Alphaland and Capital are 3 hops apart, but not through the types, direction and date asked for, and even without them the shortest path is longer than maxHops (2)',
    });
  });

  it('pages through paths with cursors, and the deprecated shortestPath says why in extensions', async () => {
    const first = await run(route, PathsDocument, { from: 'alpha', to: 'capital', maxHops: 4, first: 2 });
    const page = first.data!.pathsConnection!;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await run(route, PathsDocument, {
      from: 'alpha',
      to: 'capital',
      maxHops: 4,
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(next.data!.pathsConnection!.pageInfo.hasNextPage).toBe(false);
    const all = await run(route, PathsDocument, { from: 'alpha', to: 'capital', maxHops: 4, first: 4 });
    expect([...page.edges, ...next.data!.pathsConnection!.edges].map((edge) => edge.cursor)).toEqual(
      all.data!.pathsConnection!.edges.map((edge) => edge.cursor),
    );
    const response = await route.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ shortestPath(from: "alpha", to: "capital", maxHops: 1) { length } }',
      }),
    });
    const body = (await response.json()) as { data: unknown; errors?: unknown; extensions?: unknown };
    expect(body.data).toEqual({ shortestPath: null });
    expect(body.errors).toBeUndefined();
    expect(body.extensions).toMatchObject({
      noPath: { shortestPath: { reason: 'BEYOND_MAX_HOPS' } },
    });
  });
});

describe('neighbourhood', () => {
  it('draws Capital and what is one hop around it, with every relation among them', async () => {
    const response = await run(route, NeighbourhoodDocument, { key: 'capital', depth: 1 });
    const hood = response.data!.neighbourhood!;
    expect(hood.center.key).toBe('capital');
    expect(hood.nodes.map((node) => [node.entity.key, node.depth]).sort()).toEqual([
      ['capital', 0],
      ['command', 1],
      ['hostland', 1],
    ]);
    expect(hood.edges.map((edge) => edge.key).sort()).toEqual(['capital-in-hostland', 'command-in-capital']);
    expect(hood.truncated).toBe(false);
    expect(hood.omittedNodes).toBe(0);
  });

  it('says how much it left out when the limit cuts it', async () => {
    const response = await run(route, NeighbourhoodDocument, { key: 'alliance', depth: 2, limit: 3 });
    const hood = response.data!.neighbourhood!;
    expect(hood.nodes).toHaveLength(3);
    expect(hood.truncated).toBe(true);
    expect(hood.omittedCountIsExact).toBe(true);
    const full = await run(route, NeighbourhoodDocument, { key: 'alliance', depth: 2, limit: 200 });
    // Every entity of the route graph is within two hops of the alliance.
    expect(full.data!.neighbourhood!.nodes).toHaveLength(7);
    expect(full.data!.neighbourhood!.truncated).toBe(false);
    expect(hood.omittedNodes).toBe(7 - 3);
    const returned = new Set(hood.nodes.map((node) => node.entity.key));
    for (const edge of hood.edges)
      expect(returned.has(edge.from.key) && returned.has(edge.to.key)).toBe(true);
  });
});

describe('relation filters and ordering', () => {
  // A programme with five packages, one without an amount, and a pledge of its own.
  const packages = fixtureApp(
    graphData(
      [
        entity('prog', 'PROGRAMME', 'Programme'),
        entity('alpha', 'COUNTRY', 'Alphaland'),
        ...['2025-08-04', '2025-08-05', '2025-08-13', '2025-08-24', '2025-11-13'].map((date, i) =>
          entity(`pkg-${i + 1}`, 'PACKAGE', `Package ${i + 1}`, { date }),
        ),
      ],
      [
        relation('pkg-1-of-prog', 'PACKAGE_OF', 'pkg-1', 'prog', { date: '2025-08-04' }),
        relation('pkg-2-of-prog', 'PACKAGE_OF', 'pkg-2', 'prog', { date: '2025-08-05', amount: usd(500e6) }),
        relation('pkg-3-of-prog', 'PACKAGE_OF', 'pkg-3', 'prog', { date: '2025-08-13', amount: usd(500e6) }),
        relation('pkg-4-of-prog', 'PACKAGE_OF', 'pkg-4', 'prog', { date: '2025-08-24', amount: usd(250e6) }),
        relation('pkg-5-of-prog', 'PACKAGE_OF', 'pkg-5', 'prog', {
          date: '2025-11-13',
          amount: usd(2e9, 'OVER'),
        }),
        relation('alpha-pledges-prog', 'PLEDGES', 'alpha', 'prog', { amount: usd(4e9) }),
      ],
    ),
  );

  it('orders packages by amount, those without one last, and counts by type', async () => {
    const response = await run(packages, FilteredRelationsDocument, {
      key: 'prog',
      where: { type: { eq: 'PACKAGE_OF' } },
      orderBy: 'AMOUNT',
      descending: true,
      first: 100,
    });
    const relations = response.data!.entity!.relations;
    expect(relations.countsByType).toEqual([{ type: 'PACKAGE_OF', count: 5 }]);
    expect(relations.edges.map((edge) => edge.relation.amount?.value ?? null)).toEqual([
      2e9,
      500e6,
      500e6,
      250e6,
      null,
    ]);
    expect(relations.edges[0]!.relation.amount).toEqual({ value: 2e9, currency: 'USD', qualifier: 'OVER' });
  });

  it('keeps relations in a date range and an amount range', async () => {
    const august = await run(packages, FilteredRelationsDocument, {
      key: 'prog',
      where: { date: { eq: '2025-08' }, type: { eq: 'PACKAGE_OF' } },
      orderBy: 'DATE',
    });
    expect(august.data!.entity!.relations.edges.map((edge) => edge.relation.date)).toEqual([
      '2025-08-04',
      '2025-08-05',
      '2025-08-13',
      '2025-08-24',
    ]);
    const billions = await run(packages, FilteredRelationsDocument, {
      key: 'prog',
      where: { amount: { gte: 1e9, currency: 'USD' } },
      first: 100,
    });
    expect(billions.data!.entity!.relations.edges.map((edge) => edge.relation.key).sort()).toEqual([
      'alpha-pledges-prog',
      'pkg-5-of-prog',
    ]);
  });
});

describe('importance', () => {
  // Five members of an alliance that supports Ukraine, as two other countries do: the alliance
  // has the most relations and lies between the members and everything else; Ukraine, which
  // the support points at, ranks first by PageRank.
  const support = fixtureApp(
    graphData(
      [
        entity('alliance', 'ORGANISATION', 'Alliance'),
        entity('ukraine', 'COUNTRY', 'Ukraine'),
        entity('friend', 'COUNTRY', 'Friend'),
        entity('helper', 'COUNTRY', 'Helper'),
        ...Array.from({ length: 5 }, (_, i) => entity(`member-${i}`, 'COUNTRY', `Member ${i}`)),
      ],
      [
        relation('alliance-supports-ukraine', 'SUPPORTS', 'alliance', 'ukraine'),
        relation('friend-supports-ukraine', 'SUPPORTS', 'friend', 'ukraine'),
        relation('helper-supports-ukraine', 'SUPPORTS', 'helper', 'ukraine'),
        ...Array.from({ length: 5 }, (_, i) =>
          relation(`member-${i}-member-of-alliance`, 'MEMBER_OF', `member-${i}`, 'alliance'),
        ),
      ],
    ),
  );
  const top = async (orderBy: 'DEGREE' | 'PAGERANK' | 'BETWEENNESS', first: number) =>
    (await run(support, MostImportantDocument, { orderBy, first })).data!.entitiesConnection!.edges.map(
      (edge) => edge.node,
    );

  it('lists the most connected entities first', async () => {
    const entities = await top('DEGREE', 2);
    expect(entities.map((entity) => [entity.key, entity.importance.degree])).toEqual([
      ['alliance', 6],
      ['ukraine', 3],
    ]);
  });

  it('ranks first by PageRank the entity the support points at', async () => {
    expect((await top('PAGERANK', 1)).map((entity) => entity.key)).toEqual(['ukraine']);
  });

  it('ranks first by betweenness the broker between the members and the rest', async () => {
    const [broker, next] = await top('BETWEENNESS', 2);
    expect(broker!.key).toBe('alliance');
    expect(broker!.importance.betweenness).toBeGreaterThan(next!.importance.betweenness!);
  });
});

describe('on the curated data', () => {
  let app: App;
  beforeAll(async () => {
    app = await realApp();
  });

  it('explains how the Netherlands reaches Wiesbaden through PURL, each step quoted from the source', async () => {
    const response = await run(app, ShortestPathDocument, {
      from: 'netherlands',
      to: 'wiesbaden',
      direction: 'OUT',
      types: ['FUNDS', 'PACKAGE_OF', 'DELIVERS_THROUGH', 'BASED_IN'],
    });
    expect(response.errors).toBeUndefined();
    const path = response.data!.pathsConnection!.edges[0]!.node;
    expect(path.entities.map((entity) => entity.key)).toEqual([
      'netherlands',
      'purl-package-netherlands-2025-08-04',
      'purl',
      'nsatu',
      'wiesbaden',
    ]);
    expect(path.steps.map((step) => step.relation.type)).toEqual([
      'FUNDS',
      'PACKAGE_OF',
      'DELIVERS_THROUGH',
      'BASED_IN',
    ]);
    expect(path.steps.map((step) => step.direction)).toEqual(['OUT', 'OUT', 'OUT', 'OUT']);
    expect(path.steps[0]!.text).toBe(
      'Netherlands funds Package of U.S. equipment funded by the Netherlands (4 August 2025)',
    );
    expect(path.steps[3]!.text).toBe(
      'NATO Security Assistance and Training for Ukraine is based in Wiesbaden',
    );
    expect(path.explanation.split('; ')).toEqual(path.steps.map((step) => step.text));
    for (const step of path.steps) {
      expect(step.citations.length).toBeGreaterThan(0);
      for (const citation of step.citations) expect(SOURCE_TEXT).toContain(citation.quote);
    }
    expect(path.steps[3]!.citations.map((citation) => citation.quote).join(' ')).toContain(
      'Based in Wiesbaden, Germany',
    );
  });

  it('answers which allies had funded PURL by 2025-08-15 in one query', async () => {
    const response = await run(app, FundersAsOfDocument, { key: 'purl', asOf: '2025-08-15' });
    expect(response.errors).toBeUndefined();
    const entity = response.data!.entity!;
    if (!('fundersConnection' in entity)) throw new Error('PURL is not a Programme');
    const records = entity.fundersConnection.edges.map((edge) => edge.node);
    // Each at the stage its headline's verb gives: "funded by" the Netherlands, "announce" and
    // "to fund" the others. The Allies' undated USD 4 billion commitment is not known yet: it is
    // stated as of the page's date (10 December 2025).
    expect(
      records.map((record) => [
        record.funder.key,
        record.date,
        record.stage,
        record.amount?.text ?? null,
        record.knownFrom?.date,
      ]),
    ).toEqual([
      ['netherlands', '2025-08-04', 'PROVIDED', null, '2025-08-04'],
      ['denmark', '2025-08-05', 'ANNOUNCED', 'USD 500 million', '2025-08-05'],
      ['norway', '2025-08-05', 'ANNOUNCED', 'USD 500 million', '2025-08-05'],
      ['sweden', '2025-08-05', 'ANNOUNCED', 'USD 500 million', '2025-08-05'],
      ['germany', '2025-08-13', 'ANNOUNCED', 'USD 500 million', '2025-08-13'],
    ]);
    expect(records.some((record) => record.funder.key === 'canada')).toBe(false);
    const all = await run(app, FundersAsOfDocument, { key: 'purl' });
    const later = all.data!.entity!;
    if (!('fundersConnection' in later)) throw new Error('PURL is not a Programme');
    expect(later.fundersConnection.edges.some((edge) => edge.node.funder.key === 'canada')).toBe(true);
  });

  it('hides relations not known by asOf, an undated one until the date the source ties it to', async () => {
    const asOf = async (day: string) => {
      const response = await run(app, FilteredRelationsDocument, {
        key: 'purl',
        asOf: day,
        where: { type: { in: ['PACKAGE_OF', 'PLEDGES'] } },
        first: 100,
      });
      return response.data!.entity!.relations.edges.map((edge) => edge.relation.date);
    };
    expect(await asOf('2025-08-15')).toEqual(['2025-08-04', '2025-08-05', '2025-08-13']);
    // The undated "Allies have already committed to funding USD 4 billion" is known from the
    // page's own date, the latest it mentions.
    expect(await asOf('2025-12-09')).not.toContain(null);
    expect(await asOf('2025-12-10')).toContain(null);
  });

  it('lists the Allies, NATO and Ukraine as the most connected, Ukraine first by PageRank, NATO the broker', async () => {
    const top = async (orderBy: 'DEGREE' | 'PAGERANK' | 'BETWEENNESS', first: number) =>
      (await run(app, MostImportantDocument, { orderBy, first })).data!.entitiesConnection!.edges.map(
        (edge) => edge.node.key,
      );
    expect(await top('DEGREE', 3)).toEqual(['nato-allies', 'nato', 'ukraine']);
    expect(await top('PAGERANK', 1)).toEqual(['ukraine']);
    expect(await top('BETWEENNESS', 1)).toEqual(['nato']);
  });
});
