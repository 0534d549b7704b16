import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, requireBuild } from './compiled-app.js';
import { startRealServer, type ServerProcess } from './server-processes.js';
import { count, megabytes, ms } from './print-table.js';

/**
 * The attacks and faults of issue 12, each sent to a fresh server process as `npm start` runs it,
 * with what it did: the same script measures a build before and after a change.
 *
 *   npm run bench:attacks
 *   npm run bench:attacks -- --only nodes,metrics
 *   npm run bench:attacks -- --entry /path/to/other/checkout/dist/server.bundle.mjs
 *
 * Each row names the attack, what was measured and what happened. Timings are wall-clock on a
 * machine that may be shared: the 1-minute load average is printed with them.
 */

const ATTACKS = [
  'nodes',
  'metrics',
  'request-line',
  'nested-variables',
  'sigterm',
  'reload',
  'cache-heap',
  'sockets',
  'partial-snapshot',
  'preflight',
] as const;
type AttackName = (typeof ATTACKS)[number];

const { values } = parseArgs({
  options: {
    entry: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run bench:attacks -- [--entry dist/server.bundle.mjs] [--only ${ATTACKS.join(',')}]`);
  process.exit(0);
}
const only = values.only ? values.only.split(',').map((name) => name.trim()) : [...ATTACKS];
const unknown = only.filter((name) => !ATTACKS.includes(name as AttackName));
if (unknown.length > 0) {
  console.error(`unknown attack ${unknown.join(', ')}; known: ${ATTACKS.join(', ')}`);
  process.exit(2);
}
if (!values.entry) requireBuild();
const entry = values.entry;

interface Row {
  attack: string;
  measured: string;
  outcome: string;
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; ms: number; headers: Headers }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started, headers: response.headers };
}

/** What an answer says in a few words: status, first error code, `extensions.cost` when there. */
function summary(answer: { status: number; text: string }): string {
  let code = '';
  let cost = '';
  try {
    const body = JSON.parse(answer.text) as {
      errors?: { message: string; extensions?: { code?: string } }[];
      extensions?: { cost?: unknown };
    };
    if (body.errors?.[0])
      code = ` ${body.errors[0].extensions?.code ?? 'error'}: "${body.errors[0].message}"`;
    if (body.extensions?.cost) cost = ` cost ${JSON.stringify(body.extensions.cost)}`;
  } catch {
    code = ` (not JSON: ${JSON.stringify(answer.text.slice(0, 60))})`;
  }
  return `${answer.status}${code}${cost}`;
}

/** Polls /health every 20 ms until `stop` resolves; returns the slowest answer's time. */
async function healthWhile(base: string, work: Promise<unknown>): Promise<number> {
  let done = false;
  void work.finally(() => {
    done = true;
  });
  let slowest = 0;
  while (!done) {
    const started = performance.now();
    await fetch(`${base}/health`).then((response) => response.text());
    slowest = Math.max(slowest, performance.now() - started);
    await sleep(20);
  }
  return slowest;
}

const baseOf = (server: ServerProcess) => server.url.replace(/\/graphql$/, '');

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) * 1024;
}

async function withServer<T>(
  options: Parameters<typeof startRealServer>[0],
  use: (server: ServerProcess) => Promise<T>,
): Promise<T> {
  const server = await startRealServer({ ...options, entry });
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

/** 1. `nodes(ids: $ids)` with 3,500 copies of the busiest entity's id in variables. */
async function nodesAttack(): Promise<Row[]> {
  return withServer({}, async (server) => {
    const hub = JSON.parse((await post(server.url, { query: '{ entity(key: "nato") { id } }' })).text) as {
      data: { entity: { id: string } };
    };
    const ids = Array.from({ length: 3_500 }, () => hub.data.entity.id);
    const query =
      'query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name relations(first: 100) { totalCount ' +
      'edges { direction node { key name kind } relation { key type date } } } } } }';
    const body = JSON.stringify({ query, variables: { ids } });
    const attack = post(server.url, body);
    const slowestHealth = await healthWhile(baseOf(server), attack);
    const answer = await attack;
    return [
      {
        attack: 'nodes(ids: $ids), 3,500 ids',
        measured: `${count(body.length)} B body: answer in ${ms(answer.ms)} ms; slowest /health meanwhile ${ms(slowestHealth)} ms`,
        outcome: summary(answer),
      },
    ];
  });
}

/** 4. 100 requests, each with its own 99 KB operation name, then one scrape of /metrics. */
async function metricsAttack(): Promise<Row[]> {
  return withServer({ env: { LOG_REQUESTS: 'false' } }, async (server) => {
    // First 100 identical named requests (99 of them can be cache hits): how are they counted?
    for (let i = 0; i < 100; i++) await post(server.url, { query: 'query Same { stats { version } }' });
    const counted = await (await fetch(`${baseOf(server)}/metrics`)).text();
    const same = [...counted.matchAll(/graphql_requests_total\{operation="([^"]*)",status="200"\} (\d+)/g)]
      .map((match) => `${match[1]}: ${match[2]}`)
      .join(', ');
    const rssBefore = rssOf(server.child.pid!);
    for (let i = 0; i < 100; i++) {
      const name = `N${i}_${'x'.repeat(99_000)}`;
      await post(server.url, { query: `query ${name} { stats { version } }` });
    }
    const started = performance.now();
    const metrics = await (await fetch(`${baseOf(server)}/metrics`)).text();
    const scrape = performance.now() - started;
    return [
      {
        attack: '100 operation names of 99 KB',
        measured: `/metrics scrape: ${megabytes(metrics.length)} MB in ${ms(scrape)} ms; RSS ${megabytes(rssBefore)} -> ${megabytes(rssOf(server.child.pid!))} MB`,
        outcome: `longest label value ${count(Math.max(...[...metrics.matchAll(/operation="([^"]*)"/g)].map((match) => match[1]!.length)))} chars`,
      },
      {
        attack: '100 identical named requests, before the long names',
        measured: 'graphql_requests_total by operation',
        outcome: same || '-',
      },
    ];
  });
}

/** Sends raw bytes on a new connection; resolves with everything the server sent back. */
function raw(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.end(text));
    socket.on('data', (chunk) => {
      answer += String(chunk);
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', (error) => resolve(`(${(error as NodeJS.ErrnoException).code})`));
  });
}

const leaks = (answer: string) =>
  /\n\s+at |file:\/\/|\/dist\/|node:internal/.test(answer) ? 'stack trace and file paths' : 'no stack trace';

/** 5. Request lines and Host headers that the URL parser refuses. */
async function requestLineAttack(): Promise<Row[]> {
  return withServer({}, async (server) => {
    const { host } = new URL(server.url);
    const cases = [
      ['Host: a b', `GET /health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n`],
      [
        'absolute-form target with a port',
        `GET http://${host}/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      ],
      [
        'absolute-form POST to /graphql',
        `POST http://${host}/graphql HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\ncontent-length: 27\r\nConnection: close\r\n\r\n{"query":"{ __typename }"}\n`,
      ],
      ['Host: [::1', `GET /health HTTP/1.1\r\nHost: [::1\r\nConnection: close\r\n\r\n`],
    ];
    const rows: Row[] = [];
    for (const [name, text] of cases) {
      const answer = await raw(baseOf(server), text!);
      const status = /^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? answer.slice(0, 40);
      const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
      rows.push({
        attack: name!,
        measured: 'status, body',
        outcome: `${status}, ${leaks(answer)}: ${JSON.stringify(body.replace(/\s+/g, ' ').slice(0, 90))}`,
      });
    }
    return rows;
  });
}

/** 5. A variable nested 49,000 levels deep (98 KB, under the body cap). */
async function nestedVariablesAttack(): Promise<Row[]> {
  return withServer({}, async (server) => {
    const depth = 49_000;
    const body = `{"query":"query ($x: String) { stats { version } }","variables":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const before = server.output().length;
    const answer = await post(server.url, body);
    await sleep(200);
    const logged = server.output().slice(before);
    const traces = logged
      .split('\n')
      .filter((line) => /^\S.*(Error|ERR)/.test(line) && !line.startsWith('{'));
    const stackLines = logged.split('\n').filter((line) => /^\s+at /.test(line)).length;
    return [
      {
        attack: 'variables nested 49,000 deep',
        measured: `${count(body.length)} B body`,
        outcome: `${summary(answer)}; log: ${traces.length} plain error lines, ${stackLines} stack lines`,
      },
    ];
  });
}

/** 6. SIGTERM while a burst of requests is in flight on keep-alive connections. */
async function sigtermAttack(): Promise<Row[]> {
  const server = await startRealServer({ entry, env: { LOG_REQUESTS: 'false' } });
  try {
    const exited = once(server.child, 'exit') as Promise<[number | null, string | null]>;
    const keys = ['nato', 'ukraine', 'wiesbaden', 'purl', 'netherlands', 'germany'];
    const burst = Array.from({ length: 60 }, (_, i) =>
      post(server.url, {
        query:
          'query Burst($key: String!, $first: Int) { entity(key: $key) { name relations(first: $first) { totalCount edges { node { key name } relation { key citations { quote } } } } } }',
        variables: { key: keys[i % keys.length], first: 40 + i },
      }).then(
        (answer) => (answer.status === 200 ? 'answered' : `status ${answer.status}`),
        (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
      ),
    );
    await sleep(15);
    server.child.kill('SIGTERM');
    const outcomes = await Promise.all(burst);
    const [code, signal] = await Promise.race([
      exited,
      sleep(15_000).then(() => [null, 'still running after 15 s'] as [null, string]),
    ]);
    const tally: Record<string, number> = {};
    for (const outcome of outcomes) tally[outcome] = (tally[outcome] ?? 0) + 1;
    return [
      {
        attack: 'SIGTERM 15 ms into a burst of 60 requests',
        measured: 'each request, and the exit code',
        outcome: `${Object.entries(tally)
          .map(([what, n]) => `${what}: ${n}`)
          .join(', ')}; exit ${code ?? signal}`,
      },
    ];
  } finally {
    await server.stop();
  }
}

interface Health {
  graph: { entities: number; relations: number; version: string };
  reload?: Record<string, unknown>;
}

/** 7. Edits to a watched data folder the way editors and deploys make them. */
async function reloadAttack(): Promise<Row[]> {
  const rows: Row[] = [];
  const scenario = async (
    name: string,
    act: (dir: string, base: string, server: ServerProcess) => Promise<string>,
  ) => {
    const parent = mkdtempSync(join(tmpdir(), 'ukraine-support-graph-attack-'));
    const dir = join(parent, 'graph-data');
    cpSync(join(ROOT, 'graph-data'), dir, { recursive: true });
    try {
      await withServer({ env: { WATCH_GRAPH_DATA: 'true', GRAPH_DATA_DIR: dir } }, async (server) => {
        rows.push({
          attack: name,
          measured: 'after the edits',
          outcome: await act(dir, baseOf(server), server),
        });
      });
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  };
  const nameOf = async (base: string) => {
    const answer = await post(`${base}/graphql`, { query: '{ entity(key: "wiesbaden") { name } }' });
    return (JSON.parse(answer.text) as { data: { entity: { name: string } } }).data.entity.name;
  };
  const health = async (base: string) => (await (await fetch(`${base}/health`)).json()) as Health;
  const places = (dir: string) => join(dir, 'entities', 'places.yaml');
  const rename = (dir: string, to: string) => {
    const text = readFileSync(places(dir), 'utf8').replace(/name: "Wiesbaden[^"]*"/, `name: "${to}"`);
    return text;
  };
  const atomicSave = (path: string, text: string) => {
    writeFileSync(`${path}.tmp~`, text);
    renameSync(`${path}.tmp~`, path);
  };
  const settle = () => sleep(3_000);
  /** Seconds until the service serves `name`, or "never (10 s)". */
  const visible = async (base: string, name: string) => {
    const started = performance.now();
    while (performance.now() - started < 10_000) {
      if ((await nameOf(base)) === name) return `${((performance.now() - started) / 1000).toFixed(1)} s`;
      await sleep(50);
    }
    return `never (still "${await nameOf(base)}" after 10 s)`;
  };
  const watching = async (base: string) => {
    const reload = (await health(base)).reload as
      | { watching?: boolean; watchError?: string | null }
      | undefined;
    return reload?.watching === undefined
      ? 'not reported'
      : `${reload.watching}${reload.watchError ? ` (${reload.watchError})` : ''}`;
  };

  await scenario('atomic save, then a plain save', async (dir, base) => {
    atomicSave(places(dir), rename(dir, 'Wiesbaden A'));
    const first = await visible(base, 'Wiesbaden A');
    writeFileSync(places(dir), rename(dir, 'Wiesbaden B'));
    const second = await visible(base, 'Wiesbaden B');
    return `atomic save served after ${first}, the next save after ${second}; /health watching: ${await watching(base)}`;
  });
  await scenario('data folder replaced, then edited', async (dir, base) => {
    const copy = `${dir}.new`;
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, 'entities', 'places.yaml'), rename(copy, 'Wiesbaden C'));
    rmSync(dir, { recursive: true });
    renameSync(copy, dir);
    const first = await visible(base, 'Wiesbaden C');
    writeFileSync(places(dir), rename(dir, 'Wiesbaden D'));
    const second = await visible(base, 'Wiesbaden D');
    return `the new folder served after ${first}, the next edit after ${second}; /health watching: ${await watching(base)}`;
  });
  await scenario('data folder removed', async (dir, base) => {
    renameSync(dir, `${dir}.gone`);
    await sleep(2_500);
    return `/health watching: ${await watching(base)}`;
  });
  await scenario('file half-written for 600 ms', async (dir, base) => {
    const path = join(dir, 'relations', 'membership.yaml');
    const full = readFileSync(path, 'utf8');
    const entries = [...full.matchAll(/\n {2}- key:/g)];
    const cut = entries[Math.floor(entries.length / 2)]!.index!;
    const seen = new Set<number>();
    let watching = true;
    const watch = (async () => {
      while (watching) {
        seen.add((await health(base)).graph.relations);
        await sleep(25);
      }
    })();
    const before = (await health(base)).graph.relations;
    writeFileSync(path, full.slice(0, cut + 1));
    await sleep(600);
    writeFileSync(path, full);
    await settle();
    watching = false;
    await watch;
    return `relations served: ${[...seen].join(', ')} (${before} before and after; any other count is a half-read file)`;
  });
  await scenario('an edit with many problems', async (dir, base, server) => {
    const path = join(dir, 'relations', 'membership.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('type: MEMBER_OF', 'type: MEMBER_OFF'));
    await settle();
    const reload = (await health(base)).reload as {
      lastReloadError?: { message: string; problems: unknown[]; problemCount?: number };
    };
    const error = reload?.lastReloadError;
    const inMessage = error?.message.split('\n').filter((line) => line.includes('MEMBER_OFF')).length;
    const logged = server
      .output()
      .split('\n')
      .find((line) => line.includes('"reload-failed"'));
    const logCount = logged ? /"problems":(\d+)|"problemCount":(\d+)/.exec(logged) : null;
    return `problems in the message: ${inMessage}; /health lists ${error?.problems.length} (problemCount ${error?.problemCount ?? '-'}); the reload-failed log line says ${logCount?.[1] ?? logCount?.[2] ?? '?'}`;
  });
  return rows;
}

/** 8. Heap held by the response cache against its configured size. */
async function cacheHeapAttack(): Promise<Row[]> {
  const budget = 2_000_000;
  const fill = async (cacheBytes: number) =>
    withServer(
      {
        reportMemory: true,
        nodeArgs: ['--expose-gc'],
        env: { RESPONSE_CACHE_BYTES: String(cacheBytes), LOG_REQUESTS: 'false', COST_BUDGET: '0' },
      },
      async (server) => {
        const heap = async () => {
          const reported = server.memory.length;
          server.child.send('gc');
          while (server.memory.length === reported) await sleep(10);
          return server.memory.at(-1)!.heapUsed;
        };
        const keys = (
          JSON.parse((await post(server.url, { query: '{ entities(first: 100) { key } }' })).text) as {
            data: { entities: { key: string }[] };
          }
        ).data.entities.map((entity) => entity.key);
        const query =
          'query Page($key: String!, $first: Int) { entity(key: $key) { name relations(first: $first) { edges { node { key name } relation { key type citations { quote } } } } } }';
        // Warm: the code paths and graph caches are built before the baseline reading.
        for (const key of keys.slice(0, 10)) await post(server.url, { query, variables: { key, first: 1 } });
        const before = await heap();
        let answered = 0;
        let bytes = 0;
        for (let first = 2; first <= 60; first++) {
          for (const key of keys) {
            const answer = await post(server.url, { query, variables: { key, first } });
            answered += 1;
            bytes += answer.text.length;
          }
        }
        return { growth: (await heap()) - before, answered, bytes };
      },
    );
  const off = await fill(0);
  const on = await fill(budget);
  return [
    {
      attack: `response cache of ${megabytes(budget)} MB`,
      measured: `${count(on.answered)} distinct answers (${megabytes(on.bytes)} MB of JSON); heap growth after GC`,
      outcome: `${megabytes(on.growth)} MB with the cache, ${megabytes(off.growth)} MB without: the cache holds ${megabytes(on.growth - off.growth)} MB, ${((on.growth - off.growth) / budget).toFixed(2)}x its size`,
    },
  ];
}

/** 8. Idle and slow sockets, and how many connections one client may hold. */
async function socketsAttack(): Promise<Row[]> {
  return withServer({ env: { LOG_REQUESTS: 'false' } }, async (server) => {
    const { hostname, port } = new URL(server.url);
    const heldFor = (text: string, limit: number) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const socket = connect(Number(port), hostname, () => {
          if (text) socket.write(text);
        });
        const timer = setTimeout(() => {
          socket.destroy();
          resolve(Number.POSITIVE_INFINITY);
        }, limit);
        socket.on('close', () => {
          clearTimeout(timer);
          resolve(performance.now() - started);
        });
        socket.on('error', () => {});
        socket.resume();
      });
    const [idle, slow] = await Promise.all([
      heldFor('', 70_000),
      heldFor('POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-length: 1000\r\n\r\n{"query"', 70_000),
    ]);
    const sockets: ReturnType<typeof connect>[] = [];
    let closed = 0;
    for (let i = 0; i < 2_000; i++) {
      const socket = connect(Number(port), hostname);
      socket.on('error', () => {});
      socket.on('close', () => {
        closed += 1;
      });
      sockets.push(socket);
    }
    await sleep(3_000);
    const open = sockets.length - closed;
    for (const socket of sockets) socket.destroy();
    const held = (value: number) => (Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : 'over 70 s');
    return [
      {
        attack: 'idle and slow sockets',
        measured: 'time until the server closes them',
        outcome: `idle: ${held(idle)}; slow body: ${held(slow)}`,
      },
      {
        attack: '2,000 connections from one client',
        measured: 'open after 3 s',
        outcome: `${count(open)} held open`,
      },
    ];
  });
}

/** 8. A `.partial` snapshot left by a crash, and whether the next start removes it. */
async function partialSnapshotAttack(): Promise<Row[]> {
  const cacheDir = join(ROOT, 'node_modules', '.cache', 'ukraine-support-graph');
  // A process id that is not running: the writer crashed.
  const leftover = join(cacheDir, `0123456789abcdef0123456789abcdef.json.999999.partial`);
  writeFileSync(leftover, '{"half": ');
  await withServer({}, async () => sleep(500));
  const left = readdirSync(cacheDir).filter((name) => name.endsWith('.partial'));
  rmSync(leftover, { force: true });
  return [
    {
      attack: 'a .partial snapshot from a crashed writer',
      measured: 'after one start',
      outcome: left.length === 0 ? 'removed' : `still there: ${left.join(', ')}`,
    },
  ];
}

/** Minor: a CORS preflight on the default configuration (no CORS_ORIGINS). */
async function preflightAttack(): Promise<Row[]> {
  return withServer({}, async (server) => {
    const response = await fetch(server.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    const text = await response.text();
    return [
      {
        attack: 'CORS preflight, default settings',
        measured: 'status, access-control headers, body',
        outcome: `${response.status}, ${[...response.headers.keys()].filter((name) => name.startsWith('access-control')).join(' ') || 'none'}, ${JSON.stringify(text.slice(0, 100))}`,
      },
    ];
  });
}

const RUN: Record<AttackName, () => Promise<Row[]>> = {
  nodes: nodesAttack,
  metrics: metricsAttack,
  'request-line': requestLineAttack,
  'nested-variables': nestedVariablesAttack,
  sigterm: sigtermAttack,
  reload: reloadAttack,
  'cache-heap': cacheHeapAttack,
  sockets: socketsAttack,
  'partial-snapshot': partialSnapshotAttack,
  preflight: preflightAttack,
};

const loadBefore = loadavg()[0]!;
const rows: Row[] = [];
for (const name of only as AttackName[]) {
  process.stderr.write(`${name}...\n`);
  rows.push(...(await RUN[name]()));
}
console.log(
  `\nAttacks on ${entry ?? 'dist/server.bundle.mjs'} over loopback (${cpus().length} cores, Node ${process.versions.node}; ` +
    `1-minute load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after)\n`,
);
for (const row of rows) console.log(`${row.attack}\n  measured: ${row.measured}\n  outcome:  ${row.outcome}`);
