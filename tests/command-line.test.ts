import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { childEnv, testTempDir } from './support/temp-dir.js';
import { writeDataFolder } from './support/data-folder.js';

// The command-line tools as a user meets them: each failure is one clear line that names what
// and where, the data folder is the one the user points at, and a relative path means the
// folder the user typed it in (npm keeps it in INIT_CWD while running scripts from the root).

const ROOT = new URL('..', import.meta.url).pathname;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function runTool(script: string, args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: ROOT, encoding: 'utf8', env: childEnv(env) },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** A small valid data folder (tests/support/data-folder.ts), for tools whose data does not matter. */
const validDataFolder = () => writeDataFolder(testTempDir('valid-data'));

/** A data folder with one entity whose kind is not in the vocabulary. */
function invalidDataFolder(): string {
  const dir = testTempDir('invalid-data');
  for (const folder of ['sources', 'entities', 'relations']) mkdirSync(join(dir, folder));
  writeFileSync(join(dir, 'sources', 'doc.md'), '---\ntitle: Doc\n---\nSome text.\n');
  writeFileSync(
    join(dir, 'entities', 'things.yaml'),
    'entities:\n  - key: thing\n    name: Thing\n    kind: GADGET\n',
  );
  writeFileSync(join(dir, 'relations', 'links.yaml'), 'relations: []\n');
  return dir;
}

describe('npm run check:data', () => {
  it('checks the folder in GRAPH_DATA_DIR, not the repository one, and names it', async () => {
    const dir = invalidDataFolder();
    const outcome = await runTool('src/check-data.ts', [], { GRAPH_DATA_DIR: dir });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(dir);
    expect(outcome.stderr).toContain('GADGET');
  });

  it('names a folder that does not exist, in one problem', async () => {
    const outcome = await runTool('src/check-data.ts', ['/no/such/graph-data']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('/no/such/graph-data');
    expect(outcome.stderr).toContain('folder not found');
  });

  it('resolves a relative folder against the folder the command was typed in', async () => {
    const dir = invalidDataFolder();
    const outcome = await runTool('src/check-data.ts', ['.'], { INIT_CWD: dir });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(dir);
  });

  it("says which folder is valid: by default the repository's graph-data/", async () => {
    const outcome = await runTool('src/check-data.ts', []);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/graph-data is valid: \d+ entities/);
  });
});

describe('npm run export', () => {
  it('refuses an output it cannot write with one line naming the file and why', async () => {
    const out = join(testTempDir('export-missing'), 'no-such-folder', 'graph.nt');
    const outcome = await runTool('src/export-cli.ts', ['--format', 'nt', '--out', out], {
      GRAPH_DATA_DIR: validDataFolder(),
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim()).toBe(`export: cannot write ${out}: its folder does not exist (ENOENT)`);
  });

  it('writes a relative --out into the folder the command was typed in', async () => {
    const dir = testTempDir('export-relative');
    const outcome = await runTool('src/export-cli.ts', ['--format', 'nt', '--out', 'graph.nt'], {
      INIT_CWD: dir,
      GRAPH_DATA_DIR: validDataFolder(),
    });
    expect(outcome.code).toBe(0);
    expect(readFileSync(join(dir, 'graph.nt'), 'utf8')).toContain('<https://ukraine-support-graph.example/');
  });

  it('reads GRAPH_DATA_DIR as the server does', async () => {
    const outcome = await runTool('src/export-cli.ts', ['--format', 'nt'], {
      GRAPH_DATA_DIR: invalidDataFolder(),
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('export: the graph data is invalid');
  });
});

describe('the server on a busy port', () => {
  it('says the port is in use and what to do, in one line, and exits 1', async () => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const port = (blocker.address() as { port: number }).port;
    try {
      const outcome = await runTool('src/server.ts', [], {
        HOST: '127.0.0.1',
        PORT: String(port),
        GRAPH_DATA_DIR: validDataFolder(),
      });
      expect(outcome.code).toBe(1);
      expect(outcome.stderr.trim()).toBe(
        `Cannot listen on 127.0.0.1:${port}: the port is in use: stop the other server, or set PORT to a free port (0 picks one) (EADDRINUSE).`,
      );
    } finally {
      blocker.close();
    }
  });
});

describe('npm run dev', () => {
  it('stops the whole process tree when npm gets SIGTERM, freeing the port', async () => {
    const dev = spawn('npm', ['run', '--silent', 'dev'], {
      cwd: ROOT,
      env: childEnv({
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_REQUESTS: 'false',
        GRAPH_DATA_DIR: validDataFolder(),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    dev.stdout.on('data', (chunk) => {
      log += String(chunk);
    });
    dev.stderr.on('data', (chunk) => {
      log += String(chunk);
    });
    await expect
      .poll(() => /http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(log), { timeout: 40_000 })
      .toBeTruthy();
    const port = /http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(log)![1];
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    dev.kill('SIGTERM');
    await once(dev, 'exit');
    // Nothing is left serving: the server child went with its parent.
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/health`).then(
            () => 'serving',
            () => 'closed',
          ),
        { timeout: 15_000 },
      )
      .toBe('closed');
  }, 60_000);
});
