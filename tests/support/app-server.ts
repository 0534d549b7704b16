import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/yoga.js';

/** An app served over HTTP on a free loopback port, for tests whose client is a real browser. */
export interface AppServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly base: string;
  /** Closes every connection, then the server. */
  close(): Promise<void>;
}

export async function serveApp(app: App): Promise<AppServer> {
  const server = createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      // A browser keeps its connections alive; close() alone would wait for them.
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
