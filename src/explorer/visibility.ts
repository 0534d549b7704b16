import { isKnownBy, periodOf } from '../graph/time.js';
import type { EntityKind, RelationType } from './generated/graphql.js';

export interface DrawnEntity {
  key: string;
  kind: EntityKind;
  /** The entity's known-from bound, as the API gives it (`knownFrom.date`); null: no bound. */
  knownFrom: string | null;
}

export interface DrawnRelation {
  key: string;
  type: RelationType;
  /** The relation's known-from bound, as the API gives it (`knownFrom.date`); null: no bound. */
  knownFrom: string | null;
  from: string;
  to: string;
}

export interface VisibilityFilter {
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenTypes: ReadonlySet<RelationType>;
  /** YYYY-MM-DD, or null for no cut-off. */
  asOf: string | null;
}

/**
 * What the drawing shows under the filters. Dates follow the service's own rule, with the
 * service's own function (src/graph/time.ts) applied to each fact's known-from bound, which the
 * service computes (src/graph/known-from.ts: its date, or the date the source ties it to): a fact
 * is known once the bound's period has started. As of a day, an entity is shown when it is known itself and either
 * has no relations at all or has one known by then: a package announced later, or a country
 * whose every tie here came later, is not yet part of the story. Kind and type filters only
 * hide; they never make an entity "unknown". `known` is what the date alone leaves.
 */
export function visibleParts(
  entities: readonly DrawnEntity[],
  relations: readonly DrawnRelation[],
  filter: VisibilityFilter,
): { entities: Set<string>; relations: Set<string>; known: Set<string> } {
  const known = new Set<string>();
  const hasRelations = new Set<string>();
  const hasKnownRelation = new Set<string>();
  const knownRelations: DrawnRelation[] = [];
  for (const relation of relations) {
    hasRelations.add(relation.from).add(relation.to);
    if (!isKnownBy(relation.knownFrom, filter.asOf)) continue;
    knownRelations.push(relation);
    hasKnownRelation.add(relation.from).add(relation.to);
  }
  for (const entity of entities) {
    if (!isKnownBy(entity.knownFrom, filter.asOf)) continue;
    if (filter.asOf !== null && hasRelations.has(entity.key) && !hasKnownRelation.has(entity.key)) continue;
    known.add(entity.key);
  }
  const visibleEntities = new Set<string>();
  for (const entity of entities) {
    if (known.has(entity.key) && !filter.hiddenKinds.has(entity.kind)) visibleEntities.add(entity.key);
  }
  const visibleRelations = new Set<string>();
  for (const relation of knownRelations) {
    if (filter.hiddenTypes.has(relation.type)) continue;
    if (visibleEntities.has(relation.from) && visibleEntities.has(relation.to))
      visibleRelations.add(relation.key);
  }
  return { entities: visibleEntities, relations: visibleRelations, known };
}

/**
 * From when the date leaves an entity in the graph, by the rule of `visibleParts`: the later of
 * its own known-from bound and the earliest bound among its relations (an entity with relations
 * waits for the first of them). The bound as the API gives it ("2025-07-14", "2025"), or null when
 * nothing bounds it (known on every day).
 */
export function knownSince(
  entity: DrawnEntity,
  relations: Iterable<Pick<DrawnRelation, 'knownFrom' | 'from' | 'to'>>,
): string | null {
  // undefined: no relation; null: a relation known on every day.
  let firstRelation: string | null | undefined;
  for (const relation of relations) {
    if (relation.from !== entity.key && relation.to !== entity.key) continue;
    if (relation.knownFrom === null) firstRelation = null;
    else if (firstRelation === undefined || (firstRelation !== null && relation.knownFrom < firstRelation))
      firstRelation = relation.knownFrom;
  }
  // Partial dates compare as their periods' starts in plain string order (see isKnownBy).
  const bounds = [entity.knownFrom, firstRelation ?? null].filter((bound) => bound !== null);
  return bounds.sort().at(-1) ?? null;
}

/** The first and last day any fact's known-from bound covers; null when nothing is bounded. */
export function dateRange(
  items: Iterable<{ knownFrom: string | null }>,
): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const { knownFrom: date } of items) {
    if (date === null) continue;
    const period = periodOf(date);
    if (period === null) continue;
    if (first === null || period.start < first) first = period.start;
    if (last === null || period.end > last) last = period.end;
  }
  return first !== null && last !== null ? { first, last } : null;
}

/**
 * The days on which something becomes known (the first day of each known-from bound), in order,
 * without repeats: between two of them the graph does not change.
 */
export function changeDays(items: Iterable<{ knownFrom: string | null }>): string[] {
  const days = new Set<string>();
  for (const { knownFrom: date } of items) {
    const period = date === null ? null : periodOf(date);
    if (period !== null) days.add(period.start);
  }
  return [...days].sort();
}

/** The slider stop showing the graph as of `day`: the last change on or before it (0 if none). */
export function sliderStop(changes: readonly string[], day: string): number {
  let stop = 0;
  for (let i = 0; i < changes.length && changes[i]! <= day; i++) stop = i;
  return stop;
}

/**
 * What a move of the date changed in the drawing, in one sentence: which entities left it and
 * which joined, up to three names each ("8 left: A, B, C and 5 more"). Null when nothing moved.
 */
export function describeChange(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  name: (key: string) => string,
): string | null {
  const names = (keys: string[]) => {
    const sorted = keys.map(name).sort((a, b) => a.localeCompare(b));
    const shown = sorted.slice(0, 3).join('; ');
    return sorted.length > 3 ? `${shown} and ${sorted.length - 3} more` : shown;
  };
  const left = [...before].filter((key) => !after.has(key));
  const joined = [...after].filter((key) => !before.has(key));
  const parts: string[] = [];
  const entities = (count: number) => `${count} entit${count === 1 ? 'y' : 'ies'}`;
  if (left.length > 0) parts.push(`${entities(left.length)} left the drawing (${names(left)})`);
  if (joined.length > 0) parts.push(`${entities(joined.length)} joined it (${names(joined)})`);
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
