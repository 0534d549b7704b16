import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, validate, execute, type ExecutionResult } from 'graphql';
import { ROOT, loadCompiledApp } from './compiled-app.js';

/**
 * The operations the HTTP benchmark and the load test send: the typed operations from
 * src/operations/, the documents frontends and the tests use, with the variables a user of the
 * explorer would send.
 */
export interface BenchOperation {
  /** Short name for flags and tables. */
  name: string;
  description: string;
  file: string;
  variables?: Record<string, unknown>;
}

/** The four operations of `bench:http`, one of each shape of work. */
export const HTTP_OPERATIONS: BenchOperation[] = [
  {
    name: 'purl',
    description: 'which allies funded PURL',
    file: 'which-allies-funded-purl.graphql',
  },
  {
    name: 'search',
    description: 'search "north korea", first 10',
    file: 'search.graphql',
    variables: { text: 'north korea', first: 10 },
  },
  {
    name: 'relations',
    description: "a page of 20 of Ukraine's relations",
    file: 'entity-relations.graphql',
    variables: { key: 'ukraine', first: 20 },
  },
  {
    name: 'path',
    description: 'shortest path Netherlands to Wiesbaden',
    file: 'shortest-path.graphql',
    variables: {
      from: 'netherlands',
      to: 'wiesbaden',
      direction: 'OUT',
      types: ['FUNDS', 'PACKAGE_OF', 'DELIVERS_THROUGH', 'BASED_IN'],
    },
  },
];

/** The load test's mix: the four above and the other questions the README asks. */
export const MIXED_WORKLOAD: BenchOperation[] = [
  ...HTTP_OPERATIONS,
  { name: 'war-supporters', description: "who supports Russia's war", file: 'war-supporters.graphql' },
  { name: 'summits', description: 'what each summit decided', file: 'membership-path.graphql' },
  {
    name: 'neighbourhood',
    description: 'around Wiesbaden, depth 2, limit 50',
    file: 'neighbourhood.graphql',
    variables: { key: 'wiesbaden', depth: 2, limit: 50 },
  },
  {
    name: 'paths',
    description: 'paths Netherlands to Wiesbaden, up to 4 hops, first 5',
    file: 'paths.graphql',
    variables: { from: 'netherlands', to: 'wiesbaden', maxHops: 4, first: 5 },
  },
];

export function operationText(operation: BenchOperation): string {
  return readFileSync(join(ROOT, 'src', 'operations', operation.file), 'utf8');
}

/** The JSON body POSTed to /graphql for an operation. */
export function requestBody(operation: BenchOperation): string {
  return JSON.stringify({ query: operationText(operation), variables: operation.variables ?? {} });
}

export function pickOperations(all: BenchOperation[], names: string | undefined): BenchOperation[] {
  if (!names) return all;
  const picked = names.split(',').map((name) => all.find((operation) => operation.name === name.trim()));
  const unknown = names.split(',').filter((_, i) => !picked[i]);
  if (unknown.length > 0) {
    console.error(
      `unknown operation ${unknown.join(', ')}; known: ${all.map((operation) => operation.name).join(', ')}`,
    );
    process.exit(2);
  }
  return picked as BenchOperation[];
}

/**
 * The reference answer to each operation: graphql's own `execute` on the compiled schema and the
 * real graph, in this process. Every server's answer is checked against it before it is timed.
 */
export async function referenceAnswers(operations: BenchOperation[]): Promise<Map<string, ExecutionResult>> {
  const { schema, openKnowledgeGraph, createContext } = await loadCompiledApp();
  const store = { current: await openKnowledgeGraph() };
  const answers = new Map<string, ExecutionResult>();
  for (const operation of operations) {
    const document = parse(operationText(operation));
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      throw new Error(
        `${operation.file} does not validate against dist/'s schema (run \`npm run build\`?): ${invalid.map((e) => e.message).join('; ')}`,
      );
    }
    const result = await execute({
      schema,
      document,
      variableValues: operation.variables ?? {},
      contextValue: createContext(store),
    });
    if (result.errors?.length) {
      throw new Error(
        `the reference answer to ${operation.name} has errors: ${result.errors.map((e) => e.message).join('; ')}`,
      );
    }
    // Through JSON, as a server sends it (dates, nulls and prototypes as they appear on the wire).
    answers.set(operation.name, JSON.parse(JSON.stringify(result)) as ExecutionResult);
  }
  return answers;
}

/**
 * Sends an operation once and compares the answer with the reference: status 200, no errors, and
 * `data` deep-equal (key order aside). Returns null when it matches, else what differs.
 */
export async function checkAnswer(
  url: string,
  operation: BenchOperation,
  reference: ExecutionResult,
): Promise<string | null> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: requestBody(operation),
  });
  const text = await response.text();
  if (response.status !== 200) return `status ${response.status}: ${text.slice(0, 300)}`;
  let body: ExecutionResult;
  try {
    body = JSON.parse(text) as ExecutionResult;
  } catch {
    return `not JSON: ${text.slice(0, 300)}`;
  }
  if (body.errors?.length) return `errors: ${JSON.stringify(body.errors).slice(0, 300)}`;
  if (!isDeepStrictEqual(body.data, reference.data)) {
    return `data differs from graphql's execute: ${firstDifference(body.data, reference.data)}`;
  }
  return null;
}

/** Where two JSON values first differ, as a path: enough to see why an answer was refused. */
function firstDifference(actual: unknown, expected: unknown, path = 'data'): string {
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return `${path}: got ${JSON.stringify(actual)?.slice(0, 120)}, expected ${JSON.stringify(expected)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const key of keys) {
    const a = (actual as Record<string, unknown>)[key];
    const b = (expected as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, `${path}.${key}`);
  }
  return `${path}: differs`;
}
