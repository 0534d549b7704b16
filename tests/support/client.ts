import { print, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createApp, type App } from '../../src/yoga.js';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { openKnowledgeGraph } from '../../src/load/open-graph.js';
import type { GraphData } from '../../src/graph/types.js';
import { DEFAULT_CONFIG, type Config } from '../../src/config.js';

export interface Response<R> {
  status: number;
  data: R | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** Runs a typed document through `yoga.fetch`, as a client would over HTTP, without a port. */
export async function run<R, V extends Record<string, unknown>>(
  app: App,
  document: TypedDocumentNode<R, V>,
  ...[variables]: V extends Record<string, never> ? [] : [V]
): Promise<Response<R>> {
  return runText<R>(app, print(document), variables);
}

/** Runs query text, for the malformed and invalid queries no typed document can express. */
export async function runText<R = unknown>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Response<R>> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as ExecutionResult<R>;
  return {
    status: response.status,
    data: body.data,
    errors: body.errors?.map((error) => error as GraphQLFormattedError),
  };
}

let realGraph: Promise<KnowledgeGraph> | undefined;

/** The graph built from the committed graph-data/, loaded once per test file. */
export function loadRealGraph(): Promise<KnowledgeGraph> {
  realGraph ??= openKnowledgeGraph();
  return realGraph;
}

/**
 * The settings test apps start from: the defaults, but without per-client budgets, since a test
 * file sends hundreds of requests as one client (tests/client-budget.test.ts turns them on).
 */
const TEST_CONFIG: Config = { ...DEFAULT_CONFIG, costBudget: 0 };

/** An app over the real graph; `settings` override the default configuration. */
export async function realApp(settings: Partial<Config> = {}): Promise<App> {
  return createApp({ current: await loadRealGraph() }, { ...TEST_CONFIG, ...settings });
}

/** An app over a small inline graph, for tests that need exact control of the data. */
export function fixtureApp(data: GraphData, settings: Partial<Config> = {}): App {
  return createApp({ current: buildKnowledgeGraph(data, 'fixture') }, { ...TEST_CONFIG, ...settings });
}
