import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { decodeSnapshot } from '../src/load/snapshot.js';
import { loadGraphData, DEFAULT_DATA_DIR } from '../src/load/load-graph-data.js';
import { generateSnapshot, measureShape } from '../bench/synthetic-graph.js';
import { entity, graphData, relation } from './support/fixtures.js';
import { neighbourhood } from '../src/graph/neighbourhood.js';
import type { EntityData, RelationData } from '../src/graph/types.js';

/** Each entity's relations as graphology lists them: out, then in, with the entity at the other end. */
function graphologyOrder(kg: KnowledgeGraph, key: string) {
  const entries: [string, string][] = [];
  kg.graph.forEachOutEdge(key, (edge, _relation, _source, target) => entries.push([edge, target]));
  const out = entries.length;
  kg.graph.forEachInEdge(key, (edge, _relation, source) => entries.push([edge, source]));
  return { entries, out };
}

function adjacencyOrder(kg: KnowledgeGraph, key: string) {
  const { positionOf, keys, offsets, inFrom, others, relations } = kg.adjacency;
  const at = positionOf.get(key)!;
  const entries: [string, string][] = [];
  for (let k = offsets[at]!; k < offsets[at + 1]!; k++) entries.push([relations[k]!.key, keys[others[k]!]!]);
  return { entries, out: inFrom[at]! - offsets[at]! };
}

function expectGraphologyOrder(kg: KnowledgeGraph) {
  expect(kg.adjacency.keys).toEqual(kg.graph.nodes());
  expect(kg.adjacency.offsets.at(-1)).toBe(2 * kg.graph.size);
  kg.graph.forEachNode((key) => expect(adjacencyOrder(kg, key)).toEqual(graphologyOrder(kg, key)));
}

describe('the flat adjacency that walks read', () => {
  it("lists parallel relations and self-loops in graphology's order", () => {
    const kg = buildKnowledgeGraph(
      graphData(
        [entity('a', 'COUNTRY'), entity('b', 'COUNTRY'), entity('c', 'ORGANISATION')],
        [
          relation('a-c-1', 'MEMBER_OF', 'a', 'c'),
          relation('b-c', 'MEMBER_OF', 'b', 'c'),
          relation('a-a', 'SUPPORTS', 'a', 'a'),
          relation('a-c-2', 'SUPPORTS', 'a', 'c'),
          relation('c-a', 'SUPPORTS', 'c', 'a'),
          relation('a-b', 'SUPPORTS', 'a', 'b'),
          relation('a-c-3', 'FUNDS', 'a', 'c'),
        ],
      ),
    );
    // graphology gives a neighbour's parallel relations newest first.
    expect(
      adjacencyOrder(kg, 'a')
        .entries.slice(0, 3)
        .map(([edge]) => edge),
    ).toEqual(['a-c-3', 'a-c-2', 'a-c-1']);
    expectGraphologyOrder(kg);
  });

  it('lists them so when keys are array indexes, which for-in gives first', () => {
    const kg = buildKnowledgeGraph(
      graphData(
        [
          entity('b', 'COUNTRY'),
          entity('2024', 'ORGANISATION'),
          entity('a', 'ORGANISATION'),
          entity('7', 'COUNTRY'),
        ],
        [
          relation('b-a', 'MEMBER_OF', 'b', 'a'),
          relation('b-2024', 'MEMBER_OF', 'b', '2024'),
          relation('7-2024', 'MEMBER_OF', '7', '2024'),
          relation('b-2024-2', 'SUPPORTS', 'b', '2024'),
          relation('7-a', 'MEMBER_OF', '7', 'a'),
        ],
      ),
    );
    expect(adjacencyOrder(kg, 'b').entries.map(([edge]) => edge)).toEqual(['b-2024-2', 'b-2024', 'b-a']);
    expectGraphologyOrder(kg);
  });

  it("lists every entity's relations of the curated data in graphology's order", async () => {
    expectGraphologyOrder(buildKnowledgeGraph(await loadGraphData(DEFAULT_DATA_DIR)));
  });

  it('does so on a synthetic graph with hubs, built with hash-table adjacency', async () => {
    const snapshot = generateSnapshot(measureShape(await loadGraphData(DEFAULT_DATA_DIR)), 3_000, 5, 4);
    const { data } = decodeSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expectGraphologyOrder(buildKnowledgeGraph(data));
  });

  it("answers graphology's own questions on a large graph as a plain graphology graph does", async () => {
    const snapshot = generateSnapshot(measureShape(await loadGraphData(DEFAULT_DATA_DIR)), 3_000, 5, 4);
    const { data } = decodeSnapshot(JSON.parse(JSON.stringify(snapshot)));
    const kg = buildKnowledgeGraph(data);
    // Large enough that its adjacency objects are the prototype-less hash tables.
    expect(data.relations.length).toBeGreaterThanOrEqual(10_000);
    const plain = new MultiDirectedGraph<EntityData, RelationData>({ allowSelfLoops: true });
    for (const entity of data.entities) plain.addNode(entity.key, entity);
    for (const r of data.relations) plain.addDirectedEdgeWithKey(r.key, r.from, r.to, r);
    const keys = data.entities.map((entity) => entity.key);
    const pairs: [string, string][] = data.relations.slice(0, 2_000).flatMap((r): [string, string][] => [
      [r.from, r.to],
      [r.to, r.from],
    ]);
    for (let i = 0; i < 2_000; i++)
      pairs.push([keys[(i * 7919) % keys.length]!, keys[(i * 104729) % keys.length]!]);
    pairs.push(['no-such-entity', keys[0]!], [keys[0]!, 'no-such-entity'], ['toString', 'constructor']);
    const ask = (graph: MultiDirectedGraph<EntityData, RelationData>, [source, target]: [string, string]) => [
      graph.hasEdge(source, target),
      graph.hasDirectedEdge(source, target),
      graph.hasUndirectedEdge(source, target),
      graph.hasNode(source) && graph.hasNode(target) ? graph.areNeighbors(source, target) : null,
      graph.hasNode(source) && graph.hasNode(target) ? graph.edges(source, target) : null,
    ];
    expect(pairs.map((pair) => ask(kg.graph, pair))).toEqual(pairs.map((pair) => ask(plain, pair)));
    const answered = pairs.map((pair) => ask(kg.graph, pair)[0]);
    expect(answered).toContain(true);
    expect(answered).toContain(false);
    for (const r of data.relations.slice(0, 200)) {
      expect(kg.graph.hasEdge(r.key)).toBe(true);
      expect(kg.graph.hasDirectedEdge(r.key)).toBe(true);
    }
    expect(kg.graph.hasEdge('no-such-relation')).toBe(false);
    expect(kg.graph.outNeighbors(keys[0]!)).toEqual(plain.outNeighbors(keys[0]!));
  });
});

/**
 * The neighbourhood as it was computed over graphology's own adjacency before walks read the
 * flat one (every relation type, both ways, no date): the same entities and relations, in the
 * same order, is what the flat adjacency must give.
 */
function neighbourhoodOverGraphology(kg: KnowledgeGraph, key: string, depth: number, limit: number) {
  const depthOf = new Map<string, number>([[key, 0]]);
  const order = [key];
  let truncated = false;
  let frontier = [key];
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      const visit = (other: string) => {
        if (depthOf.has(other)) return false;
        if (order.length >= limit) {
          truncated = true;
          return true;
        }
        depthOf.set(other, level);
        order.push(other);
        next.push(other);
        return false;
      };
      kg.graph.findOutEdge(node, (_edge, _relation, _source, target) => visit(target)) ??
        kg.graph.findInEdge(node, (_edge, _relation, source) => source !== node && visit(source));
      if (truncated) break;
    }
    frontier = next;
  }
  const returned = new Set(order);
  const edges = new Map<string, RelationData>();
  const keep = (_edge: string, relation: RelationData) => {
    if (!edges.has(relation.key)) edges.set(relation.key, relation);
  };
  for (const node of order) {
    if (kg.graph.degree(node) <= order.length) {
      kg.graph.forEachOutEdge(
        node,
        (edge, relation, _source, target) => returned.has(target) && keep(edge, relation),
      );
      kg.graph.forEachInEdge(
        node,
        (edge, relation, source) => source !== node && returned.has(source) && keep(edge, relation),
      );
    } else {
      for (const other of order) {
        kg.graph.forEachOutEdge(node, other, keep);
        if (other !== node) kg.graph.forEachOutEdge(other, node, keep);
      }
    }
  }
  return { order, depths: order.map((node) => depthOf.get(node)), edges: [...edges.keys()], truncated };
}

describe('neighbourhoods read off the flat adjacency', () => {
  it("are graphology's, entity for entity and relation for relation, on the curated data and a graph with hubs", async () => {
    const real = buildKnowledgeGraph(await loadGraphData(DEFAULT_DATA_DIR));
    const snapshot = generateSnapshot(measureShape(await loadGraphData(DEFAULT_DATA_DIR)), 3_000, 5, 4);
    const synthetic = buildKnowledgeGraph(decodeSnapshot(JSON.parse(JSON.stringify(snapshot))).data);
    let hubs = 0;
    for (const [kg, centres] of [
      [real, real.graph.nodes()],
      [synthetic, synthetic.graph.nodes().filter((_key, i) => i % 20 === 0)],
    ] as const) {
      for (const key of centres) {
        for (const [depth, limit] of [
          [1, 1000],
          [2, 30],
          [3, 100],
        ] as const) {
          const found = neighbourhood(kg, key, { depth, limit });
          const expected = neighbourhoodOverGraphology(kg, key, depth, limit);
          expect({
            order: found.nodes.map((node) => node.entity.key),
            depths: found.nodes.map((node) => node.depth),
            edges: found.edges.map((edge) => edge.key),
            truncated: found.truncated,
          }).toEqual(expected);
          hubs += expected.order.filter((node) => kg.graph.degree(node) > expected.order.length).length;
        }
      }
    }
    // The comparison went through the hubs' branch, not only the plain walk.
    expect(hubs).toBeGreaterThan(100);
  });
});
