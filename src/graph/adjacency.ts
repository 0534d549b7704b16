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

/** An array index ("0" to "4294967294"): for-in gives such keys first, in numeric order. */
const isArrayIndex = (key: string) => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;

/**
 * Builds the adjacency of a graph that no longer changes. `relations` are the graph's relations
 * in the order they were added; `ends`, when given, the positions of each one's ends.
 *
 * graphology lists a node's relations one neighbour at a time, neighbours in the order of their
 * first relation with the node (for-in over its adjacency object), and a neighbour's relations
 * newest first (a linked list it prepends to). That order is rebuilt here from the relations
 * in a few passes over typed arrays, rather than by enumerating a million adjacency objects
 * (which took as long as a fifth of adding the relations, npm run bench:graph). Keys that are
 * array indexes ("2024") come first in a for-in, so a graph with such keys is read from
 * graphology instead.
 */
export function buildAdjacency(
  graph: EntityGraph,
  relations: readonly RelationData[],
  ends?: { from: ArrayLike<number>; to: ArrayLike<number> },
): Adjacency {
  const keys = graph.nodes();
  const positionOf = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) positionOf.set(keys[i]!, i);
  if (relations.length !== graph.size || keys.some(isArrayIndex)) {
    return readAdjacency(graph, keys, positionOf);
  }
  const n = keys.length;
  const m = relations.length;
  const given = ends && ends.from.length === m && ends.to.length === m ? ends : null;
  // Two allocations, not fifteen: a large typed array counts as external memory, which V8 may
  // answer with a collection of the whole heap, 2 GB of graph at a million entities.
  const kept = new Int32Array(n + 1 + n + 2 * m);
  const offsets = kept.subarray(0, n + 1);
  const inFrom = kept.subarray(n + 1, 2 * n + 1);
  const others = kept.subarray(2 * n + 1);
  const scratch = new Int32Array(7 * m + 6 * n + 2);
  let used = 0;
  const take = (length: number) => {
    const part = scratch.subarray(used, used + length);
    used += length;
    return part;
  };
  const from = take(m);
  const to = take(m);
  for (let e = 0; e < m; e++) {
    from[e] = given ? given.from[e]! : positionOf.get(relations[e]!.from)!;
    to[e] = given ? given.to[e]! : positionOf.get(relations[e]!.to)!;
  }
  // Each entity's block: its out entries, then its in entries.
  for (let e = 0; e < m; e++) {
    offsets[from[e]! + 1]!++;
    offsets[to[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const outCount = take(n);
  for (let e = 0; e < m; e++) outCount[from[e]!]!++;
  for (let i = 0; i < n; i++) inFrom[i] = offsets[i]! + outCount[i]!;
  // Each entity's out and in relations in the order they were added, by counting sort.
  const byOut = take(m);
  const byIn = take(m);
  const outStart = take(n + 1);
  const inStart = take(n + 1);
  for (let i = 0; i < n; i++) {
    outStart[i + 1] = outStart[i]! + outCount[i]!;
    inStart[i + 1] = inStart[i]! + (offsets[i + 1]! - inFrom[i]!);
  }
  const outFill = take(n);
  const inFill = take(n);
  outFill.set(outStart.subarray(0, n));
  inFill.set(inStart.subarray(0, n));
  for (let e = 0; e < m; e++) {
    byOut[outFill[from[e]!]!++] = e;
    byIn[inFill[to[e]!]!++] = e;
  }
  const ids = take(2 * m);
  // Scratch for one entity at a time: the group of each neighbour (-1 when not seen yet).
  const groupOf = take(n).fill(-1);
  const groups = take(m);
  const groupSize: number[] = [];
  const place = (list: Int32Array, start: number, end: number, other: Int32Array, at: number) => {
    groupSize.length = 0;
    for (let j = start; j < end; j++) {
      const neighbour = other[list[j]!]!;
      let group = groupOf[neighbour]!;
      if (group === -1) {
        group = groupSize.length;
        groupOf[neighbour] = group;
        groupSize.push(0);
      }
      groups[j] = group;
      groupSize[group]! += 1;
    }
    // Groups in order of first appearance, each filled newest first.
    let next = at;
    for (let g = 0; g < groupSize.length; g++) {
      const size = groupSize[g]!;
      groupSize[g] = next;
      next += size;
    }
    for (let j = end - 1; j >= start; j--) {
      const e = list[j]!;
      const k = groupSize[groups[j]!]!++;
      others[k] = other[e]!;
      ids[k] = e;
    }
    for (let j = start; j < end; j++) groupOf[other[list[j]!]!] = -1;
  };
  for (let i = 0; i < n; i++) {
    place(byOut, outStart[i]!, outStart[i + 1]!, to, offsets[i]!);
    place(byIn, inStart[i]!, inStart[i + 1]!, from, inFrom[i]!);
  }
  const entries: RelationData[] = new Array(2 * m);
  for (let k = 0; k < 2 * m; k++) entries[k] = relations[ids[k]!]!;
  return { positionOf, keys, offsets, inFrom, others, relations: entries };
}

/** The same adjacency, read from graphology's own (for keys it orders differently). */
function readAdjacency(graph: EntityGraph, keys: string[], positionOf: Map<string, number>): Adjacency {
  const offsets = new Int32Array(keys.length + 1);
  const inFrom = new Int32Array(keys.length);
  const others = new Int32Array(2 * graph.size);
  const relations: RelationData[] = [];
  let at = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    offsets[i] = at;
    graph.forEachOutEdge(key, (_edge, relation, _source, target) => {
      others[at++] = positionOf.get(target)!;
      relations.push(relation);
    });
    inFrom[i] = at;
    graph.forEachInEdge(key, (_edge, relation, source) => {
      others[at++] = positionOf.get(source)!;
      relations.push(relation);
    });
  }
  offsets[keys.length] = at;
  return { positionOf, keys, offsets, inFrom, others, relations };
}
