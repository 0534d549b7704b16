import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
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
 * A worker's side of the cluster (src/cluster/primary.ts): it reports its state to the primary,
 * keeps the last cluster state the primary sent, and hears reloads and shutdowns. A process that
 * is not a cluster worker (WORKERS=1) has no link.
 */
export interface WorkerLink {
  /** This worker's slot, 1 to WORKERS. */
  readonly worker: number;
  /**
   * The data version the primary validated last: the one to serve, from its snapshot (it was
   * given at fork, then by each reload); null when the primary gave none.
   */
  readonly validatedVersion: string | null;
  /** The cluster as the primary last described it; null until it has. */
  readonly cluster: ClusterState | null;
  /** Tells the primary this worker's state; sent again whenever it changes. */
  report(state: Omit<WorkerState, 'worker' | 'restarts'>): void;
  /** Called when the primary has validated a new version of the data folder. */
  onReload(listener: (version: string) => void): void;
  /** Called when the primary stops (a signal) or is gone (its channel closed). */
  onShutdown(listener: (reason: string) => void): void;
  /** Gives the primary this registry's metrics whenever it sums every worker's; call once at start. */
  shareMetrics(registry: Registry): void;
  /** Every worker's metrics summed by the primary, in Prometheus's text format. */
  clusterMetrics(): Promise<string>;
}

const METRICS_TIMEOUT_MS = 10_000;

/** The link to the primary, or null when this process is not a cluster worker. */
export function connectToPrimary(): WorkerLink | null {
  if (!cluster.isWorker || !process.send) return null;
  const worker = Number(process.env[WORKER_SLOT_VARIABLE] ?? cluster.worker?.id ?? 1);
  let state: ClusterState | null = null;
  let validatedVersion = process.env[WORKER_VERSION_VARIABLE] || null;
  const reloadListeners: ((version: string) => void)[] = [];
  const shutdownListeners: ((reason: string) => void)[] = [];
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let nextRequest = 0;

  const send = (message: WorkerMessage) => {
    if (process.connected) process.send?.(message);
  };
  process.on('message', (message: unknown) => {
    if (!isMessage<PrimaryMessage>(message)) return;
    if (message.type === 'graph:cluster-state') state = message.state;
    else if (message.type === 'graph:reload') {
      validatedVersion = message.version;
      for (const listener of reloadListeners) listener(message.version);
    } else if (message.type === 'graph:shutdown')
      for (const listener of shutdownListeners) listener(message.signal);
    else if (message.type === 'graph:metrics') {
      const request = pending.get(message.requestId);
      pending.delete(message.requestId);
      if (message.text !== undefined) request?.resolve(message.text);
      else request?.reject(new Error(message.error ?? 'the primary sent no metrics'));
    }
  });
  // The primary is gone (killed, crashed): nothing will send this worker connections any more.
  process.on('disconnect', () => {
    for (const listener of shutdownListeners) listener('primary-gone');
  });

  return {
    worker,
    get validatedVersion() {
      return validatedVersion;
    },
    get cluster() {
      return state;
    },
    report(next) {
      send({ type: 'graph:worker-state', state: next });
    },
    onReload(listener) {
      reloadListeners.push(listener);
    },
    onShutdown(listener) {
      shutdownListeners.push(listener);
    },
    shareMetrics(registry) {
      // prom-client answers the primary's requests with this registry's metrics; it listens for
      // them once an AggregatorRegistry has been made, hence the one made here.
      AggregatorRegistry.setRegistries([registry]);
      new AggregatorRegistry();
    },
    clusterMetrics() {
      const requestId = nextRequest++;
      return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(requestId);
          reject(new Error(`the primary did not answer for the metrics within ${METRICS_TIMEOUT_MS} ms`));
        }, METRICS_TIMEOUT_MS);
        pending.set(requestId, {
          resolve: (text) => {
            clearTimeout(timer);
            resolve(text);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        send({ type: 'graph:metrics', requestId });
      });
    },
  };
}
