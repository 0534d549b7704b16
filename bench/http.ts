import { parseArgs } from 'node:util';
import { availableParallelism, cpus, loadavg } from 'node:os';
import type autocannon from 'autocannon';
import {
  HTTP_OPERATIONS,
  checkAnswer,
  pickOperations,
  referenceAnswers,
  requestBody,
  type BenchOperation,
} from './realistic-operations.js';
import { HEALTHY_OPERATIONS, healthyBody, sampleGraph, type GraphSample } from './load-workload.js';
import { startPeer, startRealServer, type ServerProcess } from './server-processes.js';
import { cpuMeter, fire, type Measurement } from './load-generator.js';
import { count, megabytes, ms, nonNegativeNumber, positiveNumber, printTable } from './print-table.js';
import { requireBuild } from './compiled-app.js';
import { measureWorkersRow, waitForWorkers } from './workers-row.js';

/**
 * The HTTP benchmark: autocannon on loopback against the service as `npm start` runs it and, in
 * the same run, against the same schema and graph served by its peers, one server at a time, each
 * in its own process, so that noise on the machine falls on all of them. Two sections:
 *
 * - **Cache off**: the service with RESPONSE_CACHE_BYTES=0 and every other protection on (cost
 *   and depth limits, per-client budgets, deadlines, request logs, metrics) against Mercurius with
 *   graphql-jit, Apollo Server 5, and raw node:http answering precomputed bodies (the ceiling).
 * - **Cache on**: the service with its response cache (the default 50 MB) against Mercurius with
 *   graphql-jit and mercurius-cache.
 *
 * Each section times the four fixed operations (the same request over and over: each server's
 * answer is first checked against graphql's `execute`) and the varied-variables mix of bench:load
 * (`mix`: a fresh request each time, from the typed operations with keys, words, page sizes and
 * ends drawn from the graph, so that most answers are not in any cache; every answer is checked to
 * be a 2xx without GraphQL errors).
 *
 * The service is run as behind a proxy (TRUSTED_PROXY_HEADER=x-forwarded-for) and every request
 * carries one of `--users` client addresses (5,000), as in bench:load: its per-client budgets stay
 * on and each simulated user has its own, instead of one client spending its budget in a second and
 * being answered 429. The peers get the same header and ignore it.
 *
 *   npm run bench:http
 *   npm run bench:http -- --duration 5 --warmup 1 --connections 20 --operations purl,path,mix
 *   npm run bench:http -- --servers yoga,mercurius
 *   npm run bench:http -- --rounds 3          every server 3 times over, the median round per cell
 */

interface ServerSpec {
  name: string;
  label: string;
  section: 'cache off' | 'cache on';
  /** The service (as `npm start` runs it) rather than a peer. */
  service: boolean;
  /** Whether it can answer requests it has not precomputed (the varied-variables mix). */
  answersAnything: boolean;
  start: () => Promise<ServerProcess>;
}

/** The service's settings in every row: behind a proxy, one process. */
const SERVICE_ENV = {
  TRUSTED_PROXY_HEADER: 'x-forwarded-for',
  // One process, whatever the default becomes: the "all workers" row is its own row.
  WORKERS: '1',
};

const SERVER_SPECS: ServerSpec[] = [
  {
    name: 'ceiling',
    label: 'node:http, precomputed',
    section: 'cache off',
    service: false,
    answersAnything: false,
    start: () => startPeer('ceiling', { reportMemory: true }),
  },
  {
    name: 'yoga',
    label: 'this service, cache off',
    section: 'cache off',
    service: true,
    answersAnything: true,
    start: () => startRealServer({ reportMemory: true, env: { ...SERVICE_ENV, RESPONSE_CACHE_BYTES: '0' } }),
  },
  {
    name: 'yoga-workers',
    label: `this service, cache off, all ${availableParallelism()} workers`,
    section: 'cache off',
    service: true,
    answersAnything: true,
    // One worker per core, WORKERS's default as `npm start` runs it; timed once every worker serves.
    start: async () => {
      const env = { ...SERVICE_ENV, RESPONSE_CACHE_BYTES: '0', WORKERS: String(availableParallelism()) };
      const server = await startRealServer({ reportMemory: true, env });
      await waitForWorkers(server.url, availableParallelism());
      return server;
    },
  },
  {
    name: 'apollo',
    label: 'Apollo Server 5',
    section: 'cache off',
    service: false,
    answersAnything: true,
    start: () => startPeer('apollo', { reportMemory: true }),
  },
  {
    name: 'yoga-bare',
    label: 'graphql-yoga alone',
    section: 'cache off',
    service: false,
    answersAnything: true,
    start: () => startPeer('yoga-bare', { reportMemory: true }),
  },
  {
    name: 'jit-bare',
    label: 'node:http + graphql-jit, no protections',
    section: 'cache off',
    service: false,
    // The mix's where-filters take graphql-jit seconds to compile (src/compiled-execution.ts).
    answersAnything: false,
    start: () => startPeer('jit-bare', { reportMemory: true }),
  },
  {
    name: 'mercurius',
    label: 'Mercurius, graphql-jit',
    section: 'cache off',
    service: false,
    answersAnything: true,
    start: () => startPeer('mercurius', { reportMemory: true }),
  },
  {
    name: 'yoga-cache',
    label: 'this service, cache on',
    section: 'cache on',
    service: true,
    answersAnything: true,
    start: () => startRealServer({ reportMemory: true, env: SERVICE_ENV }),
  },
  {
    name: 'mercurius-cache',
    label: 'Mercurius, graphql-jit + mercurius-cache',
    section: 'cache on',
    service: false,
    answersAnything: true,
    start: () => startPeer('mercurius-cache', { reportMemory: true }),
  },
];

/**
 * Rows of the service with all its workers (several processes on one port), printed in the
 * cache-off summary beside the one-process row.
 */
const WORKER_ROWS: string[] = ['yoga-workers'];

/** The varied-variables mix, timed as an operation of its own. */
const MIX: BenchOperation = {
  name: 'mix',
  description: `varied variables: ${HEALTHY_OPERATIONS.map((operation) => operation.name).join(', ')}`,
  file: '',
};

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    users: { type: 'string', default: '5000' },
    operations: { type: 'string' },
    servers: { type: 'string', default: SERVER_SPECS.map((spec) => spec.name).join(',') },
    rounds: { type: 'string', default: '1' },
    'workers-detail': { type: 'boolean', default: false },
    nginx: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run bench:http -- [--duration 10] [--warmup 2] [--connections 10] [--users 5000]
    [--operations ${[...HTTP_OPERATIONS, MIX].map((op) => op.name).join(',')}]
    [--servers ${SERVER_SPECS.map((spec) => spec.name).join(',')}] [--rounds 1]
    [--workers-detail] [--nginx]   one process against every core with Node's and the kernel's
                                   scheduling and, with --nginx, replicas behind nginx (bench/workers-row.ts)`);
  process.exit(0);
}
const duration = positiveNumber('duration', values.duration);
const warmup = nonNegativeNumber('warmup', values.warmup);
const connections = positiveNumber('connections', values.connections);
const users = positiveNumber('users', values.users);
const rounds = positiveNumber('rounds', values.rounds);
const operations = pickOperations([...HTTP_OPERATIONS, MIX], values.operations);
const fixedOperations = operations.filter((operation) => operation !== MIX);
const servers = values.servers
  .split(',')
  .map((name) => SERVER_SPECS.find((spec) => spec.name === name.trim()));
if (servers.some((spec) => !spec)) {
  console.error(`--servers takes a list of ${SERVER_SPECS.map((spec) => spec.name).join(', ')}`);
  process.exit(2);
}
const specs = servers as ServerSpec[];

requireBuild();
const references = await referenceAnswers(fixedOperations);

interface Row {
  server: string;
  operation: string;
  /** Why this server was not timed on this operation: its answer was not the reference answer. */
  refused?: string;
  measurement?: Measurement;
  /** Mix only: 2xx answers that carried GraphQL errors. */
  graphqlErrors?: number;
  cpu?: { server: number; client: number };
}
const measured: Row[] = [];
/** The most memory each server held while it was measured, MB (the largest over rounds). */
const peakMemory = new Map<string, { rss: number; heapUsed: number }>();
/** Entities of the served graph, read once, for the mix's variables. */
let graph: GraphSample | null = null;

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
let nextUser = 0;
/** The next of `users` client addresses, in turn. */
const userAddress = () => {
  const n = nextUser++ % users;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

const cells = specs.reduce(
  (sum, spec) => sum + operations.filter((operation) => operation !== MIX || spec.answersAnything).length,
  0,
);
process.stderr.write(
  `bench:http: ${specs.length} servers, ${operations.length} operations, ${rounds} round(s): ${cells * rounds} cells of ` +
    `${warmup} s warm-up + ${duration} s, ${connections} connections: about ${Math.ceil((cells * rounds * (duration + warmup)) / 60)} min\n`,
);
const loadBefore = loadavg();

/** The autocannon request for an operation: fixed body, or (mix) a fresh one each time; each from the next user. */
function requestFor(
  url: string,
  operation: BenchOperation,
  tally: { graphqlErrors: number; first: string | null },
) {
  const body = operation === MIX ? null : requestBody(operation);
  const request: autocannon.Request = {
    method: 'POST',
    path: new URL(url).pathname,
    headers: JSON_HEADERS,
    setupRequest: (req) => ({
      ...req,
      body: body ?? healthyBody(graph!),
      headers: { ...JSON_HEADERS, 'x-forwarded-for': userAddress() },
    }),
    ...(operation === MIX
      ? {
          onResponse: (status: number, responseBody: string) => {
            if (status >= 200 && status < 300 && responseBody.includes('"errors":[')) {
              tally.graphqlErrors++;
              tally.first ??= responseBody.slice(0, 300);
            }
          },
        }
      : {}),
  };
  return { url, connections, requests: [request] };
}

/** Starts one server, checks its answers, times each operation, and stops it. */
async function measureServer(spec: ServerSpec): Promise<void> {
  const running = await spec.start();
  try {
    process.stderr.write(
      `${spec.name}: listening at ${running.url} (${Math.round(running.startedInMs)} ms)\n`,
    );
    for (const operation of operations) {
      if (operation === MIX && !spec.answersAnything) continue;
      if (operation === MIX) graph ??= await sampleGraph(running.url);
      else {
        const refused = await checkAnswer(running.url, operation, references.get(operation.name)!);
        if (refused) {
          process.stderr.write(`${spec.name} / ${operation.name}: NOT TIMED, wrong answer: ${refused}\n`);
          measured.push({ server: spec.name, operation: operation.name, refused });
          continue;
        }
      }
      if (warmup > 0)
        await fire({
          ...requestFor(running.url, operation, { graphqlErrors: 0, first: null }),
          duration: warmup,
        });
      const tally = { graphqlErrors: 0, first: null as string | null };
      const stopMeter = cpuMeter(running.child.pid!);
      const measurement = await fire({ ...requestFor(running.url, operation, tally), duration });
      const cpu = stopMeter();
      measured.push({
        server: spec.name,
        operation: operation.name,
        measurement,
        cpu,
        graphqlErrors: tally.graphqlErrors,
      });
      if (tally.first)
        process.stderr.write(`${spec.name} / ${operation.name}: GraphQL errors, first: ${tally.first}\n`);
      process.stderr.write(
        `${spec.name} / ${operation.name}: ${count(measurement.requestsPerSecond)} req/s, p50 ${ms(measurement.p50)} ms, p99 ${ms(measurement.p99)} ms\n`,
      );
    }
  } finally {
    await running.stop();
    const peak = peakMemory.get(spec.name) ?? { rss: 0, heapUsed: 0 };
    for (const sample of running.memory) {
      peak.rss = Math.max(peak.rss, sample.rss);
      peak.heapUsed = Math.max(peak.heapUsed, sample.heapUsed);
    }
    peakMemory.set(spec.name, peak);
  }
}

for (let round = 0; round < rounds; round++) {
  for (const spec of specs) await measureServer(spec);
}
const loadAfter = loadavg();

/** Per cell, the round with the median rate (the only round by default); a wrong answer in any round wins. */
const rows: Row[] = specs.flatMap((spec) =>
  operations.flatMap((operation) => {
    const cell = measured.filter((row) => row.server === spec.name && row.operation === operation.name);
    if (cell.length === 0) return [];
    const refused = cell.find((row) => row.refused);
    if (refused) return [refused];
    const sorted = cell.sort((a, b) => a.measurement!.requestsPerSecond - b.measurement!.requestsPerSecond);
    return [sorted[Math.floor((sorted.length - 1) / 2)]!];
  }),
);

const rowOf = (server: string, operation: string) =>
  rows.find((row) => row.server === server && row.operation === operation);
const rate = (server: string, operation: string) =>
  rowOf(server, operation)?.measurement?.requestsPerSecond ?? Number.NaN;
/** a/b; "peer: none" when the peer answered nothing in the cell and this did. */
const ratio = (a: number, b: number) =>
  !Number.isFinite(a) || !Number.isFinite(b)
    ? '-'
    : b > 0
      ? `${(a / b).toFixed(2)}x`
      : a > 0
        ? 'peer: none'
        : '-';
const pct = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : '-');
const cellRate = (server: string, operation: string) => {
  const row = rowOf(server, operation);
  if (!row) return '-';
  return row.measurement ? count(row.measurement.requestsPerSecond) : 'wrong answer';
};
const load = (average: number[]) => average.map((value) => value.toFixed(2)).join(' / ');
const has = (name: string) => specs.some((spec) => spec.name === name);

console.log(
  `\nHTTP on loopback: ${connections} connections, ${duration} s per cell after ${warmup} s warm-up` +
    `${rounds > 1 ? `, median of ${rounds} rounds` : ''}; autocannon on 1 thread in this process, each server in its own process, one at a time, ` +
    `every request from one of ${count(users)} client addresses (X-Forwarded-For).\n` +
    `Machine: ${cpus().length} cores shared with whatever else runs, Node ${process.versions.node}; load average (1 / 5 / 15 min) ` +
    `${load(loadBefore)} at the start, ${load(loadAfter)} at the end.`,
);
console.log(
  'The service runs as `npm start` does, in one process, with every protection on (cost, depth and alias limits, per-client budgets, ' +
    'deadlines, request logs, metrics) and COMPILE_QUERIES (graphql-jit for repeated documents).',
);
console.log(
  `Operations: ${operations.map((operation) => `${operation.name} (${operation.description})`).join('; ')}.`,
);
console.log(
  "req/s counts 2xx responses; each server's answers were checked before timing (mix: 2xx without GraphQL errors).",
);

const section = (name: ServerSpec['section']) => specs.filter((spec) => spec.section === name);
if (has('yoga') && has('mercurius')) {
  console.log(
    '\nCache off: the service with RESPONSE_CACHE_BYTES=0 against Mercurius with graphql-jit (jit: 1), req/s' +
      (WORKER_ROWS.length > 0 ? '; all workers beside one process' : ''),
  );
  printTable(
    [
      'operation',
      'this service',
      'Mercurius (graphql-jit)',
      'ratio',
      ...WORKER_ROWS.flatMap((name) => [
        SERVER_SPECS.find((spec) => spec.name === name)?.label ?? name,
        'ratio',
      ]),
      ...(has('yoga-bare') ? ['graphql-yoga alone', 'ratio'] : []),
      ...(has('jit-bare') ? ['bound: node:http + graphql-jit', 'ratio'] : []),
      ...(has('apollo') ? ['Apollo Server 5'] : []),
      ...(has('ceiling') ? ['ceiling'] : []),
    ],
    operations.map((operation) => [
      operation.name,
      cellRate('yoga', operation.name),
      cellRate('mercurius', operation.name),
      ratio(rate('yoga', operation.name), rate('mercurius', operation.name)),
      ...WORKER_ROWS.flatMap((name) => [
        cellRate(name, operation.name),
        ratio(rate(name, operation.name), rate('mercurius', operation.name)),
      ]),
      ...(has('yoga-bare')
        ? [
            cellRate('yoga-bare', operation.name),
            ratio(rate('yoga-bare', operation.name), rate('mercurius', operation.name)),
          ]
        : []),
      ...(has('jit-bare')
        ? [
            cellRate('jit-bare', operation.name),
            ratio(rate('jit-bare', operation.name), rate('mercurius', operation.name)),
          ]
        : []),
      ...(has('apollo') ? [cellRate('apollo', operation.name)] : []),
      ...(has('ceiling') ? [cellRate('ceiling', operation.name)] : []),
    ]),
  );
}
if (has('yoga-cache') && has('mercurius-cache')) {
  console.log(
    '\nCache on: the service with its response cache (50 MB) against Mercurius with graphql-jit and mercurius-cache on every Query field, req/s',
  );
  printTable(
    ['operation', 'this service', 'Mercurius + mercurius-cache', 'ratio'],
    operations.map((operation) => [
      operation.name,
      cellRate('yoga-cache', operation.name),
      cellRate('mercurius-cache', operation.name),
      ratio(rate('yoga-cache', operation.name), rate('mercurius-cache', operation.name)),
    ]),
  );
}

console.log('\nEvery cell: latency in ms over 2xx responses; CPU as a share of one core');
printTable(
  [
    'section',
    'operation',
    'server',
    'req/s',
    'p50',
    'p99',
    'non-2xx',
    'GraphQL errors',
    'conn. errors',
    'server CPU',
    'client CPU',
  ],
  (['cache off', 'cache on'] as const).flatMap((name) =>
    operations.flatMap((operation) =>
      section(name).flatMap((spec) => {
        const row = rowOf(spec.name, operation.name);
        if (!row) return [];
        const m = row.measurement;
        if (!m) return [[name, operation.name, spec.label, 'wrong answer: not timed']];
        return [
          [
            name,
            operation.name,
            spec.label,
            count(m.requestsPerSecond),
            ms(m.p50),
            ms(m.p99),
            count(m.non2xx),
            operation === MIX ? count(row.graphqlErrors ?? 0) : '-',
            count(m.errors),
            pct(row.cpu!.server),
            pct(row.cpu!.client),
          ],
        ];
      }),
    ),
  ),
);

console.log('\nMemory of each server, MB: the most it held while measured (sampled every second)');
printTable(
  ['server', 'RSS max', 'heap max'],
  specs.map((spec) => [
    spec.label,
    megabytes(peakMemory.get(spec.name)?.rss ?? Number.NaN),
    megabytes(peakMemory.get(spec.name)?.heapUsed ?? Number.NaN),
  ]),
);

/** "met", or the operations where `mine` is not ahead of `peer`. */
function goal(mine: string, peer: string, label: string): void {
  if (!has(mine) || !has(peer)) return;
  const behind = fixedOperations
    .filter((operation) => !(rate(mine, operation.name) > rate(peer, operation.name)))
    .map(
      (operation) => `${operation.name} (${ratio(rate(mine, operation.name), rate(peer, operation.name))})`,
    );
  console.log(`Goal, ${label}: ${behind.length === 0 ? 'met' : `not met: behind on ${behind.join(', ')}`}`);
}
console.log('');
goal(
  'yoga',
  'mercurius',
  'cache off, this service ahead of Mercurius with graphql-jit on every fixed operation',
);
if (has('jit-bare') && has('mercurius')) {
  // The same compiled queries with no HTTP framework and no protection: how far ahead of
  // Mercurius any server of this schema could be, the room the goal above has.
  console.log(
    'Bound, node:http running the same compiled queries with no protection, against Mercurius: ' +
      fixedOperations
        .map(
          (operation) =>
            `${operation.name} ${ratio(rate('jit-bare', operation.name), rate('mercurius', operation.name))}`,
        )
        .join(', '),
  );
}
goal(
  'yoga-cache',
  'mercurius-cache',
  'cache on, this service ahead of Mercurius with mercurius-cache on every fixed operation',
);
if (operations.includes(MIX) && has('yoga') && has('mercurius')) {
  console.log(
    `The varied-variables mix, cache off: ${ratio(rate('yoga', MIX.name), rate('mercurius', MIX.name))} of Mercurius; ` +
      `cache on: ${ratio(rate('yoga-cache', MIX.name), rate('mercurius-cache', MIX.name))} of Mercurius with mercurius-cache.`,
  );
}

/** A wrong answer from any server, or anything but a clean 2xx from the service. */
const failed = measured.some(
  (row) =>
    row.refused ||
    (SERVER_SPECS.find((spec) => spec.name === row.server)?.service &&
      ((row.measurement && (row.measurement.non2xx > 0 || row.measurement.errors > 0)) ||
        (row.graphqlErrors ?? 0) > 0)),
);
for (const row of rows.filter((r) => r.refused))
  console.log(`${row.server} / ${row.operation} was not timed: ${row.refused}`);
// One process against every core in detail, and replicas behind nginx (bench/workers-row.ts).
const workersFailed =
  (values['workers-detail'] || values.nginx) &&
  !(await measureWorkersRow({
    operations: operations.filter((operation) => operation !== MIX),
    references,
    duration,
    warmup,
    connections,
    nginx: values.nginx,
  }));
if (failed || workersFailed) {
  console.log('\nSome answers were wrong, or the service answered with errors or not 2xx: see above.');
  process.exitCode = 1;
}
