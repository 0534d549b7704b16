import { MultiDirectedGraph } from 'graphology';
import type { CoverageNote, EntityData, GraphData, RelationData, SourceDoc } from './types.js';
import { buildSearchIndex, type SearchIndex } from './search.js';
import { buildAdjacency, type Adjacency } from './adjacency.js';
import { InvalidArgumentError } from './errors.js';
import { MAX_PAGE_SIZE, orderedList, type OrderedList } from './pagination.js';
import type { EntityKind, RelationType } from './vocabulary.js';
import {
  byImportance,
  computeImportance,
  type ImportanceIndex,
  type ImportanceMeasure,
  type StoredImportance,
} from './importance.js';

export type EntityGraph = MultiDirectedGraph<EntityData, RelationData>;

/**
 * The loaded graph and the indexes built beside it. Immutable once built: a reload builds a new
 * one and swaps the reference, so a request keeps the graph it started with.
 */
export interface KnowledgeGraph {
  graph: EntityGraph;
  sources: ReadonlyMap<string, SourceDoc>;
  /** Curated notes on source sentences: why one states no fact, or what of it is not held. */
  coverageNotes: readonly CoverageNote[];
  /** Built on first use: a million-entity graph should not pay for it until someone searches. */
  readonly search: SearchIndex;
  /**
   * The data version: a content hash of the data files it was built from (see
   * src/load/open-graph.ts); changes exactly when the files do.
   */
  version: string;
  citationCount: number;
  /** Degree, PageRank and betweenness of every entity, computed at build. */
  importance: ImportanceIndex;
  /** Every entity's relations as flat arrays, for walks (src/graph/adjacency.ts). */
  adjacency: Adjacency;
}

/** From this many relations on, adjacency objects start as hash tables (see below). */
const HASH_ADJACENCY_FROM = 10_000;

/**
 * graphology keeps each node's neighbours in plain objects keyed by neighbour key. V8 gives an
 * object that grows key by key a new hidden class for every key, copying its property
 * descriptors each time, until it gives up and turns the object into a hash table. On a large
 * graph that churn was half the time spent adding relations (npm run bench:graph, 500,000
 * relations: 4.5 s, 2.3 s with this). An object made with `Object.create(null)` is a hash table
 * from the start, without the in-object slots a `{}` reserves and a hash table never uses, so
 * each node's `in` and `out` objects are replaced by such objects before any relation is added
 * (graphology's share of the heap at 1,500,000 relations: 267 bytes per relation with the
 * former `{}` turned into a hash table by deleting keys, 247 with these; npm run bench:graph --
 * --sizes 300000).
 * This reaches into graphology's node records, so it checks their shape first and does nothing
 * if a later graphology stores them differently: the graph is then only slower to build and
 * larger, never wrong.
 */
export function useHashTableAdjacency(graph: EntityGraph): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  const records = () => nodes.values() as Iterable<Record<string, unknown>>;
  const isEmptyObject = (side: unknown) =>
    typeof side === 'object' &&
    side !== null &&
    Object.getPrototypeOf(side) === Object.prototype &&
    Object.keys(side).length === 0;
  for (const record of records()) {
    if (!isEmptyObject(record.in) || !isEmptyObject(record.out)) return;
  }
  for (const record of records()) {
    record.in = Object.create(null);
    record.out = Object.create(null);
  }
  answerTwoArgumentEdgeChecks(graph);
}

/**
 * graphology answers `hasEdge(source, target)` and `hasDirectedEdge(source, target)` with
 * `adjacency.hasOwnProperty(target)`, which an object without a prototype does not have. The
 * same question asked through `areOutNeighbors` (an `in` test on the same object) gives the
 * same answer, so the graph answers these two forms that way; the one-argument forms (by
 * relation key) never touch the adjacency and stay graphology's own.
 */
function answerTwoArgumentEdgeChecks(graph: EntityGraph): void {
  const hasEdge = graph.hasEdge;
  const hasDirectedEdge = graph.hasDirectedEdge;
  const between = (source: unknown, target: unknown) =>
    graph.hasNode(source as string) && graph.areOutNeighbors(source as string, target as string);
  Object.defineProperties(graph, {
    hasEdge: {
      value: function (this: EntityGraph, ...args: unknown[]) {
        return args.length === 2 ? between(args[0], args[1]) : Reflect.apply(hasEdge, this, args);
      },
    },
    hasDirectedEdge: {
      value: function (this: EntityGraph, ...args: unknown[]) {
        return args.length === 2 ? between(args[0], args[1]) : Reflect.apply(hasDirectedEdge, this, args);
      },
    },
  });
}

export interface BuildOptions {
  /** When given, receives the milliseconds each phase took (for the benchmarks). */
  timings?: Record<string, number>;
  /**
   * PageRank and betweenness computed earlier for the same data by the same code, in entity
   * order (the snapshot cache keeps them): taken instead of computed when they fit the graph.
   */
  importance?: StoredImportance | null;
  /**
   * The positions in `data.entities` of each relation's ends, when the caller has them (a
   * snapshot does), so that the adjacency need not look every end up by key.
   */
  ends?: { from: ArrayLike<number>; to: ArrayLike<number> } | null;
}

/**
 * Builds the in-memory graph from validated data. Node keys are entity keys and edge keys are
 * relation keys, so identity never depends on insertion order.
 */
export function buildKnowledgeGraph(
  data: GraphData,
  version = 'unversioned',
  options: BuildOptions = {},
): KnowledgeGraph {
  const { timings } = options;
  let started = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    if (timings) timings[phase] = now - started;
    started = now;
  };
  const graph: EntityGraph = new MultiDirectedGraph<EntityData, RelationData>({ allowSelfLoops: true });
  let citationCount = 0;
  for (const entity of data.entities) {
    graph.addNode(entity.key, entity);
    citationCount += entity.citations.length;
  }
  if (data.relations.length >= HASH_ADJACENCY_FROM) useHashTableAdjacency(graph);
  lap('entities');
  for (const relation of data.relations) {
    graph.addDirectedEdgeWithKey(relation.key, relation.from, relation.to, relation);
    citationCount += relation.citations.length;
  }
  lap('relations');
  const adjacency = buildAdjacency(graph, data.relations, options.ends ?? undefined);
  lap('adjacency');
  const importance = computeImportance(graph, options.importance, adjacency.positionOf);
  lap('importance');
  let search: SearchIndex | undefined;
  return {
    graph,
    sources: new Map(data.sources.map((source) => [source.key, source])),
    coverageNotes: data.coverageNotes,
    get search() {
      search ??= buildSearchIndex(
        graph.mapNodes((_key, entity) => entity),
        () => graph.mapEdges((_key, relation) => relation),
      );
      return search;
    },
    version,
    citationCount,
    importance,
    adjacency,
  };
}

/** The entity with this key, or null. */
export function getEntity(kg: KnowledgeGraph, key: string): EntityData | null {
  return kg.graph.hasNode(key) ? kg.graph.getNodeAttributes(key) : null;
}

/** The relation with this key, or null. */
export function getRelation(kg: KnowledgeGraph, key: string): RelationData | null {
  return kg.graph.hasEdge(key) ? kg.graph.getEdgeAttributes(key) : null;
}

/** Calls `visit` with every entity, in insertion order. */
export function forEachEntity(kg: KnowledgeGraph, visit: (entity: EntityData) => void): void {
  kg.graph.forEachNode((_key, entity) => visit(entity));
}

/** Calls `visit` with every relation, in insertion order. */
export function forEachRelation(kg: KnowledgeGraph, visit: (relation: RelationData) => void): void {
  kg.graph.forEachEdge((_key, relation) => visit(relation));
}

/** The source with this key, or null. */
export function getSource(kg: KnowledgeGraph, key: string): SourceDoc | null {
  return kg.sources.get(key) ?? null;
}

/**
 * Entities of the given kinds (all when none are given) in name order, or most important first
 * by `orderBy`, `first` of them from `offset`. Refuses a page larger than MAX_PAGE_SIZE.
 */
export function listEntities(
  kg: KnowledgeGraph,
  options: {
    kinds?: readonly EntityKind[] | null;
    first: number;
    offset: number;
    orderBy?: ImportanceMeasure | null;
  },
): EntityData[] {
  const { first, offset } = options;
  checkPage(first, offset);
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const { items } = entitiesInOrder(kg, options.orderBy ?? 'NAME');
  if (!kinds) return items.slice(offset, offset + first);
  const page: EntityData[] = [];
  let skipped = 0;
  for (const entity of items) {
    if (!kinds.has(entity.kind)) continue;
    if (skipped++ < offset) continue;
    if (page.length === first) break;
    page.push(entity);
  }
  return page;
}

/**
 * Relations of the given types (all when none are given) in key order, `first` of them from
 * `offset`: the whole graph page by page, for a client that draws or copies it. Refuses a page
 * larger than MAX_PAGE_SIZE.
 */
export function listRelations(
  kg: KnowledgeGraph,
  options: { types?: readonly RelationType[] | null; first: number; offset: number },
): RelationData[] {
  const { first, offset } = options;
  checkPage(first, offset);
  const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
  const all = relationsByKey(kg);
  if (!types) return all.slice(offset, offset + first);
  const page: RelationData[] = [];
  let skipped = 0;
  for (const relation of all) {
    if (!types.has(relation.type)) continue;
    if (skipped++ < offset) continue;
    if (page.length === first) break;
    page.push(relation);
  }
  return page;
}

const sortedRelations = new WeakMap<KnowledgeGraph, Map<RelationType | '*', OrderedList<RelationData>>>();

/**
 * Every relation in key order, or those of one type, sorted once per loaded graph: a client
 * paging through the whole graph would otherwise pay a sort of every relation for each page,
 * and a filter on one type need not look at the others.
 */
export function relationsInKeyOrder(kg: KnowledgeGraph, type?: RelationType): OrderedList<RelationData> {
  let byType = sortedRelations.get(kg);
  if (!byType) {
    byType = new Map();
    sortedRelations.set(kg, byType);
  }
  let sorted = byType.get(type ?? '*');
  if (!sorted) {
    const relations =
      type === undefined
        ? kg.graph
            .mapEdges((_key, relation) => relation)
            .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        : relationsInKeyOrder(kg).items.filter((relation) => relation.type === type);
    sorted = orderedList(relations, (relation) => relation.key);
    byType.set(type ?? '*', sorted);
  }
  return sorted;
}

function relationsByKey(kg: KnowledgeGraph): readonly RelationData[] {
  return relationsInKeyOrder(kg).items;
}

/** How entity lists are ordered: by name, or most important first by a measure. */
export type EntityOrder = 'NAME' | ImportanceMeasure;

const sortedEntities = new WeakMap<KnowledgeGraph, Map<string, OrderedList<EntityData>>>();
const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Every entity in name order (key order among equal names), or most important first by a
 * measure with name order breaking ties; or only those of one kind, in the same order. Sorted
 * once per loaded graph, order and kind.
 */
export function entitiesInOrder(
  kg: KnowledgeGraph,
  order: EntityOrder = 'NAME',
  kind?: EntityKind,
): OrderedList<EntityData> {
  let cache = sortedEntities.get(kg);
  if (!cache) {
    cache = new Map();
    sortedEntities.set(kg, cache);
  }
  const cacheKey = `${order} ${kind ?? '*'}`;
  let sorted = cache.get(cacheKey);
  if (!sorted) {
    let entities: EntityData[];
    if (kind !== undefined) {
      entities = entitiesInOrder(kg, order).items.filter((entity) => entity.kind === kind);
    } else {
      const byName = (a: EntityData, b: EntityData) =>
        nameCollator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
      entities = kg.graph.mapNodes((_key, entity) => entity);
      if (order === 'NAME') entities.sort(byName);
      else {
        const compare = byImportance(kg.importance, order);
        entities.sort((a, b) => compare(a.key, b.key) || byName(a, b));
      }
    }
    sorted = orderedList(entities, (entity) => entity.key);
    cache.set(cacheKey, sorted);
  }
  return sorted;
}

function checkPage(first: number, offset: number): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError(
      'first',
      `first must be an integer from 0 to ${MAX_PAGE_SIZE} (the page size cap), got ${first}`,
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InvalidArgumentError('offset', `offset must be a non-negative integer, got ${offset}`);
  }
}
