import { InvalidArgumentError } from './errors.js';
import { didYouMeanEntity } from './key-suggestion.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { formatMoney } from './money.js';
import { asOfDay, overlaps, parseDateArgument } from './time.js';
import type { Citation, EntityData, PartialDate, RelationData } from './types.js';
import { phraseOf } from './funding-stages.js';
import { isEntityKnownBy, isRelationKnownBy } from './known-from.js';

/** RELATION: a dated relation. ENTITY: a dated entity (an event, summit, decision, package). */
export type TimelineEntryKind = 'RELATION' | 'ENTITY';

export interface TimelineEntry {
  /** Stable across reloads: `relation:<key>` or `entity:<key>` (the two key spaces are separate). */
  key: string;
  kind: TimelineEntryKind;
  date: PartialDate;
  relation: RelationData | null;
  entity: EntityData | null;
  citations: Citation[];
  /** One line for a reader: "Germany funds PURL package funded by Germany (13 August 2025)". */
  summary: string;
}

export interface TimelineOptions {
  /** YYYY, YYYY-MM or YYYY-MM-DD: entries whose date reaches into or past it. */
  from?: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD: entries whose date starts by its end. */
  to?: string | null;
  /** An entity key: only facts touching it (see `timeline`). */
  about?: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD: only facts known by then (src/graph/known-from.ts). */
  asOf?: string | null;
}

function relationSummary(kg: KnowledgeGraph, relation: RelationData): string {
  const name = (key: string) => kg.graph.getNodeAttributes(key).name;
  const amount = relation.amount ? `: ${formatMoney(relation.amount)}` : '';
  const recipient = relation.recipient ? ` to ${name(relation.recipient)}` : '';
  return `${name(relation.from)} ${phraseOf(relation)} ${name(relation.to)}${recipient}${amount}`;
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  // A partial date sorts before the days of its period ("2025" < "2025-01-01"), so the coarser
  // fact comes first; on the same date a dated entity precedes the relations about it.
  return a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key);
}

/**
 * Dated facts in date order: every relation with a date and every entity with a date, each
 * with its citations. `from` and `to` keep the entries whose date overlaps the range (a
 * year-precise "2025" is in a range from 2025-08-01). `about` keeps the relations that have
 * the entity at either end (or as recipient) and the dated entities that are it or one
 * relation away from it. Throws InvalidArgumentError naming `from`, `to` or `about` for an
 * unreadable date, a `to` before `from`, or an unknown entity key.
 */
export function timeline(kg: KnowledgeGraph, options: TimelineOptions = {}): TimelineEntry[] {
  const { graph } = kg;
  const from = options.from == null ? null : parseDateArgument('from', options.from).start;
  const to = options.to == null ? null : parseDateArgument('to', options.to).end;
  if (from !== null && to !== null && from > to) {
    throw new InvalidArgumentError('to', `to (${options.to}) must not be before from (${options.from})`);
  }
  const about = options.about ?? null;
  if (about !== null && !graph.hasNode(about)) {
    throw new InvalidArgumentError(
      'about',
      `about must be an entity key, and there is no entity "${about.slice(0, 60)}"${didYouMeanEntity(kg, about)}`,
    );
  }
  const day = asOfDay(options.asOf);
  const inRange = (date: PartialDate | null): date is PartialDate =>
    date !== null && overlaps(date, from, to);

  const entries: TimelineEntry[] = [];
  const addEntity = (entity: EntityData) => {
    if (!inRange(entity.date) || !isEntityKnownBy(kg, entity, day)) return;
    entries.push({
      key: `entity:${entity.key}`,
      kind: 'ENTITY',
      date: entity.date,
      relation: null,
      entity,
      citations: entity.citations,
      summary: `${entity.name} (${entity.kind.toLowerCase()})`,
    });
  };
  const addRelation = (relation: RelationData) => {
    if (!inRange(relation.date) || !isRelationKnownBy(kg, relation, day)) return;
    entries.push({
      key: `relation:${relation.key}`,
      kind: 'RELATION',
      date: relation.date,
      relation,
      entity: null,
      citations: relation.citations,
      summary: relationSummary(kg, relation),
    });
  };

  if (about === null) {
    graph.forEachNode((_key, entity) => addEntity(entity));
    graph.forEachEdge((_edge, relation) => addRelation(relation));
  } else {
    addEntity(graph.getNodeAttributes(about));
    graph.forEachNeighbor(about, (key, entity) => {
      if (key !== about) addEntity(entity);
    });
    graph.forEachEdge((_edge, relation) => {
      if (relation.from === about || relation.to === about || relation.recipient === about)
        addRelation(relation);
    });
  }
  return entries.sort(compareEntries);
}
