import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The HTTP benchmarks measure the service as `npm start` runs it: compiled JavaScript in dist/.
 * The peers and the reference answers load the same compiled modules, so every server in a run
 * serves one schema object and one graph built by one copy of the code.
 */

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** What `npm start` runs: the esbuild bundle of dist/server.js. */
export const SERVER_ENTRY = join(DIST, 'server.bundle.mjs');

/** Stops with a message saying what to run when dist/ is missing; warns when it is older than src/. */
let checked = false;
export function requireBuild(): void {
  if (checked) return;
  checked = true;
  if (!existsSync(SERVER_ENTRY)) {
    console.error(
      `${SERVER_ENTRY} is missing: run \`npm run build\` first (the npm bench scripts build for you).`,
    );
    process.exit(2);
  }
  const built = statSync(SERVER_ENTRY).mtimeMs;
  const newer = newestSource(join(ROOT, 'src'));
  if (newer && newer.mtimeMs > built) {
    console.error(
      `warning: ${newer.path} is newer than dist/: run \`npm run build\` to measure the current code.`,
    );
  }
}

function newestSource(dir: string): { path: string; mtimeMs: number } | null {
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const { mtimeMs } = statSync(path);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}

async function importCompiled<Module>(path: string): Promise<Module> {
  return (await import(pathToFileURL(join(DIST, path)).href)) as Module;
}

/** The compiled schema, graph loader and context factory, typed by their sources. */
export async function loadCompiledApp() {
  requireBuild();
  const [{ schema }, { openKnowledgeGraph }, { createContext }] = await Promise.all([
    importCompiled<typeof import('../src/schema/index.js')>('schema/index.js'),
    importCompiled<typeof import('../src/load/open-graph.js')>('load/open-graph.js'),
    importCompiled<typeof import('../src/context.js')>('context.js'),
  ]);
  return { schema, openKnowledgeGraph, createContext };
}
