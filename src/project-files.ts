import { existsSync } from 'node:fs';

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
