import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { GraphData } from '../graph/types.js';
import { DEFAULT_DATA_DIR, readDataFiles, validateDataFiles, type DataFile } from './load-graph-data.js';
import { SNAPSHOT_FORMAT, decodeSnapshot, encodeSnapshot } from './snapshot.js';
import { projectFile } from '../project-files.js';

/**
 * Opening the graph: read graph-data/, validate it, build. Validating the YAML is most of the
 * work, so a validated copy is kept as a snapshot in a cache folder, named by a hash of every
 * data file's path and bytes and of the loader's own code. The next start with the same files
 * and the same loader decodes the snapshot instead; any change to either misses the cache, so
 * a snapshot is never stale. The cache is only a cache: a snapshot that cannot be read or
 * decoded is ignored (and rewritten), and a cache folder that cannot be written costs speed,
 * never the start.
 */

const HERE = dirname(fileURLToPath(import.meta.url));

/** node_modules/.cache/<name> at the package root, the usual home of build caches; none without node_modules. */
export const DEFAULT_CACHE_DIR = existsSync(projectFile('node_modules/'))
  ? fileURLToPath(projectFile('node_modules/.cache/ukraine-support-graph'))
  : null;

export interface OpenOptions {
  /** Where validated snapshots are kept; null turns the cache off. */
  cacheDir?: string | null;
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

async function cacheKey(files: readonly DataFile[]): Promise<string> {
  const hash = createHash('sha256').update(await fingerprintLoader());
  for (const file of files)
    hash.update(`\u0000${file.path}\u0000${file.bytes.length}\u0000`).update(file.bytes);
  return hash.digest('hex').slice(0, 32);
}

async function readCached(path: string): Promise<{ data: GraphData; version: string } | null> {
  try {
    return decodeSnapshot(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return null;
  }
}

async function writeCached(path: string, data: GraphData, version: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(encodeSnapshot(data, version)));
    await rename(partial, path);
    await pruneCache(dirname(path));
  } catch {
    // A read-only install still starts, only without the cache.
  }
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

/** The data's version: a hash of the validated data, so it changes exactly when the data does. */
function versionOf(data: GraphData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12);
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
  const read = await readDataFiles(dir);
  const cachePath =
    cacheDir !== null && read.problems.length === 0
      ? join(cacheDir, `${await cacheKey(read.files)}.json`)
      : null;
  const cached = cachePath ? await readCached(cachePath) : null;
  if (cached) return buildKnowledgeGraph(cached.data, cached.version);
  const data = validateDataFiles(read);
  const version = versionOf(data);
  if (cachePath) await writeCached(cachePath, data, version);
  return buildKnowledgeGraph(data, version);
}
