import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A file of this project, found by walking up from here to the folder with package.json, so
 * the same path works from src/ (tsx), dist/ (the build) and dist/server.bundle.mjs (the
 * bundle), whatever the current directory. Falls back to the folder above src/ or dist/.
 */
export function projectFile(path: string): URL {
  for (let dir = new URL('.', import.meta.url); ; ) {
    if (existsSync(new URL('package.json', dir))) return new URL(path, dir);
    const parent = new URL('..', dir);
    if (parent.href === dir.href) return new URL(`../${path}`, import.meta.url);
    dir = parent;
  }
}

/**
 * A path a user typed (a setting, a command-line argument), resolved against the folder they
 * typed it in. npm runs scripts from the project root but keeps the caller's folder in INIT_CWD,
 * so `npm run export -- --out graph.nt` writes where the user is, not into the project.
 */
export function fromWorkingFolder(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
