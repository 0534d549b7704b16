import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import { adoptLayout, layoutOf } from '../graph/layout.js';
import type { GraphData } from '../graph/types.js';
import { DEFAULT_DATA_DIR, readDataFiles, validateDataFiles, type DataFile } from './load-graph-data.js';
import {
  SNAPSHOT_FORMAT,
  readSnapshotFile,
  writeSnapshotFile,
  type DecodedSnapshot,
  type SnapshotExpectation,
  type SnapshotExtras,
} from './snapshot.js';
import { projectFile } from '../project-files.js';

/**
 * Opening the graph: read graph-data/, validate it, build. Validating the YAML is most of the
 * work, so a validated copy is kept as a snapshot in a cache folder. What is served must be
 * what the files say, so the cache proves it rather than trusting a file name:
 *
 * - The **data version** is a content hash of the data files ({@link hashDataFiles}); it is
 *   what `/health` and `stats.version` report, and it changes exactly when a file does.
 * - A snapshot is named by a hash of that version and of the loader's own code, and its first
 *   line restates both, with the SHA-256 of the snapshot's content below it.
 * - On open, a snapshot is used only when its header names these data files and this loader
 *   and its content still hashes to what the header says. A tampered, stale or foreign
 *   snapshot (edited by hand, written for other files, copied from elsewhere) is discarded and
 *   rebuilt from the files; so is one that cannot be read or decoded.
 *
 * The snapshot also keeps the explorer's layout of the data (src/graph/layout.ts) and each entity's
 * PageRank and betweenness (src/graph/importance.ts), so that a start from it does not compute them
 * again. The cache is only a cache: a cache folder that cannot be
 * written costs speed, never the start.
 */

const HERE = dirname(fileURLToPath(import.meta.url));

/** node_modules/.cache/<name> at the package root, the usual home of build caches; none without node_modules. */
export const DEFAULT_CACHE_DIR = existsSync(projectFile('node_modules/'))
  ? fileURLToPath(projectFile('node_modules/.cache/ukraine-support-graph'))
  : null;

export interface OpenOptions {
  /** Where validated snapshots are kept; null turns the cache off. */
  cacheDir?: string | null;
  /**
   * Called when a snapshot was found but not used, with why (tampered, stale, foreign,
   * unreadable); for logs and tests. A missing snapshot is no event.
   */
  onSnapshotRejected?: (reason: string) => void;
  /**
   * Whether a missing snapshot is written, and crashed writers' `.partial` files removed (true by
   * default). The workers of a cluster only read: their primary writes (src/cluster/primary.ts).
   */
  writeSnapshot?: boolean;
  /**
   * A version the cluster's primary validated: served from its snapshot, whatever the folder's
   * files say now, so that a worker restarted while an invalid edit is on disk serves what the
   * others serve instead of refusing to start. Without that snapshot, the folder is read as usual.
   */
  version?: string | null;
}

let loaderFingerprint: Promise<string> | undefined;

/**
 * A hash of the loader's own code: this file, and the folders of the loader and the graph
 * vocabulary it validates against when they are there (from src/ or dist/; in a bundle this
 * file is the whole bundle, loader included).
 */
function fingerprintLoader(): Promise<string> {
  loaderFingerprint ??= (async () => {
    const hash = createHash('sha256')
      .update(SNAPSHOT_FORMAT)
      .update(await readFile(fileURLToPath(import.meta.url)));
    for (const folder of [HERE, join(HERE, '..', 'graph')]) {
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const name of names.sort()) {
        if (!/\.(js|ts)$/.test(name)) continue;
        hash.update(name).update(await readFile(join(folder, name)));
      }
    }
    return hash.digest('hex');
  })();
  return loaderFingerprint;
}

/**
 * The content hash of a data folder's files, which is the data version: SHA-256, hex, over each
 * file in path order as its path relative to graph-data/, a NUL, its length in bytes, a NUL and
 * its bytes. `readDataFiles` lists files in that order already.
 */
export function hashDataFiles(files: readonly DataFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\u0000${file.bytes.length}\u0000`).update(file.bytes);
  return hash.digest('hex');
}

async function readCached(
  path: string,
  expected: SnapshotExpectation,
  onRejected: ((reason: string) => void) | undefined,
): Promise<DecodedSnapshot | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return null; // no snapshot yet
  }
  try {
    return readSnapshotFile(bytes, expected);
  } catch (error) {
    onRejected?.(error instanceof Error ? error.message : String(error));
    return null;
  }
}

async function writeCached(
  path: string,
  data: GraphData,
  extras: SnapshotExtras,
  expected: SnapshotExpectation,
): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, writeSnapshotFile(data, expected, extras));
    await rename(partial, path);
    await pruneCache(dirname(path));
  } catch {
    // A read-only install still starts, only without the cache.
  }
}

/** Whether a process with this id is running (a snapshot writer that has not crashed). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const partialsRemoved = new Map<string, Promise<void>>();

/**
 * Removes the `.partial` files that snapshot writers left when they crashed mid-write (their
 * process is gone), once per cache folder and process. A writer still running keeps its file.
 */
function removeLeftoverPartials(dir: string): Promise<void> {
  let removed = partialsRemoved.get(dir);
  if (removed) return removed;
  removed = (async () => {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const pid = /\.(\d+)\.partial$/.exec(name)?.[1];
      if (pid !== undefined && !isRunning(Number(pid)))
        await rm(join(dir, name), { force: true }).catch(() => {});
    }
  })();
  partialsRemoved.set(dir, removed);
  return removed;
}

/** Snapshots kept: the data being served and a few recent edits of it. */
const CACHE_ENTRIES = 8;

async function pruneCache(dir: string): Promise<void> {
  const entries = await Promise.all(
    (await readdir(dir))
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => ({ name, time: (await stat(join(dir, name))).mtimeMs })),
  );
  entries.sort((a, b) => b.time - a.time);
  await Promise.all(entries.slice(CACHE_ENTRIES).map((entry) => rm(join(dir, entry.name), { force: true })));
}

/** Where the snapshot of a data version written by this loader lives. */
function snapshotPath(cacheDir: string, expected: SnapshotExpectation): string {
  const name = createHash('sha256')
    .update(`${expected.loader}\u0000${expected.dataHash}`)
    .digest('hex')
    .slice(0, 32);
  return join(cacheDir, `${name}.json`);
}

/** The graph of a data version from its snapshot, if there is a sound one; else null. */
async function openSnapshot(
  cacheDir: string,
  version: string,
  onRejected: OpenOptions['onSnapshotRejected'],
): Promise<KnowledgeGraph | null> {
  const expected: SnapshotExpectation = { dataHash: version, loader: await fingerprintLoader() };
  const cached = await readCached(snapshotPath(cacheDir, expected), expected, onRejected);
  if (!cached) return null;
  const kg = buildKnowledgeGraph(cached.data, version, { importance: cached.importance, ends: cached.ends });
  if (cached.layout) adoptLayout(kg, cached.layout);
  return kg;
}

/**
 * Loads, validates and builds the graph from a data folder, through the snapshot cache. Throws
 * GraphDataError, listing every problem, when the data is invalid; nothing is half-built.
 */
export async function openKnowledgeGraph(
  dir: string = DEFAULT_DATA_DIR,
  options: OpenOptions = {},
): Promise<KnowledgeGraph> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const writeSnapshot = options.writeSnapshot ?? true;
  if (options.version != null && cacheDir !== null) {
    const validated = await openSnapshot(cacheDir, options.version, options.onSnapshotRejected);
    if (validated) return validated;
  }
  if (cacheDir !== null && writeSnapshot) await removeLeftoverPartials(cacheDir);
  const read = await readDataFiles(dir);
  const version = hashDataFiles(read.files);
  if (cacheDir === null || read.problems.length > 0) {
    return buildKnowledgeGraph(validateDataFiles(read), version);
  }
  const cached = await openSnapshot(cacheDir, version, options.onSnapshotRejected);
  if (cached) return cached;
  const expected: SnapshotExpectation = { dataHash: version, loader: await fingerprintLoader() };
  const cachePath = snapshotPath(cacheDir, expected);
  const data = validateDataFiles(read);
  const kg = buildKnowledgeGraph(data, version);
  // The explorer's layout and the importance measures are kept with the data: the next start
  // reads them instead of computing them.
  if (writeSnapshot) {
    await writeCached(
      cachePath,
      data,
      { layout: layoutOf(kg), importance: kg.importance.stored() },
      expected,
    );
  }
  return kg;
}
