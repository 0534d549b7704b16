import type { KnowledgeGraph } from './knowledge-graph.js';
import { isRelationKnownBy } from './known-from.js';
import type { EntityData, RelationData } from './types.js';

/**
 * Groups as funders. The source often credits a group ("Allies have pledged", "Nordic and Baltic
 * Allies to fund", "NATO Allies and partners fund"), never saying what each member gave. So a
 * group's amount is the group's: a member takes part in it only `via` the group, with the whole
 * amount shown once and shared with the group's other members, and never as its own. Groups may
 * contain groups ("NATO Allies and partners" contains "NATO Allies"); a group whose members the
 * source does not name (the partners) stands for itself. A member the money buys from takes no
 * part in it (`sellersTo`).
 */

/** How a funder takes part in a sum. */
export type FundingCredit = 'OWN' | 'JOINT' | 'VIA_GROUP';

export const FUNDING_CREDITS: Record<FundingCredit, string> = {
  OWN: 'Its own money, as the source credits it to this funder alone.',
  JOINT:
    'Funded jointly with the co-funders the source names: the whole amount is shown, never split unless the source states the shares.',
  VIA_GROUP:
    "Through a group it belongs to, which the source credits: the group's whole amount, shared with the group's other members; the source does not say what this member gave, so it is never this member's own. A member the money buys from is not credited (PURL buys from the United States \"by other NATO Allies\").",
};

const byName = (a: EntityData, b: EntityData) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key);

/** The direct members of a group known by `day`, in name order. */
function directMembers(kg: KnowledgeGraph, group: string, day: string | null): EntityData[] {
  if (!kg.graph.hasNode(group)) return [];
  return kg.graph
    .filterInEdges(
      group,
      (_edge, relation) => relation.type === 'MEMBER_OF' && isRelationKnownBy(kg, relation, day),
    )
    .map((edge) => kg.graph.getNodeAttributes(kg.graph.source(edge)))
    .sort(byName);
}

/**
 * What a funder stands for: a group's members, groups among them expanded in turn, known by
 * `day`; a group with no known members (or any other funder) stands for itself. In name order.
 */
export function leafMembers(kg: KnowledgeGraph, funder: EntityData, day: string | null): EntityData[] {
  const found = new Map<string, EntityData>();
  const seen = new Set<string>();
  const visit = (entity: EntityData) => {
    if (seen.has(entity.key)) return;
    seen.add(entity.key);
    const members = entity.kind === 'GROUP' ? directMembers(kg, entity.key, day) : [];
    if (members.length === 0) found.set(entity.key, entity);
    else members.forEach(visit);
  };
  visit(funder);
  return [...found.values()].sort(byName);
}

/** The groups `member` belongs to, directly or through other groups, known by `day`, in name order. */
export function groupsOf(kg: KnowledgeGraph, member: string, day: string | null): EntityData[] {
  const found = new Map<string, EntityData>();
  const walk = (key: string) => {
    kg.graph.forEachOutEdge(key, (_edge, relation, _source, target) => {
      if (relation.type !== 'MEMBER_OF' || !isRelationKnownBy(kg, relation, day)) return;
      const group = kg.graph.getNodeAttributes(target);
      if (group.kind !== 'GROUP' || found.has(group.key)) return;
      found.set(group.key, group);
      walk(group.key);
    });
  };
  if (kg.graph.hasNode(member)) walk(member);
  return [...found.values()].sort(byName);
}

/**
 * The countries money for `targets` (a programme, the package it went through) buys from: their
 * SOURCES_FROM relations. A group's money for them is not its sellers' money: PURL is "the
 * purchase of critical defence equipment from the United States by other NATO Allies", so the
 * United States is neither credited via "Allies" with the Allies' PURL money nor among those it
 * is shared with. A seller the group names as a funder in its own right would still be credited.
 */
export function sellersTo(kg: KnowledgeGraph, targets: readonly (EntityData | null)[]): ReadonlySet<string> {
  const sellers = new Set<string>();
  for (const target of targets) {
    if (target === null || !kg.graph.hasNode(target.key)) continue;
    kg.graph.forEachOutEdge(target.key, (_edge, relation) => {
      if (relation.type === 'SOURCES_FROM') sellers.add(relation.to);
    });
  }
  return sellers;
}

/**
 * The members a member shares a group's sum with: the group's leaf members other than the
 * member's own (a country is its own; a group inside the group stands for its members), and
 * other than `sellers`, who take no part in it.
 */
export function coMembers(
  kg: KnowledgeGraph,
  group: EntityData,
  member: EntityData,
  day: string | null,
  sellers: ReadonlySet<string> = new Set(),
): EntityData[] {
  const own = new Set(leafMembers(kg, member, day).map((entity) => entity.key));
  return leafMembers(kg, group, day).filter(
    (entity) => !own.has(entity.key) && entity.key !== member.key && !sellers.has(entity.key),
  );
}

/**
 * The MEMBER_OF relations by which `member` belongs to `group`, known by `day`: the shortest
 * chain (a country in "NATO Allies" in "NATO Allies and partners"), empty when it does not. A
 * credit via the group rests on them as much as on the group's own money, so their citations
 * (the compiled list of members, for the Allies) go with it.
 */
export function membershipChain(
  kg: KnowledgeGraph,
  member: string,
  group: string,
  day: string | null,
): RelationData[] {
  if (!kg.graph.hasNode(member)) return [];
  const reachedBy = new Map<string, RelationData | null>([[member, null]]);
  const queue = [member];
  for (let at = 0; at < queue.length && !reachedBy.has(group); at++) {
    kg.graph.forEachOutEdge(queue[at]!, (_edge, relation, _source, target) => {
      if (relation.type !== 'MEMBER_OF' || reachedBy.has(target) || !isRelationKnownBy(kg, relation, day))
        return;
      reachedBy.set(target, relation);
      queue.push(target);
    });
  }
  const chain: RelationData[] = [];
  for (let relation = reachedBy.get(group); relation; relation = reachedBy.get(relation.from)) {
    chain.unshift(relation);
  }
  return chain;
}
