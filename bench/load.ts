import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import type autocannon from 'autocannon';
import { MIXED_WORKLOAD, checkAnswer, referenceAnswers, requestBody } from './realistic-operations.js';
import { startRealServer, type MemorySample } from './server-processes.js';
import { cpuMeter, fire, type Measurement } from './load-generator.js';
import { count, megabytes, ms, nonNegativeNumber, positiveNumber, printTable } from './print-table.js';
import { requireBuild } from './compiled-app.js';

/**
 * The load test, on loopback only and bounded in time: the service as `npm start` runs it, in a
 * child process reporting its memory every second.
 *
 *   1. healthy: `--connections` clients (50) for `--duration` seconds (60) on a mix of the realistic
 *      operations; every response must be a 2xx without GraphQL errors.
 *   2. under abuse: the same healthy clients for the same time while `--abusive-clients` more (4)
 *      send abusive requests as fast as they are answered: deep nesting, many aliases, huge
 *      `first`, an oversized body. The healthy clients should keep at least 80% of their
 *      throughput; the abusive requests are counted by the status they get.
 *
 *   npm run bench:load
 *   npm run bench:load -- --duration 20 --connections 20 --abusive-clients 8
 *
 * Exits 1 when a healthy request got anything but a 2xx answer without errors.
 */

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    'abusive-clients': { type: 'string', default: '4' },
    'oversized-bytes': { type: 'string', default: '500000' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npm run bench:load -- [--duration 60] [--warmup 5] [--connections 50] [--abusive-clients 4] [--oversized-bytes 500000]',
  );
  process.exit(0);
}
const duration = positiveNumber('duration', values.duration);
const warmup = nonNegativeNumber('warmup', values.warmup);
const connections = positiveNumber('connections', values.connections);
const abusiveClients = nonNegativeNumber('abusive-clients', values['abusive-clients']);
const oversizedBytes = positiveNumber('oversized-bytes', values['oversized-bytes']);

/** Six levels of relations, each with a name beside it: depth 20, fanning out at every level. */
function deepNesting(): string {
  let selection = 'name';
  for (let level = 0; level < 6; level++) selection = `name relations { edges { node { ${selection} } } }`;
  return `{ entity(key: "nato") { ${selection} } }`;
}

/** 2,000 aliases of one field, under the body cap so that the alias limit is what answers. */
function manyAliases(): string {
  return `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: entity(key: "nato") { name }`).join(' ')} }`;
}

/** Every page and bound asked as large as can be written. */
function hugeFirst(): string {
  return `{
    entities(first: 1000000) { name relations(first: 1000000) { edges { node { name relations(first: 1000000) { totalCount } } } } }
    neighbourhood(key: "nato", depth: 4, limit: 1000000) { nodes { entity { name } } edges { key } }
    paths(from: "netherlands", to: "wiesbaden", maxHops: 6, first: 1000000) { paths { length explanation } }
  }`;
}

/**
 * A small valid query padded with a comment to `--oversized-bytes` (500 KB: five times the default
 * cap). Past ten times the cap the server cuts the connection off instead of answering 413, and
 * autocannon then times each later response from a stale start, so its latency means nothing.
 */
function oversizedBody(): string {
  return `# ${'x'.repeat(oversizedBytes)}\n{ stats { entityCount } }`;
}

const ABUSES = [
  { name: 'deep nesting', query: deepNesting() },
  { name: 'many aliases', query: manyAliases() },
  { name: 'huge first', query: hugeFirst() },
  { name: 'oversized body', query: oversizedBody() },
].map((abuse) => ({ ...abuse, body: JSON.stringify({ query: abuse.query }) }));

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

requireBuild();
const references = await referenceAnswers(MIXED_WORKLOAD);
const server = await startRealServer({ reportMemory: true });
process.stderr.write(
  `bench:load: the service at ${server.url}; ${warmup} s warm-up, then 2 phases of ${duration} s\n`,
);

interface Phase {
  name: string;
  healthy: Measurement;
  /** 2xx answers whose body held GraphQL errors. */
  graphqlErrors: number;
  cpu: { server: number; client: number };
  memory: MemorySample[];
  abusive: {
    name: string;
    bytes: number;
    clients: number;
    measurement: Measurement;
    answers: Record<string, number>;
  }[];
}

/** The healthy clients: each connection cycles through the mix, counting errors in 2xx bodies. */
function healthyRun(seconds: number, counter: { graphqlErrors: number }): Promise<Measurement> {
  const requests: autocannon.Request[] = MIXED_WORKLOAD.map((operation) => ({
    method: 'POST',
    path: new URL(server.url).pathname,
    headers: JSON_HEADERS,
    body: requestBody(operation),
    onResponse: (status: number, body: string) => {
      if (status >= 200 && status < 300 && body.includes('"errors":[')) counter.graphqlErrors++;
    },
  }));
  return fire({ url: server.url, connections, duration: seconds, requests });
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

/** The abusive clients, spread over the kinds of abuse, each kind its own autocannon. */
function abusiveRuns(seconds: number): Promise<Phase['abusive']> {
  const kinds = ABUSES.map((abuse, i) => ({
    ...abuse,
    clients: Math.floor(abusiveClients / ABUSES.length) + (i < abusiveClients % ABUSES.length ? 1 : 0),
  })).filter((abuse) => abuse.clients > 0);
  return Promise.all(
    kinds.map(async (abuse) => {
      const answers: Record<string, number> = {};
      const request: autocannon.Request = {
        method: 'POST',
        path: new URL(server.url).pathname,
        headers: JSON_HEADERS,
        body: abuse.body,
        onResponse: (status: number, body: string) => {
          const answer = answerOf(status, body);
          answers[answer] = (answers[answer] ?? 0) + 1;
        },
      };
      const measurement = await fire(
        { url: server.url, connections: abuse.clients, duration: seconds, requests: [request] },
        'all',
      );
      return {
        name: abuse.name,
        bytes: Buffer.byteLength(abuse.body),
        clients: abuse.clients,
        measurement,
        answers,
      };
    }),
  );
}

async function runPhase(name: string, withAbuse: boolean): Promise<Phase> {
  const counter = { graphqlErrors: 0 };
  const from = Date.now();
  const stopMeter = cpuMeter(server.child.pid!);
  const [healthy, abusive] = await Promise.all([
    healthyRun(duration, counter),
    withAbuse ? abusiveRuns(duration) : [],
  ]);
  const cpu = stopMeter();
  // The sample taken just before the phase counts as its start.
  const memory = server.memory.filter((sample) => sample.at >= from - 1000 && sample.at <= Date.now());
  process.stderr.write(`${name}: ${count(healthy.requestsPerSecond)} healthy req/s\n`);
  return { name, healthy, graphqlErrors: counter.graphqlErrors, cpu, memory, abusive };
}

let phases: Phase[];
const loadBefore = loadavg()[0]!;
try {
  for (const operation of MIXED_WORKLOAD) {
    const wrong = await checkAnswer(server.url, operation, references.get(operation.name)!);
    if (wrong) throw new Error(`the service's answer to ${operation.name} is wrong: ${wrong}`);
  }
  if (warmup > 0) await healthyRun(warmup, { graphqlErrors: 0 });
  phases = [
    await runPhase('healthy', false),
    await runPhase(`under abuse (${abusiveClients} clients)`, true),
  ];
} finally {
  await server.stop();
}
const loadAfter = loadavg()[0]!;

console.log(
  `\nLoad test on loopback: ${connections} healthy connections cycling through ${MIXED_WORKLOAD.length} operations ` +
    `(${MIXED_WORKLOAD.map((operation) => operation.name).join(', ')}), ${duration} s per phase after ${warmup} s warm-up ` +
    `(${cpus().length} cores, Node ${process.versions.node}; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after)\n`,
);
const memoryCells = (samples: MemorySample[], field: 'rss' | 'heapUsed') =>
  samples.length === 0
    ? ['-', '-', '-']
    : [
        megabytes(samples[0]![field]),
        megabytes(Math.max(...samples.map((sample) => sample[field]))),
        megabytes(samples.at(-1)![field]),
      ];
printTable(
  [
    'phase',
    'healthy req/s',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'conn. errors',
    'GraphQL errors',
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
    count(phase.graphqlErrors),
    `${Math.round(phase.cpu.server * 100)}%`,
    `${Math.round(phase.cpu.client * 100)}%`,
  ]),
);
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
if (abused.abusive.length > 0) {
  console.log(
    '\nAbusive requests during phase 2, by the answer they got (latency over every response; not meaningful where connections were reset)',
  );
  printTable(
    [
      'abuse',
      'body bytes',
      'clients',
      'responses',
      'by status and error code',
      'conn. errors',
      'timeouts',
      'p50 ms',
      'p99 ms',
    ],
    abused.abusive.map(({ name, bytes, clients, measurement, answers }) => [
      name,
      count(bytes),
      String(clients),
      count(measurement.responses),
      Object.entries(answers)
        .map(([status, n]) => `${status}: ${count(n)}`)
        .join(', ') || '-',
      count(measurement.errors),
      count(measurement.timeouts),
      ms(measurement.p50),
      ms(measurement.p99),
    ]),
  );
}

const share = abused.healthy.requestsPerSecond / phases[0]!.healthy.requestsPerSecond;
console.log(
  `\nHealthy throughput under abuse: ${Math.round(share * 100)}% of the healthy phase ` +
    `(goal at least 80%: ${share >= 0.8 ? 'met' : 'not met'}).`,
);
const failures = phases.filter(
  (phase) => phase.healthy.non2xx + phase.healthy.errors + phase.graphqlErrors > 0,
);
if (failures.length > 0) {
  console.log(
    `FAILED: healthy requests got non-2xx answers, connection errors or GraphQL errors in: ${failures.map((p) => p.name).join(', ')}.`,
  );
  process.exitCode = 1;
} else {
  console.log('Every healthy request got a 2xx answer without errors, in both phases.');
}
