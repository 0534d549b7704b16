import { MONEY_RELATION_TYPES, sumKindOf } from './funding-stages.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { isKnownBy, periodOf } from './time.js';
import type { Citation, EntityData, PartialDate, RelationData } from './types.js';

/**
 * When each fact could first have been known: the one bound every `asOf` view uses (relations,
 * funders, funding totals, paths, neighbourhoods, the timeline and the explorer's slider), so
 * that no view shows a fact before the source allows. The rule, first that applies:
 *
 * 1. OWN_DATE: the fact's own date (its period's first day).
 * 2. QUOTED_DATE: for an undated relation, the `knownFrom` date its curator took from one of
 *    its quotes (the loader checks the quote states it): "Press conference by NATO Secretary
 *    General Mark Rutte ..., 3 December 2025" ties Rutte's office to that day.
 * 3. SOURCE_DATE for a running total ("have so far committed", "have already committed"): it
 *    is stated as of the source's date.
 * 4. PERIOD_END for a total over a period ("providing over EUR 50 billion in 2024"), or a share of
 *    one ("almost 60% of which came from European Allies and Canada"): known once the period is over.
 * 5. TIED: the latest date of what the fact involves: a dated entity at either end (an event,
 *    summit, decision or package), or the start of a programme or commitment at either end (the
 *    earliest date of an event, summit, decision or package linked to it, or of its
 *    establishment). A fact about a programme is not known before the programme appears. An
 *    undated establishment is known no later than the first other fact about what it
 *    establishes: NSATU existed by 4 August 2025, when PURL delivered through it.
 * 6. SOURCE_DATE: the date the source speaks as of (`asOf` in its front matter; for an undated
 *    page, the latest date it mentions). With several sources, the earliest.
 *
 * Where a place lies (an undated LOCATED_IN: "Wiesbaden, Germany") is not news the source
 * reports but standing geography: it has no bound.
 * No undated fact is known later than its source's date (the source knew it by then), so a tie
 * after it (an event the source announces for later) gives way to the source's date. A fact
 * whose sources give no date and that nothing ties to a date has no bound (null): it is known
 * at any date, as a standing fact.
 *
 * An entity is known from its own date, else from the earliest of its relations, else from its
 * sources' date.
 */
export type KnownFromBasis =
  | 'OWN_DATE'
  | 'QUOTED_DATE'
  | 'PERIOD_END'
  | 'TIED'
  | 'SOURCE_DATE'
  | 'FIRST_FACT';

export const KNOWN_FROM_BASES: Record<KnownFromBasis, string> = {
  OWN_DATE: "The fact's own date.",
  QUOTED_DATE:
    'An undated fact tied to a date one of its quotes states (Mark Rutte as Secretary General: the press conference of 3 December 2025).',
  PERIOD_END:
    'A total for a whole period, or a share of one: not known before the period is over (a lower bound: it was known once a source stated it, which may be later).',
  TIED: 'The date of what the fact involves: a dated event, summit, decision or package at either end, or the start of a programme or commitment at either end (its launch, establishment, the summit that made it, or its first dated package); for an undated establishment, the first other fact about what it establishes (NSATU existed by 4 August 2025, when PURL delivered through it).',
  SOURCE_DATE:
    'The date the source speaks as of (for an undated page, the latest date it mentions): for running totals ("so far", "already") and for facts nothing earlier ties to a date.',
  FIRST_FACT: 'An undated entity: the earliest known-from of the facts about it.',
};

/**
 * What every `asOf` argument does, in the words the schema gives it: bounds are the earliest the
 * source allows, so a view as of a date can hold a fact the source dates only by its year.
 */
export const AS_OF_RULE =
  'Only what could have been known by then: hides each fact whose known-from bound begins after this date (after its end, for YYYY or YYYY-MM). The bound is the earliest date the source allows: the fact\'s own date, else a date the source ties it to, else the source\'s date (`knownFrom` says which); a fact dated only "2024" counts from 1 January 2024.';

export interface KnownFrom {
  /** The bound, at the precision it has: the fact is known from its first day. */
  date: PartialDate;
  basis: KnownFromBasis;
  /** The entity whose date it is (TIED) or the relation it comes from (FIRST_FACT), else null. */
  anchor: { entity: EntityData | null; relation: RelationData | null };
  /** One sentence saying why. */
  explanation: string;
}

interface Cache {
  relations: Map<string, KnownFrom | null>;
  entities: Map<string, KnownFrom | null>;
  anchors: Map<string, Anchor | null>;
}

const caches = new WeakMap<KnowledgeGraph, Cache>();

function cacheOf(kg: KnowledgeGraph): Cache {
  let cache = caches.get(kg);
  if (!cache) {
    cache = { relations: new Map(), entities: new Map(), anchors: new Map() };
    caches.set(kg, cache);
  }
  return cache;
}

/** The earliest `asOf` of the sources cited; null when any of them has none (it bounds nothing). */
function sourceDateOf(kg: KnowledgeGraph, citations: readonly Citation[]): PartialDate | null {
  let earliest: PartialDate | null = null;
  for (const citation of citations) {
    const date = kg.sources.get(citation.source)?.asOf ?? null;
    if (date === null) return null;
    if (earliest === null || startOf(date) < startOf(earliest)) earliest = date;
  }
  return earliest;
}

function startOf(date: PartialDate): string {
  return periodOf(date)?.start ?? date;
}

const later = (a: PartialDate, b: PartialDate) => (startOf(a) >= startOf(b) ? a : b);

const START_KINDS = new Set(['EVENT', 'SUMMIT', 'DECISION', 'PACKAGE']);
const START_TYPES = new Set(['ESTABLISHED', 'PACKAGE_OF']);

/**
 * The date an entity is tied to: its own; for a programme or commitment, its start (the earliest dated event,
 * summit, decision or package linked to it, or dated ESTABLISHED or PACKAGE_OF relation into
 * it); for an undated package, its PACKAGE_OF date or its programme's start. Null otherwise.
 */
interface Anchor {
  date: PartialDate;
  entity: EntityData;
  why: string;
}

function anchorOf(kg: KnowledgeGraph, entity: EntityData): Anchor | null {
  const cache = cacheOf(kg).anchors;
  if (cache.has(entity.key)) return cache.get(entity.key)!;
  let anchor: Anchor | null = null;
  if (entity.date !== null) {
    anchor = { date: entity.date, entity, why: `${entity.name} is dated ${entity.date}` };
  } else if (entity.kind === 'PROGRAMME' || entity.kind === 'COMMITMENT') {
    let earliest: { date: PartialDate; what: string } | null = null;
    const consider = (date: PartialDate | null, what: string) => {
      if (date !== null && (earliest === null || startOf(date) < startOf(earliest.date)))
        earliest = { date, what };
    };
    kg.graph.forEachEdge(entity.key, (_edge, relation, source, target) => {
      const other = kg.graph.getNodeAttributes(source === entity.key ? target : source);
      if (START_KINDS.has(other.kind)) consider(other.date, other.name);
      if (START_TYPES.has(relation.type) && relation.to === entity.key) consider(relation.date, relation.key);
    });
    if (earliest !== null) {
      const found = earliest as { date: PartialDate; what: string };
      anchor = {
        date: found.date,
        entity,
        why: `${entity.name} starts with ${found.what} (${found.date})`,
      };
    }
  } else if (entity.kind === 'PACKAGE') {
    const link = kg.graph.findOutEdge(entity.key, (_edge, relation) => relation.type === 'PACKAGE_OF');
    if (link !== undefined) {
      const relation = kg.graph.getEdgeAttributes(link);
      if (relation.date !== null) {
        anchor = { date: relation.date, entity, why: `${entity.name} is dated ${relation.date}` };
      } else {
        const programme: Anchor | null = anchorOf(kg, kg.graph.getNodeAttributes(relation.to));
        if (programme !== null) anchor = { ...programme, why: `${entity.name} belongs to ${programme.why}` };
      }
    }
  }
  cache.set(entity.key, anchor);
  return anchor;
}

/** When the relation could first have been known, by the rule above; null when nothing bounds it. */
export function relationKnownFrom(kg: KnowledgeGraph, relation: RelationData): KnownFrom | null {
  const cache = cacheOf(kg).relations;
  if (cache.has(relation.key)) return cache.get(relation.key)!;
  const known = computeRelationKnownFrom(kg, relation);
  cache.set(relation.key, known);
  return known;
}

function computeRelationKnownFrom(kg: KnowledgeGraph, relation: RelationData): KnownFrom | null {
  const none = { entity: null, relation: null };
  if (relation.date !== null) {
    return { date: relation.date, basis: 'OWN_DATE', anchor: none, explanation: `Dated ${relation.date}.` };
  }
  if (relation.knownFrom != null) {
    return {
      date: relation.knownFrom,
      basis: 'QUOTED_DATE',
      anchor: none,
      explanation: `Undated; its quote ties it to ${relation.knownFrom}.`,
    };
  }
  // Geography: where a place lies holds at any date the graph covers.
  if (relation.type === 'LOCATED_IN') return null;
  const sourceDate = sourceDateOf(kg, relation.citations);
  const fromSource = (why: string): KnownFrom | null =>
    sourceDate === null
      ? null
      : { date: sourceDate, basis: 'SOURCE_DATE', anchor: none, explanation: `${why} ${sourceDate}.` };
  const isMoney = MONEY_RELATION_TYPES.has(relation.type) && relation.amount !== null;
  const kind = isMoney ? sumKindOf(relation) : null;
  if (kind === 'RUNNING_TOTAL' && sourceDate !== null) {
    return fromSource('A running total, stated as of the source’s date:');
  }
  // The latest date of what the relation involves.
  let tie: Anchor | null = null;
  for (const key of [relation.from, relation.to, relation.recipient]) {
    if (key === null || !kg.graph.hasNode(key)) continue;
    const anchor = anchorOf(kg, kg.graph.getNodeAttributes(key));
    if (anchor !== null && (tie === null || later(anchor.date, tie.date) === anchor.date)) tie = anchor;
  }
  const capped = (known: KnownFrom): KnownFrom | null => {
    if (sourceDate === null || startOf(known.date) <= startOf(sourceDate)) return known;
    return fromSource(`Tied to ${known.date}, later than its source's date; known from the source's date,`);
  };
  // A figure for a whole period: a total, or a share of one ("almost 60% of which" of the EUR 50
  // billion provided in 2024).
  const forPeriod =
    kind === 'PERIOD_TOTAL' || (!isMoney && relation.quantity != null && relation.date == null);
  if (forPeriod && relation.period != null) {
    const end = periodOf(relation.period)?.end ?? relation.period;
    const date = tie !== null && later(tie.date, end) === tie.date ? tie.date : end;
    return capped({
      date,
      basis: 'PERIOD_END',
      anchor: { entity: tie?.entity ?? null, relation: null },
      explanation: `A total for ${relation.period}, known once the period is over (${date}).`,
    });
  }
  if (tie !== null) {
    return capped({
      date: tie.date,
      basis: 'TIED',
      anchor: { entity: tie.entity, relation: null },
      explanation: `Undated; ${tie.why}.`,
    });
  }
  if (relation.type === 'ESTABLISHED') {
    const { first } = earliestFactAbout(kg, relation.to, true);
    if (first !== null && (sourceDate === null || startOf(first.known.date) < startOf(sourceDate))) {
      const established = kg.graph.getNodeAttributes(relation.to);
      return {
        date: first.known.date,
        basis: 'TIED',
        anchor: { entity: established, relation: first.relation },
        explanation: `Undated; ${established.name} existed by ${first.known.date}, from when a fact about it (${first.relation.key}) is known.`,
      };
    }
  }
  return fromSource('Undated and tied to no earlier date: known from its source’s date,');
}

interface EarliestFact {
  /** The earliest-bounded fact; null when none has a bound. */
  first: { relation: RelationData; known: KnownFrom } | null;
  /** Some fact has no bound at all (it is known at any date). */
  unbounded: boolean;
}

/**
 * The fact about an entity with the earliest known-from bound. On a tie, a fact whose bound is its
 * own wins over one that rests on another fact (an establishment known from the first thing the
 * entity did names that thing instead). `withoutEstablishments`: leaves its establishments out,
 * for the bound of an establishment, so that no bound rests on itself.
 */
function earliestFactAbout(kg: KnowledgeGraph, key: string, withoutEstablishments = false): EarliestFact {
  let first: EarliestFact['first'] = null;
  let unbounded = false;
  kg.graph.forEachEdge(key, (_edge, relation) => {
    if (withoutEstablishments && relation.type === 'ESTABLISHED') return;
    const bound = relationKnownFrom(kg, relation);
    if (bound === null) unbounded = true;
    else if (
      first === null ||
      startOf(bound.date) < startOf(first.known.date) ||
      (startOf(bound.date) === startOf(first.known.date) &&
        first.known.anchor.relation !== null &&
        bound.anchor.relation === null)
    )
      first = { relation, known: bound };
  });
  return { first, unbounded };
}

/** When the entity could first have been known, by the rule above; null when nothing bounds it. */
export function entityKnownFrom(kg: KnowledgeGraph, entity: EntityData): KnownFrom | null {
  const cache = cacheOf(kg).entities;
  if (cache.has(entity.key)) return cache.get(entity.key)!;
  let known: KnownFrom | null;
  if (entity.date !== null) {
    known = {
      date: entity.date,
      basis: 'OWN_DATE',
      anchor: { entity: null, relation: null },
      explanation: `Dated ${entity.date}.`,
    };
  } else if (kg.graph.degree(entity.key) > 0) {
    const { first: found, unbounded } = earliestFactAbout(kg, entity.key);
    known =
      unbounded || found === null
        ? null
        : {
            date: found.known.date,
            basis: 'FIRST_FACT',
            anchor: { entity: null, relation: found.relation },
            explanation: `Undated; the earliest fact about it (${found.relation.key}) is known from ${found.known.date}.`,
          };
  } else {
    const date = sourceDateOf(kg, entity.citations);
    known =
      date === null
        ? null
        : {
            date,
            basis: 'SOURCE_DATE',
            anchor: { entity: null, relation: null },
            explanation: `Undated and with no facts about it: known from its source's date, ${date}.`,
          };
  }
  cache.set(entity.key, known);
  return known;
}

/**
 * True when the relation is known by `day` (YYYY-MM-DD; null: no cut-off), by its known-from
 * bound. The one test every `asOf` view applies to relations.
 */
export function isRelationKnownBy(kg: KnowledgeGraph, relation: RelationData, day: string | null): boolean {
  if (day === null) return true;
  return isKnownBy(relationKnownFrom(kg, relation)?.date ?? null, day);
}

/** True when the entity is known by `day`, by its known-from bound. */
export function isEntityKnownBy(kg: KnowledgeGraph, entity: EntityData, day: string | null): boolean {
  if (day === null) return true;
  return isKnownBy(entityKnownFrom(kg, entity)?.date ?? null, day);
}

/** The later of two bounds (null bounds nothing), for a fact that rests on several. */
export function laterKnownFrom(a: KnownFrom | null, b: KnownFrom | null): KnownFrom | null {
  if (a === null) return b;
  if (b === null) return a;
  return startOf(a.date) >= startOf(b.date) ? a : b;
}
