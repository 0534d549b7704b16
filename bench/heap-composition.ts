import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadGraphData, DEFAULT_DATA_DIR } from '../src/load/load-graph-data.js';
import { generateSnapshot, measureShape } from './synthetic-graph.js';
import { writeSnapshotStream } from './snapshot-file.js';
import { count, positiveNumber, printTable } from './print-table.js';

/**
 * Where each heap byte of a loaded graph goes, object by object: the synthetic graph of
 * bench:graph is loaded as the service loads it in a fresh process, which writes V8 heap snapshots
 * before and after; this reads both and sorts every object of the graph into what holds it
 * (graphology's records, maps and per-entity hash tables, the relation and entity objects and
 * their keys, the typed arrays of the flat adjacency and importance). bench:graph measures the
 * heap per relation at a million entities; this says what that figure is made of, so the floor
 * under the 400-byte target is counted object by object rather than inferred.
 *
 * A heap snapshot of a graph is several times the graph's heap, and is read whole: the default,
 * 20,000 entities and 100,000 relations, takes about 15 seconds; 100,000 entities, the most it
 * takes, about a minute.
 *
 *   npm run bench:heap
 *   npm run bench:heap -- --size 50000
 *   npm run bench:heap -- --keep            keeps both heap snapshots, for DevTools
 */

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20000' },
    'relations-per-entity': { type: 'string', default: '5' },
    // Keeps the two heap snapshots, to open in Chrome's DevTools (Memory tab).
    keep: { type: 'boolean', default: false },
  },
});
const size = positiveNumber('size', values.size);
const perEntity = positiveNumber('relations-per-entity', values['relations-per-entity']);
if (!Number.isInteger(size) || size < 10 || size > 100_000) {
  console.error('--size takes an entity count from 10 to 100,000 (a heap snapshot is read whole)');
  process.exit(2);
}

/** The parts of a V8 heap snapshot this reads (the format `v8.writeHeapSnapshot` writes). */
interface HeapSnapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Bytes and objects in one part of the heap. */
interface Part {
  bytes: number;
  objects: number;
}

/** The parts a graph's heap is sorted into, in the order they are printed. */
const PARTS = [
  'graphology: hash tables of neighbours (each entity in and out)',
  'graphology: the in and out objects holding them',
  'graphology: edge records',
  'graphology: node records',
  'graphology: the node and edge maps',
  'relation objects',
  'relation objects: properties added after (funding tags)',
  'relation keys (strings)',
  'entity objects',
  'entity keys and names (strings)',
  'flat adjacency for walks and importance (typed arrays, lists, entity positions)',
  'everything else',
] as const;
type PartName = (typeof PARTS)[number];
const WALKS: PartName = 'flat adjacency for walks and importance (typed arrays, lists, entity positions)';

/** Sorts every object of a heap snapshot into PARTS; the first part an object is found in wins. */
function composition(file: string): Map<PartName, Part> {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot;
  const { meta } = snapshot.snapshot;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const [typeAt, nameAt, sizeAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map((field) =>
    meta.node_fields.indexOf(field),
  ) as [number, number, number, number];
  const [edgeTypeAt, edgeNameAt, edgeToAt] = ['type', 'name_or_index', 'to_node'].map((field) =>
    meta.edge_fields.indexOf(field),
  ) as [number, number, number];
  const { nodes, edges, strings } = snapshot;
  const objects = nodes.length / nodeFields;
  const firstEdge = new Uint32Array(objects + 1);
  for (let node = 0, edge = 0; node < objects; node++) {
    firstEdge[node] = edge;
    edge += nodes[node * nodeFields + edgeCountAt]! * edgeFields;
    firstEdge[node + 1] = edge;
  }
  const type = (node: number) => nodeTypes[nodes[node * nodeFields + typeAt]!]!;
  const name = (node: number) => strings[nodes[node * nodeFields + nameAt]!]!;
  const selfSize = (node: number) => nodes[node * nodeFields + sizeAt]!;
  /** Each named edge of a node: kind (property, internal...), name, target. */
  function* edgesOf(node: number): Generator<[string, string, number]> {
    for (let edge = firstEdge[node]!; edge < firstEdge[node + 1]!; edge += edgeFields) {
      const kind = edgeTypes[edges[edge + edgeTypeAt]!]!;
      // Elements and hidden edges are numbered, not named.
      if (kind === 'element' || kind === 'hidden') continue;
      yield [kind, strings[edges[edge + edgeNameAt]!]!, edges[edge + edgeToAt]! / nodeFields];
    }
  }
  const partOf = new Map<number, PartName>();
  const put = (node: number, part: PartName) => {
    if (!partOf.has(node)) partOf.set(node, part);
  };
  const propertyNames = (node: number) => {
    const names = new Set<string>();
    for (const [kind, edgeName] of edgesOf(node)) if (kind === 'property') names.add(edgeName);
    return names;
  };
  /** The objects a node holds under these property names (or internal edges: `properties`, `table`...). */
  function* held(node: number, kind: 'property' | 'internal', names: readonly string[]): Generator<number> {
    for (const [edgeKind, edgeName, target] of edgesOf(node)) {
      if (edgeKind === kind && names.includes(edgeName)) yield target;
    }
  }
  /** Puts what a node holds under `names` in `part`, and each one's backing store in `storePart`. */
  const putHeld = (node: number, names: readonly string[], part: PartName, storePart: PartName = part) => {
    for (const target of held(node, 'property', names)) {
      put(target, part);
      // Objects keep their dictionaries in `properties`, maps in `table`, arrays in `elements`.
      for (const store of held(target, 'internal', ['properties', 'table', 'elements']))
        put(store, storePart);
    }
  };
  for (let node = 0; node < objects; node++) {
    if (type(node) !== 'object') continue;
    const className = name(node);
    if (className === 'EdgeData') put(node, 'graphology: edge records');
    else if (/NodeData$/.test(className)) {
      put(node, 'graphology: node records');
      putHeld(
        node,
        ['in', 'out'],
        'graphology: the in and out objects holding them',
        'graphology: hash tables of neighbours (each entity in and out)',
      );
    } else if (/Graph$/.test(className)) {
      putHeld(node, ['_nodes', '_edges'], 'graphology: the node and edge maps');
    } else if (/^(Int|Uint|Float)(8|16|32|64)(Clamped)?Array$|^ArrayBuffer$/.test(className)) {
      put(node, WALKS);
    } else if (className === 'Object') {
      const names = propertyNames(node);
      if (names.has('positionOf') && names.has('offsets') && names.has('relations')) {
        // src/graph/adjacency.ts: the map of entity positions, the lists of keys and of relations.
        put(node, WALKS);
        putHeld(node, ['positionOf', 'keys', 'relations'], WALKS);
      } else if (names.has('statedEquivalent') && names.has('citations')) {
        put(node, 'relation objects');
        for (const key of held(node, 'property', ['key'])) put(key, 'relation keys (strings)');
        for (const added of held(node, 'internal', ['properties']))
          put(added, 'relation objects: properties added after (funding tags)');
      } else if (names.has('aliases') && names.has('kind')) {
        put(node, 'entity objects');
        for (const text of held(node, 'property', ['key', 'name']))
          put(text, 'entity keys and names (strings)');
      }
    }
  }
  const parts = new Map<PartName, Part>(PARTS.map((part) => [part, { bytes: 0, objects: 0 }]));
  for (let node = 0; node < objects; node++) {
    const part =
      partOf.get(node) ??
      (type(node) === 'native' && name(node) === 'system / JSArrayBufferData' ? WALKS : 'everything else');
    const entry = parts.get(part)!;
    entry.bytes += selfSize(node);
    entry.objects += 1;
  }
  return parts;
}

const loadAtStart = loadavg()[0]!.toFixed(1);
const dir = mkdtempSync(join(tmpdir(), 'ukraine-support-graph-heap-'));
try {
  const file = join(dir, 'graph.json');
  await writeSnapshotStream(
    generateSnapshot(measureShape(await loadGraphData(DEFAULT_DATA_DIR)), size, perEntity),
    file,
  );
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-semi-space-size=64',
      '--import',
      'tsx',
      fileURLToPath(new URL('./heap-snapshot-load.ts', import.meta.url)),
      file,
      dir,
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const loaded = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    entities: number;
    relations: number;
    heapBytes: number;
    beforeFile: string;
    afterFile: string;
    pointerCompression: boolean;
  };
  const before = composition(loaded.beforeFile);
  const after = composition(loaded.afterFile);
  const perRelation = (bytes: number) => bytes / loaded.relations;
  const grown = (part: PartName) => {
    const a = after.get(part)!;
    const b = before.get(part)!;
    return { bytes: a.bytes - b.bytes, objects: a.objects - b.objects };
  };
  const total = PARTS.reduce((sum, part) => sum + grown(part).bytes, 0);
  console.log(
    `Heap of a loaded graph, object by object: ${count(loaded.entities)} entities, ${count(loaded.relations)}` +
      ` relations (synthetic, bench:graph's shapes), Node ${process.version}, pointer compression` +
      ` ${loaded.pointerCompression ? 'on (4-byte references)' : 'off (8-byte references)'};` +
      ` load average ${loadAtStart} at the start. What each part grew by between the heap snapshots` +
      ' taken before and after loading:\n',
  );
  printTable(
    ['part', 'bytes per relation', 'objects', 'bytes each'],
    PARTS.map((part) => {
      const { bytes, objects } = grown(part);
      return [
        part,
        perRelation(bytes).toFixed(1),
        count(objects),
        objects > 0 ? (bytes / objects).toFixed(0) : '-',
      ];
    }),
  );
  const sum = (predicate: (part: PartName) => boolean) =>
    perRelation(PARTS.filter(predicate).reduce((bytes, part) => bytes + grown(part).bytes, 0));
  const graphology = sum((part) => part.startsWith('graphology'));
  const relations = sum((part) => part.startsWith('relation'));
  const entities = sum((part) => part.startsWith('entity'));
  const walks = sum((part) => part === WALKS);
  console.log(
    `\nIn all ${perRelation(total).toFixed(0)} B per relation in the snapshots` +
      ` (${perRelation(loaded.heapBytes).toFixed(0)} B by heapUsed, as bench:graph reads it):` +
      ` graphology ${graphology.toFixed(0)}, each relation's object and key ${relations.toFixed(0)},` +
      ` entities ${entities.toFixed(0)}, flat adjacency and importance ${walks.toFixed(0)}.` +
      ` graphology and one object and key per relation alone come to ${(graphology + relations).toFixed(0)} B.`,
  );
} finally {
  if (values.keep) console.log(`\nThe heap snapshots are kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
