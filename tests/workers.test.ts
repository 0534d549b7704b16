import { readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkersReport } from '../src/cluster/workers-report.js';
import type { ReloadStatus } from '../src/reload.js';
import { fileTempDir } from './support/temp-dir.js';
import { writeDataFolder } from './support/data-folder.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

// The service on every core (issue 14, item 2): the real server process with WORKERS=2, a
// primary and two workers on one port, on a miniature data folder that the test edits. Waits are
// polls that end when the state is reached; the test's timeout is the only clock, generous
// because a worker started through tsx takes seconds on a busy machine.

interface Health {
  ready: boolean;
  graph: { version: string };
  reload?: ReloadStatus;
  workers: WorkersReport;
}

let server: ServerProcess;
let dir: string;

/**
 * /health on a new connection, so that the primary hands it to the next worker in turn. A
 * connection the primary was handing to a worker as it died is never answered (Node's cluster
 * does not pass it to another worker): after `giveUpMs` the request fails instead of waiting.
 */
function health(giveUpMs = 30_000): Promise<{ body: Health; version: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = get(`${server.base}/health`, { agent: false }, (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += String(chunk);
      });
      response.on('end', () =>
        resolve({ body: JSON.parse(text) as Health, version: response.headers['x-data-version'] as string }),
      );
    });
    request.setTimeout(giveUpMs, () => request.destroy(new Error(`no answer in ${giveUpMs} ms`)));
    request.on('error', reject);
  });
}

/** Asks /health until `done` holds for an answer, and returns that answer. */
async function healthUntil(done: (health: Health) => boolean): Promise<Health> {
  const started = performance.now();
  for (;;) {
    // While a worker dies, a request may be lost with it: ask again on a new connection.
    const answer = await health(2_000).catch(() => null);
    const body = answer?.body;
    if (body && done(body)) return body;
    // Not a timing check: a failure that shows where the cluster stood, before the test's timeout.
    if (performance.now() - started > 50_000) {
      throw new Error(
        `/health never reached the state: ${JSON.stringify(body?.workers)}\n${server.lines().slice(-20).join('\n')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const allServing = (report: WorkersReport) =>
  report.serving === 2 && report.list.every((worker) => worker.phase === 'serving');

beforeAll(async () => {
  dir = fileTempDir('workers-data');
  writeDataFolder(dir);
  server = await startServerProcess({
    WORKERS: '2',
    GRAPH_DATA_DIR: dir,
    WATCH_GRAPH_DATA: 'true',
    LOG_REQUESTS: 'false',
  });
}, 60_000);
afterAll(() => server.stop());

describe('WORKERS=2', () => {
  it('serves one port from two processes, each answering /health for all with its data version', async () => {
    const answeredBy = new Set<number>();
    let last: Health | undefined;
    // Connections go to the workers in turn: within a few, both have answered.
    while (answeredBy.size < 2) {
      const { body, version } = await health();
      expect(version).toBe(body.graph.version);
      if (allServing(body.workers)) answeredBy.add(body.workers.answeredBy);
      last = body;
    }
    const report = last!.workers;
    expect(report.count).toBe(2);
    expect(report.sameVersion).toBe(true);
    expect(report.list.map((worker) => worker.worker)).toEqual([1, 2]);
    expect(new Set(report.list.map((worker) => worker.pid)).size).toBe(2);
    expect(report.list.map((worker) => worker.pid)).not.toContain(server.child.pid);
    expect(report.list.map((worker) => worker.version)).toEqual([last!.graph.version, last!.graph.version]);
    expect(server.lines().filter((line) => line.includes('"event":"listening"'))).toHaveLength(1);
    expect(server.lines().join('\n')).toContain('with 2 workers');
  });

  it('sums both workers in /metrics and names the version each one serves', async () => {
    const { body } = await health();
    const text = await (await fetch(`${server.base}/metrics`)).text();
    expect(text).toMatch(/^graph_workers 2$/m);
    for (const worker of [1, 2]) {
      expect(text).toContain(`graph_data_version_info{worker="${worker}",version="${body.graph.version}"} 1`);
    }
  });

  it('keeps every worker on its graph after an invalid edit, and shows the error in /health', async () => {
    const before = (await health()).body.graph.version;
    const path = join(dir, 'entities', 'places.yaml');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('kind: CITY', 'kind: CASTLE'));
    const failed = await healthUntil((body) => (body.reload?.failedReloads ?? 0) > 0);
    expect(failed.reload?.lastReloadError?.problems[0]).toMatchObject({ file: 'entities/places.yaml' });
    expect(failed.workers.list.map((worker) => worker.version)).toEqual([before, before]);
    writeFileSync(path, original);
    await healthUntil((body) => body.reload?.lastReloadError === null);
  }, 60_000);

  it('brings every worker to the new data version after a valid edit', async () => {
    const before = (await health()).body.graph.version;
    const path = join(dir, 'entities', 'places.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('name: "Wiesbaden"', 'name: "Wiesbaden (Hesse)"'));
    const after = await healthUntil(
      (body) =>
        body.reload?.version !== before &&
        body.workers.list.every((worker) => worker.version === body.reload?.version),
    );
    expect(after.workers.sameVersion).toBe(true);
    const version = after.reload!.version;
    // Every worker now answers from the new graph, and says so in X-Data-Version.
    const seen = new Set<number>();
    while (seen.size < 2) {
      const { body, version: header } = await health();
      expect(header).toBe(version);
      expect(body.graph.version).toBe(version);
      seen.add(body.workers.answeredBy);
    }
    const answer = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(key: "wiesbaden") { name } }' }),
    });
    expect(answer.headers.get('x-data-version')).toBe(version);
    expect(await answer.json()).toMatchObject({ data: { entity: { name: 'Wiesbaden (Hesse)' } } });
    const reloaded = server.lines().filter((line) => line.includes('"event":"reloaded"'));
    // The primary's validation and each worker's swap.
    expect(reloaded.filter((line) => line.includes(version))).toHaveLength(3);
  }, 60_000);

  it('restarts a worker that dies, in its slot, and logs both events', async () => {
    const { body } = await health();
    const victim = body.workers.list[0]!;
    process.kill(victim.pid, 'SIGKILL');
    const after = await healthUntil((next) => {
      const slot = next.workers.list.find((worker) => worker.worker === victim.worker);
      return slot !== undefined && slot.pid !== victim.pid && allServing(next.workers);
    });
    const replaced = after.workers.list.find((worker) => worker.worker === victim.worker)!;
    expect(replaced.restarts).toBe(1);
    expect(replaced.version).toBe(after.reload?.version);
    const log = server.lines().join('\n');
    expect(log).toMatch(new RegExp(`"event":"worker-exited","worker":${victim.worker},"pid":${victim.pid}`));
    expect(log).toMatch(
      new RegExp(`"event":"worker-restarted","worker":${victim.worker},"pid":${replaced.pid}`),
    );
  }, 60_000);

  it('restarts a worker that dies while an invalid edit is on disk on the version the primary validated', async () => {
    const { body } = await health();
    const before = body.graph.version;
    const failedBefore = body.reload?.failedReloads ?? 0;
    const path = join(dir, 'entities', 'places.yaml');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('kind: CITY', 'kind: CASTLE'));
    try {
      await healthUntil((next) => (next.reload?.failedReloads ?? 0) > failedBefore);
      const victim = (await health()).body.workers.list[1]!;
      process.kill(victim.pid, 'SIGKILL');
      const after = await healthUntil((next) => {
        const slot = next.workers.list.find((worker) => worker.worker === victim.worker);
        return slot !== undefined && slot.pid !== victim.pid && allServing(next.workers);
      });
      // The folder is invalid, yet the new worker serves what the other one serves.
      expect(after.workers.list.map((worker) => worker.version)).toEqual([before, before]);
      expect(server.lines().join('\n')).not.toContain('Refusing to start');
    } finally {
      writeFileSync(path, original);
    }
    await healthUntil((next) => next.reload?.lastReloadError === null);
  }, 90_000);

  it('drains every worker on SIGTERM to the primary, and exits 0', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const stopped = server.lines().filter((line) => line.includes('"event":"stopped"'));
    expect(stopped.filter((line) => /"worker":[12]\}/.test(line))).toHaveLength(2);
    expect(stopped.at(-1)).toContain('every worker answered every request it received');
  });
});
