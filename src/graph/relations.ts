import type { KnowledgeGraph } from './knowledge-graph.js';
import type { EntityData, RelationData } from './types.js';
import type { EntityKind, RelationType } from './vocabulary.js';
import { isRelationKnownBy } from './known-from.js';
import { asOfDay } from './time.js';
import { relationTest, type RelationWhere } from './filters.js';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** A relation seen from one entity: which way it points and what is at the other end. */
export interface RelationHit {
  relation: RelationData;
  /** OUT when the entity is the relation's `from`, IN when it is its `to`. */
  direction: 'OUT' | 'IN';
  other: EntityData;
}

export type RelationOrder = 'TYPE' | 'DATE' | 'AMOUNT';

export interface RelationFilter {
  direction?: Direction;
  types?: readonly RelationType[] | null;
  otherKinds?: readonly EntityKind[] | null;
  /** Hide relations not known by this date (YYYY, YYYY-MM or YYYY-MM-DD), by their known-from bound. */
  asOf?: string | null;
  /** A where-filter, seen from the entity (src/graph/filters.ts). */
  where?: RelationWhere | null;
  /**
   * TYPE (default): by type, then date, then key. DATE: undated last. AMOUNT: by currency, then
   * value, relations without an amount last, since values in different currencies do not compare.
   */
  orderBy?: RelationOrder;
  descending?: boolean;
}

/**
 * The relations of the entity `key`, ordered by type, then date, then key, so pages are stable.
 * Returns null when there is no such entity.
 */
export function relationsOf(
  kg: KnowledgeGraph,
  key: string,
  filter: RelationFilter = {},
): RelationHit[] | null {
  const { graph } = kg;
  if (!graph.hasNode(key)) return null;
  const direction = filter.direction ?? 'BOTH';
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
  const kinds = filter.otherKinds && filter.otherKinds.length > 0 ? new Set(filter.otherKinds) : null;
  const day = asOfDay(filter.asOf);
  const where = filter.where ? relationTest(kg, filter.where, { seenFromEntity: true }) : null;
  const hits: RelationHit[] = [];
  const visit = (relation: RelationData, hitDirection: 'OUT' | 'IN', otherKey: string) => {
    if (types && !types.has(relation.type)) return;
    if (!isRelationKnownBy(kg, relation, day)) return;
    const other = graph.getNodeAttributes(otherKey);
    if (kinds && !kinds.has(other.kind)) return;
    if (where && !where(relation, key)) return;
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
  const compare = COMPARATORS[filter.orderBy ?? 'TYPE'];
  const sign = filter.descending ? -1 : 1;
  hits.sort((a, b) => compare(a.relation, b.relation, sign) || byText(a.relation.key, b.relation.key));
  return hits;
}

// Plain code-point order: stable across locales, and keys and dates are ASCII anyway.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Missing values sort last whichever way the list is ordered. */
function missingLast<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number, sign: number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return sign * compare(a, b);
}

type Comparator = (a: RelationData, b: RelationData, sign: number) => number;
const COMPARATORS: Record<RelationOrder, Comparator> = {
  TYPE: (a, b, sign) => sign * (byText(a.type, b.type) || byText(a.date ?? '', b.date ?? '')),
  DATE: (a, b, sign) => missingLast(a.date, b.date, byText, sign),
  AMOUNT: (a, b, sign) =>
    missingLast(
      a.amount,
      b.amount,
      (x, y) => byText(x.currency ?? '', y.currency ?? '') || x.value - y.value,
      sign,
    ),
};

/** How many of the hits are of each relation type, most frequent first. */
export function countByType(hits: readonly RelationHit[]): { type: RelationType; count: number }[] {
  const counts = new Map<RelationType, number>();
  for (const hit of hits) counts.set(hit.relation.type, (counts.get(hit.relation.type) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || byText(a.type, b.type));
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
export function membershipOf(
  kg: KnowledgeGraph,
  memberKey: string,
  organisationKey: string,
): RelationData | null {
  if (!kg.graph.hasNode(memberKey) || !kg.graph.hasNode(organisationKey)) return null;
  const edge = kg.graph.findOutEdge(
    memberKey,
    (_edge, relation, _source, target) => relation.type === 'MEMBER_OF' && target === organisationKey,
  );
  return edge === undefined ? null : kg.graph.getEdgeAttributes(edge);
}
