import type { KnowledgeGraph } from './knowledge-graph.js';
import type { EntityData, RelationData } from './types.js';
import { InvalidArgumentError } from './errors.js';
import { boundedInteger, stepperWith, walkRuleFor, type WalkOptions } from './traversal.js';

export const MAX_NEIGHBOURHOOD_DEPTH = 4;
export const MAX_NEIGHBOURHOOD_LIMIT = 1000;
export const DEFAULT_NEIGHBOURHOOD_LIMIT = 100;
/** Entities a size count may reach before it stops and reports a lower bound. */
export const MAX_COUNTED = 100_000;

export interface NeighbourhoodOptions extends WalkOptions {
  /** Hops from the centre, 1 to 4. */
  depth?: number;
  /** Most entities to return, centre included. */
  limit?: number;
}

export interface NeighbourhoodNode {
  entity: EntityData;
  /** Hops from the centre. */
  depth: number;
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
    throw new InvalidArgumentError('key', `there is no entity with key "${key.slice(0, 100)}"`);
  const rule = walkRuleFor(kg, options);
  return {
    depth: boundedInteger('depth', options.depth ?? 1, 0, MAX_NEIGHBOURHOOD_DEPTH),
    limit: boundedInteger('limit', options.limit ?? DEFAULT_NEIGHBOURHOOD_LIMIT, 1, MAX_NEIGHBOURHOOD_LIMIT),
    rule,
    step: stepperWith(kg, rule),
  };
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
  const { depth, limit, rule, step } = resolve(kg, key, options);
  const depthOf = new Map<string, number>([[key, 0]]);
  const order = [key];
  let truncated = false;
  let frontier = [key];
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      step(node, (_relation, other) => {
        if (depthOf.has(other)) return false;
        if (order.length >= limit) {
          truncated = true;
          return true;
        }
        depthOf.set(other, level);
        order.push(other);
        next.push(other);
        return false;
      });
      if (truncated) break;
    }
    frontier = next;
  }
  // Relations among the returned entities, each once. A hub's relations are not all walked:
  // when an entity has more relations than there are returned entities, its relations to each
  // returned entity are looked up instead, so the cost is bounded by the limit squared.
  const edges = new Map<string, RelationData>();
  const keep = (relation: RelationData) => {
    if (!edges.has(relation.key)) edges.set(relation.key, relation);
  };
  for (const node of order) {
    if (kg.graph.degree(node) <= order.length) {
      step(node, (relation, other) => {
        if (depthOf.has(other)) keep(relation);
      });
    } else {
      for (const other of order) {
        if (rule.walkOut)
          kg.graph.forEachOutEdge(node, other, (_edge, relation) => rule.allowed(relation) && keep(relation));
        if (rule.walkIn && other !== node) {
          kg.graph.forEachOutEdge(other, node, (_edge, relation) => rule.allowed(relation) && keep(relation));
        }
      }
    }
  }
  return {
    center: kg.graph.getNodeAttributes(key),
    nodes: order.map((node) => ({ entity: kg.graph.getNodeAttributes(node), depth: depthOf.get(node) ?? 0 })),
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
  const { depth, step } = resolve(kg, key, options);
  const seen = new Set<string>([key]);
  let frontier = [key];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      step(node, (_relation, other) => {
        if (seen.has(other)) return;
        seen.add(other);
        next.push(other);
      });
      if (seen.size >= MAX_COUNTED) return { entities: seen.size, exact: false };
    }
    frontier = next;
  }
  return { entities: seen.size, exact: true };
}
