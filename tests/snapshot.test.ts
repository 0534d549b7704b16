import { describe, expect, it } from 'vitest';
import {
  decodeSnapshot,
  encodeSnapshot,
  readSnapshotFile,
  SnapshotError,
  SNAPSHOT_FORMAT,
  writeSnapshotFile,
} from '../src/load/snapshot.js';
import { loadGraphData, DEFAULT_DATA_DIR } from '../src/load/load-graph-data.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { RELATION_TYPES, type RelationType } from '../src/graph/vocabulary.js';
import { generateSnapshot, measureShape } from '../bench/synthetic-graph.js';
import { writeDataFolder } from './support/data-folder.js';
import { fileTempDir } from './support/temp-dir.js';

// The snapshot format, on the miniature data folder of tests/support/data-folder.ts (a figure,
// both kinds of source, a coverage note, shared quotes); the benchmark's synthetic graphs take
// their shape from the curated data, as bench/ does.

let folder: string | null = null;
const folderData = () => {
  folder ??= writeDataFolder(fileTempDir('snapshot-data'));
  return loadGraphData(folder);
};
const curatedData = () => loadGraphData(DEFAULT_DATA_DIR);

/** A snapshot as it would come back from disk. */
const reread = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('snapshots', () => {
  it('refuses what is not a snapshot, saying what it found', () => {
    expect(() => decodeSnapshot(null)).toThrow('graph snapshot: not a JSON object');
    expect(() => decodeSnapshot({ format: 'something-else' })).toThrow(
      `graph snapshot: format is "something-else", expected "${SNAPSHOT_FORMAT}"`,
    );
  });

  it('names the column and row of an index that points nowhere', async () => {
    const snapshot = reread(encodeSnapshot(await folderData(), 'v1'));
    (snapshot.relations as { to: number[] }).to[7] = 99_999;
    expect(() => decodeSnapshot(snapshot)).toThrow(SnapshotError);
    expect(() => decodeSnapshot(snapshot)).toThrow(/relations\.to\[7\] is 99999, not an index below \d+/);
  });

  it('names a column cut short', async () => {
    const snapshot = reread(encodeSnapshot(await folderData(), 'v1'));
    (snapshot.relations as { dates: number[] }).dates.pop();
    expect(() => decodeSnapshot(snapshot)).toThrow(/relations\.dates has \d+ rows where \d+ were expected/);
  });

  it('gives back exactly the data it was written from', async () => {
    const data = await folderData();
    const { data: decoded, version } = decodeSnapshot(reread(encodeSnapshot(data, 'v1')));
    expect(version).toBe('v1');
    expect(decoded).toEqual(data);
  });

  it('shares one object per distinct citation list and one string per entity key', async () => {
    const { data } = decodeSnapshot(reread(encodeSnapshot(await folderData(), 'v1')));
    const netherlands = data.entities.find((entity) => entity.key === 'netherlands')!;
    const fromNetherlands = data.relations.filter((relation) => relation.from === 'netherlands');
    expect(fromNetherlands).toHaveLength(2);
    for (const relation of fromNetherlands) expect(Object.is(relation.from, netherlands.key)).toBe(true);
    const lists = new Set(data.relations.map((relation) => relation.citations));
    const distinct = new Set(data.relations.map((relation) => JSON.stringify(relation.citations)));
    // The package's two relations quote the same sentence: one list for both.
    expect(distinct.size).toBeLessThan(data.relations.length);
    expect(lists.size).toBe(distinct.size);
  });
});

describe('snapshot files', () => {
  const expected = { dataHash: 'a'.repeat(64), loader: 'loader-1' };

  it('refuse a foreign, stale or tampered file, and read back an untouched one', async () => {
    const data = await folderData();
    const text = writeSnapshotFile(data, expected);
    expect(readSnapshotFile(text, expected).data).toEqual(data);
    expect(readSnapshotFile(text, expected).version).toBe(expected.dataHash);
    expect(() => readSnapshotFile(text, { ...expected, dataHash: 'b'.repeat(64) })).toThrow(
      'graph snapshot: foreign or stale: written for other data files',
    );
    expect(() => readSnapshotFile(text, { ...expected, loader: 'loader-2' })).toThrow(
      'graph snapshot: stale: written by another version of the loader',
    );
    const tampered = text.replace('Based in Wiesbaden, Germany', 'Based in Berlin, Germany');
    expect(tampered).not.toBe(text);
    expect(() => readSnapshotFile(tampered, expected)).toThrow(
      'graph snapshot: tampered: its content does not match the hash it was written with',
    );
    expect(() => readSnapshotFile('not a snapshot', expected)).toThrow('graph snapshot: no header line');
  });

  it('carry quantities, sources of both kinds and coverage notes', async () => {
    const data = await folderData();
    const { data: back } = readSnapshotFile(writeSnapshotFile(data, expected), expected);
    expect(back.coverageNotes).toEqual(data.coverageNotes);
    expect(back.coverageNotes).toHaveLength(1);
    expect(back.sources.map((s) => s.kind).sort()).toEqual(['COMPILED', 'PUBLISHED']);
    expect(back.relations.filter((r) => r.quantity !== null).map((r) => r.quantity)).toEqual([
      {
        value: 3,
        unit: 'LOGISTICS_HUBS',
        qualifier: 'EXACT',
        text: 'three logistics hubs',
        targetYear: null,
      },
    ]);
  });
});

describe("the benchmark's synthetic graphs", () => {
  it('decode and build, with only the kinds each relation type allows at its ends', async () => {
    const snapshot = generateSnapshot(measureShape(await curatedData()), 2_000, 5, 3);
    const { data } = decodeSnapshot(reread(snapshot));
    const kg = buildKnowledgeGraph(data, 'synthetic');
    expect(kg.graph.order).toBe(2_000);
    expect(kg.graph.size).toBe(10_000);
    const kindOf = new Map(data.entities.map((entity) => [entity.key, entity.kind]));
    for (const relation of data.relations) {
      const spec = RELATION_TYPES[relation.type as RelationType];
      expect(spec.from).toContain(kindOf.get(relation.from));
      expect(spec.to).toContain(kindOf.get(relation.to));
    }
  });

  it('are the same for the same size and seed', async () => {
    const shape = measureShape(await curatedData());
    expect(JSON.stringify(generateSnapshot(shape, 500, 5, 9))).toBe(
      JSON.stringify(generateSnapshot(shape, 500, 5, 9)),
    );
  });
});
