import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import type autocannon from 'autocannon';
import { startRealServer, type MemorySample, type ServerProcess } from './server-processes.js';
import { cpuMeter, fire, type Measurement } from './load-generator.js';
import { count, megabytes, ms, nonNegativeNumber, positiveNumber, printTable } from './print-table.js';
import { requireBuild } from './compiled-app.js';
import {
  HEALTHY_OPERATIONS,
  abusiveRequests,
  healthyBody,
  sampleGraph,
  userAddress,
  type GraphSample,
} from './load-workload.js';

/**
 * The load test, on loopback only and bounded in time: the service as `npm start` runs it, in a
 * child process reporting its memory every second, configured as behind a proxy
 * (TRUSTED_PROXY_HEADER=x-forwarded-for), so that each simulated client has its own address.
 *
 *   1. healthy: `--connections` connections (50) for `--duration` seconds (60) of healthy users:
 *      the typed operations with variables drawn afresh for every request from the served graph
 *      (bench/load-workload.ts), each request from one of `--users` addresses (5,000). Most
 *      answers are therefore not in the response cache; the share that was is printed.
 *   2. under abuse: the same, while `--greedy-clients` (4) more clients, each from its own
 *      address over `--greedy-connections` connections (2), send as fast as they are answered
 *      valid operations near the cost limit (every other client) or operations the limits
 *      refuse (the others).
 *
 * It prints healthy throughput and latency per phase, the share of healthy throughput kept
 * under abuse (goal: at least 80%), the server's event-loop delay (goal: p99 under 50 ms, read
 * from /metrics, which monitorEventLoopDelay fills), its memory, and how the abusive requests
 * were answered.
 *
 *   npm run bench:load
 *   npm run bench:load -- --cache off          the response cache off (RESPONSE_CACHE_BYTES=0)
 *   npm run bench:load -- --duration 20 --connections 20 --greedy-clients 8
 *   npm run bench:load -- --server /other/checkout/dist/server.bundle.mjs
 *
 * Exits 1 when a healthy request got anything but a 2xx answer without errors.
 */

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    users: { type: 'string', default: '5000' },
    'greedy-clients': { type: 'string', default: '4' },
    'greedy-connections': { type: 'string', default: '2' },
    'oversized-bytes': { type: 'string', default: '500000' },
    cache: { type: 'string', default: 'on' },
    server: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || !['on', 'off'].includes(values.cache)) {
  console.log(
    'npm run bench:load -- [--duration 60] [--warmup 5] [--connections 50] [--users 5000] [--greedy-clients 4]\n' +
      '  [--greedy-connections 2] [--oversized-bytes 500000] [--cache on|off] [--server dist/server.bundle.mjs]',
  );
  process.exit(values.help ? 0 : 2);
}
const duration = positiveNumber('duration', values.duration);
const warmup = nonNegativeNumber('warmup', values.warmup);
const connections = positiveNumber('connections', values.connections);
const users = positiveNumber('users', values.users);
const greedyClients = nonNegativeNumber('greedy-clients', values['greedy-clients']);
const greedyConnections = positiveNumber('greedy-connections', values['greedy-connections']);
const oversizedBytes = positiveNumber('oversized-bytes', values['oversized-bytes']);
const cacheOn = values.cache === 'on';

if (!values.server) requireBuild();
const server = await startRealServer({
  reportMemory: true,
  entry: values.server,
  env: {
    TRUSTED_PROXY_HEADER: 'x-forwarded-for',
    ...(cacheOn ? {} : { RESPONSE_CACHE_BYTES: '0' }),
  },
});
const graph = await sampleGraph(server.url);
const base = server.url.replace(/\/graphql$/, '');
process.stderr.write(
  `bench:load: the service at ${server.url} (response cache ${cacheOn ? 'on' : 'off'}); ` +
    `${warmup} s warm-up, then 2 phases of ${duration} s\n`,
);

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

interface Delay {
  p99: number;
  max: number;
}

/** The server's event-loop delay since the last scrape, from /metrics (seconds there, ms here). */
async function eventLoopDelay(): Promise<Delay> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^${name} ([0-9.e+-]+)`, 'm').exec(text)?.[1]) * 1000;
  return { p99: read('nodejs_eventloop_lag_p99_seconds'), max: read('nodejs_eventloop_lag_max_seconds') };
}

interface HealthyTally {
  graphqlErrors: number;
  cached: number;
  firstError: string | null;
}

/** The healthy users: every request made afresh, from one of `users` addresses. */
function healthyRun(seconds: number, tally: HealthyTally): Promise<Measurement> {
  const request: autocannon.Request = {
    method: 'POST',
    path: new URL(server.url).pathname,
    headers: JSON_HEADERS,
    setupRequest: (req) => ({
      ...req,
      body: healthyBody(graph),
      headers: { ...JSON_HEADERS, 'x-forwarded-for': userAddress(users) },
    }),
    onResponse: (status: number, body: string) => {
      if (status >= 200 && status < 300 && body.includes('"errors":[')) {
        tally.graphqlErrors++;
        tally.firstError ??= body.slice(0, 300);
      }
      if (body.includes('"cached":true')) tally.cached++;
    },
  };
  return fire({ url: server.url, connections, duration: seconds, requests: [request] });
}

/**
 * How a response answered: its status, and for a body with GraphQL errors the first error's
 * code ("200 QUERY_TOO_COMPLEX"). Only the start of a large body is read: errors come first.
 */
function answerOf(status: number, body: string): string {
  const head = body.slice(0, 4096);
  if (!head.includes('"errors":[')) return String(status);
  return `${status} ${/"code":"([A-Z_]+)"/.exec(head)?.[1] ?? 'error'}`;
}

interface GreedyResult {
  client: number;
  /** What it sends: valid expensive operations, or operations the limits refuse. */
  sends: 'valid' | 'refused';
  measurement: Measurement;
  answers: Record<string, number>;
  /** Valid operations answered with data: what the client got done. */
  served: number;
}

/**
 * The greedy clients: each its own address; the even ones cycle through the valid expensive
 * operations, the odd ones through the refused ones, so that each behaviour shows on its own.
 */
function greedyRuns(seconds: number, samples: GraphSample): Promise<GreedyResult[]> {
  const all = abusiveRequests(oversizedBytes);
  return Promise.all(
    Array.from({ length: greedyClients }, async (_, client) => {
      // Bodies made ahead, 50 of each kind, so that making them costs this process little
      // during the phase: the load generator shares the machine's cores with the server.
      const kinds = all
        .filter((kind) => kind.valid === (client % 2 === 0))
        .map((kind) => {
          const bodies = Array.from({ length: 50 }, () => kind.body(samples));
          let next = 0;
          return { ...kind, body: () => bodies[next++ % bodies.length]! };
        });
      const answers: Record<string, number> = {};
      let served = 0;
      const address = `192.0.2.${client + 1}`;
      const requests: autocannon.Request[] = kinds.map((kind) => ({
        method: 'POST',
        path: new URL(server.url).pathname,
        headers: JSON_HEADERS,
        setupRequest: (req) => ({
          ...req,
          body: kind.body(),
          headers: { ...JSON_HEADERS, 'x-forwarded-for': address },
        }),
        onResponse: (status: number, body: string) => {
          const answer = `${kind.name}: ${answerOf(status, body)}`;
          answers[answer] = (answers[answer] ?? 0) + 1;
          if (kind.valid && status === 200 && !body.slice(0, 4096).includes('"errors":[')) served++;
        },
      }));
      const measurement = await fire(
        { url: server.url, connections: greedyConnections, duration: seconds, requests },
        'all',
      );
      return {
        client,
        sends: client % 2 === 0 ? ('valid' as const) : ('refused' as const),
        measurement,
        answers,
        served,
      };
    }),
  );
}

interface Phase {
  name: string;
  healthy: Measurement;
  tally: HealthyTally;
  cpu: { server: number; client: number };
  memory: MemorySample[];
  delay: Delay;
  greedy: GreedyResult[];
}

async function runPhase(name: string, withAbuse: boolean, target: ServerProcess): Promise<Phase> {
  const tally: HealthyTally = { graphqlErrors: 0, cached: 0, firstError: null };
  const from = Date.now();
  await eventLoopDelay(); // resets the server's delay histogram: what follows is this phase's
  const stopMeter = cpuMeter(target.child.pid!);
  const [healthy, greedy] = await Promise.all([
    healthyRun(duration, tally),
    withAbuse ? greedyRuns(duration, graph) : [],
  ]);
  const cpu = stopMeter();
  const delay = await eventLoopDelay();
  const memory = target.memory.filter((sample) => sample.at >= from - 1000 && sample.at <= Date.now());
  process.stderr.write(`${name}: ${count(healthy.requestsPerSecond)} healthy req/s\n`);
  return { name, healthy, tally, cpu, memory, delay, greedy };
}

let phases: Phase[];
let idleDelay: Delay;
const loadBefore = loadavg()[0]!;
try {
  // The event loop's delay with no load at all: what the machine alone costs (a shared machine
  // delays a process's timers by tens of milliseconds whatever the process does).
  await eventLoopDelay();
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  idleDelay = await eventLoopDelay();
  if (warmup > 0) await healthyRun(warmup, { graphqlErrors: 0, cached: 0, firstError: null });
  phases = [
    await runPhase('healthy', false, server),
    await runPhase(`beside ${greedyClients} greedy clients`, true, server),
  ];
} finally {
  await server.stop();
}
const loadAfter = loadavg()[0]!;

console.log(
  `\nLoad test on loopback of ${values.server ?? 'dist/server.bundle.mjs'}, response cache ${cacheOn ? 'on' : 'off'}: ` +
    `${connections} healthy connections from ${count(users)} user addresses, a fresh request each time from ` +
    `${HEALTHY_OPERATIONS.length} operations (${HEALTHY_OPERATIONS.map((operation) => operation.name).join(', ')}); ` +
    `${greedyClients} greedy clients of ${greedyConnections} connections each in phase 2. ${duration} s per phase after ` +
    `${warmup} s warm-up. autocannon runs in this process, the server in a child process; ${cpus().length} cores ` +
    `shared with whatever else runs (1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after), Node ${process.versions.node}.\n`,
);
printTable(
  [
    'phase',
    'healthy req/s',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'conn. errors',
    'GraphQL errors',
    'from cache',
    'loop delay p99 ms',
    'max ms',
    'server CPU',
    'client CPU',
  ],
  phases.map((phase) => [
    phase.name,
    count(phase.healthy.requestsPerSecond),
    ms(phase.healthy.p50),
    ms(phase.healthy.p99),
    count(phase.healthy.non2xx),
    count(phase.healthy.errors),
    count(phase.tally.graphqlErrors),
    `${Math.round((100 * phase.tally.cached) / Math.max(1, phase.healthy.responses))}%`,
    ms(phase.delay.p99),
    ms(phase.delay.max),
    `${Math.round(phase.cpu.server * 100)}%`,
    `${Math.round(phase.cpu.client * 100)}%`,
  ]),
);
const memoryCells = (samples: MemorySample[], field: 'rss' | 'heapUsed') =>
  samples.length === 0
    ? ['-', '-', '-']
    : [
        megabytes(samples[0]![field]),
        megabytes(Math.max(...samples.map((sample) => sample[field]))),
        megabytes(samples.at(-1)![field]),
      ];
console.log('\nServer memory, sampled every second, MB: start, max, end of each phase');
printTable(
  ['phase', 'RSS start', 'RSS max', 'RSS end', 'heap start', 'heap max', 'heap end', 'samples'],
  phases.map((phase) => [
    phase.name,
    ...memoryCells(phase.memory, 'rss'),
    ...memoryCells(phase.memory, 'heapUsed'),
    String(phase.memory.length),
  ]),
);

const abused = phases[1]!;
if (abused.greedy.length > 0) {
  console.log('\nGreedy clients during phase 2: what each got (latency over every response)');
  printTable(
    [
      'client',
      'sends',
      'responses',
      'valid ops served',
      'served/s',
      '429s',
      'conn. errors',
      'p50 ms',
      'p99 ms',
    ],
    abused.greedy.map(({ client, sends, measurement, answers, served }) => [
      `192.0.2.${client + 1}`,
      sends,
      count(measurement.responses),
      count(served),
      (served / measurement.durationSeconds).toFixed(1),
      count(
        Object.entries(answers)
          .filter(([answer]) => answer.includes('429'))
          .reduce((sum, [, n]) => sum + n, 0),
      ),
      count(measurement.errors),
      ms(measurement.p50),
      ms(measurement.p99),
    ]),
  );
  const byKind: Record<string, number> = {};
  for (const { answers } of abused.greedy) {
    for (const [answer, n] of Object.entries(answers)) byKind[answer] = (byKind[answer] ?? 0) + n;
  }
  console.log('\nTheir requests by kind and answer (status and first error code):');
  printTable(
    ['request: answer', 'count'],
    Object.entries(byKind)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([answer, n]) => [answer, count(n)]),
  );
}

const share = abused.healthy.requestsPerSecond / phases[0]!.healthy.requestsPerSecond;
const worstDelay = Math.max(...phases.map((phase) => phase.delay.p99));
console.log(
  `\nEvent-loop delay is sampled every 10 ms by perf_hooks.monitorEventLoopDelay (nodejs_eventloop_lag_* in /metrics), ` +
    `so a loop never held still reads about 10 ms. With no load at all, on this machine now: p99 ${ms(idleDelay.p99)} ms, max ${ms(idleDelay.max)} ms.`,
);
console.log(
  `\nHealthy throughput beside ${greedyClients} greedy clients: ${Math.round(share * 100)}% of the healthy phase ` +
    `(goal at least 80%: ${share >= 0.8 ? 'met' : 'not met'}).`,
);
console.log(
  `Event-loop delay p99: ${phases.map((phase) => `${ms(phase.delay.p99)} ms ${phase.name}`).join(', ')} ` +
    `(goal under 50 ms: ${worstDelay < 50 ? 'met' : 'not met'}).`,
);
const failures = phases.filter(
  (phase) => phase.healthy.non2xx + phase.healthy.errors + phase.tally.graphqlErrors > 0,
);
if (failures.length > 0) {
  console.log(
    `FAILED: healthy requests got non-2xx answers, connection errors or GraphQL errors in: ${failures.map((p) => p.name).join(', ')}.` +
      (failures.some((phase) => phase.tally.firstError)
        ? ` First error: ${failures.find((phase) => phase.tally.firstError)!.tally.firstError}`
        : ''),
  );
  process.exitCode = 1;
} else {
  console.log('Every healthy request got a 2xx answer without errors, in both phases.');
}
