import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { Config } from '../config.js';
import { DEFAULT_DATA_DIR } from '../load/load-graph-data.js';
import { openKnowledgeGraph } from '../load/open-graph.js';
import { logLine, type LogWriter } from '../log.js';
import { createFolderReloader, type FolderReloader, type ReloadEvent, type Versioned } from '../reload.js';
import {
  WORKER_SLOT_VARIABLE,
  WORKER_VERSION_VARIABLE,
  isMessage,
  type ClusterState,
  type PrimaryMessage,
  type WorkerMessage,
  type WorkerState,
} from './messages.js';

/**
 * WORKERS > 1: this process is the primary of a node:cluster and serves nothing itself. It
 *
 * - opens the data folder once before any worker starts, so invalid data stops the start with
 *   one message, and it is the only process that writes the snapshot cache (the workers read it,
 *   src/load/open-graph.ts's `writeSnapshot: false`), so workers never race on `.partial` files;
 * - forks WORKERS workers, each running src/server.ts on the same port (the primary accepts
 *   connections and hands them round; Node 20 has no `reusePort`): the first alone, the others
 *   once it listens, so a port that cannot be opened is reported once;
 * - watches the data folder when WATCH_GRAPH_DATA is on, validates each settled change itself
 *   (writing its snapshot) and then tells every worker to reload, so all end on the version it
 *   validated; an invalid edit reaches no worker;
 * - keeps every worker's last report (its data version, phase, reloads) and sends the whole
 *   picture to every worker on each change, so whichever worker answers /health shows them all;
 * - sums every worker's metrics for /metrics (prom-client's AggregatorRegistry);
 * - restarts a worker that died, in the same slot, and logs both events;
 * - on SIGTERM or SIGINT tells every worker to drain (src/graceful-shutdown.ts), and exits 0 when
 *   every one of them did.
 *
 * The primary keeps no graph: it drops the one it opened to validate.
 */

export interface PrimaryOptions {
  /** Writes the reloader's events to the log (the same lines as a single process writes). */
  logReload: (event: ReloadEvent) => void;
  onSnapshotRejected: (reason: string) => void;
}

/** A worker that dies sooner than this after it started is restarted after RESTART_DELAY_MS. */
const QUICK_DEATH_MS = 5_000;
const RESTART_DELAY_MS = 1_000;
/** How much longer than SHUTDOWN_TIMEOUT_MS the primary waits for its workers before killing them. */
const SHUTDOWN_MARGIN_MS = 5_000;

interface Slot {
  worker: Worker;
  startedAt: number;
  state: WorkerState;
}

export async function runPrimary(config: Config, write: LogWriter, options: PrimaryOptions): Promise<void> {
  const started = performance.now();
  const dir = config.graphDataDir ?? DEFAULT_DATA_DIR;
  const open = (folder: string) =>
    openKnowledgeGraph(folder, { onSnapshotRejected: options.onSnapshotRejected });
  // Invalid data throws here, before any worker starts (server.ts prints every problem).
  const first = await open(dir);
  const summary = {
    entities: first.graph.order,
    relations: first.graph.size,
    citations: first.citationCount,
  };
  const validated: { current: Versioned } = { current: { version: first.version } };

  const slots = new Map<number, Slot>();
  // Made before any worker runs: it listens for the workers' answers to its metrics requests.
  const metrics = new AggregatorRegistry();
  let shuttingDown = false;
  let listening = false;
  let reloader: FolderReloader | null = null;

  const clusterState = (): ClusterState => ({
    workers: config.workers,
    primaryPid: process.pid,
    states: [...slots.values()].map((slot) => slot.state).sort((a, b) => a.worker - b.worker),
    dataFolder: reloader?.status ?? null,
  });
  const send = (worker: Worker, message: PrimaryMessage) => {
    if (worker.isConnected()) worker.send(message);
  };
  const broadcast = (message: PrimaryMessage) => {
    for (const slot of slots.values()) send(slot.worker, message);
  };
  const shareState = () => broadcast({ type: 'graph:cluster-state', state: clusterState() });

  const fork = (slot: number, restarts: number): void => {
    // A worker restarted while an invalid edit is on disk still serves the validated version.
    const worker = cluster.fork({
      [WORKER_SLOT_VARIABLE]: String(slot),
      [WORKER_VERSION_VARIABLE]: validated.current.version,
    });
    slots.set(slot, {
      worker,
      startedAt: performance.now(),
      state: {
        worker: slot,
        pid: worker.process.pid ?? 0,
        phase: 'starting',
        version: null,
        loadedAt: null,
        reloads: 0,
        failedReloads: 0,
        restarts,
      },
    });
    // The new worker learns the cluster as soon as it can hear.
    worker.once('online', () => send(worker, { type: 'graph:cluster-state', state: clusterState() }));
  };
  const slotOf = (worker: Worker): [number, Slot] | undefined =>
    [...slots.entries()].find(([, slot]) => slot.worker === worker);

  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage<WorkerMessage>(message)) return;
    const found = slotOf(worker);
    if (!found) return;
    const [, slot] = found;
    if (message.type === 'graph:worker-state') {
      slot.state = { ...slot.state, ...message.state };
      shareState();
    } else if (message.type === 'graph:metrics') {
      metrics.clusterMetrics().then(
        (text) => send(worker, { type: 'graph:metrics', requestId: message.requestId, text }),
        (error: Error) =>
          send(worker, { type: 'graph:metrics', requestId: message.requestId, error: error.message }),
      );
    }
  });

  const workerExits = new Map<number, number | string | null>();
  let allExited: (() => void) | null = null;
  // A slot whose worker died and waits for its restart has no process either.
  const everyWorkerExited = () => [...slots.values()].every((slot) => slot.worker.isDead());

  cluster.on('exit', (worker, code, signal) => {
    const found = slotOf(worker);
    if (!found) return;
    const [number, slot] = found;
    if (shuttingDown) {
      workerExits.set(number, code ?? signal);
      if (everyWorkerExited()) allExited?.();
      return;
    }
    if (!listening) {
      // It died before the port was open: a start-up failure, which the worker printed for the
      // person at the terminal (a busy port, say) and a restart would only repeat.
      shuttingDown = true;
      for (const other of slots.values()) other.worker.process.kill('SIGKILL');
      process.exit(1);
    }
    const lived = performance.now() - slot.startedAt;
    write(
      logLine('error', 'worker-exited', {
        worker: number,
        pid: slot.state.pid,
        code,
        signal,
        message: `Worker ${number} (pid ${slot.state.pid}) exited ${signal ? `on ${signal}` : `with code ${code}`}`,
      }),
    );
    const restart = () => {
      if (shuttingDown) return;
      fork(number, slot.state.restarts + 1);
      const next = slots.get(number);
      write(
        logLine('warn', 'worker-restarted', {
          worker: number,
          pid: next?.state.pid,
          restarts: slot.state.restarts + 1,
          message: `Worker ${number} restarted as pid ${next?.state.pid} (restart ${slot.state.restarts + 1})`,
        }),
      );
      shareState();
    };
    if (lived < QUICK_DEATH_MS) setTimeout(restart, RESTART_DELAY_MS);
    else restart();
  });

  // The first `listening` from every slot: the service is up. The first worker starts alone, so
  // a port that cannot be opened is reported once, by it; the others start once it listens.
  const listened = new Set<number>();
  cluster.on('listening', (worker, address) => {
    const found = slotOf(worker);
    if (!found || listening) return;
    listened.add(found[0]);
    if (listened.size === 1) for (let slot = 2; slot <= config.workers; slot++) fork(slot, 0);
    if (listened.size < config.workers) return;
    listening = true;
    const url = `http://${config.host}:${address.port}/graphql`;
    write(
      logLine('info', 'listening', {
        url,
        workers: config.workers,
        message:
          `Serving ${summary.entities} entities, ${summary.relations} relations and ${summary.citations} ` +
          `citations at ${url} with ${config.workers} workers ` +
          `(ready in ${Math.round(performance.now() - started)} ms); ` +
          `explorer at http://${config.host}:${address.port}/explore`,
      }),
    );
  });

  if (config.watchGraphData) {
    reloader = createFolderReloader(validated, {
      dir,
      // Validates and writes the snapshot that the workers will read; keeps only the version.
      open: async (folder) => ({ version: (await open(folder)).version }),
      onReload: (event) => {
        options.logReload(event);
        shareState();
      },
      onSwapped: (next) => broadcast({ type: 'graph:reload', version: next.version }),
    });
    await reloader.watch();
  }

  fork(1, 0);

  const shutdown = async (signal: string) => {
    shuttingDown = true;
    write(
      logLine('info', 'shutdown', {
        signal,
        workers: slots.size,
        message: `${signal}: every worker answers the requests it has received (at most ${config.shutdownTimeoutMs} ms) and stops`,
      }),
    );
    await reloader?.close();
    const done = new Promise<void>((resolve) => {
      allExited = resolve;
    });
    if (everyWorkerExited()) allExited?.();
    broadcast({ type: 'graph:shutdown', signal });
    const timer = setTimeout(() => {
      for (const slot of slots.values()) if (!slot.worker.isDead()) slot.worker.process.kill('SIGKILL');
    }, config.shutdownTimeoutMs + SHUTDOWN_MARGIN_MS);
    await done;
    clearTimeout(timer);
    const failed = [...workerExits.entries()].filter(([, code]) => code !== 0);
    if (failed.length === 0) {
      write(logLine('info', 'stopped', { message: 'every worker answered every request it received' }));
      process.exit(0);
    }
    write(
      logLine('error', 'stopped', {
        failed: Object.fromEntries(failed),
        message: `${failed.length} of ${workerExits.size} workers did not stop cleanly (see their lines above)`,
      }),
    );
    process.exit(1);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      // A second signal while draining: stop now.
      if (shuttingDown) {
        for (const slot of slots.values()) slot.worker.process.kill('SIGKILL');
        process.exit(1);
      }
      void shutdown(signal);
    });
  }
}
