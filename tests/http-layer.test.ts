import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange, startServerProcess, type ServerProcess } from './support/server-process.js';
import { writeDataFolder } from './support/data-folder.js';
import { fileTempDir } from './support/temp-dir.js';

// The HTTP layer of the real server process, below Yoga (items 5 and 8 of issue 12): whatever the
// request line and headers, no answer shows a stack trace or a file path; idle and slow
// connections are closed; the number of connections is capped. The server serves the small data
// folder of tests/support/data-folder.ts: nothing here depends on the data.

let server: ServerProcess;
let data: string;
beforeAll(async () => {
  data = writeDataFolder(fileTempDir('http-layer-data'));
  server = await startServerProcess({
    GRAPH_DATA_DIR: data,
    HEADERS_TIMEOUT_MS: '1000',
    REQUEST_TIMEOUT_MS: '2000',
  });
});
afterAll(() => server.stop());

const STACK_OR_PATH = /\n\s+at |file:\/\/|node:internal|\/src\/|\/node_modules\/|\.ts:\d/;

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
const bodyOf = (answer: string) => answer.slice(answer.indexOf('\r\n\r\n') + 4);

describe('the request line and Host header', () => {
  it('answers Host: a b with a 400 that names the problem, no stack trace', async () => {
    const answer = await rawExchange(
      server.port,
      'GET /health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(answer)).toBe(400);
    expect(answer).not.toMatch(STACK_OR_PATH);
    expect(answer).toContain('"code":"BAD_REQUEST"');
    expect(answer).toContain('the Host header is not a host name');
  });

  it('serves a request whose target is in absolute form, with a port', async () => {
    const host = `127.0.0.1:${server.port}`;
    const body = '{"query":"{ stats { entityCount } }"}';
    const answer = await rawExchange(
      server.port,
      `POST http://${host}/graphql HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\n` +
        `content-length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(statusOf(answer)).toBe(200);
    expect(answer).toContain('"entityCount":');
  });

  it('never shows a stack trace or a file path, whatever the request line and headers', async () => {
    const host = `127.0.0.1:${server.port}`;
    const requests = [
      `GET /health HTTP/1.1\r\nHost: [::1\r\n\r\n`,
      `GET /health HTTP/1.1\r\nHost: a:99999\r\n\r\n`,
      `GET /health HTTP/1.1\r\nHost: 1.2.3.4.5\r\n\r\n`,
      `GET /health HTTP/1.1\r\nHost: ${'x'.repeat(300)}\r\n\r\n`,
      `GET http://a:99999/health HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `GET http://[::1/health HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `GET * HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `OPTIONS * HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `GET //a:1/graphql?query=%7B HTTP/1.1\r\nHost: ${host}\r\nx-graphql-yoga-csrf: 1\r\n\r\n`,
      `GET /graphql?query=%ZZ HTTP/1.1\r\nHost: ${host}\r\nx-graphql-yoga-csrf: 1\r\n\r\n`,
      `GET /export/%ZZ HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `POST /graphql HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\ncontent-length: 5\r\n\r\n{"a":`,
      `POST /graphql HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json; charset=nope\r\ncontent-length: 2\r\n\r\n[]`,
      `GET /graphql HTTP/1.1\r\nHost: ${host}\r\naccept: text/event-stream\r\nx-graphql-yoga-csrf: 1\r\n\r\n`,
    ];
    for (const request of requests) {
      const answer = await rawExchange(
        server.port,
        request.replace(/\r\n\r\n/, '\r\nConnection: close\r\n\r\n'),
      );
      expect(answer, request).not.toMatch(STACK_OR_PATH);
      expect(statusOf(answer), request).toBeLessThan(500);
    }
  });

  it('answers a variable nested 49,000 levels deep with 400, before anything recursive reads it', async () => {
    const depth = 49_000;
    const body = `{"query":"query ($x: String) { stats { version } }","variables":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const before = server.lines().length;
    const answer = await rawExchange(
      server.port,
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n` +
        `content-length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(statusOf(answer)).toBe(400);
    expect(bodyOf(answer)).toContain('nested deeper than the limit of 32 levels');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logged = server.lines().slice(before);
    // One request line, as JSON; no stack traces.
    for (const line of logged) expect(() => JSON.parse(line)).not.toThrow();
    expect(logged.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('answers a CORS preflight on the default settings with 204 and no CORS headers, not the CSRF error', async () => {
    const response = await fetch(`${server.base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control'))).toEqual([]);
  });
});

describe('the data version (X-Data-Version)', () => {
  it('is on every answer: a query, the health check, and a refusal made before the GraphQL layer', async () => {
    const health = await fetch(`${server.base}/health`);
    const { graph } = (await health.json()) as { graph: { version: string } };
    expect(graph.version).toMatch(/^[0-9a-f]{64}$/);
    expect(health.headers.get('x-data-version')).toBe(graph.version);
    const query = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ stats { version } }"}',
    });
    expect(((await query.json()) as { data: { stats: { version: string } } }).data.stats.version).toBe(
      graph.version,
    );
    expect(query.headers.get('x-data-version')).toBe(graph.version);
    const refused = await rawExchange(
      server.port,
      'GET /health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(refused)).toBe(400);
    expect(refused.toLowerCase()).toContain(`x-data-version: ${graph.version}`);
  });
});

describe('connections', () => {
  /** Resolves once the server has closed the connection. */
  const closedByServer = (socket: Socket) =>
    new Promise<void>((resolve) => socket.once('close', () => resolve()));

  it('closes a connection that never sends its headers, after HEADERS_TIMEOUT_MS', async () => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    socket.resume();
    await closedByServer(socket);
  });

  it('closes a connection whose body never finishes, after REQUEST_TIMEOUT_MS', async () => {
    const socket = connect(server.port, '127.0.0.1', () =>
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"q',
      ),
    );
    socket.on('error', () => {});
    socket.resume();
    await closedByServer(socket);
  });

  it('holds at most MAX_CONNECTIONS connections, closing the others at once', async () => {
    const capped = await startServerProcess({ GRAPH_DATA_DIR: data, MAX_CONNECTIONS: '5' });
    const sockets = Array.from({ length: 12 }, () => {
      const socket = connect(capped.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.resume();
      return socket;
    });
    const closed = sockets.map(() => false);
    sockets.forEach((socket, i) => {
      socket.once('close', () => {
        closed[i] = true;
      });
    });
    // The sockets past the cap are closed as soon as the server accepts them.
    while (closed.filter(Boolean).length < 7) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closed.filter(Boolean)).toHaveLength(7);
    for (const socket of sockets) socket.destroy();
  });
});
