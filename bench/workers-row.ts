import { availableParallelism, loadavg } from 'node:os';
import type { ExecutionResult } from 'graphql';
import { checkAnswer, requestBody, type BenchOperation } from './realistic-operations.js';
import { startRealServer, cpuTimeMs, processTree } from './server-processes.js';
import { fire, type Measurement } from './load-generator.js';
import { count, ms, printTable } from './print-table.js';
import { findNginx, startNginxReplicas } from '../scripts/nginx-replicas.js';

/**
 * The workers row of bench:http (issue 14, item 2): the same operations against the service run
 * as one process (WORKERS=1) and on every core (WORKERS = the number of cores: a primary and its
 * workers on one port), and, with `--nginx`, as that many single-process replicas behind nginx.
 * The response cache is off and per-client budgets are off (the one client here is the load
 * generator), so each request costs the server its full work. CPU is summed over each server's
 * whole process tree (primary, workers, nginx), read from /proc.
 */

export interface WorkersRowOptions {
  operations: BenchOperation[];
  references: Map<string, ExecutionResult>;
  duration: number;
  warmup: number;
  connections: number;
  /** Add the load-balanced run: that many replicas behind nginx (skipped, with the reason, without nginx). */
  nginx: boolean;
}

/** Server settings shared by every configuration of the row. */
const ENV = { RESPONSE_CACHE_BYTES: '0', COST_BUDGET: '0' };

/** CPU of a process tree between now and the call of the returned function, in cores. */
function treeCpuMeter(roots: number[]): () => number {
  const pids = processTree(roots);
  const wall = performance.now();
  const before = pids.map(cpuTimeMs);
  return () =>
    pids.reduce((sum, pid, index) => sum + (cpuTimeMs(pid) - before[index]!), 0) / (performance.now() - wall);
}

interface Target {
  label: string;
  url: string;
  /** Spawn to every process serving. */
  startedInMs: number;
  roots: number[];
  stop: () => Promise<void>;
}

/** Waits until /health says `workers` workers are serving; `url` is the /graphql address. */
export async function waitForWorkers(url: string, workers: number): Promise<void> {
  const base = url.replace(/\/graphql$/, '');
  for (let attempt = 0; attempt < 1_200; attempt++) {
    const health = (await fetch(`${base}/health`)
      .then((response) => response.json())
      .catch(() => null)) as { workers?: { serving: number } } | null;
    if ((health?.workers?.serving ?? 0) >= workers) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${base}: not every worker was serving after 30 s`);
}

async function startWorkers(workers: number, env: Record<string, string> = {}): Promise<Target> {
  const started = performance.now();
  const server = await startRealServer({ env: { ...ENV, WORKERS: String(workers), ...env } });
  await waitForWorkers(server.url, workers);
  return {
    label: `WORKERS=${workers}${env.NODE_CLUSTER_SCHED_POLICY ? `, scheduling ${env.NODE_CLUSTER_SCHED_POLICY}` : ''}`,
    url: server.url,
    startedInMs: performance.now() - started,
    roots: [server.child.pid!],
    stop: server.stop,
  };
}

async function startBehindNginx(replicas: number): Promise<Target> {
  const started = performance.now();
  const running = await startNginxReplicas(replicas, ENV);
  return {
    label: `${replicas} replicas behind nginx`,
    url: `${running.url}/graphql`,
    startedInMs: performance.now() - started,
    roots: running.pids,
    stop: running.stop,
  };
}

interface Cell {
  target: string;
  operation: string;
  measurement?: Measurement;
  cpu?: number;
  refused?: string;
}

/** Measures and prints the workers row; returns whether every answer was right and 2xx. */
export async function measureWorkersRow(options: WorkersRowOptions): Promise<boolean> {
  const cores = availableParallelism();
  const configurations: { name: string; start: () => Promise<Target> }[] = [
    { name: 'one', start: () => startWorkers(1) },
    { name: 'all', start: () => startWorkers(cores) },
    // The operating system hands connections to the workers instead of the primary (measured
    // against the default round robin; see docs/operations.md).
    { name: 'all-os', start: () => startWorkers(cores, { NODE_CLUSTER_SCHED_POLICY: 'none' }) },
  ];
  const nginxMissing = options.nginx && !findNginx();
  if (options.nginx && !nginxMissing)
    configurations.push({ name: 'nginx', start: () => startBehindNginx(cores) });
  const loadBefore = loadavg()[0]!;
  const cells: Cell[] = [];
  const starts = new Map<string, number>();
  const labels: string[] = [];
  for (const configuration of configurations) {
    const target = await configuration.start();
    labels.push(target.label);
    starts.set(target.label, target.startedInMs);
    process.stderr.write(
      `workers row: ${target.label} at ${target.url} (${Math.round(target.startedInMs)} ms)\n`,
    );
    try {
      for (const operation of options.operations) {
        const refused = await checkAnswer(target.url, operation, options.references.get(operation.name)!);
        if (refused) {
          cells.push({ target: target.label, operation: operation.name, refused });
          continue;
        }
        const request = {
          url: target.url,
          connections: options.connections,
          method: 'POST' as const,
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: requestBody(operation),
        };
        if (options.warmup > 0) await fire({ ...request, duration: options.warmup });
        const stopMeter = treeCpuMeter(target.roots);
        const measurement = await fire({ ...request, duration: options.duration });
        const cpu = stopMeter();
        cells.push({ target: target.label, operation: operation.name, measurement, cpu });
        process.stderr.write(
          `${target.label} / ${operation.name}: ${count(measurement.requestsPerSecond)} req/s\n`,
        );
      }
    } finally {
      await target.stop();
    }
  }
  const loadAfter = loadavg()[0]!;
  const rate = (label: string, operation: string) =>
    cells.find((cell) => cell.target === label && cell.operation === operation)?.measurement
      ?.requestsPerSecond ?? Number.NaN;
  console.log(
    `\nWorkers: one process and every core (${cores}), same operations, response cache and client budgets off, ` +
      `${options.connections} connections, ${options.duration} s per cell; autocannon on 1 thread in this process ` +
      `shares the same ${cores} cores (1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after)`,
  );
  printTable(
    ['operation', 'server', 'req/s', 'p50', 'p99', 'non-2xx', 'server CPU (cores)', 'vs WORKERS=1'],
    options.operations.flatMap((operation) =>
      labels.map((label) => {
        const cell = cells.find((c) => c.target === label && c.operation === operation.name)!;
        const m = cell.measurement;
        if (!m) return [operation.name, label, `wrong answer: not timed (${cell.refused})`];
        const one = rate(labels[0]!, operation.name);
        return [
          operation.name,
          label,
          count(m.requestsPerSecond),
          ms(m.p50),
          ms(m.p99),
          count(m.non2xx + m.errors),
          cell.cpu!.toFixed(2),
          one > 0 ? `${(m.requestsPerSecond / one).toFixed(2)}x` : '-',
        ];
      }),
    ),
  );
  console.log(
    `Start, spawn to every worker serving: ${labels.map((label) => `${label} ${Math.round(starts.get(label)!)} ms`).join('; ')}`,
  );
  if (nginxMissing)
    console.log('The nginx row was asked for but nginx is not installed (apt-get install nginx).');
  return cells.every(
    (cell) =>
      !cell.refused && cell.measurement && cell.measurement.non2xx === 0 && cell.measurement.errors === 0,
  );
}
