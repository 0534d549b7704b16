import { once } from 'node:events';
import { createServer, request } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type ShutdownResult, trackConnections } from '../src/graceful-shutdown.js';
import { startServerProcess } from './support/server-process.js';

// Item 6 of issue 12: on SIGTERM the server stops accepting, answers every request it has
// received, closes its connections, and says by its exit code whether it managed.

/** POSTs on a connection of its own; resolves with the status, or the error's code. */
function postAlone(
  port: number,
  body: string,
  written: () => void,
): Promise<{ status: number; text: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += String(chunk)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(body, written);
  });
}

/** Seven path searches between entities of the real graph: tens of milliseconds each. */
const slowQuery = (i: number) =>
  JSON.stringify({
    query: `query Burst${i} { ${['nato', 'ukraine', 'germany', 'netherlands', 'wiesbaden', 'purl', 'russia']
      .map(
        (from, j) =>
          `p${j}: paths(from: "${from}", to: "${j % 2 ? 'nato' : 'ukraine'}", maxHops: ${4 + (i % 3)}, first: ${20 + i}) { paths { length } }`,
      )
      .join(' ')} }`,
  });

describe('SIGTERM', () => {
  it('answers every request of a burst it received before the signal, then exits 0', async () => {
    // A drain timeout no loaded test machine reaches: this test is about losing nothing.
    const server = await startServerProcess({
      COST_BUDGET: '0',
      LOG_REQUESTS: 'false',
      SHUTDOWN_TIMEOUT_MS: '120000',
    });
    const count = 30;
    let written = 0;
    let signalled!: () => void;
    const allWritten = new Promise<void>((resolve) => {
      signalled = resolve;
    });
    const answers = Array.from({ length: count }, (_, i) =>
      postAlone(server.port, slowQuery(i), () => {
        written += 1;
        if (written === count) signalled();
      }),
    );
    await allWritten;
    server.child.kill('SIGTERM');
    const results = await Promise.all(answers);
    expect(results.filter((result) => 'error' in result)).toEqual([]);
    expect(results.map((result) => ('status' in result ? result.status : 0))).toEqual(
      Array.from({ length: count }, () => 200),
    );
    expect(await server.exited).toBe(0);
    // The signal came while most of the burst was still being worked on.
    const shutdown = server.lines().find((line) => line.includes('"event":"shutdown"'));
    expect(shutdown).toBeDefined();
    expect(
      server.lines().some((line) => line.includes('"event":"stopped"') && line.includes('"level":"info"')),
    ).toBe(true);
  });

  it('ends the graphChanged streams it serves, rather than waiting on them until its timeout', async () => {
    const server = await startServerProcess({});
    const controller = new AbortController();
    const response = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { graphChanged { version } }' }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const stream = response.text();
    server.child.kill('SIGTERM');
    // The stream ends (the server closes it) and the server exits 0, long before 10 s.
    await stream;
    expect(await server.exited).toBe(0);
    controller.abort();
  });

  it('exits 1, saying how many requests it cut off, when a request outlasts SHUTDOWN_TIMEOUT_MS', async () => {
    const server = await startServerProcess({ SHUTDOWN_TIMEOUT_MS: '500' });
    // A request whose body never finishes: received, never answerable.
    const socket = connect(server.port, '127.0.0.1', () =>
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"q',
      ),
    );
    socket.on('error', () => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    const stopped = server.lines().find((line) => line.includes('"event":"stopped"'));
    expect(JSON.parse(stopped!)).toMatchObject({ level: 'error', cutOff: 1 });
    socket.destroy();
  });
});

describe('trackConnections', () => {
  it('serves connections still waiting in the backlog when a busy turn ends, rather than resetting them', async () => {
    // The first request starts the shutdown, has clients connect (the kernel completes their
    // handshakes and queues them while this process is busy), then holds the event loop for
    // 300 ms. The turn after it runs timers before it accepts connections: a shutdown that
    // looked only at the time of the last accepted connection would close the listening socket
    // then, and the kernel would reset the queued ones.
    const waiting = 5;
    const server = createServer();
    const tracker = trackConnections(server);
    let drained: Promise<ShutdownResult> | undefined;
    let queued: Promise<{ status: number; text: string } | { error: string }>[] = [];
    server.on('request', async (request, response) => {
      if (!drained) {
        drained = tracker.shutdown(10_000);
        const { port } = server.address() as AddressInfo;
        queued = Array.from({ length: waiting }, () => postAlone(port, '{}', () => {}));
        // net.connect makes its connect() call on the next tick: let it, then hold the loop.
        await new Promise((resolve) => process.nextTick(resolve));
        const until = performance.now() + 300;
        while (performance.now() < until) {
          // busy, as a long request would be
        }
      }
      request.resume();
      request.on('end', () => response.end('served'));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const first = await postAlone(port, '{}', () => {});
    expect(first).toEqual({ status: 200, text: 'served' });
    expect(await Promise.all(queued)).toEqual(
      Array.from({ length: waiting }, () => ({ status: 200, text: 'served' })),
    );
    expect(await drained).toEqual({ drained: true, cutOff: 0 });
  });
});
