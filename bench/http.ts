import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import {
  HTTP_OPERATIONS,
  checkAnswer,
  pickOperations,
  referenceAnswers,
  requestBody,
} from './realistic-operations.js';
import { startPeer, startRealServer, type PeerKind, type ServerProcess } from './server-processes.js';
import { cpuMeter, fire, type Measurement } from './load-generator.js';
import { count, megabytes, ms, nonNegativeNumber, positiveNumber, printTable } from './print-table.js';
import { requireBuild } from './compiled-app.js';

/**
 * The HTTP benchmark: autocannon on loopback against the service as `npm start` runs it, and in
 * the same run against the same schema and graph served by raw node:http with precomputed bodies
 * (the ceiling), Apollo Server 5 and Mercurius with graphql-jit (the peers). One server at a time,
 * each in its own process; autocannon runs here on one thread. Each server's answer to each
 * operation is checked against graphql's `execute` before it is timed.
 *
 *   npm run bench:http
 *   npm run bench:http -- --duration 5 --warmup 1 --connections 20 --operations purl,path
 *   npm run bench:http -- --servers yoga,mercurius
 *   npm run bench:http -- --rounds 3          every server 3 times over, the median round per cell
 */

const SERVERS = ['ceiling', 'yoga', 'apollo', 'mercurius'] as const;
type ServerName = (typeof SERVERS)[number];
const LABELS: Record<ServerName, string> = {
  ceiling: 'node:http, precomputed',
  yoga: 'this service (Yoga)',
  apollo: 'Apollo Server 5',
  mercurius: 'Mercurius, jit: 1',
};

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    operations: { type: 'string' },
    servers: { type: 'string', default: SERVERS.join(',') },
    rounds: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run bench:http -- [--duration 10] [--warmup 2] [--connections 10]
    [--operations ${HTTP_OPERATIONS.map((op) => op.name).join(',')}] [--servers ${SERVERS.join(',')}] [--rounds 1]`);
  process.exit(0);
}
const duration = positiveNumber('duration', values.duration);
const warmup = nonNegativeNumber('warmup', values.warmup);
const connections = positiveNumber('connections', values.connections);
const rounds = positiveNumber('rounds', values.rounds);
const operations = pickOperations(HTTP_OPERATIONS, values.operations);
const servers = values.servers.split(',').map((name) => name.trim()) as ServerName[];
if (servers.some((name) => !SERVERS.includes(name))) {
  console.error(`--servers takes a list of ${SERVERS.join(', ')}`);
  process.exit(2);
}

requireBuild();
const references = await referenceAnswers(operations);

interface Row {
  server: ServerName;
  operation: string;
  /** Why this server was not timed on this operation: its answer was not the reference answer. */
  refused?: string;
  measurement?: Measurement;
  cpu?: { server: number; client: number };
}
const measured: Row[] = [];

/** Each server reports its memory once a second (and exits if this process dies without killing it). */
function start(server: ServerName): Promise<ServerProcess> {
  return server === 'yoga'
    ? startRealServer({ reportMemory: true })
    : startPeer(server as PeerKind, { reportMemory: true });
}
/** The most memory each server held while it was measured, MB (the largest over rounds). */
const peakMemory = new Map<ServerName, { rss: number; heapUsed: number }>();

const total = rounds * servers.length * operations.length * (duration + Math.max(warmup, 0));
process.stderr.write(
  `bench:http: ${servers.length} servers x ${operations.length} operations x ${rounds} round(s), ${warmup} s warm-up + ${duration} s each, ` +
    `${connections} connections: about ${Math.ceil(total / 60)} min\n`,
);
const loadBefore = loadavg()[0]!;
/** Starts one server, checks its answers, times each operation, and stops it. */
async function measureServer(server: ServerName): Promise<void> {
  const running = await start(server);
  try {
    process.stderr.write(`${server}: listening at ${running.url} (${Math.round(running.startedInMs)} ms)\n`);
    for (const operation of operations) {
      const refused = await checkAnswer(running.url, operation, references.get(operation.name)!);
      if (refused) {
        process.stderr.write(`${server} / ${operation.name}: NOT TIMED, wrong answer: ${refused}\n`);
        measured.push({ server, operation: operation.name, refused });
        continue;
      }
      const request = {
        url: running.url,
        connections,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: requestBody(operation),
      };
      if (warmup > 0) await fire({ ...request, duration: warmup });
      const stopMeter = cpuMeter(running.child.pid!);
      const measurement = await fire({ ...request, duration });
      const cpu = stopMeter();
      measured.push({ server, operation: operation.name, measurement, cpu });
      process.stderr.write(
        `${server} / ${operation.name}: ${count(measurement.requestsPerSecond)} req/s, p50 ${ms(measurement.p50)} ms, p99 ${ms(measurement.p99)} ms\n`,
      );
    }
  } finally {
    await running.stop();
    const peak = peakMemory.get(server) ?? { rss: 0, heapUsed: 0 };
    for (const sample of running.memory) {
      peak.rss = Math.max(peak.rss, sample.rss);
      peak.heapUsed = Math.max(peak.heapUsed, sample.heapUsed);
    }
    peakMemory.set(server, peak);
  }
}

for (let round = 0; round < rounds; round++) {
  for (const server of servers) await measureServer(server);
}
const loadAfter = loadavg()[0]!;

/** Per cell, the round with the median rate (the only round by default); a wrong answer in any round wins. */
const rows: Row[] = servers.flatMap((server) =>
  operations.map((operation) => {
    const cell = measured.filter((row) => row.server === server && row.operation === operation.name);
    const refused = cell.find((row) => row.refused);
    if (refused) return refused;
    const sorted = cell.sort((a, b) => a.measurement!.requestsPerSecond - b.measurement!.requestsPerSecond);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  }),
);

const rate = (server: ServerName, operation: string) =>
  rows.find((row) => row.server === server && row.operation === operation)?.measurement?.requestsPerSecond ??
  Number.NaN;
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '-';
const pct = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : '-');

console.log(
  `\nHTTP on loopback: ${connections} connections, ${duration} s per cell after ${warmup} s warm-up` +
    `${rounds > 1 ? `, median of ${rounds} rounds` : ''}; autocannon on 1 thread in this process, each server in its own process ` +
    `(${cpus().length} cores, Node ${process.versions.node}; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after)`,
);
console.log('req/s counts 2xx responses; latency in ms over 2xx responses; CPU as a share of one core\n');
const peers = servers.filter((server) => server !== 'ceiling' && server !== 'yoga');
printTable(
  [
    'operation',
    'server',
    'req/s',
    'p50',
    'p99',
    'non-2xx',
    'errors',
    'server CPU',
    'client CPU',
    'vs ceiling',
    ...(servers.includes('yoga') ? ['vs Yoga'] : []),
    ...peers.map((peer) => `vs ${peer === 'apollo' ? 'Apollo' : 'Mercurius'}`),
  ],
  operations.flatMap((operation) =>
    servers.map((server) => {
      const row = rows.find((r) => r.server === server && r.operation === operation.name)!;
      const m = row.measurement;
      if (!m) return [operation.name, LABELS[server], 'wrong answer: not timed'];
      const mine = m.requestsPerSecond;
      return [
        operation.name,
        LABELS[server],
        count(mine),
        ms(m.p50),
        ms(m.p99),
        count(m.non2xx),
        count(m.errors),
        pct(row.cpu!.server),
        pct(row.cpu!.client),
        ratio(mine, rate('ceiling', operation.name)),
        ...(servers.includes('yoga') ? [ratio(mine, rate('yoga', operation.name))] : []),
        ...peers.map((peer) => ratio(mine, rate(peer, operation.name))),
      ];
    }),
  ),
);

console.log('\nMemory of each server, MB: the most it held while measured (sampled every second)');
printTable(
  ['server', 'RSS max', 'heap max'],
  servers.map((server) => [
    LABELS[server],
    megabytes(peakMemory.get(server)?.rss ?? Number.NaN),
    megabytes(peakMemory.get(server)?.heapUsed ?? Number.NaN),
  ]),
);

const failed = measured.some(
  (row) => row.refused || (row.measurement && (row.measurement.non2xx > 0 || row.measurement.errors > 0)),
);
if (servers.includes('yoga') && peers.length > 0) {
  const behind = operations.flatMap((operation) =>
    peers
      .filter((peer) => !(rate('yoga', operation.name) > rate(peer, operation.name)))
      .map(
        (peer) =>
          `${operation.name} vs ${peer} (${ratio(rate('yoga', operation.name), rate(peer, operation.name))})`,
      ),
  );
  console.log(
    `\nGoal, this service ahead of every peer on every operation: ${behind.length === 0 ? 'met' : `not met: behind on ${behind.join(', ')}`}`,
  );
}
for (const row of rows.filter((r) => r.refused))
  console.log(`${row.server} / ${row.operation} was not timed: ${row.refused}`);
if (failed) {
  console.log('\nSome answers were wrong or some responses were not 2xx: see above.');
  process.exitCode = 1;
}
