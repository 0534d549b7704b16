import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * Temporary folders that tests own: each is made under the system temp folder and removed by
 * the test (or the test file) that made it, so `npm test` leaves nothing behind. .ci/run runs
 * the tests with TMPDIR set to an empty folder and fails if anything is left in it.
 */

const PREFIX = 'ukraine-support-graph-';

/** A fresh folder for the running test, removed when the test finishes, pass or fail. */
export function testTempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${name}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const fileDirs: string[] = [];

/**
 * A fresh folder shared by the tests of one file (made in beforeAll or beforeEach), removed
 * after the file's last test by the hook in tests/support/setup.ts.
 */
export function fileTempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${name}-`));
  fileDirs.push(dir);
  return dir;
}

/** Removes every folder fileTempDir made in this test file. */
export function removeFileTempDirs(): void {
  for (const dir of fileDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  childTemp = null;
}

let childTemp: string | null = null;

/**
 * The environment for a child process a test starts (the server, a command-line tool): the
 * test's own, with TMPDIR pointing at a folder of this test file, so what the child leaves there
 * (tsx keeps a cache and its IPC sockets under the temp folder) goes with the file's other folders.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  childTemp ??= fileTempDir('child');
  return { ...process.env, TMPDIR: childTemp, ...extra };
}
