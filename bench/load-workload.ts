import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './compiled-app.js';

/**
 * What the load test sends: requests made afresh for each send, with variables drawn from the
 * served graph, so that most answers are not in the response cache (a fixed list of requests
 * measures the cache, not the service).
 *
 * - **Healthy users**: the typed operations of src/operations/ and of the explorer, with random
 *   keys, search words, page sizes, path ends, depths and dates, each request from one of
 *   thousands of user addresses (in X-Forwarded-For, as a proxy in front would write it).
 * - **Greedy clients**: a handful of addresses sending, as fast as they are answered, valid
 *   operations near the cost limit (7 aliased `paths` searches, `nodes` with 100 ids and their
 *   relations, wide pages of pages, deep neighbourhoods), mixed with operations the limits
 *   refuse (15 aliased `paths`, deep nesting, thousands of aliases, huge `first`, 3,500 ids, an
 *   oversized body).
 */

export interface GraphSample {
  keys: string[];
  names: string[];
  ids: string[];
  /** Programmes, for the funders-as-of question. */
  programmes: string[];
}

/** Reads keys, names and ids of every entity from the service, a page at a time. */
export async function sampleGraph(url: string): Promise<GraphSample> {
  const sample: GraphSample = { keys: [], names: [], ids: [], programmes: [] };
  for (let offset = 0; ; offset += 100) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
      body: JSON.stringify({
        query: `query Sample($offset: Int) { entities(first: 100, offset: $offset) { id key name kind } }`,
        variables: { offset },
      }),
    });
    const body = (await response.json()) as {
      data?: { entities: { id: string; key: string; name: string; kind: string }[] };
    };
    const page = body.data?.entities ?? [];
    for (const entity of page) {
      sample.ids.push(entity.id);
      sample.keys.push(entity.key);
      sample.names.push(entity.name);
      if (entity.kind === 'PROGRAMME') sample.programmes.push(entity.key);
    }
    if (page.length < 100) break;
  }
  if (sample.keys.length === 0) throw new Error(`could not read the graph's entities from ${url}`);
  return sample;
}

const operation = (file: string) => readFileSync(join(ROOT, 'src', 'operations', file), 'utf8');

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const between = (low: number, high: number) => low + Math.floor(Math.random() * (high - low + 1));
const RELATION_TYPES = ['FUNDS', 'MEMBER_OF', 'SUPPORTS', 'PACKAGE_OF', 'BASED_IN', 'PARTNER_OF'];
const YEARS = ['2022', '2023', '2024', '2025', '2024-06', '2025-08-13'];

interface HealthyOperation {
  name: string;
  query: string;
  variables: (graph: GraphSample) => Record<string, unknown>;
}

/** The healthy mix: what people using the explorer, analysts and frontends ask. */
export const HEALTHY_OPERATIONS: HealthyOperation[] = [
  {
    name: 'search',
    query: operation('search.graphql'),
    variables: (graph) => {
      const words = pick(graph.names).split(/\s+/);
      const word = pick(words);
      return { text: word.slice(0, between(3, Math.max(3, word.length))), first: between(5, 20) };
    },
  },
  {
    name: 'relations',
    query: operation('entity-relations.graphql'),
    variables: (graph) => ({ key: pick(graph.keys), first: between(5, 40) }),
  },
  {
    name: 'filtered relations',
    query: operation('filtered-relations.graphql'),
    variables: (graph) => ({
      key: pick(graph.keys),
      types: [pick(RELATION_TYPES)],
      first: between(5, 30),
    }),
  },
  {
    name: 'shortest path',
    query: operation('shortest-path.graphql'),
    variables: (graph) => ({ from: pick(graph.keys), to: pick(graph.keys) }),
  },
  {
    name: 'paths',
    query: operation('paths.graphql'),
    variables: (graph) => ({
      from: pick(graph.keys),
      to: pick(graph.keys),
      maxHops: between(2, 4),
      first: between(3, 10),
    }),
  },
  {
    name: 'neighbourhood',
    query: operation('neighbourhood.graphql'),
    variables: (graph) => ({ key: pick(graph.keys), depth: between(1, 2), limit: between(20, 80) }),
  },
  {
    name: 'node',
    query: operation('node.graphql'),
    variables: (graph) => ({ id: pick(graph.ids) }),
  },
  {
    name: 'explorer panel',
    query: operation('explorer/explorer-entity.graphql'),
    variables: (graph) => ({ key: pick(graph.keys), asOf: Math.random() < 0.5 ? pick(YEARS) : null }),
  },
  {
    name: 'funders as of',
    query: operation('funders-as-of.graphql'),
    variables: (graph) => ({
      key: pick(graph.programmes.length > 0 ? graph.programmes : graph.keys),
      asOf: pick(YEARS),
    }),
  },
  { name: 'PURL funders', query: operation('which-allies-funded-purl.graphql'), variables: () => ({}) },
  { name: 'war supporters', query: operation('war-supporters.graphql'), variables: () => ({}) },
];

/** A healthy request body, made afresh. */
export function healthyBody(graph: GraphSample): string {
  const chosen = pick(HEALTHY_OPERATIONS);
  return JSON.stringify({ query: chosen.query, variables: chosen.variables(graph) });
}

/** One of `users` addresses, 10.x.y.z, as a proxy would forward it. */
export function userAddress(users: number): string {
  const n = Math.floor(Math.random() * users);
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export interface AbusiveRequest {
  name: string;
  /** Whether every limit accepts it (an expensive but valid operation) or it is meant to be refused. */
  valid: boolean;
  body: (graph: GraphSample) => string;
}

const relationsSelection = 'edges { node { key name } relation { key type } }';

/** `count` path searches between random entities, each as far and wide as allowed. */
const aliasedPaths = (graph: GraphSample, count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `p${i}: paths(from: ${JSON.stringify(pick(graph.keys))}, to: ${JSON.stringify(pick(graph.keys))}, maxHops: 6, first: 100) { truncated paths { length explanation } }`,
  ).join(' ');

/** Valid operations near MAX_COST, with fresh variables each time, and operations the limits refuse. */
export function abusiveRequests(oversizedBytes: number): AbusiveRequest[] {
  const json = (query: string, variables: Record<string, unknown> = {}) =>
    JSON.stringify({ query, variables });
  let nesting = 'name';
  for (let level = 0; level < 6; level++) nesting = `name relations { edges { node { ${nesting} } } }`;
  const deepNesting = json(`{ entity(key: "nato") { ${nesting} } }`);
  const manyAliases = json(
    `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: entity(key: "nato") { name }`).join(' ')} }`,
  );
  const hugeFirst = json(
    '{ entities(first: 1000000) { name relations(first: 1000000) { edges { node { name } } } } paths(from: "netherlands", to: "wiesbaden", maxHops: 6, first: 1000000) { paths { length } } }',
  );
  const oversized = json(`# ${'x'.repeat(oversizedBytes)}\n{ stats { entityCount } }`);
  return [
    {
      name: '7 aliased paths',
      valid: true,
      body: (graph) => json(`query GreedyPaths { ${aliasedPaths(graph, 7)} }`),
    },
    {
      name: '15 aliased paths',
      valid: false,
      body: (graph) => json(`query GreedyPaths { ${aliasedPaths(graph, 15)} }`),
    },
    {
      name: 'nodes, 100 ids',
      valid: true,
      body: (graph) =>
        json(
          `query GreedyNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name relations(first: 20) { totalCount ${relationsSelection} } } } }`,
          { ids: Array.from({ length: 100 }, () => pick(graph.ids)) },
        ),
    },
    {
      name: 'pages of pages',
      valid: true,
      body: (graph) =>
        json(
          `query GreedyPages($offset: Int) { entities(first: 100, offset: $offset) { key relations(first: 20, orderBy: DATE) { totalCount ${relationsSelection} } } }`,
          { offset: between(0, Math.max(0, graph.keys.length - 100)) },
        ),
    },
    {
      name: 'deep neighbourhood',
      valid: true,
      body: (graph) =>
        json(
          `query GreedyNeighbourhood($key: String!) { neighbourhood(key: $key, depth: 4, limit: 1000) { truncated nodes { entity { key name } } edges { key } } }`,
          { key: pick(graph.keys) },
        ),
    },
    {
      name: 'nodes, 3,500 ids',
      valid: false,
      body: (graph) =>
        json(
          `query TooManyIds($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name relations(first: 100) { ${relationsSelection} } } } }`,
          { ids: Array.from({ length: 3_500 }, () => pick(graph.ids)) },
        ),
    },
    { name: 'deep nesting', valid: false, body: () => deepNesting },
    { name: 'many aliases', valid: false, body: () => manyAliases },
    { name: 'huge first', valid: false, body: () => hugeFirst },
    { name: 'oversized body', valid: false, body: () => oversized },
  ];
}
