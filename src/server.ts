import { createServer } from 'node:http';
import { createApp } from './yoga.js';
import { openKnowledgeGraph } from './load/open-graph.js';
import { GraphDataError } from './load/errors.js';
import { ConfigError, loadConfig } from './config.js';
import { capRequestBodies } from './protections/body-size.js';

async function main(): Promise<void> {
  const started = performance.now();
  // Settings first: a bad one stops start-up before the data is read.
  const config = loadConfig();
  const store = { current: await openKnowledgeGraph(config.graphDataDir) };
  const yoga = createApp(store, config);
  const server = createServer(capRequestBodies(yoga, config.maxBodyBytes));
  server.listen(config.port, config.host, () => {
    const { graph, citationCount } = store.current;
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : config.port;
    console.log(
      `Serving ${graph.order} entities, ${graph.size} relations and ${citationCount} citations ` +
        `at http://${config.host}:${actualPort}${yoga.graphqlEndpoint} (ready in ${Math.round(performance.now() - started)} ms)`,
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
  } else if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
