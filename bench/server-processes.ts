import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ROOT, SERVER_ENTRY } from './compiled-app.js';

/**
 * Each server under test runs in a child process of its own, so it does not share a heap or an
 * event loop with autocannon in this process. Children are tracked and killed when this process
 * exits, is interrupted (Ctrl-C) or terminated; a child whose IPC channel closes (this process
 * died without cleaning up) exits by itself.
 */

const children = new Set<ChildProcess>();

function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

let cleanupInstalled = false;
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      console.error(`\n${signal}: stopped, server processes killed`);
      process.exit(130);
    });
  }
}

/**
 * Loaded with `--import` into a server under test: sends its memory once a second (and after a
 * full garbage collection when sent "gc" and run with --expose-gc) and exits when the
 * benchmark's IPC channel closes. Nothing else changes in the server; the channel is unref'd so
 * it keeps nothing alive.
 */
const MEMORY_REPORTER =
  'data:text/javascript,' +
  encodeURIComponent(
    // Not in a cluster's worker (GRAPH_WORKER_SLOT, src/cluster/messages.ts), whose IPC channel is
    // its primary's and must stay referenced while it waits for the primary to open the port.
    `if (process.send && !process.env.GRAPH_WORKER_SLOT) {
      const report = () => { const { rss, heapUsed, heapTotal } = process.memoryUsage(); process.send({ memory: { rss, heapUsed, heapTotal, at: Date.now() } }); };
      report();
      setInterval(report, 1000).unref();
      process.on('message', (message) => { if (message === 'gc' && globalThis.gc) { globalThis.gc(); report(); } });
      process.on('disconnect', () => process.exit(1));
      process.channel?.unref();
    }`,
  );

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  at: number;
}

export interface ServerProcess {
  name: string;
  child: ChildProcess;
  /** The GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql */
  url: string;
  /** Milliseconds from spawn to the address being known. */
  startedInMs: number;
  /** Everything the server printed so far (the last 64 KB), for error messages. */
  output: () => string;
  memory: MemorySample[];
  stop: () => Promise<void>;
}

interface StartOptions {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** Finds the endpoint in what the server prints; the peers send it over IPC instead. */
  addressIn?: RegExp;
  ipc?: boolean;
  timeoutMs?: number;
}

function startProcess(options: StartOptions): Promise<ServerProcess> {
  installCleanup();
  const started = performance.now();
  const child = spawn(process.execPath, options.args, {
    cwd: ROOT,
    // One process unless asked (WORKERS): the rows compare one server process with another;
    // bench/workers-row.ts measures the service on every core.
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', WORKERS: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));

  let output = '';
  const memory: MemorySample[] = [];
  // Always drained: a server that logs each request must never block on a full pipe.
  const onOutput = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };

  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(
        new Error(
          `${options.name} did not report its address within ${options.timeoutMs ?? 60_000} ms:\n${output}`,
        ),
      );
    }, options.timeoutMs ?? 60_000);
    const ready = (url: string) => {
      clearTimeout(timer);
      child.stdout!.off('data', onText);
      child.off('exit', onExit);
      resolve({
        name: options.name,
        child,
        url,
        startedInMs: performance.now() - started,
        output: () => output,
        memory,
        stop,
      });
    };
    const onText = () => {
      const match = options.addressIn?.exec(output);
      if (match) ready(`${match[1]}/graphql`);
    };
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      reject(
        new Error(`${options.name} exited (${signal ?? `code ${code}`}) before it listened:\n${output}`),
      );
    };
    if (options.addressIn) child.stdout!.on('data', onText);
    child.on('message', (message: { url?: string; memory?: MemorySample }) => {
      if (message.memory) memory.push(message.memory);
      if (message.url) ready(message.url);
    });
    child.once('exit', onExit);
  });
}

/**
 * The service as `npm start` runs it: `node dist/server.bundle.mjs` on 127.0.0.1 and a free port (PORT=0).
 * The port is read from the line it prints when it listens, as tests/server.test.ts does.
 * `entry` runs another build (an older checkout's bundle, to measure before and after); `nodeArgs`
 * go to node before it (`--expose-gc` lets the memory reporter collect garbage when asked).
 */
export function startRealServer(
  options: { reportMemory?: boolean; env?: Record<string, string>; entry?: string; nodeArgs?: string[] } = {},
): Promise<ServerProcess> {
  return startProcess({
    name: 'yoga',
    args: [
      ...(options.nodeArgs ?? []),
      ...(options.reportMemory ? ['--import', MEMORY_REPORTER] : []),
      options.entry ?? SERVER_ENTRY,
    ],
    env: options.env,
    addressIn: /(http:\/\/127\.0\.0\.1:\d+)/,
    ipc: options.reportMemory,
  });
}

export type PeerKind = 'ceiling' | 'apollo' | 'yoga-bare' | 'jit-bare' | 'mercurius' | 'mercurius-cache';

/**
 * A peer from bench/http-peers.ts, serving the compiled schema and the real graph. In production
 * mode, as the service's bundle is: graphql-js then skips its development checks for the peers too.
 */
export function startPeer(kind: PeerKind, options: { reportMemory?: boolean } = {}): Promise<ServerProcess> {
  return startProcess({
    name: kind,
    env: { NODE_ENV: 'production' },
    args: [
      '--import',
      'tsx',
      ...(options.reportMemory ? ['--import', MEMORY_REPORTER] : []),
      fileURLToPath(new URL('./http-peers.ts', import.meta.url)),
      kind,
    ],
    ipc: true,
  });
}

/** Every process under `roots` (children, grandchildren: a cluster's workers, nginx's), from /proc. */
export function processTree(roots: number[]): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** A process's CPU time so far (user + system), in ms, read from /proc (Linux). */
export function cpuTimeMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks * 10; // CLK_TCK is 100 on Linux
  } catch {
    return Number.NaN;
  }
}
