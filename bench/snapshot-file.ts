import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { snapshotHeader, type Snapshot, type SnapshotExpectation } from '../src/load/snapshot.js';

/** What the benchmark's snapshot files say they were written for. */
export const BENCH_LOADER = 'bench/graph.ts';

/**
 * Writes a snapshot file as the snapshot cache does (a header line with the payload's hash, then
 * the payload), serialising column by column so that no single string holds a whole large graph.
 */
export async function writeSnapshotStream(
  snapshot: Snapshot,
  file: string,
  expectation: SnapshotExpectation = { dataHash: snapshot.version, loader: BENCH_LOADER },
): Promise<void> {
  const chunks: string[] = [];
  chunks.push('{');
  const top = Object.entries(snapshot);
  for (const [index, [name, value]] of top.entries()) {
    chunks.push(`${JSON.stringify(name)}:`);
    if (name === 'entities' || name === 'relations') {
      const columns = Object.entries(value as Record<string, unknown>);
      chunks.push('{');
      for (const [i, [column, list]] of columns.entries()) {
        chunks.push(`${JSON.stringify(column)}:${JSON.stringify(list)}${i < columns.length - 1 ? ',' : ''}`);
      }
      chunks.push('}');
    } else {
      chunks.push(JSON.stringify(value) ?? 'null');
    }
    if (index < top.length - 1) chunks.push(',');
  }
  chunks.push('}');
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  const out = createWriteStream(file);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write(`${JSON.stringify(snapshotHeader(hash.digest('hex'), expectation))}\n`);
  for (const chunk of chunks) await write(chunk);
  out.end();
  await once(out, 'finish');
}
