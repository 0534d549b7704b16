import { createServer, type Server } from 'node:http';
import { createApp } from './yoga.js';
import { openKnowledgeGraph } from './load/open-graph.js';
import { GraphDataError } from './load/errors.js';
import { ConfigError, loadConfig } from './config.js';
import { capRequestBodies } from './protections/body-size.js';
import { checkRequestTarget } from './protections/request-target.js';
import { GraphChanges, createGraphReloader, type ReloadEvent } from './reload.js';
import { DEFAULT_DATA_DIR } from './load/load-graph-data.js';
import { errorFields, jsonLines, logLine, type LogWriter } from './log.js';
import { batchedOutput } from './batched-output.js';
import type { Observability, Refusal } from './observability.js';
import { trackConnections } from './graceful-shutdown.js';
import { warmGraph } from './warm-graph.js';
import cluster from 'node:cluster';
import { runPrimary } from './cluster/primary.js';
import { connectToPrimary } from './cluster/worker-link.js';
import type { WorkerPhase, WorkerState } from './cluster/messages.js';
import { workersReport } from './cluster/workers-report.js';

// A log reader that goes away (a closed pipe) must not take the service down with it: lines
// that cannot be written are dropped.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

/**
 * Every line the running server writes: JSON, with a level (src/log.ts). Lines on stdout, one
 * per request among them, go out once per turn of the event loop (src/batched-output.ts).
 */
const link = connectToPrimary();
const lines = jsonLines(batchedOutput(process.stdout));
/** A worker's lines say which worker wrote them. */
const write: LogWriter = link ? (line) => lines({ ...line, worker: link.worker }) : lines;
const onSnapshotRejected = (reason: string) => write(logLine('warn', 'snapshot-rejected', { reason }));

/** Reload outcomes as log lines: the full list of problems, each with file, entry and field, in `message`. */
function logReload(event: ReloadEvent): void {
  if (event.event === 'reload-failed') {
    write(
      logLine('error', 'reload-failed', {
        ms: event.ms,
        problemCount: event.error.problemCount,
        message: `Kept the last good graph: ${event.error.message}`,
      }),
    );
  } else if (event.event === 'not-watching') {
    write(logLine('warn', 'not-watching', { dir: event.dir, message: event.reason }));
  } else {
    const { event: name, ...fields } = event;
    write(logLine('info', name, fields));
  }
}

/** The port could not be opened: one line that says why and what to do. */
class ListenError extends Error {}

const LISTEN_ADVICE: Record<string, string> = {
  EADDRINUSE: 'the port is in use: stop the other server, or set PORT to a free port (0 picks one)',
  EACCES: 'this user may not open that port: choose a PORT above 1023',
  EADDRNOTAVAIL: 'this machine has no such address: set HOST to one of its interfaces (localhost, 0.0.0.0)',
  ENOTFOUND: "no such host name: set HOST to one of this machine's interfaces (localhost, 0.0.0.0)",
};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const advice = LISTEN_ADVICE[error.code ?? ''] ?? error.message;
      reject(new ListenError(`Cannot listen on ${host}:${port}: ${advice} (${error.code ?? 'error'}).`));
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

for (const kind of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(kind, (error: unknown) => {
    write(
      logLine('error', 'crash', {
        message: `${kind}: ${(error as Error)?.message ?? error}`,
        ...errorFields(error),
      }),
    );
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  // Settings first: a bad one stops start-up before the data is read.
  const config = loadConfig();
  // Several workers: this process is their primary and serves nothing itself (src/cluster/).
  if (config.workers > 1 && cluster.isPrimary) {
    await runPrimary(config, write, { logReload, onSnapshotRejected });
    return;
  }
  // A worker only reads the snapshot cache: its primary has written it, and the worker serves
  // the version the primary validated, even if the folder holds an invalid edit by now.
  const open = async (dir: string | undefined) =>
    // The layout is computed now, not by the first request that asks (src/warm-graph.ts).
    warmGraph(
      await openKnowledgeGraph(dir, {
        onSnapshotRejected,
        writeSnapshot: link === null,
        version: link?.validatedVersion ?? null,
      }),
    );
  const store = { current: await open(config.graphDataDir) };
  const startedAt = new Date().toISOString();
  // What the graphChanged subscriptions listen to; closed at shutdown, which ends their streams.
  const changes = new GraphChanges();
  const reloader = config.watchGraphData
    ? createGraphReloader(store, {
        dir: config.graphDataDir ?? DEFAULT_DATA_DIR,
        onReload: (event) => {
          logReload(event);
          report();
        },
        changes,
        open,
      })
    : null;
  let phase: WorkerPhase = 'starting';
  /** This process as /health lists it, and as it reports itself to the primary. */
  const self = (): WorkerState => ({
    worker: link?.worker ?? 1,
    pid: process.pid,
    phase,
    version: store.current.version,
    loadedAt: reloader?.status.loadedAt ?? startedAt,
    reloads: reloader?.status.reloads ?? 0,
    failedReloads: reloader?.status.failedReloads ?? 0,
    restarts: 0,
  });
  const report = () => {
    const { worker: _slot, restarts: _restarts, ...state } = self();
    link?.report(state);
  };
  if (link) {
    // The primary watches the folder and says when it holds a new valid version.
    link.onReload(() => void reloader?.reload());
  } else {
    await reloader?.watch();
  }
  let observability: Observability | null = null;
  let draining = false;
  const yoga = createApp(store, config, {
    reloadStatus: link ? () => link.cluster?.dataFolder ?? null : (reloader?.status ?? null),
    workers: () => workersReport(self(), link?.cluster ?? null),
    worker: link?.worker ?? 1,
    metricsText: link && config.metrics ? () => link.clusterMetrics() : null,
    changes,
    log: write,
    onObservability: (created) => {
      observability = created;
      if (link && config.metrics) link.shareMetrics(created.registry);
    },
    draining: () => draining,
  });
  const refused = (refusal: Refusal) => observability?.refused(refusal) ?? '';
  const handler = checkRequestTarget(capRequestBodies(yoga, config.maxBodyBytes, refused), refused);
  const server = createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      keepAliveTimeout: config.keepAliveTimeoutMs,
      // How often the two timeouts above are checked; Node's default (30 s) lets a slow client
      // hold its socket up to 30 s past them.
      connectionsCheckingInterval: Math.min(1_000, config.headersTimeoutMs),
    },
    (request, response) => {
      // Every answer names the data version this process serves as the request arrives, so a
      // client can tell replicas or workers apart while a reload reaches them one by one.
      response.setHeader('x-data-version', store.current.version);
      handler(request, response);
    },
  );
  server.maxConnections = config.maxConnections;
  const connections = trackConnections(server);
  await listen(server, config.port, config.host);
  const { graph, citationCount } = store.current;
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${actualPort}${yoga.graphqlEndpoint}`;
  phase = 'serving';
  report();
  // A worker's start is one of many; the primary writes the `listening` line once all are up.
  write(
    logLine('info', link ? 'worker-listening' : 'listening', {
      url,
      message:
        `Serving ${graph.order} entities, ${graph.size} relations and ${citationCount} citations ` +
        `at ${url} (ready in ${Math.round(performance.now() - started)} ms); ` +
        `explorer at http://${config.host}:${actualPort}/explore`,
    }),
  );
  const shutdown = async (signal: string) => {
    draining = true;
    phase = 'draining';
    report();
    write(
      logLine('info', 'shutdown', {
        signal,
        connections: connections.connections,
        message: `${signal}: answering the requests received on ${connections.connections} connections (at most ${config.shutdownTimeoutMs} ms), accepting no more`,
      }),
    );
    await reloader?.close();
    changes.close();
    const { drained, cutOff } = await connections.shutdown(config.shutdownTimeoutMs);
    if (drained) {
      write(logLine('info', 'stopped', { message: 'every request received was answered' }));
      process.exit(0);
    }
    write(
      logLine('error', 'stopped', {
        cutOff,
        message: `${cutOff} requests were still unanswered after ${config.shutdownTimeoutMs} ms and were cut off`,
      }),
    );
    process.exit(1);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      // A second signal while draining (Ctrl-C twice): stop now.
      if (draining) process.exit(1);
      void shutdown(signal);
    });
  }
  // The primary's word (it got the signal), or the primary is gone: drain once, like a signal.
  link?.onShutdown((reason) => {
    if (!draining) void shutdown(reason);
  });
}

main().catch((error: unknown) => {
  // Before the server runs, a refusal is for a person at a terminal: plain text, every problem.
  if (error instanceof GraphDataError) {
    console.error(`Refusing to start: the graph data is invalid.\n${error.message}`);
  } else if (error instanceof ConfigError || error instanceof ListenError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
