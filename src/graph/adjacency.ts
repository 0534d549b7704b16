import type { EntityGraph } from './knowledge-graph.js';
import type { RelationData } from './types.js';

/**
 * Every entity's relations as flat arrays, for walks. graphology keeps a node's neighbours in a
 * plain object per direction (a hash table on a large graph), and each walk step enumerates that
 * object with for-in, which collects and sorts its keys before the first one is visited: a
 * depth-3 neighbourhood at a million entities spent most of its 4 ms there (npm run bench:graph).
 * Here the relations of the entity at position i are entries `offsets[i]` to `offsets[i + 1]`:
 * those it points from first (up to `inFrom[i]`), then those it points to, each with the
 * position of the entity at the other end and the relation itself, in exactly the order
 * graphology's `forEachOutEdge` and `forEachInEdge` give them, so a walk over either finds the
 * same entities in the same order. A self-loop is there twice, as graphology has it.
 *
 * 24 bytes per relation (a 4-byte position and an 8-byte reference at each end) and 8 per entity.
 */
export interface Adjacency {
  /** Each entity's position (graph node order). */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Entity keys by position. */
  readonly keys: readonly string[];
  readonly offsets: Int32Array;
  /** Where each entity's relations it is pointed to by begin. */
  readonly inFrom: Int32Array;
  /** Position of the entity at the other end of each entry. */
  readonly others: Int32Array;
  /** The relation of each entry. */
  readonly relations: readonly RelationData[];
}

/** Builds the adjacency of a graph that no longer changes, from graphology's own. */
export function buildAdjacency(graph: EntityGraph): Adjacency {
  const keys = graph.nodes();
  const positionOf = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) positionOf.set(keys[i]!, i);
  const offsets = new Int32Array(keys.length + 1);
  const inFrom = new Int32Array(keys.length);
  const others = new Int32Array(2 * graph.size);
  // Filled by push: `new Array(n)` of a large n would hold its elements in a dictionary.
  const relations: RelationData[] = [];
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    offsets[i] = at;
    graph.forEachOutEdge(key, (_edge, relation, _source, target) => {
      others[at] = positionOf.get(target)!;
      relations.push(relation);
      at++;
    });
    inFrom[i] = at;
    graph.forEachInEdge(key, (_edge, relation, source) => {
      others[at] = positionOf.get(source)!;
      relations.push(relation);
      at++;
    });
  }
  offsets[keys.length] = at;
  return { positionOf, keys, offsets, inFrom, others, relations };
}
