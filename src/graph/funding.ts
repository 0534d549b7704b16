import type { KnowledgeGraph } from './knowledge-graph.js';
import { asOfDay, isKnownBy } from './time.js';
import type { Citation, EntityData, Money, PartialDate, RelationData } from './types.js';

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
  /** The other funders of the same package. */
  cofunders: EntityData[];
  /** True for a promise (PLEDGES), false for money provided or committed (FUNDS). */
  pledged: boolean;
  citations: Citation[];
  /** The relations this record rests on: the funder's, then the package's. */
  relations: RelationData[];
}

const FUNDING_TYPES = new Set(['FUNDS', 'PLEDGES']);

export interface FundingOptions {
  /** YYYY, YYYY-MM or YYYY-MM-DD: leave out facts dated after it (undated facts stay). */
  asOf?: string | null;
}

/** FUNDS and PLEDGES relations into `key`, those known by `day` (all when day is null). */
function fundingRelationsInto(kg: KnowledgeGraph, key: string, day: string | null = null): RelationData[] {
  return kg.graph
    .filterInEdges(
      key,
      (_edge, relation) => FUNDING_TYPES.has(relation.type) && isKnownBy(relation.date, day),
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
  return {
    funder,
    recipient: programmeLink ? graph.getNodeAttributes(programmeLink.to) : target,
    via: programmeLink ? target : null,
    amount: relation.amount ?? programmeLink?.amount ?? null,
    statedEquivalent: relation.statedEquivalent ?? programmeLink?.statedEquivalent ?? null,
    date: relation.date ?? programmeLink?.date ?? target.date,
    cofunders,
    pledged: relation.type === 'PLEDGES',
    citations: mergeCitations(relation.citations, programmeLink?.citations ?? []),
    relations: programmeLink ? [relation, programmeLink] : [relation],
  };
}

function compareRecords(a: FundingRecord, b: FundingRecord): number {
  // Dated facts in order, undated ones last; then by funder for a stable order.
  const dateA = a.date ?? '\uffff';
  const dateB = b.date ?? '\uffff';
  return (
    dateA.localeCompare(dateB) ||
    a.funder.name.localeCompare(b.funder.name) ||
    a.relations[0]!.key.localeCompare(b.relations[0]!.key)
  );
}

/**
 * Who funded the entity `key` (a programme or a package), how much and when: money given to it
 * directly, and for a programme also each funder of each of its packages, `via` the package.
 * With `asOf`, only what was known by then: a record is left out when its date or the date of
 * any relation it rests on is after `asOf` (undated facts stay), and `cofunders` lists only
 * funders known by then. Returns null when there is no such entity; throws
 * InvalidArgumentError('asOf') for a date it cannot read.
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
  return relations
    .map((relation) => recordFor(kg, relation, day))
    .filter(
      (record) =>
        isKnownBy(record.date, day) && record.relations.every((relation) => isKnownBy(relation.date, day)),
    )
    .sort(compareRecords);
}

/**
 * What the entity `key` (a country, group or organisation) funded or pledged, one record per
 * relation. Returns null when there is no such entity.
 */
export function contributionsOf(kg: KnowledgeGraph, key: string): FundingRecord[] | null {
  const { graph } = kg;
  if (!graph.hasNode(key)) return null;
  return graph
    .filterOutEdges(key, (_edge, relation) => FUNDING_TYPES.has(relation.type))
    .map((edge) => recordFor(kg, graph.getEdgeAttributes(edge)))
    .sort(compareRecords);
}

/** The package's own amount, date and programme, from its PACKAGE_OF relation; null if none. */
export function packageDetails(kg: KnowledgeGraph, packageKey: string): RelationData | null {
  return kg.graph.hasNode(packageKey) ? packageOf(kg, packageKey) : null;
}
