import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { execute, parse, type DocumentNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { isCompilable } from '../src/compiled-execution.js';
import { schema } from '../src/schema/index.js';
import {
  buildKnowledgeGraph,
  useHashTableAdjacency,
  type KnowledgeGraph,
} from '../src/graph/knowledge-graph.js';
import {
  encodeSnapshot,
  readSnapshotFile,
  type DecodedSnapshot,
  type SnapshotExpectation,
} from '../src/load/snapshot.js';
import { writeSnapshotStream } from './snapshot-file.js';
import { relationsOf } from '../src/graph/relations.js';
import { countMatching, orderedList, scanPage } from '../src/graph/pagination.js';
import {
  entitiesToFilter,
  entityTest,
  relationsToFilter,
  relationTest,
  type EntityWhere,
  type RelationWhere,
} from '../src/graph/filters.js';
import { neighbourhood } from '../src/graph/neighbourhood.js';
import { shortestPath } from '../src/graph/paths.js';
import { fundingTotals } from '../src/graph/funding-totals.js';
import { seededRandom } from './synthetic-graph.js';
import { computeImportance, type ImportanceIndex } from '../src/graph/importance.js';
import { buildAdjacency, type Adjacency } from '../src/graph/adjacency.js';
import { settledHeap } from './settled-heap.js';

/**
 * One size of the scale benchmark, in a process of its own so that its heap holds nothing but
 * the graph: loads a snapshot, reports each loading phase and the heap the graph holds, then
 * times each operation as a bare graph function and through the schema, with `execute` and
 * compiled by graphql-jit where the server would compile it.
 * Prints one JSON line. Run by bench/graph.ts with --expose-gc.
 */

const [file, samplesText, mode, warmFile] = process.argv.slice(2);
if (!file) throw new Error('usage: graph-measure.ts SNAPSHOT [SAMPLES] [--write-warm WARM_SNAPSHOT]');
const samples = Number(samplesText ?? 200);

const before = settledHeap();
const phases: Record<string, number> = {};
const started = performance.now();
let bytes: Buffer | null = readFileSync(file);
phases.read = performance.now() - started;
// The production path: the header checked, the payload hashed, read, parsed and decoded.
const header = JSON.parse(bytes.toString('utf8', 0, bytes.indexOf(10))) as SnapshotExpectation;
let decoded: DecodedSnapshot | null = readSnapshotFile(bytes, header, phases);
bytes = null;
// The plain entity and relation objects alone, before any graph exists (not timed), less the
// two columns of relation ends (8 bytes an entry) the build takes and then drops.
const dataHeap = settledHeap() - before - 8 * (decoded.ends.from.length + decoded.ends.to.length);
const kg: KnowledgeGraph = buildKnowledgeGraph(decoded.data, decoded.version, {
  timings: phases,
  importance: decoded.importance,
  ends: decoded.ends,
});
const importanceStored = decoded.importance !== null;
const loadMs = Object.values(phases).reduce((sum, ms) => sum + ms, 0);

if (mode === '--write-warm') {
  // A first start: importance was computed. Write the snapshot the cache would keep, with it.
  if (!warmFile) throw new Error('--write-warm takes a path');
  await writeSnapshotStream(
    encodeSnapshot(decoded.data, decoded.version, { importance: kg.importance.stored() }),
    warmFile,
    header,
  );
  console.log(
    JSON.stringify({ entities: kg.graph.order, relations: kg.graph.size, phases, loadMs, importanceStored }),
  );
  process.exit(0);
}
decoded = null;
const graphHeap = settledHeap() - before;
// What the importance index holds, measured on a copy (the original cannot be dropped without
// recomputing it).
let importanceCopy: ImportanceIndex | null = computeImportance(
  kg.graph,
  kg.importance.stored(),
  kg.adjacency.positionOf,
);
const importanceHeap = settledHeap() - before - graphHeap;
void importanceCopy.size;
importanceCopy = null;
// Likewise the flat adjacency for walks, entity positions included.
let adjacencyCopy: Adjacency | null = buildAdjacency(
  kg.graph,
  kg.graph.mapEdges((_key, relation) => relation),
);
const adjacencyHeap = settledHeap() - before - graphHeap;
void adjacencyCopy.keys;
adjacencyCopy = null;

const random = seededRandom(7);
const keys = kg.graph.nodes();
const someKey = () => keys[Math.floor(random() * keys.length)]!;
const programmes = keys.filter((key) => kg.graph.getNodeAttribute(key, 'kind') === 'PROGRAMME');

const WHERE_FILTERS: { name: string; entity: boolean; where: EntityWhere | RelationWhere }[] = [
  {
    name: 'where: countries with a FUNDS relation',
    entity: true,
    where: { kind: { eq: 'COUNTRY' }, relations: { some: { type: { eq: 'FUNDS' } } } },
  },
  {
    name: 'where: names containing "77" (every entity)',
    entity: true,
    where: { name: { contains: '77' } },
  },
  {
    name: 'where: FUNDS relations dated in a month',
    entity: false,
    where: { type: { eq: 'FUNDS' }, date: { eq: '2025-08' } },
  },
  {
    name: 'where: relations dated in a month (every relation)',
    entity: false,
    where: { date: { eq: '2025-08' } },
  },
];

interface Operation {
  name: string;
  /** Arguments for one sample: both the bare function and the query get the same. */
  input: () => Record<string, unknown>;
  bare: (input: Record<string, unknown>) => unknown;
  query: string;
  /** Variables for the query beyond the sample's input. */
  variables?: Record<string, unknown>;
}

const operations: Operation[] = [
  {
    name: 'relations page (20)',
    input: () => ({ key: someKey() }),
    bare: ({ key }) =>
      scanPage(
        orderedList(relationsOf(kg, key as string) ?? [], (hit) => hit.relation.key),
        { limit: 21, inverted: false },
      ),
    query: `query($key: String!) { entity(key: $key) { key relations(first: 20) { totalCount
      edges { cursor direction relation { key type date } node { key name } } } } }`,
  },
  ...[2, 3].map((depth) => ({
    name: `neighbourhood depth ${depth} (limit 100)`,
    input: () => ({ key: someKey(), depth }),
    bare: ({ key }: Record<string, unknown>) => neighbourhood(kg, key as string, { depth, limit: 100 }),
    query: `query($key: String!, $depth: Int!) { neighbourhood(key: $key, depth: $depth, limit: 100) { truncated
      nodes { depth entity { key name kind } } edges { key type from { key } to { key } } } }`,
  })),
  {
    name: 'shortest path (max 8 hops)',
    input: () => ({ from: someKey(), to: someKey() }),
    bare: ({ from, to }) => shortestPath(kg, from as string, to as string, { maxHops: 8 }),
    query: `query($from: String!, $to: String!) { shortestPath(from: $from, to: $to, maxHops: 8) { length
      steps { direction relation { key type } to { key name } } } }`,
  },
  // Where-filters: totalCount makes each look at every candidate. A top-level kind or type
  // narrows the candidates to that kind's or type's list; without one, every entity or relation.
  ...WHERE_FILTERS.map(({ name, entity, where }) => ({
    name,
    input: () => ({}),
    bare: () => {
      if (entity) {
        const list = entitiesToFilter(kg, where as EntityWhere);
        const test = entityTest(kg, where as EntityWhere);
        return [scanPage(list, { limit: 21, inverted: false }, test), countMatching(list, test)];
      }
      const list = relationsToFilter(kg, where as RelationWhere);
      const test = relationTest(kg, where as RelationWhere, { seenFromEntity: false });
      const plain = (relation: Parameters<typeof test>[0]) => test(relation, null);
      return [scanPage(list, { limit: 21, inverted: false }, plain), countMatching(list, plain)];
    },
    query: `query($where: ${entity ? 'EntityWhere' : 'RelationWhere'}) {
      ${entity ? 'entitiesConnection' : 'relationsConnection'}(first: 20, where: $where) { totalCount edges { node { key } } } }`,
    variables: { where },
  })),
  {
    name: 'funding totals of a programme',
    input: () => ({ programme: programmes[Math.floor(random() * programmes.length)]! }),
    bare: ({ programme }) => fundingTotals(kg, { programme: programme as string }),
    query: `query($programme: String!) { funding(programme: $programme) { totals { currency stage count
      total { value qualifier } } } }`,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const results = [];
for (const operation of operations) {
  const document: DocumentNode = parse(operation.query);
  // As the server runs a document it has seen COMPILE_QUERIES_AFTER times (src/compiled-execution.ts):
  // compiled by graphql-jit, when the service would compile it.
  const made = isCompilable(schema, document) ? compileQuery(schema, document) : null;
  const compiled = made && isCompiledQuery(made) ? made : null;
  const inputs = Array.from({ length: samples }, operation.input);
  const bare: number[] = [];
  const schemaTimes: number[] = [];
  const compiledTimes: number[] = [];
  let errors = 0;
  const runBare = (input: Record<string, unknown>) => {
    try {
      operation.bare(input);
    } catch {
      errors += 1;
    }
  };
  const runSchema = async (input: Record<string, unknown>) => {
    const result = await execute({
      schema,
      document,
      contextValue: { kg },
      variableValues: { ...operation.variables, ...input },
    });
    if (result.errors) errors += 1;
  };
  const runCompiled = async (input: Record<string, unknown>) => {
    const result = await compiled!.query(undefined, { kg }, { ...operation.variables, ...input });
    if (result.errors) errors += 1;
  };
  // Warm up every path on other inputs so the JIT has settled before timing.
  for (let i = 0; i < Math.min(20, samples); i++) {
    const input = operation.input();
    runBare(input);
    await runSchema(input);
    if (compiled) await runCompiled(input);
  }
  errors = 0;
  const ways: [(input: Record<string, unknown>) => unknown, number[]][] = [
    [runBare, bare],
    [runSchema, schemaTimes],
    ...(compiled ? [[runCompiled, compiledTimes] as [typeof runCompiled, number[]]] : []),
  ];
  // Each input runs every way; which goes first turns round, so none always finds another's
  // work in the CPU caches.
  for (const [i, input] of inputs.entries()) {
    for (let k = 0; k < ways.length; k++) {
      const [run, times] = ways[(i + k) % ways.length]!;
      const t = performance.now();
      // The bare function is synchronous: awaiting it would time a turn of the microtask queue.
      const running = run(input);
      if (running instanceof Promise) await running;
      times.push(performance.now() - t);
    }
  }
  for (const times of [bare, schemaTimes, compiledTimes]) times.sort((a, b) => a - b);
  results.push({
    name: operation.name,
    bareMedian: percentile(bare, 0.5),
    bareP99: percentile(bare, 0.99),
    schemaMedian: percentile(schemaTimes, 0.5),
    schemaP99: percentile(schemaTimes, 0.99),
    compiledMedian: compiled ? percentile(compiledTimes, 0.5) : null,
    compiledP99: compiled ? percentile(compiledTimes, 0.99) : null,
    errors: errors / ways.length,
  });
}

// graphology's own structures, alone: a graph of the same entity keys, relation keys and ends,
// with one shared object for every attribute, built beside the loaded one. The keys are already
// in the heap, so this is what graphology holds per relation whatever the relations carry.
// Its build is timed too: adding the relations is most of a load.
const ends = kg.graph.mapEdges((key, _relation, source, target) => [key, source, target] as const);
const bareBefore = settledHeap();
const bareStarted = performance.now();
let bare: MultiDirectedGraph | null = new MultiDirectedGraph({ allowSelfLoops: true });
const shared = {};
kg.graph.forEachNode((key) => bare!.addNode(key, shared));
useHashTableAdjacency(bare as unknown as KnowledgeGraph['graph']);
for (const [key, source, target] of ends) bare.addDirectedEdgeWithKey(key, source, target, shared);
const graphologyMs = performance.now() - bareStarted;
const graphologyHeap = settledHeap() - bareBefore;
// Both held past the measurement: V8 frees a value after its last use, and the list of ends
// (60 to 80 bytes a relation) dropped before the second reading made graphology look that much
// smaller than it is.
void bare.size;
void ends.length;
bare = null;

console.log(
  JSON.stringify({
    entities: kg.graph.order,
    relations: kg.graph.size,
    phases,
    loadMs,
    heapBytes: graphHeap,
    dataHeapBytes: dataHeap,
    importanceHeapBytes: importanceHeap,
    graphologyHeapBytes: graphologyHeap,
    graphologyMs,
    adjacencyHeapBytes: adjacencyHeap,
    importanceStored,
    heapPerRelation: graphHeap / kg.graph.size,
    results,
  }),
);
