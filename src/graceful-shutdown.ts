import type { Server } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/**
 * Stopping without losing a request. On SIGTERM the server:
 *
 * 1. keeps accepting until no connection has arrived for ACCEPT_QUIET_MS (at most ACCEPT_MAX_MS):
 *    connections already waiting in the kernel's backlog (clients that connected while the event
 *    loop was busy) are taken and served, not reset when the listening socket closes; then it
 *    closes the listening socket, and later clients are refused before they send anything;
 * 2. answers every request it has received, on every connection, including those whose bytes
 *    arrived but were not read yet; each answer from now on carries `Connection: close`;
 * 3. closes each connection once it has no request in flight and has been quiet for
 *    IDLE_GRACE_MS since its last answer (FRESH_GRACE_MS for a connection that has not sent a
 *    request yet), so a request already on its way is still served;
 * 4. reports whether everything was answered before `timeoutMs`, after which the connections
 *    left are destroyed.
 *
 * Node's own `server.close()` does not do this: from Node 19 it first closes every connection
 * that has no request in flight, including those whose next request is sitting unread in the
 * socket buffer, and those clients see ECONNRESET.
 */

export const ACCEPT_QUIET_MS = 100;
export const ACCEPT_MAX_MS = 1_000;
export const IDLE_GRACE_MS = 250;
export const FRESH_GRACE_MS = 1_000;
const CHECK_EVERY_MS = 25;

interface Connection {
  /** Requests received and not yet answered. */
  active: number;
  /** Whether a request has come on it yet. */
  used: boolean;
  /** performance.now() of the last request's answer (or of the connection). */
  quietSince: number;
}

export interface ShutdownResult {
  /** Every request received was answered. */
  drained: boolean;
  /** Requests still unanswered when the timeout cut their connections. */
  cutOff: number;
}

export interface ConnectionTracker {
  /** True once shutdown has begun. */
  readonly draining: boolean;
  /** Open connections now. */
  readonly connections: number;
  shutdown(timeoutMs: number): Promise<ShutdownResult>;
}

/** Tracks a server's connections and requests from now on; call before it listens. */
export function trackConnections(server: Server): ConnectionTracker {
  const connections = new Map<Socket, Connection>();
  let draining = false;
  let lastConnection = 0;

  server.on('connection', (socket: Socket) => {
    lastConnection = performance.now();
    connections.set(socket, { active: 0, used: false, quietSince: lastConnection });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request, response) => {
    const connection = connections.get(request.socket);
    if (!connection) return;
    connection.active += 1;
    connection.used = true;
    if (draining && !response.headersSent) response.setHeader('connection', 'close');
    response.once('close', () => {
      connection.active -= 1;
      connection.quietSince = performance.now();
    });
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // A timer fires before the poll phase in which libuv accepts connections waiting in the
  // backlog, so after a busy turn a timer alone would see "no new connection" while some wait
  // to be accepted. setImmediate runs after that poll phase: their 'connection' events are in.
  const afterAccepting = () => new Promise((resolve) => setImmediate(resolve));

  return {
    get draining() {
      return draining;
    },
    get connections() {
      return connections.size;
    },
    async shutdown(timeoutMs) {
      draining = true;
      const started = performance.now();
      await sleep(CHECK_EVERY_MS);
      await afterAccepting();
      while (
        performance.now() - lastConnection < ACCEPT_QUIET_MS &&
        performance.now() - started < Math.min(ACCEPT_MAX_MS, timeoutMs)
      ) {
        await sleep(CHECK_EVERY_MS);
        await afterAccepting();
      }
      // net.Server's close: stop listening, without http.Server's closing of idle connections.
      NetServer.prototype.close.call(server);
      const ended = new Set<Socket>();
      while (performance.now() - started < timeoutMs) {
        const now = performance.now();
        let busy = 0;
        for (const [socket, connection] of connections) {
          const grace = connection.used ? IDLE_GRACE_MS : FRESH_GRACE_MS;
          if (connection.active > 0 || now - connection.quietSince < grace) busy += 1;
          else if (!ended.has(socket)) {
            ended.add(socket);
            socket.end();
          }
        }
        if (busy === 0) break;
        await sleep(CHECK_EVERY_MS);
      }
      let cutOff = 0;
      for (const [socket, connection] of connections) {
        cutOff += connection.active;
        socket.destroy();
      }
      return { drained: cutOff === 0, cutOff };
    },
  };
}
