import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKnowledgeGraph } from '../src/load/open-graph.js';
import { DEFAULT_DATA_DIR } from '../src/load/load-graph-data.js';
import { GraphDataError } from '../src/load/errors.js';

// The snapshot cache makes a second start skip YAML validation; it must never serve anything
// the data folder does not say.

let dir: string;
let cacheDir: string;
const snapshots = () =>
  existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.json')) : [];

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'open-graph-'));
  dir = join(root, 'graph-data');
  cacheDir = join(root, 'cache');
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
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

  it('builds the same graph from the snapshot as from the files', async () => {
    const fromFiles = await openKnowledgeGraph(dir, { cacheDir });
    const fromCache = await openKnowledgeGraph(dir, { cacheDir });
    expect(fromCache.version).toBe(fromFiles.version);
    expect(fromCache.graph.order).toBe(fromFiles.graph.order);
    expect(fromCache.graph.size).toBe(fromFiles.graph.size);
    expect(fromCache.graph.getEdgeAttributes('nsatu-based-in-wiesbaden')).toEqual(
      fromFiles.graph.getEdgeAttributes('nsatu-based-in-wiesbaden'),
    );
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
    writeFileSync(join(cacheDir, name!), '{"format": "ukraine-support-graph/snapshot@1", "trunc');
    const again = await openKnowledgeGraph(dir, { cacheDir });
    expect(again.version).toBe(first.version);
    expect(JSON.parse(readFileSync(join(cacheDir, name!), 'utf8')).version).toBe(first.version);
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
