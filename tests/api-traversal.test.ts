import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, runText, realApp } from './support/client.js';
import type { App } from '../src/yoga.js';
import {
  FilteredRelationsDocument,
  FundersAsOfDocument,
  MostImportantDocument,
  NeighbourhoodDocument,
  PathsDocument,
  ShortestPathDocument,
} from '../src/generated/graphql.js';

// Questions a table cannot answer, asked of the real graph through yoga.fetch.

const SOURCE_TEXT = readFileSync(
  new URL('../graph-data/sources/nato-support-for-ukraine.md', import.meta.url),
  'utf8',
);

let app: App;
beforeAll(async () => {
  app = await realApp();
});

describe('bounds and bad arguments', () => {
  it('refuses a maxHops over the bound, naming the argument and the bound', async () => {
    const response = await run(app, ShortestPathDocument, {
      from: 'netherlands',
      to: 'wiesbaden',
      maxHops: 50,
    });
    expect(response.errors?.[0]?.message).toBe('maxHops must be an integer from 1 to 10, got 50');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
  });

  it('refuses an unknown entity key as a path end', async () => {
    const response = await run(app, PathsDocument, { from: 'atlantis', to: 'wiesbaden' });
    expect(response.errors?.[0]?.message).toBe('from: there is no entity with key "atlantis"');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });

  it('refuses a neighbourhood limit over the bound and a bad asOf date', async () => {
    const tooMany = await runText(app, '{ neighbourhood(key: "purl", limit: 5000) { truncated } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
    expect(tooMany.errors?.[0]?.message).toBe('limit must be an integer from 1 to 1000, got 5000');
    const badDate = await run(app, NeighbourhoodDocument, { key: 'purl', asOf: '15/08/2025' });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      variable: 'asOf',
      argument: 'asOf',
    });
    expect(badDate.data ?? null).toBeNull();
  });

  it('refuses a date that is not one before anything runs, naming where it is', async () => {
    const response = await runText(
      app,
      '{ stats { entityCount } entity(key: "purl") { relations(where: { date: { gte: "2025-02-30" } }) { totalCount } } }',
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
    const query = `{ neighbourhood(key: "nato", depth: 4, limit: 1000) {
      nodes { entity { relations(first: 100) { edges { node { relations(first: 100) { totalCount } } } } } } } }`;
    const response = await runText(app, query);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });
});

describe('paths', () => {
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
      'Netherlands funds PURL package funded by the Netherlands (4 August 2025)',
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

  it('finds the shorter link through NATO membership when any relation may be walked either way', async () => {
    const response = await run(app, ShortestPathDocument, { from: 'netherlands', to: 'wiesbaden' });
    const path = response.data!.pathsConnection!.edges[0]!.node;
    expect(path.length).toBe(3);
    expect(path.steps.some((step) => step.direction === 'IN')).toBe(true);
  });

  it('lists the funding route among all paths of up to four hops, shortest first', async () => {
    const response = await run(app, PathsDocument, {
      from: 'netherlands',
      to: 'wiesbaden',
      maxHops: 4,
      first: 100,
    });
    const list = response.data!.pathsConnection!;
    expect(list.truncated).toBe(false);
    expect(list.totalCount).toBe(list.edges.length);
    const lengths = list.edges.map((edge) => edge.node.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths[0]).toBe(3);
    const keys = list.edges.map((edge) => edge.node.steps.map((step) => step.relation.key).join(' > '));
    expect(keys).toContain(
      'netherlands-funds-purl-package-netherlands-2025-08-04 > purl-package-netherlands-2025-08-04-package-of-purl > purl-delivers-through-nsatu > nsatu-based-in-wiesbaden',
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no funding route before the Netherlands package existed, and says the date filtered it out', async () => {
    const response = await run(app, ShortestPathDocument, {
      from: 'netherlands',
      to: 'wiesbaden',
      direction: 'OUT',
      types: ['FUNDS', 'PACKAGE_OF', 'DELIVERS_THROUGH', 'BASED_IN'],
      asOf: '2025-08-03',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.pathsConnection!.edges).toEqual([]);
    expect(response.data!.pathsConnection!.noPath).toEqual({
      reason: 'FILTERED_OUT',
      explanation:
        'Netherlands and Wiesbaden are 3 hops apart, but not through the types, direction and date asked for',
    });
  });

  it('says a path is beyond maxHops, and how long it is', async () => {
    const response = await run(app, PathsDocument, { from: 'netherlands', to: 'wiesbaden', maxHops: 2 });
    expect(response.data!.pathsConnection!.totalCount).toBe(0);
    expect(response.data!.pathsConnection!.noPath).toEqual({
      reason: 'BEYOND_MAX_HOPS',
      explanation: 'the shortest path between Netherlands and Wiesbaden has 3 hops; maxHops is 2',
    });
    const found = await run(app, PathsDocument, { from: 'netherlands', to: 'wiesbaden', maxHops: 3 });
    expect(found.data!.pathsConnection!.noPath).toBeNull();
  });

  it('pages through paths with cursors, and the deprecated shortestPath says why in extensions', async () => {
    const first = await run(app, PathsDocument, {
      from: 'netherlands',
      to: 'wiesbaden',
      maxHops: 4,
      first: 2,
    });
    const page = first.data!.pathsConnection!;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await run(app, PathsDocument, {
      from: 'netherlands',
      to: 'wiesbaden',
      maxHops: 4,
      first: 2,
      after: page.pageInfo.endCursor,
    });
    const all = await run(app, PathsDocument, { from: 'netherlands', to: 'wiesbaden', maxHops: 4, first: 4 });
    expect([...page.edges, ...next.data!.pathsConnection!.edges].map((edge) => edge.cursor)).toEqual(
      all.data!.pathsConnection!.edges.map((edge) => edge.cursor),
    );
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ shortestPath(from: "netherlands", to: "wiesbaden", maxHops: 1) { length } }',
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
  it('draws Wiesbaden and what is two hops around it, with every relation among them', async () => {
    const response = await run(app, NeighbourhoodDocument, { key: 'wiesbaden', depth: 1 });
    const hood = response.data!.neighbourhood!;
    expect(hood.center.key).toBe('wiesbaden');
    expect(hood.nodes.map((node) => [node.entity.key, node.depth]).sort()).toEqual([
      ['germany', 1],
      ['nsatu', 1],
      ['wiesbaden', 0],
    ]);
    expect(hood.edges.map((edge) => edge.key).sort()).toEqual([
      'nsatu-based-in-wiesbaden',
      'wiesbaden-located-in-germany',
    ]);
    expect(hood.truncated).toBe(false);
    expect(hood.omittedNodes).toBe(0);
  });

  it('says how much it left out when the limit cuts it', async () => {
    const response = await run(app, NeighbourhoodDocument, { key: 'nato', depth: 2, limit: 10 });
    const hood = response.data!.neighbourhood!;
    expect(hood.nodes).toHaveLength(10);
    expect(hood.truncated).toBe(true);
    expect(hood.omittedCountIsExact).toBe(true);
    const full = await run(app, NeighbourhoodDocument, { key: 'nato', depth: 2, limit: 200 });
    expect(full.data!.neighbourhood!.truncated).toBe(false);
    expect(hood.omittedNodes).toBe(full.data!.neighbourhood!.nodes.length - 10);
    const returned = new Set(hood.nodes.map((node) => node.entity.key));
    for (const edge of hood.edges)
      expect(returned.has(edge.from.key) && returned.has(edge.to.key)).toBe(true);
  });
});

describe('time', () => {
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
});

describe('relation filters and ordering', () => {
  it('orders PURL packages by amount, those without one last, and counts by type', async () => {
    const response = await run(app, FilteredRelationsDocument, {
      key: 'purl',
      where: { type: { eq: 'PACKAGE_OF' } },
      orderBy: 'AMOUNT',
      descending: true,
      first: 100,
    });
    const relations = response.data!.entity!.relations;
    expect(relations.countsByType).toEqual([{ type: 'PACKAGE_OF', count: relations.totalCount }]);
    expect(relations.edges.at(-1)!.relation.amount).toBeNull();
    expect(relations.edges[0]!.relation.amount).toEqual({
      value: 500_000_000,
      currency: 'USD',
      qualifier: 'EXACT',
    });
  });

  it('keeps relations in a date range and an amount range', async () => {
    const august = await run(app, FilteredRelationsDocument, {
      key: 'purl',
      where: { date: { eq: '2025-08' }, type: { eq: 'PACKAGE_OF' } },
      orderBy: 'DATE',
    });
    expect(august.data!.entity!.relations.edges.map((edge) => edge.relation.date)).toEqual([
      '2025-08-04',
      '2025-08-05',
      '2025-08-13',
      '2025-08-24',
    ]);
    const billions = await run(app, FilteredRelationsDocument, {
      key: 'purl',
      where: { amount: { gte: 1e9, currency: 'USD' } },
      first: 100,
    });
    const amounts = billions.data!.entity!.relations.edges.map((edge) => edge.relation.amount);
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(amount!.value).toBeGreaterThanOrEqual(1e9);
  });
});

describe('importance', () => {
  it('lists the most connected entities first: the Allies, NATO and Ukraine', async () => {
    const response = await run(app, MostImportantDocument, { orderBy: 'DEGREE', first: 3 });
    const entities = response.data!.entitiesConnection!.edges.map((edge) => edge.node);
    expect(entities.map((entity) => entity.key)).toEqual(['nato-allies', 'nato', 'ukraine']);
    expect(entities[0]!.importance.degree).toBeGreaterThanOrEqual(entities[1]!.importance.degree);
  });

  it('ranks Ukraine first by PageRank, as the entity the support points at', async () => {
    const response = await run(app, MostImportantDocument, { orderBy: 'PAGERANK', first: 1 });
    expect(response.data!.entitiesConnection!.edges[0]!.node.key).toBe('ukraine');
  });

  it('gives betweenness on the real graph, highest for NATO, the broker between Allies and programmes', async () => {
    const response = await run(app, MostImportantDocument, { orderBy: 'BETWEENNESS', first: 1 });
    const [top] = response.data!.entitiesConnection!.edges;
    expect(top!.node.key).toBe('nato');
    expect(top!.node.importance.betweenness).toBeGreaterThan(0);
  });
});
