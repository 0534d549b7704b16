import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { decodeSnapshot } from '../src/load/snapshot.js';
import { loadGraphData, DEFAULT_DATA_DIR } from '../src/load/load-graph-data.js';
import { generateSnapshot, measureShape } from '../bench/synthetic-graph.js';
import { entity, graphData, relation } from './support/fixtures.js';

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

  it("lists every entity's relations of the curated data in graphology's order", async () => {
    expectGraphologyOrder(buildKnowledgeGraph(await loadGraphData(DEFAULT_DATA_DIR)));
  });

  it('does so on a synthetic graph with hubs, built with hash-table adjacency', async () => {
    const snapshot = generateSnapshot(measureShape(await loadGraphData(DEFAULT_DATA_DIR)), 3_000, 5, 4);
    const { data } = decodeSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expectGraphologyOrder(buildKnowledgeGraph(data));
  });
});
