import {
  coMembers,
  groupsOf,
  leafMembers,
  membershipChain,
  sellersTo,
  type FundingCredit,
} from './funding-groups.js';
import { stageOf, sumKindOf, type FundingShare, type FundingStage, type SumKind } from './funding-stages.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { isRelationKnownBy, laterKnownFrom, relationKnownFrom, type KnownFrom } from './known-from.js';
import { asOfDay } from './time.js';
import type { Citation, EntityData, Money, PartialDate, RelationData } from './types.js';

/** A funder's share of a package, where the source states one. */
export interface FundingShareAmount {
  share: FundingShare;
  /** The share's amount: the package's amount divided as the source says, same qualifier. */
  amount: Money;
  /** How many funders it is divided between. */
  of: number;
}

/** One funder's part in funding something, as the schema's `Funding` type shows it. */
export interface FundingRecord {
  funder: EntityData;
  /** The programme (or package, when it belongs to none) the money goes to. */
  recipient: EntityData;
  /** The package the money went through, when it did. */
  via: EntityData | null;
  /** The package's whole amount for a package: joint funders each show it, never a share. */
  amount: Money | null;
  statedEquivalent: Money | null;
  date: PartialDate | null;
  /** The period the money is for, when the source gives one (not the date of the fact). */
  period: PartialDate | null;
  /** The other funders of the same package. */
  cofunders: EntityData[];
  /** The stage the source's verb puts the money at. */
  stage: FundingStage;
  /** What the amount is; null without an amount. */
  sumKind: SumKind | null;
  /** True for announced or pledged money (not yet provided). Deprecated: see `stage`. */
  pledged: boolean;
  /** How `funder` takes part: its own money, jointly, or via a group it belongs to. */
  credit: FundingCredit;
  /** For VIA_GROUP: the group the source credits, whose whole amount this is. */
  viaGroup: EntityData | null;
  /** For VIA_GROUP: the group's other members, with whom the amount is shared. */
  sharedWith: EntityData[];
  /** The funder's share of the package, where the source states one. */
  share: FundingShareAmount | null;
  /** When the record could first have been known: the latest bound of the relations it rests on. */
  knownFrom: KnownFrom | null;
  citations: Citation[];
  /** The relations this record rests on: the funder's, then the package's. */
  relations: RelationData[];
}

const FUNDING_TYPES = new Set(['FUNDS', 'PLEDGES']);

export interface FundingOptions {
  /** YYYY, YYYY-MM or YYYY-MM-DD: only what was known by then (src/graph/known-from.ts). */
  asOf?: string | null;
  /**
   * Also a line for each member of a group funder (fundersOf) or for each group the entity
   * belongs to (contributionsOf): credit VIA_GROUP, the group's whole amount, shared.
   */
  expandGroups?: boolean | null;
}

/** FUNDS and PLEDGES relations into `key`, those known by `day` (all when day is null). */
function fundingRelationsInto(kg: KnowledgeGraph, key: string, day: string | null = null): RelationData[] {
  return kg.graph
    .filterInEdges(
      key,
      (_edge, relation) => FUNDING_TYPES.has(relation.type) && isRelationKnownBy(kg, relation, day),
    )
    .map((edge) => kg.graph.getEdgeAttributes(edge));
}

function packageOf(kg: KnowledgeGraph, packageKey: string): RelationData | null {
  const edge = kg.graph.findOutEdge(packageKey, (_edge, relation) => relation.type === 'PACKAGE_OF');
  return edge === undefined ? null : kg.graph.getEdgeAttributes(edge);
}

/** The citations of all lists, each once, in order of first appearance. */
export function mergeCitations(...lists: Citation[][]): Citation[] {
  const seen = new Set<string>();
  const merged: Citation[] = [];
  for (const citation of lists.flat()) {
    const id = `${citation.source}\u0000${citation.quote}`;
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push(citation);
  }
  return merged;
}

/** The share of a package's amount a funder's relation states, or null. */
function shareOf(
  kg: KnowledgeGraph,
  relation: RelationData,
  amount: Money | null,
): FundingShareAmount | null {
  if (relation.share == null || amount === null) return null;
  // Divided between all the package's funders, as the source states the split, whatever asOf.
  const of = fundingRelationsInto(kg, relation.to).length;
  if (of === 0) return null;
  return { share: relation.share, amount: { ...amount, value: amount.value / of }, of };
}

/**
 * The record for one FUNDS or PLEDGES relation. Money paid into a package takes the package's
 * amount and reaches the package's programme through it.
 */
function recordFor(kg: KnowledgeGraph, relation: RelationData, day: string | null = null): FundingRecord {
  const { graph } = kg;
  const funder = graph.getNodeAttributes(relation.from);
  const target = graph.getNodeAttributes(relation.to);
  const programmeLink = target.kind === 'PACKAGE' ? packageOf(kg, target.key) : null;
  const cofunders =
    target.kind === 'PACKAGE'
      ? fundingRelationsInto(kg, target.key, day)
          .filter((other) => other.from !== relation.from)
          .map((other) => graph.getNodeAttributes(other.from))
      : [];
  const amount = relation.amount ?? programmeLink?.amount ?? null;
  const stage = stageOf(relation) ?? 'PROVIDED';
  const carrier = relation.amount !== null ? relation : programmeLink;
  return {
    funder,
    recipient: programmeLink ? graph.getNodeAttributes(programmeLink.to) : target,
    via: programmeLink ? target : null,
    amount,
    statedEquivalent: relation.statedEquivalent ?? programmeLink?.statedEquivalent ?? null,
    date: relation.date ?? programmeLink?.date ?? target.date,
    period: relation.period ?? programmeLink?.period ?? null,
    cofunders,
    stage,
    sumKind: amount !== null && carrier ? sumKindOf(carrier) : null,
    pledged: stage !== 'PROVIDED',
    credit: cofunders.length > 0 ? 'JOINT' : 'OWN',
    viaGroup: null,
    sharedWith: [],
    share: shareOf(kg, relation, amount),
    knownFrom: laterKnownFrom(
      relationKnownFrom(kg, relation),
      programmeLink ? relationKnownFrom(kg, programmeLink) : null,
    ),
    citations: mergeCitations(relation.citations, programmeLink?.citations ?? []),
    relations: programmeLink ? [relation, programmeLink] : [relation],
  };
}

/** The countries a record's money buys from, who take no part in a group's share of it. */
function sellersOf(kg: KnowledgeGraph, record: FundingRecord): ReadonlySet<string> {
  return sellersTo(kg, [record.recipient, record.via]);
}

/**
 * A group's record seen from one of its members: via the group, whole amount, shared; cited by
 * the group's money and by the membership the credit rests on.
 */
function viaGroup(
  kg: KnowledgeGraph,
  record: FundingRecord,
  member: EntityData,
  day: string | null,
  sellers: ReadonlySet<string>,
): FundingRecord {
  const membership = membershipChain(kg, member.key, record.funder.key, day);
  return {
    ...record,
    funder: member,
    credit: 'VIA_GROUP',
    viaGroup: record.funder,
    sharedWith: coMembers(kg, record.funder, member, day, sellers),
    citations: mergeCitations(record.citations, ...membership.map((relation) => relation.citations)),
  };
}

function compareRecords(a: FundingRecord, b: FundingRecord): number {
  // Dated facts in order, undated ones last; then by funder for a stable order.
  const dateA = a.date ?? '\uffff';
  const dateB = b.date ?? '\uffff';
  return (
    dateA.localeCompare(dateB) ||
    a.funder.name.localeCompare(b.funder.name) ||
    a.relations[0]!.key.localeCompare(b.relations[0]!.key) ||
    (a.viaGroup?.name ?? '').localeCompare(b.viaGroup?.name ?? '')
  );
}

/**
 * Who funded the entity `key` (a programme or a package), how much and when: money given to it
 * directly, and for a programme also each funder of each of its packages, `via` the package.
 * With `asOf`, only what was known by then: a record is left out when any relation it rests on
 * is not known by then (src/graph/known-from.ts), and `cofunders` lists only funders known by
 * then. With `expandGroups`, each group funder's record is followed by one per member (credit
 * VIA_GROUP, the group's whole amount, shared with the other members). Returns null when there
 * is no such entity; throws InvalidArgumentError('asOf') for a date it cannot read.
 */
export function fundersOf(
  kg: KnowledgeGraph,
  key: string,
  options: FundingOptions = {},
): FundingRecord[] | null {
  const { graph } = kg;
  const day = asOfDay(options.asOf);
  if (!graph.hasNode(key)) return null;
  const relations = fundingRelationsInto(kg, key, day);
  graph.forEachInEdge(key, (_edge, relation) => {
    if (relation.type === 'PACKAGE_OF') relations.push(...fundingRelationsInto(kg, relation.from, day));
  });
  // Money to a combined fund the programme is part of ("CAP and related funds") is money for it
  // too, as `funding(programme)` counts it; its record keeps the combined fund as the recipient.
  if (graph.getNodeAttribute(key, 'kind') === 'PROGRAMME') {
    for (const fund of combinedFundsOf(kg, key)) relations.push(...fundingRelationsInto(kg, fund, day));
  }
  const records = relations
    .map((relation) => recordFor(kg, relation, day))
    .filter((record) => record.relations.every((relation) => isRelationKnownBy(kg, relation, day)));
  if (options.expandGroups) {
    for (const record of [...records]) {
      if (record.funder.kind !== 'GROUP') continue;
      const sellers = sellersOf(kg, record);
      for (const member of leafMembers(kg, record.funder, day)) {
        if (member.key !== record.funder.key && !sellers.has(member.key)) {
          records.push(viaGroup(kg, record, member, day, sellers));
        }
      }
    }
  }
  return records.sort(compareRecords);
}

/**
 * What the entity `key` (a country, group or organisation) funded or pledged, one record per
 * relation, known by `asOf`. With `expandGroups`, also what each group it belongs to funded,
 * as VIA_GROUP records (the group's whole amount, shared with its other members). Returns null
 * when there is no such entity.
 */
export function contributionsOf(
  kg: KnowledgeGraph,
  key: string,
  options: FundingOptions = {},
): FundingRecord[] | null {
  const { graph } = kg;
  if (!graph.hasNode(key)) return null;
  const day = asOfDay(options.asOf);
  const entity = graph.getNodeAttributes(key);
  const outOf = (funder: string) =>
    graph
      .filterOutEdges(
        funder,
        (_edge, relation) => FUNDING_TYPES.has(relation.type) && isRelationKnownBy(kg, relation, day),
      )
      .map((edge) => recordFor(kg, graph.getEdgeAttributes(edge), day))
      .filter((record) => record.relations.every((relation) => isRelationKnownBy(kg, relation, day)));
  const records = outOf(key);
  if (options.expandGroups) {
    for (const group of groupsOf(kg, key, day)) {
      for (const record of outOf(group.key)) {
        const sellers = sellersOf(kg, record);
        if (!sellers.has(key)) records.push(viaGroup(kg, record, entity, day, sellers));
      }
    }
  }
  return records.sort(compareRecords);
}

/**
 * The combined funds `programme` is part of that money goes to ("CAP and related funds" for CAP):
 * the source states a sum for the combination and none for the programme alone.
 */
export function combinedFundsOf(kg: KnowledgeGraph, programme: string): string[] {
  return kg.graph
    .filterOutEdges(programme, (_edge, relation, _source, target) => {
      return relation.type === 'PART_OF' && kg.graph.getNodeAttribute(target, 'kind') === 'PROGRAMME';
    })
    .map((edge) => kg.graph.target(edge))
    .filter((target) => kg.graph.someInEdge(target, (_edge, relation) => FUNDING_TYPES.has(relation.type)));
}

/** The package's own amount, date and programme, from its PACKAGE_OF relation; null if none. */
export function packageDetails(kg: KnowledgeGraph, packageKey: string): RelationData | null {
  return kg.graph.hasNode(packageKey) ? packageOf(kg, packageKey) : null;
}
