import type { KnowledgeGraph } from './knowledge-graph.js';
import type { EntityData, RelationData } from './types.js';
import type { EntityKind, RelationType } from './vocabulary.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** A relation seen from one entity: which way it points and what is at the other end. */
export interface RelationHit {
  relation: RelationData;
  /** OUT when the entity is the relation's `from`, IN when it is its `to`. */
  direction: 'OUT' | 'IN';
  other: EntityData;
}

export interface RelationFilter {
  direction?: Direction;
  types?: readonly RelationType[] | null;
  otherKinds?: readonly EntityKind[] | null;
}

/**
 * The relations of the entity `key`, ordered by type, then date, then key, so pages are stable.
 * Returns null when there is no such entity.
 */
export function relationsOf(kg: KnowledgeGraph, key: string, filter: RelationFilter = {}): RelationHit[] | null {
  const { graph } = kg;
  if (!graph.hasNode(key)) return null;
  const direction = filter.direction ?? 'BOTH';
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
  const kinds = filter.otherKinds && filter.otherKinds.length > 0 ? new Set(filter.otherKinds) : null;
  const hits: RelationHit[] = [];
  const visit = (relation: RelationData, hitDirection: 'OUT' | 'IN', otherKey: string) => {
    if (types && !types.has(relation.type)) return;
    const other = graph.getNodeAttributes(otherKey);
    if (kinds && !kinds.has(other.kind)) return;
    hits.push({ relation, direction: hitDirection, other });
  };
  if (direction !== 'IN') {
    graph.forEachOutEdge(key, (_edge, relation, _source, target) => visit(relation, 'OUT', target));
  }
  if (direction !== 'OUT') {
    // A self-loop is already listed as OUT when both directions are asked for.
    graph.forEachInEdge(key, (_edge, relation, source) => {
      if (direction === 'BOTH' && source === key) return;
      visit(relation, 'IN', source);
    });
  }
  hits.sort(compareHits);
  return hits;
}

function compareHits(a: RelationHit, b: RelationHit): number {
  return (
    a.relation.type.localeCompare(b.relation.type) ||
    (a.relation.date ?? '').localeCompare(b.relation.date ?? '') ||
    a.relation.key.localeCompare(b.relation.key)
  );
}

/** The entities at the other end of `key`'s relations of the given types, without repeats. */
export function neighboursOf(
  kg: KnowledgeGraph,
  key: string,
  types: readonly RelationType[],
  direction: Direction,
  otherKinds?: readonly EntityKind[],
): EntityData[] {
  const hits = relationsOf(kg, key, { types, direction, otherKinds: otherKinds ?? null }) ?? [];
  const seen = new Map<string, EntityData>();
  for (const hit of hits) seen.set(hit.other.key, hit.other);
  return [...seen.values()];
}

/** The MEMBER_OF relation from `memberKey` to `organisationKey`, or null when there is none. */
export function membershipOf(kg: KnowledgeGraph, memberKey: string, organisationKey: string): RelationData | null {
  if (!kg.graph.hasNode(memberKey) || !kg.graph.hasNode(organisationKey)) return null;
  const edge = kg.graph.findOutEdge(memberKey, (_edge, relation, _source, target) => relation.type === 'MEMBER_OF' && target === organisationKey);
  return edge === undefined ? null : kg.graph.getEdgeAttributes(edge);
}
