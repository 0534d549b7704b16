import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDataFiles, openKnowledgeGraph } from '../src/load/open-graph.js';
import { readDataFiles } from '../src/load/load-graph-data.js';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { runText } from './support/client.js';
import { NSATU_QUOTE, writeDataFolder } from './support/data-folder.js';
import { GraphDataError } from '../src/load/errors.js';
import { readSnapshotFile, writeSnapshotFile } from '../src/load/snapshot.js';
import { layoutOf } from '../src/graph/layout.js';

// The snapshot cache makes a second start skip YAML validation; it must never serve anything
// the data folder does not say. The folder is the miniature of graph-data/ in
// tests/support/data-folder.ts, so edits to the curated data do not reach these tests.

let dir: string;
let cacheDir: string;
const snapshots = () =>
  existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.json')) : [];
/** The header line of a snapshot file: what it says it was written for. */
const header = (name: string) => {
  const text = readFileSync(join(cacheDir, name), 'utf8');
  return JSON.parse(text.slice(0, text.indexOf('\n'))) as { dataHash: string; loader: string };
};

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'open-graph-'));
  dir = join(root, 'graph-data');
  cacheDir = join(root, 'cache');
  writeDataFolder(dir);
});

afterEach(() => {
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

describe('opening the graph through the snapshot cache', () => {
  it('still refuses invalid data when a snapshot of the valid data is cached', async () => {
    await openKnowledgeGraph(dir, { cacheDir });
    expect(snapshots()).toHaveLength(1);
    const path = join(dir, 'entities', 'places.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('kind: CITY', 'kind: CASTLE'));
    await expect(openKnowledgeGraph(dir, { cacheDir })).rejects.toThrow(GraphDataError);
  });

  it('writes no snapshot and removes no .partial file for a reader (a cluster worker), but reads one', async () => {
    // A writer's file whose process is gone: only a process that writes clears it.
    mkdirSync(cacheDir, { recursive: true });
    const leftover = join(cacheDir, '0123456789abcdef0123456789abcdef.json.999999999.partial');
    writeFileSync(leftover, '{');
    const readOnly = await openKnowledgeGraph(dir, { cacheDir, writeSnapshot: false });
    expect(snapshots()).toEqual([]);
    expect(existsSync(leftover)).toBe(true);
    const written = await openKnowledgeGraph(dir, { cacheDir });
    expect(snapshots()).toHaveLength(1);
    expect(existsSync(leftover)).toBe(false);
    const reasons: string[] = [];
    const fromSnapshot = await openKnowledgeGraph(dir, {
      cacheDir,
      writeSnapshot: false,
      onSnapshotRejected: (reason) => reasons.push(reason),
    });
    expect(reasons).toEqual([]);
    expect(fromSnapshot.version).toBe(written.version);
    expect(fromSnapshot.graph.order).toBe(readOnly.graph.order);
  });

  it('builds the same graph from the snapshot as from the files', async () => {
    const fromFiles = await openKnowledgeGraph(dir, { cacheDir });
    const fromCache = await openKnowledgeGraph(dir, { cacheDir });
    expect(fromCache.version).toBe(fromFiles.version);
    expect(fromCache.graph.order).toBe(fromFiles.graph.order);
    expect(fromCache.graph.size).toBe(fromFiles.graph.size);
    expect(fromCache.graph.getEdgeAttributes('nsatu-based-in-wiesbaden')).toEqual(
      fromFiles.graph.getEdgeAttributes('nsatu-based-in-wiesbaden'),
    );
    // The walks' adjacency, built from the ends the snapshot holds, is the one built from the keys.
    expect(fromCache.adjacency.others).toEqual(fromFiles.adjacency.others);
    expect(fromCache.adjacency.offsets).toEqual(fromFiles.adjacency.offsets);
    expect(fromCache.adjacency.relations.map((relation) => relation.key)).toEqual(
      fromFiles.adjacency.relations.map((relation) => relation.key),
    );
  });

  it("keeps the explorer's layout with the data: a start from the snapshot takes it instead of computing it", async () => {
    const first = await openKnowledgeGraph(dir, { cacheDir });
    const [name] = snapshots();
    const path = join(cacheDir, name!);
    const written = readSnapshotFile(readFileSync(path, 'utf8'), header(name!));
    expect(written.layout).toEqual(layoutOf(first));
    // A snapshot of the same files with another (valid) layout: what a start finds is what it draws.
    const moved = new Map([...written.layout!].map(([key, { x, y }]) => [key, { x: x + 1000, y }]));
    writeFileSync(path, writeSnapshotFile(written.data, header(name!), { layout: moved }));
    const second = await openKnowledgeGraph(dir, { cacheDir });
    expect(layoutOf(second)?.get('wiesbaden')).toEqual({
      x: layoutOf(first)!.get('wiesbaden')!.x + 1000,
      y: layoutOf(first)!.get('wiesbaden')!.y,
    });
  });

  it('keeps PageRank and betweenness with the data: a start from the snapshot takes them, an edited folder computes them', async () => {
    const first = await openKnowledgeGraph(dir, { cacheDir });
    const [name] = snapshots();
    const path = join(cacheDir, name!);
    const written = readSnapshotFile(readFileSync(path), header(name!));
    expect(written.importance).toEqual(first.importance.stored());
    expect(first.importance.get('nato')!.pageRank).toBeGreaterThan(0);
    // Rewritten (validly) with doubled ranks: a start from it serves what it finds.
    const doubled = {
      ...written.importance!,
      pageRank: written.importance!.pageRank.map((rank) => rank * 2),
    };
    writeFileSync(path, writeSnapshotFile(written.data, header(name!), { importance: doubled }));
    const second = await openKnowledgeGraph(dir, { cacheDir });
    expect(second.importance.get('nato')!.pageRank).toBe(first.importance.get('nato')!.pageRank * 2);
    expect(second.importance.get('nato')!.betweenness).toBe(first.importance.get('nato')!.betweenness);
    expect(second.importance.get('nato')!.degree).toBe(first.importance.get('nato')!.degree);
    // Any edit to the data folder misses that snapshot: the measures are computed afresh.
    const places = join(dir, 'entities', 'places.yaml');
    writeFileSync(places, `${readFileSync(places, 'utf8')}\n`);
    const third = await openKnowledgeGraph(dir, { cacheDir });
    expect(third.importance.get('nato')!.pageRank).toBe(first.importance.get('nato')!.pageRank);
  });

  it('misses the cache when any data file changes, and serves the change', async () => {
    await openKnowledgeGraph(dir, { cacheDir });
    const path = join(dir, 'entities', 'places.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('name: "Wiesbaden"', 'name: "Wiesbaden (Hesse)"'));
    const kg = await openKnowledgeGraph(dir, { cacheDir });
    expect(kg.graph.getNodeAttribute('wiesbaden', 'name')).toBe('Wiesbaden (Hesse)');
    expect(snapshots()).toHaveLength(2);
  });

  it('ignores and rewrites a corrupt snapshot', async () => {
    const first = await openKnowledgeGraph(dir, { cacheDir });
    const [name] = snapshots();
    writeFileSync(join(cacheDir, name!), '{"format": "ukraine-support-graph/snapshot@2", "trunc');
    const reasons: string[] = [];
    const again = await openKnowledgeGraph(dir, { cacheDir, onSnapshotRejected: (r) => reasons.push(r) });
    expect(again.version).toBe(first.version);
    expect(reasons).toHaveLength(1);
    expect(header(name!).dataHash).toBe(first.version);
  });

  it("discards a snapshot whose quote was edited and serves the file's quote, then rewrites it", async () => {
    const fileQuote = NSATU_QUOTE;
    await openKnowledgeGraph(dir, { cacheDir });
    const [name] = snapshots();
    const path = join(cacheDir, name!);
    const written = readFileSync(path, 'utf8');
    expect(written).toContain(fileQuote);
    writeFileSync(path, written.replaceAll('Based in Wiesbaden, Germany', 'Based in Berlin, Germany'));

    const reasons: string[] = [];
    const kg = await openKnowledgeGraph(dir, { cacheDir, onSnapshotRejected: (r) => reasons.push(r) });
    expect(reasons).toEqual([expect.stringContaining('tampered')]);
    const quotes = kg.graph.getEdgeAttributes('nsatu-based-in-wiesbaden').citations.map((c) => c.quote);
    expect(quotes).toContain(fileQuote);
    expect(readFileSync(path, 'utf8')).toBe(written);
    // The rebuilt snapshot is used again without complaint.
    const third: string[] = [];
    await openKnowledgeGraph(dir, { cacheDir, onSnapshotRejected: (r) => third.push(r) });
    expect(third).toEqual([]);
  });

  it("discards a foreign snapshot: one written for other data files, put in this one's place", async () => {
    const mine = await openKnowledgeGraph(dir, { cacheDir });
    const [name] = snapshots();
    const other = join(dir, '..', 'other-data');
    cpSync(dir, other, { recursive: true });
    const places = join(other, 'entities', 'places.yaml');
    writeFileSync(
      places,
      readFileSync(places, 'utf8').replace('name: "Wiesbaden"', 'name: "Wiesbaden (Hesse)"'),
    );
    const theirs = await openKnowledgeGraph(other, { cacheDir });
    const foreign = snapshots().find((candidate) => candidate !== name)!;
    writeFileSync(join(cacheDir, name!), readFileSync(join(cacheDir, foreign)));

    const reasons: string[] = [];
    const kg = await openKnowledgeGraph(dir, { cacheDir, onSnapshotRejected: (r) => reasons.push(r) });
    expect(reasons).toEqual([expect.stringContaining('foreign or stale')]);
    expect(theirs.version).not.toBe(mine.version);
    expect(kg.version).toBe(mine.version);
    expect(kg.graph.getNodeAttribute('wiesbaden', 'name')).toBe('Wiesbaden');
  });

  it('discards a snapshot whose header names another loader (stale after an upgrade)', async () => {
    await openKnowledgeGraph(dir, { cacheDir });
    const [name] = snapshots();
    const path = join(cacheDir, name!);
    const text = readFileSync(path, 'utf8');
    const newline = text.indexOf('\n');
    const stale = { ...JSON.parse(text.slice(0, newline)), loader: 'an-older-loader' };
    writeFileSync(path, `${JSON.stringify(stale)}${text.slice(newline)}`);
    const reasons: string[] = [];
    await openKnowledgeGraph(dir, { cacheDir, onSnapshotRejected: (r) => reasons.push(r) });
    expect(reasons).toEqual([expect.stringContaining('another version of the loader')]);
    expect(header(name!).loader).not.toBe('an-older-loader');
  });

  it('versions the data by the content hash of its files, which anyone can recompute', async () => {
    const kg = await openKnowledgeGraph(dir, { cacheDir: null });
    // The documented rule, done here by hand: SHA-256 over each file in path order, as its path
    // relative to graph-data/, a NUL, its length in bytes, a NUL and its bytes.
    const files = ['sources', 'entities', 'relations', 'coverage'].flatMap((folder) =>
      existsSync(join(dir, folder))
        ? readdirSync(join(dir, folder))
            .filter((name) => !name.startsWith('.'))
            .sort()
            .map((name) => `${folder}/${name}`)
        : [],
    );
    const hash = createHash('sha256');
    for (const path of files) {
      const bytes = readFileSync(join(dir, path));
      hash.update(`${path}\u0000${bytes.length}\u0000`).update(bytes);
    }
    expect(kg.version).toBe(hash.digest('hex'));
    const fromCache = await openKnowledgeGraph(dir, { cacheDir });
    expect((await openKnowledgeGraph(dir, { cacheDir })).version).toBe(kg.version);
    expect(fromCache.version).toBe(kg.version);
  });

  it('reports that content hash as the data version in /health and in stats', async () => {
    const kg = await openKnowledgeGraph(dir, { cacheDir });
    const expected = hashDataFiles((await readDataFiles(dir)).files);
    expect(kg.version).toBe(expected);
    const app = createApp({ current: kg }, DEFAULT_CONFIG);
    const health = (await (await app.fetch('http://test/health')).json()) as { graph: { version: string } };
    expect(health.graph.version).toBe(expected);
    const stats = await runText<{ stats: { version: string } }>(app, '{ stats { version } }');
    expect(stats.data?.stats.version).toBe(expected);
  });

  it('starts without the cache when the cache folder cannot be written', async () => {
    writeFileSync(cacheDir, 'a file where the folder should be');
    const kg = await openKnowledgeGraph(dir, { cacheDir });
    expect(kg.graph.order).toBeGreaterThan(0);
  });

  it('writes nothing when the cache is off', async () => {
    await openKnowledgeGraph(dir, { cacheDir: null });
    expect(existsSync(cacheDir)).toBe(false);
  });
});

describe('leftover snapshot files', () => {
  it('removes the .partial file a crashed writer left, and keeps the one a running writer is writing', async () => {
    mkdirSync(cacheDir, { recursive: true });
    // A process that has exited stands for the crashed writer; this process is a running one.
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    const crashed = join(cacheDir, `0123456789abcdef0123456789abcdef.json.${exited}.partial`);
    const writing = join(cacheDir, `fedcba9876543210fedcba9876543210.json.${process.pid}.partial`);
    writeFileSync(crashed, '{"half": ');
    writeFileSync(writing, '{"half": ');
    await openKnowledgeGraph(dir, { cacheDir });
    expect(existsSync(crashed)).toBe(false);
    expect(existsSync(writing)).toBe(true);
  });
});
