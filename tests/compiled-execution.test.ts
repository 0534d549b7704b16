import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createYoga } from 'graphql-yoga';
import { parse, print, type DocumentNode } from 'graphql';
import { schema } from '../src/schema/index.js';
import { createContext } from '../src/context.js';
import { compiledExecutionPlugin, isCompilable, recursiveInputTypes } from '../src/compiled-execution.js';
import { createApp, type App } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { projectFile } from '../src/project-files.js';
import { loadRealGraph } from './support/client.js';

// Repeated queries run compiled by graphql-jit; the answers must be the ones graphql-js gives,
// byte for byte, for every operation the frontends and the README send.

const operation = (file: string) => readFileSync(join(projectFile('src/operations').pathname, file), 'utf8');

/** Every query in src/operations/, with variables that give a full answer. */
const OPERATIONS: [file: string, variables: Record<string, unknown>, operationName?: string][] = [
  ['based-in.graphql', { key: 'nsatu' }],
  ['countries-funding-packages-of.graphql', { programme: 'purl' }],
  ['countries-near.graphql', { key: 'wiesbaden', depth: 2 }],
  ['entity-relations.graphql', { key: 'ukraine', first: 20 }],
  ['entity-relations.graphql', { key: 'purl', where: { type: { eq: 'PACKAGE_OF' } }, last: 5 }],
  ['filtered-relations.graphql', { key: 'purl', orderBy: 'AMOUNT', descending: true, first: 10 }],
  ['funders-as-of.graphql', { key: 'purl', asOf: '2025-08-15' }],
  ['funding-lines.graphql', { programme: 'purl', groupBy: ['FUNDER'], expandGroups: true }],
  ['known-from.graphql', { key: 'purl', asOf: '2025-09' }],
  ['member-funding.graphql', { key: 'germany', expandGroups: true }],
  ['membership-path.graphql', {}],
  ['most-important.graphql', { orderBy: 'PAGERANK', first: 10 }],
  ['neighbourhood.graphql', { key: 'wiesbaden', depth: 2, limit: 50 }],
  ['node.graphql', { id: 'UHJvZ3JhbW1lOnB1cmw=' }],
  ['paths.graphql', { from: 'netherlands', to: 'wiesbaden', maxHops: 4, first: 5 }],
  ['relations-dated.graphql', { type: 'FUNDS', date: '2025', first: 20 }],
  ['search.graphql', { text: 'north korea', first: 10 }],
  [
    'shortest-path.graphql',
    {
      from: 'netherlands',
      to: 'wiesbaden',
      direction: 'OUT',
      types: ['FUNDS', 'PACKAGE_OF', 'DELIVERS_THROUGH', 'BASED_IN'],
    },
  ],
  ['shortest-path.graphql', { from: 'netherlands', to: 'wiesbaden', maxHops: 1 }],
  ['stats.graphql', {}],
  ['war-supporters.graphql', {}],
  ['which-allies-funded-purl.graphql', {}],
  ['explorer/explorer-entity.graphql', { key: 'nsatu' }],
  ['explorer/explorer-funding.graphql', { programme: 'purl' }, 'ExplorerFunding'],
  ['explorer/explorer-funding.graphql', {}, 'ExplorerProgrammes'],
  [
    'explorer/explorer-graph.graphql',
    { withStats: true, withEntities: true, withRelations: true, entitiesAfter: null },
  ],
  ['explorer/explorer-route.graphql', { from: 'netherlands', to: 'wiesbaden' }],
  ['explorer/explorer-search.graphql', { text: 'purl' }],
  ['explorer/explorer-source.graphql', { key: 'nato-support-for-ukraine' }, 'ExplorerSource'],
  ['explorer/explorer-source.graphql', {}, 'ExplorerSources'],
];

/** Every run executes (no cache), and runs do not spend a budget that the next answer reports. */
const UNCACHED = { responseCacheBytes: 0, costBudget: 0 };

/** The response body as sent, byte for byte. */
async function answer(
  app: App,
  query: string,
  variables: Record<string, unknown>,
  operationName?: string,
): Promise<string> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return `${response.status} ${await response.text()}`;
}

describe('compiled execution', () => {
  it('never compiles a document whose variables, or arguments, have a recursive input type', async () => {
    const told: [string, boolean][] = [];
    const yoga = createYoga({
      schema,
      context: async () => createContext({ current: await loadRealGraph() }),
      plugins: [
        compiledExecutionPlugin({
          compileAfter: 0,
          onCompiled: (document: DocumentNode, compiled) => told.push([print(document), compiled]),
        }),
      ],
    });
    const query =
      'query ($where: RelationWhere) { relationsConnection(where: $where, first: 2) { totalCount } }';
    // A where written inline, or other arguments of a field that takes one (the explorer's panel):
    // graphql-jit spends seconds generating the coercion of RelationWhere, whatever is given.
    const inline = '{ relationsConnection(where: { type: { eq: FUNDS } }, first: 2) { totalCount } }';
    const otherArguments = '{ entity(key: "purl") { relations(first: 2) { totalCount } } }';
    const plain = '{ entity(key: "purl") { key name } stats { entityCount } }';
    for (const [text, variables] of [
      [query, { where: { type: { eq: 'FUNDS' } } }],
      [inline, {}],
      [otherArguments, {}],
      [plain, {}],
    ] as const) {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text, variables }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    expect(told.map(([, compiled]) => compiled)).toEqual([false, false, false, true]);
    expect([...recursiveInputTypes(schema)].map((type) => type.name).sort()).toEqual(
      expect.arrayContaining(['EntityWhere', 'RelationWhere']),
    );
  });

  it('says which documents it would compile, as the benchmarks ask it', () => {
    const compilable = (text: string) => isCompilable(schema, parse(text));
    expect(
      compilable('query ($key: String!) { neighbourhood(key: $key, depth: 3, limit: 100) { truncated } }'),
    ).toBe(true);
    expect(compilable('{ entity(key: "purl") { relations(first: 2) { totalCount } } }')).toBe(false);
    expect(
      compilable('query ($where: EntityWhere) { entitiesConnection(where: $where) { totalCount } }'),
    ).toBe(false);
    expect(compilable('query A { stats { entityCount } } query B { stats { relationCount } }')).toBe(false);
    expect(compilable('subscription { graphChanged { version } }')).toBe(false);
  });

  it('compiles a document once it has run the given number of times, and only once', async () => {
    let compilations = 0;
    const yoga = createYoga({
      schema,
      context: async () => createContext({ current: await loadRealGraph() }),
      plugins: [compiledExecutionPlugin({ compileAfter: 2, onCompiled: () => compilations++ })],
    });
    const counts: number[] = [];
    for (let run = 0; run < 5; run++) {
      await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { entityCount } }' }),
      });
      counts.push(compilations);
    }
    expect(counts).toEqual([0, 0, 1, 1, 1]);
  });

  it('answers every operation in src/operations/ exactly as graphql-js does', async () => {
    const store = { current: await loadRealGraph() };
    const interpreted = createApp(store, { ...DEFAULT_CONFIG, compileQueries: false, ...UNCACHED });
    const compiled = createApp(store, { ...DEFAULT_CONFIG, compileQueriesAfter: 0, ...UNCACHED });
    for (const [file, variables, operationName] of OPERATIONS) {
      const query = operation(file);
      const expected = await answer(interpreted, query, variables, operationName);
      expect(expected, file).toMatch(/^200 \{"data":\{/);
      expect(expected, file).not.toContain('"errors"');
      // Twice: the first run compiles, the second runs what was compiled.
      expect(await answer(compiled, query, variables, operationName), file).toBe(expected);
      expect(await answer(compiled, query, variables, operationName), file).toBe(expected);
    }
  });

  it('answers with graphql-js when the compiled run has errors, so every error reads the same', async () => {
    const store = { current: await loadRealGraph() };
    const interpreted = createApp(store, { ...DEFAULT_CONFIG, compileQueries: false, ...UNCACHED });
    const compiled = createApp(store, { ...DEFAULT_CONFIG, compileQueriesAfter: 0, ...UNCACHED });
    const cases: [string, Record<string, unknown>][] = [
      // A variable of the wrong type, and a value not in an enum.
      [operation('search.graphql'), { text: 'purl', first: 'ten' }],
      [operation('shortest-path.graphql'), { from: 'netherlands', to: 'wiesbaden', types: ['FUND'] }],
      // A bad argument a resolver refuses, beside data: a partial answer.
      [operation('entity-relations.graphql'), { key: 'ukraine', first: 1000 }],
      ['{ stats { entityCount } entity(key: "purl") { relations(first: 500) { totalCount } } }', {}],
    ];
    for (const [query, variables] of cases) {
      const expected = await answer(interpreted, query, variables);
      expect(expected).toContain('"errors"');
      expect(await answer(compiled, query, variables)).toBe(expected);
      expect(await answer(compiled, query, variables)).toBe(expected);
    }
  });
});
