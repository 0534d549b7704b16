import type { KnowledgeGraph } from './knowledge-graph.js';
import type { EntityData, RelationData } from './types.js';
import { InvalidArgumentError } from './errors.js';
import { didYouMeanEntity } from './key-suggestion.js';
import { boundedInteger, stepperWith, walkRuleFor, type WalkOptions } from './traversal.js';
import type { EntityKind } from './vocabulary.js';

export const MAX_NEIGHBOURHOOD_DEPTH = 4;
export const MAX_NEIGHBOURHOOD_LIMIT = 1000;
export const DEFAULT_NEIGHBOURHOOD_LIMIT = 100;
/** Entities a size count may reach before it stops and reports a lower bound. */
export const MAX_COUNTED = 100_000;
/** Entities a walk may pass through when `kinds` keeps only some: the rest is left out (truncated). */
export const MAX_WALKED = 250_000;

export interface NeighbourhoodOptions extends WalkOptions {
  /** Hops from the centre, 1 to 4. */
  depth?: number;
  /** Most entities to return, centre included. */
  limit?: number;
  /** Return only entities of these kinds (and the centre); the walk still passes through all. */
  kinds?: readonly EntityKind[] | null;
}

export interface NeighbourhoodNode {
  entity: EntityData;
  /** Hops from the centre. */
  depth: number;
  /**
   * The relations of the walk that first reached it, from the centre out (none for the centre):
   * with `kinds`, how an entity came within reach through entities that are not returned.
   */
  via: () => RelationData[];
}

export interface Neighbourhood {
  center: EntityData;
  /** Nearest first: the centre, then depth 1, and so on, in data order within a depth. */
  nodes: NeighbourhoodNode[];
  /** Every allowed relation between two returned entities, each once. */
  edges: RelationData[];
  /** True when entities within `depth` were left out to respect `limit`. */
  truncated: boolean;
}

export interface NeighbourhoodSize {
  /** Entities within `depth` of the centre, centre included. */
  entities: number;
  /** False when the count stopped at MAX_COUNTED and is a lower bound. */
  exact: boolean;
}

function resolve(kg: KnowledgeGraph, key: string, options: NeighbourhoodOptions) {
  if (!kg.graph.hasNode(key))
    throw new InvalidArgumentError(
      'key',
      `there is no entity with key "${key.slice(0, 100)}"${didYouMeanEntity(kg, key)}`,
    );
  const rule = walkRuleFor(kg, options);
  const kinds = options.kinds && options.kinds.length > 0 ? new Set<string>(options.kinds) : null;
  return {
    depth: boundedInteger('depth', options.depth ?? 1, 0, MAX_NEIGHBOURHOOD_DEPTH),
    limit: boundedInteger('limit', options.limit ?? DEFAULT_NEIGHBOURHOOD_LIMIT, 1, MAX_NEIGHBOURHOOD_LIMIT),
    rule,
    step: stepperWith(kg, rule, options.meter),
    /** True for the entities to return: all of them unless `kinds` says otherwise. */
    wanted: kinds ? (key: string) => kinds.has(kg.graph.getNodeAttributes(key).kind) : () => true,
  };
}

/** The relations from `centre` to `node` that the walk took, read back from each entity's first. */
function walkTo(
  node: string,
  centre: string,
  reachedBy: ReadonlyMap<string, RelationData | null>,
): RelationData[] {
  const path: RelationData[] = [];
  for (let at = node; at !== centre; ) {
    const relation = reachedBy.get(at);
    if (!relation) break;
    path.push(relation);
    at = relation.from === at ? relation.to : relation.from;
  }
  return path.reverse();
}

/**
 * The entities within `depth` hops of `key` and the relations among them, for drawing. A
 * breadth-first walk that stops once `limit` entities are in, so its cost follows the limit,
 * not the size of the graph; `truncated` says whether anything was left out, and
 * `neighbourhoodSize` counts how much.
 */
export function neighbourhood(
  kg: KnowledgeGraph,
  key: string,
  options: NeighbourhoodOptions = {},
): Neighbourhood {
  const { depth, limit, rule, step, wanted } = resolve(kg, key, options);
  // Every entity walked through, with the relation it was first reached by (for `via`; none for
  // the centre); `order` keeps those returned, nearest first, and `depths` their depths.
  const reachedBy = new Map<string, RelationData | null>([[key, null]]);
  const order = [key];
  const depths = [0];
  let truncated = false;
  let frontier = [key];
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      step(node, (relation, other) => {
        if (reachedBy.has(other)) return false;
        const returned = wanted(other);
        if ((returned && order.length >= limit) || reachedBy.size >= MAX_WALKED) {
          truncated = true;
          return true;
        }
        reachedBy.set(other, relation);
        if (returned) {
          order.push(other);
          depths.push(level);
        }
        next.push(other);
        return false;
      });
      if (truncated) break;
    }
    frontier = next;
  }
  const isReturned = new Set(order);
  // Relations among the returned entities, each once. A hub's relations are not all walked:
  // when an entity has more relations than there are returned entities, its relations with each
  // returned entity are read off that entity's (or, between two hubs, looked up in graphology),
  // so the cost is bounded by the limit squared.
  const edges = new Map<string, RelationData>();
  const keep = (relation: RelationData) => {
    if (!edges.has(relation.key)) edges.set(relation.key, relation);
  };
  const { positionOf, offsets, inFrom, others, relations } = kg.adjacency;
  /** Calls `visit` with each of the entries from `start` to `end` whose other end is `at`. */
  const entriesTo = (at: number, start: number, end: number) => {
    for (let k = start; k < end; k++) {
      if (others[k] === at && rule.allowed(relations[k]!)) keep(relations[k]!);
    }
  };
  for (const node of order) {
    if (kg.graph.degree(node) <= order.length) {
      step(node, (relation, other) => {
        if (isReturned.has(other)) keep(relation);
      });
      continue;
    }
    const at = positionOf.get(node)!;
    for (const other of order) {
      const o = positionOf.get(other)!;
      if (offsets[o + 1]! - offsets[o]! <= order.length) {
        // Read off the other entity's few relations, which list those between the two in the
        // same order as graphology's lookups below: node -> other, then other -> node.
        if (rule.walkOut) entriesTo(at, inFrom[o]!, offsets[o + 1]!);
        if (rule.walkIn && other !== node) entriesTo(at, offsets[o]!, inFrom[o]!);
        continue;
      }
      if (rule.walkOut)
        kg.graph.forEachOutEdge(node, other, (_edge, relation) => rule.allowed(relation) && keep(relation));
      if (rule.walkIn && other !== node) {
        kg.graph.forEachOutEdge(other, node, (_edge, relation) => rule.allowed(relation) && keep(relation));
      }
    }
  }
  return {
    center: kg.graph.getNodeAttributes(key),
    nodes: order.map((node, index) => ({
      entity: kg.graph.getNodeAttributes(node),
      depth: depths[index] ?? 0,
      via: () => walkTo(node, key, reachedBy),
    })),
    edges: [...edges.values()],
    truncated,
  };
}

/**
 * How many entities lie within `depth` of `key` under the same filters as `neighbourhood`,
 * counting at most MAX_COUNTED. The full walk a truncated neighbourhood avoids, paid only by
 * callers who ask how much was left out.
 */
export function neighbourhoodSize(
  kg: KnowledgeGraph,
  key: string,
  options: NeighbourhoodOptions = {},
): NeighbourhoodSize {
  const { depth, step, wanted } = resolve(kg, key, options);
  const seen = new Set<string>([key]);
  let counted = 1;
  let frontier = [key];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      step(node, (_relation, other) => {
        if (seen.has(other)) return;
        seen.add(other);
        if (wanted(other)) counted += 1;
        next.push(other);
      });
      if (counted >= MAX_COUNTED || seen.size >= MAX_WALKED) return { entities: counted, exact: false };
    }
    frontier = next;
  }
  return { entities: counted, exact: true };
}
