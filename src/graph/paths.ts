import type { KnowledgeGraph } from './knowledge-graph.js';
import type { EntityData, RelationData } from './types.js';
import { InvalidArgumentError, LimitExceededError } from './errors.js';
import { didYouMeanEntity } from './key-suggestion.js';
import { boundedInteger, stepperFor, type Stepper, type WalkOptions } from './traversal.js';
import { phraseOf } from './funding-stages.js';

/** One hop of a path: walking from `from` to `to` along `relation`. */
export interface PathStep {
  relation: RelationData;
  from: EntityData;
  to: EntityData;
  /** OUT when the relation points the way the path walks, IN when the path walks against it. */
  direction: 'OUT' | 'IN';
}

export interface Path {
  /** The entities in walking order, both ends included. */
  entities: EntityData[];
  steps: PathStep[];
}

export const MAX_SHORTEST_PATH_HOPS = 10;
export const DEFAULT_SHORTEST_PATH_HOPS = 6;
export const MAX_PATHS_HOPS = 6;
export const DEFAULT_PATHS_HOPS = 4;
export const MAX_PATHS = 100;
/** Entities one search may reach before it gives up: keeps every request within its time. */
export const MAX_VISITED = 250_000;

export interface ShortestPathOptions extends WalkOptions {
  maxHops?: number;
}

export interface PathsOptions extends WalkOptions {
  maxHops?: number;
  first?: number;
  /** The largest maxHops allowed: MAX_PATHS_HOPS unless a caller pages a longer search. */
  hopCap?: number;
}

export interface PathList {
  paths: Path[];
  /** True when more paths within maxHops exist than `first` allowed. */
  truncated: boolean;
}

interface Link {
  /** The entity one step nearer the search's start. */
  via: string;
  relation: RelationData;
}

function requireEntity(kg: KnowledgeGraph, argument: string, key: string): void {
  if (!kg.graph.hasNode(key))
    throw new InvalidArgumentError(
      argument,
      `${argument}: there is no entity with key "${key.slice(0, 100)}"${didYouMeanEntity(kg, key)}`,
    );
}

function stepBetween(kg: KnowledgeGraph, relation: RelationData, from: string, to: string): PathStep {
  return {
    relation,
    from: kg.graph.getNodeAttributes(from),
    to: kg.graph.getNodeAttributes(to),
    direction: relation.from === from ? 'OUT' : 'IN',
  };
}

function pathFrom(kg: KnowledgeGraph, start: string, hops: { relation: RelationData; to: string }[]): Path {
  const steps: PathStep[] = [];
  let at = start;
  for (const hop of hops) {
    steps.push(stepBetween(kg, hop.relation, at, hop.to));
    at = hop.to;
  }
  return { entities: [kg.graph.getNodeAttributes(start), ...steps.map((step) => step.to)], steps };
}

function tooMuch(): LimitExceededError {
  return new LimitExceededError(
    'maxHops',
    `the search reached more than ${MAX_VISITED} entities; lower maxHops or restrict types or direction`,
  );
}

/**
 * The shortest path from `from` to `to` using the relations the options allow, or null when
 * none is within `maxHops`. A bidirectional breadth-first search, expanding the smaller
 * frontier first. Among paths of equal length the first one found wins: the same data always
 * gives the same answer; ask `paths` for all of them.
 */
export function shortestPath(
  kg: KnowledgeGraph,
  from: string,
  to: string,
  options: ShortestPathOptions = {},
): Path | null {
  requireEntity(kg, 'from', from);
  requireEntity(kg, 'to', to);
  const maxHops = boundedInteger(
    'maxHops',
    options.maxHops ?? DEFAULT_SHORTEST_PATH_HOPS,
    0,
    MAX_SHORTEST_PATH_HOPS,
  );
  return searchShortest(kg, from, to, options, maxHops);
}

/** The bidirectional breadth-first search behind `shortestPath`, with the options checked. */
function searchShortest(
  kg: KnowledgeGraph,
  from: string,
  to: string,
  options: WalkOptions,
  maxHops: number,
): Path | null {
  if (from === to) return pathFrom(kg, from, []);
  const forward = stepperFor(kg, options);
  const backward = stepperFor(kg, options, true);
  const reachedForward = new Map<string, Link | null>([[from, null]]);
  const reachedBackward = new Map<string, Link | null>([[to, null]]);
  let frontierForward = [from];
  let frontierBackward = [to];
  let hops = 0;
  let meeting: string | null = null;
  while (meeting === null && hops < maxHops && frontierForward.length > 0 && frontierBackward.length > 0) {
    const isForward = frontierForward.length <= frontierBackward.length;
    const [frontier, reached, opposite, stepper] = isForward
      ? [frontierForward, reachedForward, reachedBackward, forward]
      : [frontierBackward, reachedBackward, reachedForward, backward];
    const next: string[] = [];
    for (const node of frontier) {
      stepper(node, (relation, other) => {
        if (reached.has(other)) return false;
        reached.set(other, { via: node, relation });
        if (opposite.has(other)) {
          meeting = other;
          return true;
        }
        next.push(other);
        return false;
      });
      if (meeting !== null) break;
      if (reachedForward.size + reachedBackward.size > MAX_VISITED) throw tooMuch();
    }
    if (isForward) frontierForward = next;
    else frontierBackward = next;
    hops += 1;
  }
  if (meeting === null) return null;
  const hopsOut: { relation: RelationData; to: string }[] = [];
  for (
    let at: string = meeting, link = reachedForward.get(at);
    link;
    at = link.via, link = reachedForward.get(at)
  ) {
    hopsOut.unshift({ relation: link.relation, to: at });
  }
  for (
    let at: string = meeting, link = reachedBackward.get(at);
    link;
    at = link.via, link = reachedBackward.get(at)
  ) {
    hopsOut.push({ relation: link.relation, to: link.via });
  }
  return pathFrom(kg, from, hopsOut);
}

/**
 * Why a path search found nothing. NOT_CONNECTED: no chain of relations joins the two, whatever
 * the filters. FILTERED_OUT: one does, but not with the types, direction and date asked for.
 * BEYOND_MAX_HOPS: one with those filters does, longer than maxHops. SAME_ENTITY: both ends are
 * one entity (a path needs two). SEARCH_LIMIT: the search for a longer path reached its bound
 * before it could tell.
 */
export type NoPathReason =
  | 'NOT_CONNECTED'
  | 'FILTERED_OUT'
  | 'BEYOND_MAX_HOPS'
  | 'SAME_ENTITY'
  | 'SEARCH_LIMIT';

export interface NoPath {
  reason: NoPathReason;
  /**
   * The reason in words, with the hop counts found: "the shortest path between Netherlands and
   * Wiesbaden has 3 hops; maxHops is 2".
   */
  explanation: string;
}

/** Hops of the shortest path with these options and no hop limit; null when there is none. */
function hopsBetween(kg: KnowledgeGraph, from: string, to: string, options: WalkOptions): number | null {
  return searchShortest(kg, from, to, options, Number.POSITIVE_INFINITY)?.steps.length ?? null;
}

/**
 * Says why a search from `from` to `to` within `maxHops` under these walk options found no
 * path: looks for the shortest path first without the hop limit, then without the filters.
 * Each look is a bounded search (MAX_VISITED); when one reaches the bound, SEARCH_LIMIT.
 */
export function whyNoPath(
  kg: KnowledgeGraph,
  from: string,
  to: string,
  options: WalkOptions & { maxHops: number },
): NoPath {
  requireEntity(kg, 'from', from);
  requireEntity(kg, 'to', to);
  const names = `${kg.graph.getNodeAttributes(from).name} and ${kg.graph.getNodeAttributes(to).name}`;
  if (from === to) {
    return {
      reason: 'SAME_ENTITY',
      explanation: `from and to are both ${kg.graph.getNodeAttributes(from).name}`,
    };
  }
  try {
    const filtered = hopsBetween(kg, from, to, options);
    if (filtered !== null) {
      return {
        reason: 'BEYOND_MAX_HOPS',
        explanation: `the shortest path between ${names} has ${hops(filtered)}; maxHops is ${options.maxHops}`,
      };
    }
    const unfiltered = hopsBetween(kg, from, to, { direction: 'BOTH' });
    if (unfiltered !== null) {
      // Both in the way: the filters allow no path at any length, and the shortest path without
      // them is longer than maxHops, so lifting either alone finds nothing. Say both.
      const beyond =
        unfiltered > options.maxHops
          ? `, and even without them the shortest path is longer than maxHops (${options.maxHops})`
          : '';
      return {
        reason: 'FILTERED_OUT',
        explanation: `${names} are ${hops(unfiltered)} apart, but not through the types, direction and date asked for${beyond}`,
      };
    }
  } catch (error) {
    if (!(error instanceof LimitExceededError)) throw error;
    return {
      reason: 'SEARCH_LIMIT',
      explanation: `no path within ${options.maxHops} hops; looking further reached ${MAX_VISITED} entities before it could tell why`,
    };
  }
  return { reason: 'NOT_CONNECTED', explanation: `no chain of relations joins ${names}, in any direction` };
}

function hops(count: number): string {
  return count === 1 ? '1 hop' : `${count} hops`;
}

/** Hop counts to `to` of every entity within `maxHops` of it, walking backwards. */
function distancesTo(to: string, backward: Stepper, maxHops: number): Map<string, number> {
  const distance = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let hops = 1; hops <= maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const node of frontier) {
      backward(node, (_relation, other) => {
        if (distance.has(other)) return;
        distance.set(other, hops);
        next.push(other);
      });
      if (distance.size > MAX_VISITED) throw tooMuch();
    }
    frontier = next;
  }
  return distance;
}

/**
 * Simple paths (no entity twice) from `from` to `to` of at most `maxHops` relations, shortest
 * first, at most `first` of them. Each length is enumerated depth-first, pruned by every
 * entity's distance to `to`, so the search only walks steps that can still arrive in time.
 */
export function paths(kg: KnowledgeGraph, from: string, to: string, options: PathsOptions = {}): PathList {
  requireEntity(kg, 'from', from);
  requireEntity(kg, 'to', to);
  const maxHops = boundedInteger(
    'maxHops',
    options.maxHops ?? DEFAULT_PATHS_HOPS,
    1,
    options.hopCap ?? MAX_PATHS_HOPS,
  );
  const first = boundedInteger('first', options.first ?? 10, 0, MAX_PATHS);
  if (from === to) return { paths: [], truncated: false };
  const forward = stepperFor(kg, options);
  const distance = distancesTo(to, stepperFor(kg, options, true), maxHops);
  const shortest = distance.get(from);
  const found: Path[] = [];
  if (shortest === undefined) return { paths: found, truncated: false };
  const onPath = new Set<string>([from]);
  const hops: { relation: RelationData; to: string }[] = [];
  let work = 0;
  let length = shortest;
  // Collects one path more than asked for, to know whether the list was cut.
  const walk = (node: string): boolean => {
    const left = length - hops.length;
    let full = false;
    forward(node, (relation, other) => {
      if (onPath.has(other)) return false;
      if (++work > MAX_VISITED) throw tooMuch();
      if (other === to) {
        if (left !== 1) return false;
        found.push(pathFrom(kg, from, [...hops, { relation, to: other }]));
        full = found.length > first;
        return full;
      }
      const remaining = distance.get(other);
      if (remaining === undefined || remaining > left - 1) return false;
      onPath.add(other);
      hops.push({ relation, to: other });
      full = walk(other);
      hops.pop();
      onPath.delete(other);
      return full;
    });
    return full;
  };
  for (; length <= maxHops; length++) {
    if (walk(from)) break;
  }
  // Within a length, order by the relation keys walked, so the list reads the same whatever
  // order the graph keeps parallel relations in.
  const ordered = found
    .map((path) => ({ path, signature: path.steps.map((step) => step.relation.key).join('\u0000') }))
    .sort(
      (a, b) =>
        a.path.steps.length - b.path.steps.length ||
        (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0),
    )
    .map(({ path }) => path);
  return { paths: ordered.slice(0, first), truncated: found.length > first };
}

/**
 * The step as a sentence in the relation's own direction: "Netherlands funds PURL package
 * (Netherlands, August 2025)", whichever way the path walks it.
 */
export function describeStep(step: PathStep): string {
  const [subject, object] = step.direction === 'OUT' ? [step.from, step.to] : [step.to, step.from];
  return `${subject.name} ${phraseOf(step.relation)} ${object.name}`;
}

/** A path's stable key: the keys of the relations it walks, in order. */
export function pathKey(path: Path): string {
  return path.steps.map((step) => step.relation.key).join(' ');
}
