import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse, execute, validate, type DocumentNode } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import Fastify, { type FastifyPluginAsync } from 'fastify';
import { createYoga } from 'graphql-yoga';
import mercurius from 'mercurius';
import mercuriusCacheModule, { type MercuriusCacheOptions } from 'mercurius-cache';
import { loadCompiledApp } from './compiled-app.js';
import { MIXED_WORKLOAD, operationText, requestBody } from './realistic-operations.js';

/**
 * One peer of the HTTP benchmark, started by bench/http.ts in a child process of its own:
 *
 *   ceiling    raw node:http answering each benchmark request with its body computed once at start
 *   apollo     Apollo Server 5 with its defaults (startStandaloneServer)
 *   yoga-bare  graphql-yoga with its defaults and none of the service's plugins: what the HTTP layer
 *              the service is built on costs, without its protections, cache or compiled queries
 *   jit-bare   node:http running each query compiled by graphql-jit, nothing else (no limits, budgets,
 *              logs or metrics): the bound on what any server of this schema answers a second
 *   mercurius         Mercurius on Fastify, compiling each query with graphql-jit from its first run (jit: 1)
 *   mercurius-cache   the same with mercurius-cache on every Query field (`all: true`, in memory, an hour's
 *                     ttl): Mercurius's own answer to a response cache, which caches each root field's
 *                     result by its arguments and selection
 *
 * Every peer serves the same compiled `schema` object as the service (dist/schema/index.js) over
 * the same graph (openKnowledgeGraph on graph-data/), with the service's per-request context. It
 * listens on 127.0.0.1 on a free port and sends its endpoint to the parent over IPC.
 */

// A CommonJS module whose typings say `export default`: the import is the plugin itself.
const mercuriusCache = mercuriusCacheModule as unknown as FastifyPluginAsync<MercuriusCacheOptions>;

const kind = process.argv[2];
const { schema, openKnowledgeGraph, createContext } = await loadCompiledApp();
const store = { current: await openKnowledgeGraph() };
const host = '127.0.0.1';

function announce(url: string): void {
  if (!process.send) {
    console.log(url);
    return;
  }
  process.send({ url });
  // The parent is gone: nothing to serve.
  process.on('disconnect', () => process.exit(1));
}

async function startCeiling(): Promise<void> {
  // Keyed by the exact request body the benchmark sends; computed by graphql's execute once.
  const bodies = new Map<string, Buffer>();
  for (const operation of MIXED_WORKLOAD) {
    const result = await execute({
      schema,
      document: parse(operationText(operation)),
      variableValues: operation.variables ?? {},
      contextValue: createContext(store),
    });
    bodies.set(requestBody(operation), Buffer.from(JSON.stringify(result)));
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = bodies.get(Buffer.concat(chunks).toString());
      if (!body) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"errors":[{"message":"not a benchmark request"}]}');
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length })
        .end(body);
    });
  });
  server.listen(0, host, () => announce(`http://${host}:${(server.address() as AddressInfo).port}/graphql`));
}

async function startApollo(): Promise<void> {
  const server = new ApolloServer<ReturnType<typeof createContext>>({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host },
    context: async () => createContext(store),
  });
  // startStandaloneServer serves every path; the benchmark posts to /graphql like the others.
  announce(new URL('/graphql', url).href);
}

async function startBareYoga(): Promise<void> {
  const yoga = createYoga({ schema, context: () => createContext(store), graphiql: false, logging: false });
  const server = createServer(yoga);
  server.listen(0, host, () => announce(`http://${host}:${(server.address() as AddressInfo).port}/graphql`));
}

/**
 * The bound: no framework and no protection at all. node:http reads the body, the document is
 * parsed, validated and compiled by graphql-jit once per query text (as Mercurius with `jit: 1`
 * does), each request runs the compiled query with the service's context and its answer is
 * written with JSON.stringify. No server of this schema, with any HTTP layer, does less per
 * request: what it answers a second is how far ahead of Mercurius the execution itself allows.
 */
async function startJitBare(): Promise<void> {
  const { compileQuery, isCompiledQuery } = await import('graphql-jit');
  type Compiled = CompiledQuery<Record<string, unknown>, Record<string, unknown>>;
  // A document graphql-jit cannot compile (a recursive input type overflows its stack, graphql-jit
  // issue 81) runs on graphql-js, as Mercurius falls back.
  const plans = new Map<string, { document: DocumentNode; compiled: Compiled | null }>();
  const fail = (res: ServerResponse, status: number, message: string) =>
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ message }] }));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString()) as typeof body;
      } catch {
        fail(res, 400, 'not JSON');
        return;
      }
      if (typeof body.query !== 'string') {
        fail(res, 400, 'no query');
        return;
      }
      let plan = plans.get(body.query);
      if (!plan) {
        const document = parse(body.query);
        const errors = validate(schema, document);
        if (errors.length > 0) {
          fail(res, 400, errors[0]!.message);
          return;
        }
        let compiled: Compiled | null = null;
        try {
          const made = compileQuery<Record<string, unknown>, Record<string, unknown>>(
            schema,
            document,
            body.operationName,
          );
          if (isCompiledQuery(made)) compiled = made;
        } catch {
          // falls back to graphql-js below
        }
        plan = { document, compiled };
        plans.set(body.query, plan);
      }
      const send = (result: unknown) => {
        const text = JSON.stringify(result);
        res
          .writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(text),
          })
          .end(text);
      };
      const variables = body.variables ?? {};
      const result = plan.compiled
        ? plan.compiled.query(undefined, createContext(store), variables)
        : execute({
            schema,
            document: plan.document,
            contextValue: createContext(store),
            variableValues: variables,
          });
      if (result instanceof Promise) result.then(send, (error: Error) => fail(res, 500, error.message));
      else send(result);
    });
  });
  server.listen(0, host, () => announce(`http://${host}:${(server.address() as AddressInfo).port}/graphql`));
}

async function startMercurius(cached: boolean): Promise<void> {
  const app = Fastify({ logger: false });
  await app.register(mercurius, {
    schema,
    context: () => createContext(store),
    jit: 1,
    path: '/graphql',
    graphiql: false,
  });
  // The graph does not change while the benchmark runs: entries live for the whole run. 100,000
  // entries hold every answer of the varied-variables mix the benchmark sends in a cell.
  if (cached)
    await app.register(mercuriusCache, {
      ttl: 3600,
      all: true,
      storage: { type: 'memory', options: { size: 100_000 } },
    });
  await app.listen({ port: 0, host });
  announce(`http://${host}:${(app.server.address() as AddressInfo).port}/graphql`);
}

switch (kind) {
  case 'ceiling':
    await startCeiling();
    break;
  case 'apollo':
    await startApollo();
    break;
  case 'yoga-bare':
    await startBareYoga();
    break;
  case 'jit-bare':
    await startJitBare();
    break;
  case 'mercurius':
    await startMercurius(false);
    break;
  case 'mercurius-cache':
    await startMercurius(true);
    break;
  default:
    console.error(
      `usage: node --import tsx bench/http-peers.ts ceiling|apollo|yoga-bare|jit-bare|mercurius|mercurius-cache (got ${kind})`,
    );
    process.exit(2);
}
