import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { requireBuild, ROOT, SERVER_ENTRY } from './compiled-app.js';
import { HTTP_OPERATIONS, requestBody } from './realistic-operations.js';
import { median, ms, positiveNumber, printTable } from './print-table.js';

/**
 * Start-up: the time from spawning a process to the first answered query, for the service as
 * `npm start` runs it (`node dist/server.bundle.mjs` on the real graph) and, in the same run, for a bare
 * node:http server that answers the same request with a fixed body (the floor: Node's own start).
 * Runs alternate between the two so that noise on the machine falls on both; one untimed run of
 * the service first, so that every timed run finds the snapshot cache as `npm start` does after
 * its first start.
 *
 *   npm run bench:startup
 *   npm run bench:startup -- --runs 20
 */

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = positiveNumber('runs', values.runs);

/** Listens on PORT, prints its address like the service does, answers every request at once. */
const BARE_SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}'));
});
server.listen(Number(process.env.PORT), process.env.HOST, () => {
  console.log('Serving at http://' + process.env.HOST + ':' + server.address().port + '/graphql');
});
`;

const QUERY = HTTP_OPERATIONS[0]!;
const BODY = requestBody(QUERY);

interface Start {
  /** Spawn to first answer, ms. */
  total: number;
  /** Spawn to the address line: the process is listening, ms. */
  listening: number;
  /** What the server says it took from main() to listening, when it says so. */
  reported: number | null;
}

/** Spawns a server, waits for its address line, sends the query, and returns when it is answered. */
async function timeStart(args: string[]): Promise<Start> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // One process: the time to the first answer, without the primary and its other workers.
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  try {
    let output = '';
    let listening = Number.NaN;
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) {
          listening = performance.now() - started;
          resolve(`${match[1]}/graphql`);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) =>
        reject(new Error(`the server exited with code ${code} before listening:\n${output}`)),
      );
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: BODY,
    });
    const text = await response.text();
    const total = performance.now() - started;
    if (response.status !== 200 || !text.startsWith('{"data"')) {
      throw new Error(`the first query was not answered: ${response.status} ${text.slice(0, 200)}`);
    }
    const reported = /ready in (\d+) ?ms/.exec(output);
    return { total, listening, reported: reported ? Number(reported[1]) : null };
  } finally {
    const exited = child.exitCode === null && child.signalCode === null ? once(child, 'exit') : null;
    kill();
    await exited;
    process.off('exit', kill);
  }
}

requireBuild();
const service = [SERVER_ENTRY];
const bare = ['-e', BARE_SERVER];
process.on('SIGINT', () => process.exit(130));

process.stderr.write(`bench:startup: ${runs} runs each, alternating; one untimed run of the service first\n`);
const priming = await timeStart(service);
const serviceRuns: Start[] = [];
const bareRuns: Start[] = [];
const loadBefore = loadavg()[0]!;
for (let run = 0; run < runs; run++) {
  bareRuns.push(await timeStart(bare));
  serviceRuns.push(await timeStart(service));
  process.stderr.write(
    `run ${run + 1}: bare ${ms(bareRuns.at(-1)!.total)} ms, service ${ms(serviceRuns.at(-1)!.total)} ms\n`,
  );
}
const loadAfter = loadavg()[0]!;

const serviceMedian = median(serviceRuns.map((run) => run.total));
const bareMedian = median(bareRuns.map((run) => run.total));
const reported = serviceRuns.map((run) => run.reported).filter((value): value is number => value !== null);

console.log(
  `\nStart-up: process spawn to the first answered query (${QUERY.description}), median of ${runs}, in ms ` +
    `(${cpus().length} cores, Node ${process.versions.node}; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after)\n`,
);
const row = (name: string, list: Start[]) => {
  const totals = list.map((run) => run.total);
  return [
    name,
    ms(median(totals)),
    ms(Math.min(...totals)),
    ms(Math.max(...totals)),
    totals.map((total) => total.toFixed(0)).join(' '),
  ];
};
printTable(
  ['server', 'median', 'min', 'max', 'runs'],
  [row('bare node:http (baseline)', bareRuns), row('npm start: node dist/server.bundle.mjs', serviceRuns)],
);
console.log(
  `\nThe service takes ${ms(serviceMedian - bareMedian)} ms more than bare Node (${(serviceMedian / bareMedian).toFixed(1)}x).`,
);
if (reported.length > 0) {
  console.log(
    `Of its start, the service reports ${ms(median(reported))} ms (median) from its main() to listening.`,
  );
}
console.log(`The untimed first run took ${ms(priming.total)} ms (it may have written the snapshot cache).`);
const serviceListening = median(serviceRuns.map((run) => run.listening));
const bareListening = median(bareRuns.map((run) => run.listening));
const fastest = Math.min(...serviceRuns.map((run) => run.total));
console.log(
  `Where the median start goes: spawn to listening ${ms(serviceListening)} ms (bare Node ${ms(bareListening)} ms), ` +
    `of which the service's main() to listening ${reported.length > 0 ? `${ms(median(reported))} ms` : 'unknown'} and ` +
    `loading the bundle the rest; listening to the first answer ${ms(serviceMedian - serviceListening)} ms.`,
);
console.log(
  `Goal, the service under 400 ms: ${
    serviceMedian < 400
      ? 'met'
      : `not met: ${ms(serviceMedian)} ms, ${ms(serviceMedian - bareMedian)} ms more than bare Node's ${ms(bareMedian)} ms; ` +
        `the fastest start took ${ms(fastest)} ms, with a 1-minute load average of ${loadBefore.toFixed(2)} to ${loadAfter.toFixed(2)} ` +
        `on ${cpus().length} cores (a start is a single thread: on a busy machine it waits for a core)`
  } (${ms(serviceMedian)} ms).`,
);
