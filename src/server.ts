import { createServer } from 'node:http';
import { createApp } from './yoga.js';
import { openKnowledgeGraph } from './load/open-graph.js';
import { GraphDataError } from './load/errors.js';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? 'localhost';
const dataDir = process.env.GRAPH_DATA_DIR;

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${process.env.PORT}"`);
  }
  const started = performance.now();
  const store = { current: await openKnowledgeGraph(dataDir) };
  const yoga = createApp(store);
  const server = createServer(yoga);
  server.listen(port, host, () => {
    const { graph, citationCount } = store.current;
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(
      `Serving ${graph.order} entities, ${graph.size} relations and ${citationCount} citations ` +
        `at http://${host}:${actualPort}${yoga.graphqlEndpoint} (ready in ${Math.round(performance.now() - started)} ms)`,
    );
  });
  const shutdown = (signal: string) => {
    console.log(`${signal}: closing the server after in-flight requests finish`);
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
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
