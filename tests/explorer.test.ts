import { mkdirSync, writeFileSync } from 'node:fs';
import { testTempDir } from './support/temp-dir.js';
import { readDoc } from './support/docs.js';
import { buildExplorer } from '../scripts/build-explorer.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentNode } from 'graphql';
import { fixtureApp, run, runText, realApp } from './support/client.js';
import { FIXTURE_SOURCE, entity, graphData, relation } from './support/fixtures.js';
import type { GraphData } from '../src/graph/types.js';
import type { App } from '../src/yoga.js';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { buildKnowledgeGraph, listRelations } from '../src/graph/knowledge-graph.js';
import { LAYOUT_MAX_ENTITIES, layoutOf } from '../src/graph/layout.js';
import { loadPersistedOperations } from '../src/protections/persisted-operations.js';
import {
  ExplorerEntityDocument,
  ExplorerFundingDocument,
  ExplorerProgrammesDocument,
  ExplorerGraphDocument,
  ExplorerRouteDocument,
} from '../src/generated/graphql.js';
import * as explorerOperations from '../src/explorer/generated/graphql.js';
import { formatViewState, parseViewState, DEFAULT_STATE } from '../src/explorer/url-state.js';
import { sourceReader } from '../src/explorer/source-reader.js';
import {
  changeDays,
  dateRange,
  knownSince,
  sliderStop,
  visibleParts,
  type DrawnEntity,
  type DrawnRelation,
} from '../src/explorer/visibility.js';

// What the explorer page relies on, without a browser: the drawing's data (every relation, a
// layout), the hashes it sends, the page's files over HTTP, and its pure logic (the address and
// what the date slider shows), on fixture graphs; and that the page's queries fit the limits on
// the curated data. tests/explorer.browser.test.ts drives the page itself.

/**
 * Four hubs in a ring, each with 40 cities around it, and every city related to the next one
 * of its hub: 164 entities and 324 relations, more than a page of 100 of either.
 */
function clusteredData(): GraphData {
  const hubs = Array.from({ length: 4 }, (_, h) => entity(`hub-${h}`, 'COUNTRY', `Hub ${h}`));
  const cities = hubs.flatMap((_, h) =>
    Array.from({ length: 40 }, (_, c) => entity(`city-${h}-${c}`, 'CITY', `City ${h}.${c}`)),
  );
  return graphData(
    [...hubs, ...cities],
    [
      ...hubs.map((_, h) =>
        relation(`hub-${h}-partner-of-hub-${(h + 1) % 4}`, 'PARTNER_OF', `hub-${h}`, `hub-${(h + 1) % 4}`),
      ),
      ...hubs.flatMap((_, h) =>
        Array.from({ length: 40 }, (_, c) => [
          relation(`city-${h}-${c}-in-hub-${h}`, 'LOCATED_IN', `city-${h}-${c}`, `hub-${h}`),
          relation(
            `city-${h}-${c}-near-${(c + 1) % 40}`,
            'LOCATED_IN',
            `city-${h}-${c}`,
            `city-${h}-${(c + 1) % 40}`,
          ),
        ]).flat(),
      ),
    ],
  );
}

let app: App;
beforeAll(() => {
  app = fixtureApp(clusteredData());
});

describe('listRelations', () => {
  const kg = () =>
    buildKnowledgeGraph(
      graphData(
        [entity('a', 'COUNTRY'), entity('b', 'PROGRAMME'), entity('c', 'CITY')],
        [
          relation('z-last', 'FUNDS', 'a', 'b'),
          relation('a-first', 'BASED_IN', 'b', 'c'),
          relation('m-middle', 'FUNDS', 'a', 'b'),
        ],
      ),
    );

  it('refuses a page over the cap and a negative offset, naming the argument', () => {
    expect(() => listRelations(kg(), { first: 101, offset: 0 })).toThrow(
      'first must be an integer from 0 to 100',
    );
    expect(() => listRelations(kg(), { first: 10, offset: -1 })).toThrow(
      'offset must be a non-negative integer',
    );
  });

  it('lists every relation in key order, page by page', () => {
    expect(listRelations(kg(), { first: 2, offset: 0 }).map((r) => r.key)).toEqual(['a-first', 'm-middle']);
    expect(listRelations(kg(), { first: 2, offset: 2 }).map((r) => r.key)).toEqual(['z-last']);
    expect(listRelations(kg(), { first: 2, offset: 9 })).toEqual([]);
  });

  it('keeps only the types asked for', () => {
    expect(listRelations(kg(), { types: ['FUNDS'], first: 10, offset: 0 }).map((r) => r.key)).toEqual([
      'm-middle',
      'z-last',
    ]);
  });
});

describe('layoutOf', () => {
  it('places every entity, the same way every time, and computes it once per graph', () => {
    const kg = buildKnowledgeGraph(clusteredData());
    const layout = layoutOf(kg);
    expect(layout?.size).toBe(kg.graph.order);
    expect(layoutOf(kg)).toBe(layout);
    const again = layoutOf(buildKnowledgeGraph(clusteredData()));
    expect(again).toEqual(layout);
    for (const { x, y } of layout!.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('pulls related entities together: a city is nearer its hub than the average entity is', () => {
    const layout = layoutOf(buildKnowledgeGraph(clusteredData()))!;
    const distance = (a: string, b: string) =>
      Math.hypot(layout.get(a)!.x - layout.get(b)!.x, layout.get(a)!.y - layout.get(b)!.y);
    const keys = [...layout.keys()];
    const mean = keys.reduce((sum, key) => sum + distance('hub-0', key), 0) / (keys.length - 1);
    expect(distance('city-0-7', 'hub-0')).toBeLessThan(mean / 2);
  });

  it('gives no layout above the entity cap, rather than stalling a request', () => {
    const many = Array.from({ length: LAYOUT_MAX_ENTITIES + 1 }, (_, i) => entity(`e${i}`, 'COUNTRY'));
    expect(layoutOf(buildKnowledgeGraph(graphData(many, [])))).toBeNull();
  });
});

/**
 * A published page of 230 sentences: a heading, a sentence two relations quote (one with a
 * figure), and 228 that nobody accounted for; and a compiled list beside it.
 */
function readingData(): GraphData {
  const rest = Array.from({ length: 228 }, (_, i) => `Sentence ${i + 1} is one more.`).join(' ');
  const page = {
    ...FIXTURE_SOURCE,
    key: 'page',
    title: 'A published page',
    url: 'https://example.org/page',
    file: 'sources/page.md',
    text: `Fixture heading\nBased in Capital, the Command has nearly 700 personnel. ${rest}\n`,
  };
  const members = {
    ...FIXTURE_SOURCE,
    key: 'members',
    title: 'Members, compiled for this graph',
    kind: 'COMPILED' as const,
    url: null,
    publisher: 'this project',
    references: ['https://example.org/members'],
    file: 'sources/members.md',
    text: 'Capital is a city.',
  };
  const quoting = (quote: string) => ({ citations: [{ source: 'page', quote }] });
  return {
    sources: [page, members],
    entities: [
      entity('command', 'BODY', 'Command'),
      entity('capital', 'CITY', 'Capital', {
        citations: [{ source: 'members', quote: 'Capital is a city.' }],
      }),
      entity('personnel', 'RESOURCE', 'Personnel'),
    ],
    relations: [
      relation('command-in-capital', 'BASED_IN', 'command', 'capital', quoting('Based in Capital')),
      relation('command-has-personnel', 'HAS', 'command', 'personnel', {
        ...quoting('the Command has nearly 700 personnel'),
        quantity: {
          value: 700,
          unit: 'PERSONNEL',
          qualifier: 'NEARLY',
          text: 'nearly 700 personnel',
          targetYear: null,
        },
      }),
    ],
    coverageNotes: [
      {
        source: 'page',
        sentence: 'Fixture heading',
        indexes: [0],
        status: 'NO_FACT',
        reason: 'HEADING',
        note: 'Names the section.',
        file: 'coverage/page.yaml',
      },
    ],
  };
}

describe('the drawing through the API', () => {
  it('refuses a relations page over the cap', async () => {
    const response = await runText(app, '{ relations(first: 101) { key } }');
    expect(response.errors?.[0]).toMatchObject({
      message: 'first must be an integer from 0 to 100 (the page size cap), got 101',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('gives the whole graph in pages of 100 by cursor, every entity with a position', async () => {
    const kg = buildKnowledgeGraph(clusteredData());
    const first = await run(app, ExplorerGraphDocument, {
      withStats: true,
      withEntities: true,
      withRelations: true,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.stats).toMatchObject({ entityCount: kg.graph.order, relationCount: kg.graph.size });
    const entities = first.data!.entitiesConnection!.edges.map((edge) => edge.node);
    const relations = first.data!.relationsConnection!.edges.map((edge) => edge.node);
    let page = first.data!;
    let pages = 1;
    while (page.entitiesConnection?.pageInfo.hasNextPage || page.relationsConnection?.pageInfo.hasNextPage) {
      const next = await run(app, ExplorerGraphDocument, {
        withStats: false,
        withEntities: page.entitiesConnection?.pageInfo.hasNextPage ?? false,
        entitiesAfter: page.entitiesConnection?.pageInfo.endCursor,
        withRelations: page.relationsConnection?.pageInfo.hasNextPage ?? false,
        relationsAfter: page.relationsConnection?.pageInfo.endCursor,
      });
      expect(next.errors).toBeUndefined();
      expect(next.data?.stats).toBeUndefined();
      page = next.data!;
      pages += 1;
      entities.push(...(page.entitiesConnection?.edges.map((edge) => edge.node) ?? []));
      relations.push(...(page.relationsConnection?.edges.map((edge) => edge.node) ?? []));
    }
    expect(pages).toBe(Math.ceil(Math.max(kg.graph.order, kg.graph.size) / 100));
    expect(new Set(entities.map((e) => e.key)).size).toBe(kg.graph.order);
    expect(new Set(relations.map((r) => r.key)).size).toBe(kg.graph.size);
    expect(entities.every((e) => e.position !== null)).toBe(true);
    expect(pages).toBe(4);
    const cityInHub = relations.find((r) => r.key === 'city-3-39-in-hub-3');
    expect([cityInHub?.from.key, cityInHub?.type, cityInHub?.to.key]).toEqual([
      'city-3-39',
      'LOCATED_IN',
      'hub-3',
    ]);
  });

  it('reads a page as the reading view does: every sentence, by hash, in pages of 100', async () => {
    const reading = fixtureApp(readingData());
    // The page's own reader, sending only each operation's hash, as the browser does.
    const hashes: string[] = [];
    const run = (async (document: unknown, variables: unknown) => {
      const hash = (document as { __meta__: { hash: string } }).__meta__.hash;
      hashes.push(hash);
      const response = await reading.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    }) as unknown as Parameters<typeof sourceReader>[0];
    const reader = sourceReader(run);
    const sources = await reader.sources();
    expect(sources.map((source) => [source.key, source.kind]).sort()).toEqual([
      ['members', 'COMPILED'],
      ['page', 'PUBLISHED'],
    ]);
    const text = await reader.read('page');
    expect(text?.sentences).toHaveLength(230);
    // One request for the list, then one per page of 100.
    expect(hashes).toHaveLength(1 + 3);
    expect(text?.sentences.map((sentence) => sentence.index)).toEqual(
      Array.from({ length: 230 }, (_, i) => i),
    );
    const based = text?.sentences[1];
    expect(based?.text).toBe('Based in Capital, the Command has nearly 700 personnel.');
    expect(based?.coverage).toBe('CAPTURED');
    expect(based?.relations.find((relation) => relation.key === 'command-in-capital')).toEqual({
      key: 'command-in-capital',
      type: 'BASED_IN',
      text: 'Command is based in Capital',
      figure: null,
      from: 'command',
      to: 'capital',
    });
    // A relation's figure comes word for word from its quote.
    expect(based?.relations.find((relation) => relation.key === 'command-has-personnel')?.figure).toBe(
      'nearly 700 personnel',
    );
    // The heading states no fact and says why; a sentence nobody accounted for has no reason.
    expect(text?.sentences[0]).toMatchObject({ form: 'HEADING', coverage: 'NO_FACT', noFact: 'HEADING' });
    expect(text?.sentences[0]?.reason).toBeTruthy();
    expect(text?.sentences[229]).toMatchObject({ coverage: 'NOT_CAPTURED', reason: null });
  });

  it('sends operations the server knows by hash: each explorer document is in the manifest', () => {
    const manifest = loadPersistedOperations();
    const documents = Object.entries(explorerOperations).filter(([name]) => name.endsWith('Document'));
    expect(documents.map(([name]) => name).sort()).toEqual([
      'ExplorerEntityDocument',
      'ExplorerFundingDocument',
      'ExplorerGraphChangedDocument',
      'ExplorerGraphDocument',
      'ExplorerProgrammesDocument',
      'ExplorerRouteDocument',
      'ExplorerSearchDocument',
      'ExplorerSourceDocument',
      'ExplorerSourcesDocument',
    ]);
    for (const [name, document] of documents) {
      const hash = (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
      expect(manifest.has(hash), name).toBe(true);
      // The browser's copy carries only the hash, no query text.
      expect(JSON.stringify(document)).not.toContain('query');
    }
    const serverCopy = (ExplorerGraphDocument as DocumentNode & { __meta__: { hash: string } }).__meta__.hash;
    expect(
      (explorerOperations.ExplorerGraphDocument as unknown as { __meta__: { hash: string } }).__meta__.hash,
    ).toBe(serverCopy);
  });
});

describe("the explorer's queries, on the curated data", () => {
  it('answers the panel, path and funding queries within the limits', async () => {
    const app = await realApp();
    const panel = await run(app, ExplorerEntityDocument, { key: 'nato', asOf: null, after: null });
    expect(panel.errors).toBeUndefined();
    expect(panel.data?.entity?.relations.totalCount).toBeGreaterThan(30);
    const path = await run(app, ExplorerRouteDocument, {
      from: 'netherlands',
      to: 'wiesbaden',
      asOf: null,
      types: null,
      direction: 'BOTH',
    });
    expect(path.data?.pathsConnection?.edges[0]?.node.entities.at(-1)?.key).toBe('wiesbaden');
    // The path finder's own query: forward only, each step says which way it was walked.
    const route = await run(app, ExplorerRouteDocument, {
      from: 'netherlands',
      to: 'wiesbaden',
      asOf: null,
      types: null,
      direction: 'OUT',
    });
    expect(route.errors).toBeUndefined();
    expect(route.data?.pathsConnection?.edges[0]?.node.steps.map((step) => step.direction)).toEqual([
      'OUT',
      'OUT',
      'OUT',
    ]);
    const funding = await run(app, ExplorerFundingDocument, { programme: null, asOf: null });
    expect(funding.errors).toBeUndefined();
    expect(funding.data?.funding?.totals.length).toBeGreaterThan(0);
    const programmes = await run(app, ExplorerProgrammesDocument);
    expect(programmes.errors).toBeUndefined();
    expect(programmes.data?.programmes?.totals.some((total) => total.programme?.key === 'purl')).toBe(true);
  });
});

describe('the explorer page over HTTP', () => {
  const built = () => {
    const dir = `${testTempDir('explorer-page')}/`;
    mkdirSync(`${dir}assets`);
    writeFileSync(`${dir}index.html`, '<!doctype html><title>Explorer</title>');
    writeFileSync(`${dir}assets/explorer-ABC123.js`, 'console.log(1);');
    writeFileSync(`${dir}assets/explorer-ABC123.js.gz`, gzipSync('console.log(1);'));
    return createApp({ current: buildKnowledgeGraph(graphData([], [])) }, DEFAULT_CONFIG, {
      explorerDir: dir,
    });
  };

  it('says how to build the page when it was never built', async () => {
    const unbuilt = createApp({ current: buildKnowledgeGraph(graphData([], [])) }, DEFAULT_CONFIG, {
      explorerDir: `${testTempDir('explorer-unbuilt')}/`,
    });
    const response = await unbuilt.fetch('http://test/explore');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });

  it('refuses methods other than GET and HEAD, and unknown or unsafe paths', async () => {
    const page = built();
    const post = await page.fetch('http://test/explore', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await page.fetch('http://test/explore/elsewhere')).status).toBe(404);
    expect((await page.fetch('http://test/explore/assets/missing.js')).status).toBe(404);
    expect((await page.fetch('http://test/explore/assets/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await page.fetch('http://test/explore/assets/.hidden')).status).toBe(404);
  });

  it('serves the page uncached with a content security policy, and hashed assets for a year', async () => {
    const page = built();
    const html = await page.fetch('http://test/explore/');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const script = await page.fetch('http://test/explore/assets/explorer-ABC123.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(await script.text()).toBe('console.log(1);');
    expect(script.headers.get('content-encoding')).toBeNull();
    expect(script.headers.get('vary')).toBe('accept-encoding');
    const zipped = await page.fetch('http://test/explore/assets/explorer-ABC123.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe('console.log(1);');
    const head = await page.fetch('http://test/explore/assets/explorer-ABC123.js', { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('15');
    expect(await head.text()).toBe('');
  });
});

describe("the explorer's cost in docs/explorer.md", () => {
  it('gives the sizes of the minified build, file by file and the gzip copies sent together', async () => {
    const built = await buildExplorer({ outdir: `${testTempDir('explorer-build')}/` });
    const file = (prefix: string) =>
      built.find((entry) => entry.name.replace('assets/', '').startsWith(prefix))!;
    const kb = (bytes: number) => Math.round(bytes / 1024);
    const page = readDoc('docs/explorer.md');
    const row = (name: string) => {
      const match = new RegExp(`\\| \`${name}\`[^|]*\\| (\\d+) KB \\| (\\d+) KB \\|`).exec(page);
      expect(match, name).not.toBeNull();
      return [Number(match![1]), Number(match![2])];
    };
    const script = file('explorer-');
    const styles = file('styles-');
    const html = file('index.html');
    expect(row('explorer-\\*\\.js')).toEqual([kb(script.bytes), kb(script.gzipBytes)]);
    expect(row('styles-\\*\\.css')).toEqual([kb(styles.bytes), kb(styles.gzipBytes)]);
    expect(row('index\\.html')).toEqual([kb(html.bytes), kb(html.gzipBytes)]);
    const sent = /a first visit transfers about (\d+) KB of code/.exec(page.replace(/\s+/g, ' '));
    expect(Number(sent?.[1])).toBe(kb(script.gzipBytes + styles.gzipBytes));
  });
});

describe('the address of a view', () => {
  it('drops what it cannot read instead of trusting it', () => {
    expect(parseViewState('?entity=<script>&asOf=2025-13&hideKinds=COUNTRY,bad kind&view=nonsense')).toEqual({
      ...DEFAULT_STATE,
      hiddenKinds: ['COUNTRY'],
    });
  });

  it('reads back what it writes, and writes nothing for the default view', () => {
    const state = {
      ...DEFAULT_STATE,
      view: 'funding' as const,
      entity: 'nsatu',
      from: 'netherlands',
      to: 'wiesbaden',
      asOf: '2025-08-15',
      hiddenKinds: ['RESOURCE' as const],
      hiddenTypes: ['MEMBER_OF' as const, 'LOCATED_IN' as const],
      programme: 'purl',
    };
    const text = formatViewState(state);
    expect(text).toBe(
      '?view=funding&entity=nsatu&from=netherlands&to=wiesbaden&asOf=2025-08-15&hideKinds=RESOURCE&hideTypes=LOCATED_IN%2CMEMBER_OF&programme=purl',
    );
    expect(parseViewState(text)).toEqual({ ...state, hiddenTypes: ['LOCATED_IN', 'MEMBER_OF'] });
    expect(formatViewState(DEFAULT_STATE)).toBe('');
  });
});

describe('visibleParts', () => {
  const entities: DrawnEntity[] = [
    { key: 'germany', kind: 'COUNTRY', knownFrom: null },
    { key: 'canada', kind: 'COUNTRY', knownFrom: null },
    { key: 'purl', kind: 'PROGRAMME', knownFrom: '2025-07' },
    { key: 'pkg-germany', kind: 'PACKAGE', knownFrom: '2025-08-13' },
    { key: 'pkg-canada', kind: 'PACKAGE', knownFrom: '2025-08-24' },
    { key: 'finland', kind: 'COUNTRY', knownFrom: null },
    { key: 'nato', kind: 'ORGANISATION', knownFrom: null },
  ];
  const relations: DrawnRelation[] = [
    { key: 'germany-funds', type: 'FUNDS', knownFrom: '2025-08-13', from: 'germany', to: 'pkg-germany' },
    { key: 'canada-funds', type: 'FUNDS', knownFrom: '2025-08-24', from: 'canada', to: 'pkg-canada' },
    { key: 'pkg-germany-of', type: 'PACKAGE_OF', knownFrom: '2025-08-13', from: 'pkg-germany', to: 'purl' },
    { key: 'pkg-canada-of', type: 'PACKAGE_OF', knownFrom: '2025-08-24', from: 'pkg-canada', to: 'purl' },
    { key: 'finland-joins', type: 'MEMBER_OF', knownFrom: '2023', from: 'finland', to: 'nato' },
    { key: 'germany-member', type: 'MEMBER_OF', knownFrom: '1955', from: 'germany', to: 'nato' },
    { key: 'canada-member', type: 'MEMBER_OF', knownFrom: '1949', from: 'canada', to: 'nato' },
  ];
  const none = { hiddenKinds: new Set<never>(), hiddenTypes: new Set<never>() };

  it('shows everything without a date', () => {
    const visible = visibleParts(entities, relations, { ...none, asOf: null });
    expect(visible.entities.size).toBe(entities.length);
    expect(visible.relations.size).toBe(relations.length);
  });

  it('as of a day, hides what is dated later and entities none of whose relations are known yet', () => {
    const visible = visibleParts(entities, relations, { ...none, asOf: '2025-08-15' });
    expect([...visible.entities].sort()).toEqual([
      'canada',
      'finland',
      'germany',
      'nato',
      'pkg-germany',
      'purl',
    ]);
    expect(visible.relations.has('canada-funds')).toBe(false);
    expect(visible.known).toEqual(visible.entities);
    // A year-dated fact is known from the start of its year: Finland by 2023-01-01, not before.
    expect(visibleParts(entities, relations, { ...none, asOf: '2022-12-31' }).entities.has('finland')).toBe(
      false,
    );
    expect(visibleParts(entities, relations, { ...none, asOf: '2023-01-01' }).entities.has('finland')).toBe(
      true,
    );
  });

  it('hides kinds and types without making the other end unknown', () => {
    const visible = visibleParts(entities, relations, {
      hiddenKinds: new Set(['PACKAGE'] as const),
      hiddenTypes: new Set(['MEMBER_OF'] as const),
      asOf: null,
    });
    expect(visible.entities.has('pkg-germany')).toBe(false);
    expect(visible.known.has('pkg-germany')).toBe(true);
    expect(visible.entities.has('finland')).toBe(true);
    expect(visible.relations.size).toBe(0);
  });

  it('says from when the date leaves an entity: the later of its own bound and its first relation', () => {
    const since = (key: string) => knownSince(entities.find((entity) => entity.key === key)!, relations);
    // PURL itself is known from July 2025, but none of its relations before 13 August.
    expect(since('purl')).toBe('2025-08-13');
    expect(since('finland')).toBe('2023');
    expect(since('nato')).toBe('1949');
    expect(knownSince({ key: 'alone', kind: 'COUNTRY', knownFrom: null }, relations)).toBeNull();
    expect(knownSince({ key: 'alone', kind: 'COUNTRY', knownFrom: '2024' }, relations)).toBe('2024');
    // Each answer agrees with visibleParts: unknown the day before, known on the day.
    for (const entity of entities) {
      const day = since(entity.key);
      if (day === null || day.length < 10) continue;
      const before = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
      expect(visibleParts(entities, relations, { ...none, asOf: before }).known.has(entity.key)).toBe(false);
      expect(visibleParts(entities, relations, { ...none, asOf: day }).known.has(entity.key)).toBe(true);
    }
  });

  it('stops the slider at each day a fact becomes known, and places any day at the last stop before it', () => {
    const changes = changeDays([...entities, ...relations]);
    expect(changes).toEqual([
      '1949-01-01',
      '1955-01-01',
      '2023-01-01',
      '2025-07-01',
      '2025-08-13',
      '2025-08-24',
    ]);
    expect(sliderStop(changes, '2025-08-15')).toBe(4);
    expect(sliderStop(changes, '2025-08-13')).toBe(4);
    expect(sliderStop(changes, '1900-01-01')).toBe(0);
  });

  it('spans the dates from the start of the earliest period to the end of the latest', () => {
    expect(dateRange([...entities, ...relations])).toEqual({ first: '1949-01-01', last: '2025-08-24' });
    expect(dateRange([{ knownFrom: null }])).toBeNull();
  });
});
