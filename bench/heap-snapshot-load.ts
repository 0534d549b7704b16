import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { readSnapshotFile, type DecodedSnapshot, type SnapshotExpectation } from '../src/load/snapshot.js';
import { settledHeap } from './settled-heap.js';

/**
 * The child of bench/heap-composition.ts: writes a heap snapshot of this process before and after
 * loading a graph snapshot the way the service loads one (read, hashed, decoded, built), with the
 * decoded columns dropped as the service drops them. Prints one JSON line. Run with --expose-gc.
 */

const [file, outDir] = process.argv.slice(2);
if (!file || !outDir) throw new Error('usage: heap-snapshot-load.ts SNAPSHOT OUT_DIR');

const beforeFile = writeHeapSnapshot(join(outDir, 'before.heapsnapshot'));
const before = settledHeap();
let bytes: Buffer | null = readFileSync(file);
const header = JSON.parse(bytes.toString('utf8', 0, bytes.indexOf(10))) as SnapshotExpectation;
let decoded: DecodedSnapshot | null = readSnapshotFile(bytes, header);
bytes = null;
const kg: KnowledgeGraph = buildKnowledgeGraph(decoded.data, decoded.version, {
  importance: decoded.importance,
  ends: decoded.ends,
});
decoded = null;
const heapBytes = settledHeap() - before;
const afterFile = writeHeapSnapshot(join(outDir, 'after.heapsnapshot'));
// Held until both readings are taken: V8 may free a value after its last use.
console.log(
  JSON.stringify({
    entities: kg.graph.order,
    relations: kg.graph.size,
    heapBytes,
    beforeFile,
    afterFile,
    pointerCompression: Boolean(
      (process.config.variables as Record<string, unknown>).v8_enable_pointer_compression,
    ),
  }),
);
