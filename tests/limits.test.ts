import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSchema, createYoga } from 'graphql-yoga';
import type { DocumentNode } from 'graphql';
import { fixtureApp, run, runText } from './support/client.js';
import { routeGraphData } from './support/fixtures.js';
import { createApp, type App } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { executionTimeoutPlugin } from '../src/protections/execution-timeout.js';
import { loadPersistedOperations } from '../src/protections/persisted-operations.js';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import * as operations from '../src/generated/graphql.js';
import {
  EntityRelationsDocument,
  NeighbourhoodDocument,
  ShortestPathDocument,
  StatsDocument,
} from '../src/generated/graphql.js';

// Each limit and protection of issue 4, section 1: the attack, and the answer a client gets. The
// limits do not depend on the data: the app serves the small route graph of tests/support/fixtures.ts
// (an alliance with four relations, a programme, a path from Alphaland to Capital).

const appWith = (settings: Parameters<typeof fixtureApp>[1] = {}) => fixtureApp(routeGraphData(), settings);

let app: App;
let kg: KnowledgeGraph;
beforeAll(() => {
  app = appWith();
  kg = buildKnowledgeGraph(routeGraphData(), 'fixture');
});

const many = (count: number, text: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => text(i)).join(' ');

function post(target: App, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    target.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const answer = async (response: Response | Promise<Response>) => (await (await response).json()) as Answer;

describe('limits on an operation', () => {
  it('refuses a document over the token limit while parsing it, naming the limit', async () => {
    const response = await runText(app, `{ ${'__typename '.repeat(1_001)}}`);
    expect(response.errors).toEqual([
      {
        message: 'Query is longer than the limit of 1000 tokens',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 1000 },
      },
    ]);
  });

  it('refuses more aliases than the limit, saying how many it found', async () => {
    const response = await runText(app, `{ ${many(16, (i) => `a${i}: stats { entityCount }`)} }`);
    expect(response.errors?.[0]?.message).toBe('Query has 16 aliases, over the limit of 15');
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      max: 15,
      measured: 16,
    });
    expect(response.data ?? null).toBeNull();
  });

  it('refuses more directives than the limit', async () => {
    const response = await runText(app, `{ ${'__typename @skip(if: false) '.repeat(51)}}`);
    expect(response.errors?.[0]?.message).toBe('Query has 51 directives, over the limit of 50');
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'directives',
      max: 50,
      measured: 51,
    });
  });

  it('refuses a query deeper than MAX_DEPTH before running it', async () => {
    const shallow = appWith({ maxDepth: 3 });
    const response = await runText(
      shallow,
      '{ entity(key: "alliance") { relations { edges { node { key } } } } }',
    );
    expect(response.errors?.[0]?.message).toBe('Query depth is 5, over the limit of 3');
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      max: 3,
      measured: 5,
    });
  });

  it('refuses a selection wider than MAX_BREADTH', async () => {
    const narrow = appWith({ maxBreadth: 10 });
    const response = await runText(narrow, `{ stats { ${'entityCount '.repeat(10)}} }`);
    expect(response.errors?.[0]?.message).toBe('Query breadth is 11, over the limit of 10');
  });

  it('refuses a cost over MAX_COST, multiplying nested pages by their page size', async () => {
    const cheap = appWith({ maxCost: 200 });
    const page = (first: number) =>
      `{ entity(key: "alliance") { relations(first: ${first}) { edges { node { key name kind } } } } }`;
    expect((await runText(cheap, page(10))).errors).toBeUndefined();
    const response = await runText(cheap, page(100));
    expect(response.errors?.[0]?.message).toMatch(
      /^Query complexity is \d+, over the limit of 200: ask for smaller pages/,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'complexity',
      max: 200,
    });
  });

  it('refuses a page size over the cap, naming the cap', async () => {
    const response = await run(app, EntityRelationsDocument, { key: 'alliance', first: 101 });
    expect(response.errors?.[0]?.message).toBe('first must be at most 100 (the page size cap), got 101');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses paths and neighbourhoods past their bounds', async () => {
    const path = await run(app, ShortestPathDocument, { from: 'alpha', to: 'capital', maxHops: 11 });
    expect(path.errors?.[0]?.message).toBe('maxHops must be an integer from 1 to 10, got 11');
    const deep = await run(app, NeighbourhoodDocument, { key: 'alliance', depth: 5 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
    const wide = await runText(app, '{ neighbourhood(key: "alliance", limit: 1001) { truncated } }');
    expect(wide.errors?.[0]?.message).toBe('limit must be an integer from 1 to 1000, got 1001');
  });

  it('answers an operation inside every limit', async () => {
    const response = await runText(app, `{ ${many(15, (i) => `a${i}: stats { entityCount }`)} }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      a0: { entityCount: kg.graph.order },
      a14: { entityCount: kg.graph.order },
    });
  });
});

describe('the request body', () => {
  it('refuses a body declared larger than MAX_BODY_BYTES with 413, before reading it', async () => {
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '100001' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Request body is larger than the limit of 100000 bytes',
          extensions: { code: 'REQUEST_TOO_LARGE', max: 100_000 },
        },
      ],
    });
  });

  it('takes a body up to the cap', async () => {
    const padding = 'x'.repeat(99_000);
    const body = JSON.stringify({ query: '{ stats { entityCount } }', variables: { padding } });
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    });
    expect((await answer(response)).data).toEqual({ stats: { entityCount: kg.graph.order } });
  });

  it('refuses a batch of operations: one operation per request', async () => {
    const response = await post(app, [
      { query: '{ stats { entityCount } }' },
      { query: '{ stats { relationCount } }' },
    ]);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('the execution timeout', () => {
  /** A graph whose `version` takes 50 ms to read: `stats { version }` is a slow synchronous field. */
  function slowGraph(): KnowledgeGraph {
    return Object.create(kg, {
      version: {
        get: () => {
          const until = performance.now() + 50;
          while (performance.now() < until);
          return kg.version;
        },
      },
    }) as KnowledgeGraph;
  }

  it('stops a synchronous execution at the first field after the deadline, with one TIMEOUT error', async () => {
    const slow = createApp({ current: slowGraph() }, { ...DEFAULT_CONFIG, executionTimeoutMs: 10 });
    const body = await answer(
      post(slow, { query: '{ a: stats { version } b: stats { version } c: stats { version } }' }),
    );
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message: 'The operation ran longer than the limit of 10 ms and was stopped',
        extensions: { code: 'TIMEOUT', max: 10 },
      },
    ]);
  });

  it('stops an execution that waits on a promise', async () => {
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { never: String }',
        resolvers: { Query: { never: () => new Promise(() => {}) } },
      }),
      context: () => ({ deadline: Number.POSITIVE_INFINITY }),
      plugins: [executionTimeoutPlugin(20)],
    });
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ never }' }),
    });
    expect(await response.json()).toEqual({
      data: null,
      errors: [
        {
          message: 'The operation ran longer than the limit of 20 ms and was stopped',
          extensions: { code: 'TIMEOUT', max: 20 },
        },
      ],
    });
  });

  it('leaves an operation inside the limit alone', async () => {
    const response = await run(app, StatsDocument);
    expect(response.errors).toBeUndefined();
    expect(response.data?.stats.entityCount).toBe(kg.graph.order);
  });
});

describe('errors', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('masks an unexpected error even with NODE_ENV=development: no message, no stack', async () => {
    process.env.NODE_ENV = 'development';
    const broken = Object.create(kg, {
      citationCount: {
        get: () => {
          throw new Error('secret detail at /srv/app/src/graph.ts:12');
        },
      },
    }) as KnowledgeGraph;
    const response = await post(createApp({ current: broken }), { query: '{ stats { citationCount } }' });
    const text = await response.text();
    const body = JSON.parse(text) as Answer;
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        message: 'Unexpected error.',
        locations: [{ line: 1, column: 3 }],
        path: ['stats'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(text).not.toMatch(/secret|stack|\.ts:/);
  });

  it('suggests field names while introspection is on, since the schema is public then', async () => {
    const response = await runText(app, '{ entity(key: "prog") { nam } }');
    expect(response.errors?.[0]?.message).toBe(
      'Cannot query field "nam" on type "Entity". Did you mean "name"?',
    );
  });

  it('suggests nothing when introspection is off, for fields, arguments and enum values', async () => {
    const closed = appWith({ introspection: false });
    const field = await runText(closed, '{ entity(key: "prog") { nam } }');
    expect(field.errors?.[0]?.message).toBe('Cannot query field "nam" on type "Entity".');
    const argument = await runText(closed, '{ entity(kee: "prog") { name } }');
    expect(argument.errors?.map((error) => error.message)).toContain(
      'Unknown argument "kee" on field "Query.entity".',
    );
    const enumValue = await runText(
      closed,
      'query($t: [RelationType!]) { entity(key: "alliance") { relations(types: $t) { totalCount } } }',
      {
        t: ['FUND'],
      },
    );
    expect(enumValue.errors?.[0]?.message).toBe(
      'Variable "$t" got invalid value "FUND" at "t[0]"; Value "FUND" does not exist in "RelationType" enum.',
    );
    for (const response of [field, argument, enumValue])
      expect(JSON.stringify(response.errors)).not.toContain('Did you mean');
  });
});

describe('cross-site requests', () => {
  const get = (target: App, headers: Record<string, string> = {}) =>
    target.fetch(`http://test/graphql?query=${encodeURIComponent('{ stats { entityCount } }')}`, {
      headers: { accept: 'application/json', ...headers },
    });
  const refusal = {
    errors: [
      {
        message:
          'Refused as a possible cross-site request forgery: POST with content-type application/json, or add the header x-graphql-yoga-csrf',
        extensions: { code: 'CSRF_HEADER_REQUIRED' },
      },
    ],
  };

  it('refuses a GET without the CSRF header with 403', async () => {
    const response = await get(app);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(refusal);
  });

  it('refuses a form or text POST, which a page could send without a preflight', async () => {
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: 'query=%7B%20stats%20%7B%20entityCount%20%7D%20%7D',
      });
      expect(response.status, contentType).toBe(403);
      expect(await response.json()).toEqual(refusal);
    }
  });

  it('answers a GET with the CSRF header', async () => {
    expect((await answer(get(app, { 'x-graphql-yoga-csrf': '1' }))).data).toEqual({
      stats: { entityCount: kg.graph.order },
    });
  });

  it('refuses a mutation over GET with 405, should the schema ever have one', async () => {
    const response = await app.fetch(
      `http://test/graphql?query=${encodeURIComponent('mutation { forget }')}`,
      {
        headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
      },
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await answer(response)).errors?.[0]?.message).toBe(
      'Can only perform a mutation operation from a POST request.',
    );
  });

  it('sends no CORS headers by default, so no other site can read an answer', async () => {
    const response = await post(app, { query: '{ __typename }' }, { origin: 'https://elsewhere.example' });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('lets a listed origin read answers, never with credentials, and no other origin', async () => {
    const open = appWith({ corsOrigins: ['https://explorer.example.org'] });
    const listed = await post(open, { query: '{ __typename }' }, { origin: 'https://explorer.example.org' });
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
    expect(listed.headers.get('vary')).toContain('Origin');
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await post(open, { query: '{ __typename }' }, { origin: 'https://elsewhere.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("answers a listed origin's preflight, allowing the CSRF header", async () => {
    const open = appWith({ corsOrigins: ['https://explorer.example.org'] });
    const response = await open.fetch('http://test/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://explorer.example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-graphql-yoga-csrf',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-graphql-yoga-csrf');
  });

  it('with CORS_ORIGINS=*, lets any origin read, still without credentials', async () => {
    const open = appWith({ corsOrigins: ['*'] });
    const response = await post(open, { query: '{ __typename }' }, { origin: 'https://anyone.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://anyone.example');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('production mode', () => {
  it('refuses introspection when INTROSPECTION=false, keeping __typename', async () => {
    const closed = appWith({ introspection: false });
    const response = await runText(closed, '{ __schema { types { name } } }');
    expect(response.errors?.[0]).toMatchObject({
      message: 'Introspection is switched off on this server: "__schema" cannot be queried',
      extensions: { code: 'INTROSPECTION_DISABLED' },
    });
    const type = await runText(closed, '{ __type(name: "Entity") { name } }');
    expect(type.errors?.[0]?.extensions).toEqual({ code: 'INTROSPECTION_DISABLED' });
    expect((await runText(closed, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('answers introspection by default, for GraphiQL', async () => {
    const response = await runText<{ __type: { name: string } }>(app, '{ __type(name: "Entity") { name } }');
    expect(response.data?.__type.name).toBe('Entity');
  });

  it('serves GraphiQL by default and no page at all when GRAPHIQL=false', async () => {
    const page = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    // Every script and stylesheet is this server's own: no CDN, so GraphiQL works offline.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const boot = /src="(\/graphiql\/assets\/boot-[0-9a-f]+\.js)"/.exec(html)![1]!;
    expect(await (await app.fetch(`http://test${boot}`)).text()).toContain('WhichAlliesFundedPurl');
    const closed = appWith({ graphiql: false });
    const none = await closed.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(none.status).toBe(406);
    expect(await none.text()).not.toContain('<html');
  });

  describe('persisted operations by default', () => {
    const hashOf = (document: DocumentNode) =>
      (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash;

    it('runs a manifest operation sent only by its hash, as the explorer page sends them', async () => {
      const body = await answer(
        post(app, { extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(StatsDocument) } } }),
      );
      expect(body.data).toMatchObject({ stats: { entityCount: kg.graph.order } });
    });

    it('still runs query text, and says what to do with an unknown hash', async () => {
      const text = await answer(post(app, { query: '{ stats { entityCount } }' }));
      expect(text.data).toMatchObject({ stats: { entityCount: kg.graph.order } });
      const unknown = await answer(
        post(app, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
      );
      expect(unknown.errors?.[0]).toMatchObject({
        message: expect.stringContaining('send the query text instead'),
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      });
    });
  });

  describe('with PERSISTED_OPERATIONS_ONLY=true', () => {
    let persisted: App;
    beforeAll(async () => {
      persisted = appWith({ persistedOperationsOnly: true, graphiql: false });
    });
    const hashOf = (document: DocumentNode) =>
      (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash;

    it('refuses query text, even of an operation in the manifest', async () => {
      const response = await post(persisted, { query: '{ stats { entityCount } }' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message:
              'This server runs only persisted operations: send extensions.persistedQuery.sha256Hash instead of a query',
            extensions: { code: 'PERSISTED_QUERY_ONLY' },
          },
        ],
      });
    });

    it('refuses a hash that is not in the manifest', async () => {
      const body = await answer(
        post(persisted, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
      );
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    });

    it('refuses a request with neither query nor hash', async () => {
      const body = await answer(post(persisted, { variables: {} }));
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_ID_REQUIRED' });
    });

    it('runs a manifest operation sent by its hash, with or without the sha256: prefix, by POST or GET', async () => {
      const hash = hashOf(StatsDocument);
      const expected = { stats: { entityCount: kg.graph.order } };
      const prefixed = await answer(
        post(persisted, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      );
      expect(prefixed.data).toMatchObject(expected);
      const bare = await answer(
        post(persisted, {
          extensions: { persistedQuery: { version: 1, sha256Hash: hash.slice('sha256:'.length) } },
        }),
      );
      expect(bare.data).toMatchObject(expected);
      const extensions = encodeURIComponent(
        JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
      );
      const overGet = await answer(
        persisted.fetch(`http://test/graphql?extensions=${extensions}`, {
          headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
        }),
      );
      expect(overGet.data).toMatchObject(expected);
    });

    it('passes variables to the persisted operation', async () => {
      const body = await answer(
        post(persisted, {
          extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(EntityRelationsDocument) } },
          variables: { key: 'prog', first: 1 },
        }),
      );
      expect(body.data).toMatchObject({ entity: { key: 'prog', relations: { edges: [expect.anything()] } } });
    });

    it('has every typed document of src/operations/ in the manifest it loads', () => {
      const manifest = loadPersistedOperations();
      const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document'));
      expect(documents.length).toBeGreaterThanOrEqual(14);
      for (const [name, document] of documents)
        expect(manifest.has(hashOf(document as DocumentNode)), name).toBe(true);
      expect(manifest.size).toBe(documents.length);
    });
  });
});
