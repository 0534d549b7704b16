import { createServer, type Server } from 'node:http';
import { createApp } from './yoga.js';
import { openKnowledgeGraph } from './load/open-graph.js';
import { GraphDataError } from './load/errors.js';
import { ConfigError, loadConfig } from './config.js';
import { capRequestBodies } from './protections/body-size.js';
import { createGraphReloader, type ReloadEvent } from './reload.js';
import { DEFAULT_DATA_DIR } from './load/load-graph-data.js';

/** Reload outcomes as log lines, like the request log: one JSON object per line. */
function logReload(event: ReloadEvent): void {
  const time = new Date().toISOString();
  if (event.event === 'reload-failed') {
    // The full list of problems, each with file, entry and field, goes to stderr as the loader wrote it.
    console.error(
      JSON.stringify({ time, event: event.event, ms: event.ms, problems: event.error.problems.length }),
    );
    console.error(`Kept the last good graph: ${event.error.message}`);
  } else {
    console.log(JSON.stringify({ time, ...event }));
  }
}

// A log reader that goes away (a closed pipe) must not take the service down with it: lines
// that cannot be written are dropped.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

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

async function main(): Promise<void> {
  const started = performance.now();
  // Settings first: a bad one stops start-up before the data is read.
  const config = loadConfig();
  const store = {
    current: await openKnowledgeGraph(config.graphDataDir, {
      // The snapshot cache discards what it cannot prove is the files' graph; say so.
      onSnapshotRejected: (reason) =>
        console.log(JSON.stringify({ time: new Date().toISOString(), event: 'snapshot-rejected', reason })),
    }),
  };
  const reloader = config.watchGraphData
    ? createGraphReloader(store, { dir: config.graphDataDir ?? DEFAULT_DATA_DIR, onReload: logReload })
    : null;
  reloader?.watch();
  const yoga = createApp(store, config, {
    reloadStatus: reloader?.status ?? null,
    changes: reloader?.changes ?? null,
    log: config.logRequests ? (line) => console.log(JSON.stringify(line)) : null,
  });
  const server = createServer(capRequestBodies(yoga, config.maxBodyBytes));
  await listen(server, config.port, config.host);
  const { graph, citationCount } = store.current;
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `Serving ${graph.order} entities, ${graph.size} relations and ${citationCount} citations ` +
      `at http://${config.host}:${actualPort}${yoga.graphqlEndpoint} (ready in ${Math.round(performance.now() - started)} ms); ` +
      `explorer at http://${config.host}:${actualPort}/explore`,
  );
  const shutdown = (signal: string) => {
    console.log(`${signal}: closing the server after in-flight requests finish`);
    reloader?.close();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Do not wait forever on a client that keeps its connection open.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof GraphDataError) {
    console.error(`Refusing to start: the graph data is invalid.\n${error.message}`);
  } else if (error instanceof ConfigError || error instanceof ListenError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
