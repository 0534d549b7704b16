import type { ReloadStatus } from '../reload.js';

/**
 * What the primary and its workers tell each other over the cluster's IPC channel
 * (src/cluster/primary.ts, src/cluster/worker-link.ts). Every message has a `type` starting with
 * `graph:`, apart from prom-client's own requests for metrics.
 */

/** Where a worker is in its life. */
export type WorkerPhase = 'starting' | 'serving' | 'draining';

/** One worker as it last reported itself to the primary. */
export interface WorkerState {
  /** Its slot, 1 to WORKERS; a worker restarted after a crash takes the slot of the one it replaces. */
  worker: number;
  pid: number;
  phase: WorkerPhase;
  /** The data version it serves (null before it has loaded the graph), and when it loaded it. */
  version: string | null;
  loadedAt: string | null;
  /** Reloads it has made on the primary's word, and those that failed (it kept its graph). */
  reloads: number;
  failedReloads: number;
  /** How many times this slot's worker was restarted after it died. */
  restarts: number;
}

/** What the primary tells every worker whenever it changes: all workers, and the data folder. */
export interface ClusterState {
  /** Workers configured (WORKERS). */
  workers: number;
  primaryPid: number;
  /** Every slot's last report. */
  states: WorkerState[];
  /** The primary's watch of the data folder (WATCH_GRAPH_DATA), or null when it is not watched. */
  dataFolder: ReloadStatus | null;
}

export type PrimaryMessage =
  | { type: 'graph:cluster-state'; state: ClusterState }
  /** Load the data folder again: the primary has validated a new version (and written its snapshot). */
  | { type: 'graph:reload'; version: string }
  /** Stop as on this signal: drain, then exit. */
  | { type: 'graph:shutdown'; signal: string }
  | { type: 'graph:metrics'; requestId: number; text?: string; error?: string };

export type WorkerMessage =
  | { type: 'graph:worker-state'; state: Omit<WorkerState, 'worker' | 'restarts'> }
  /** Asks for every worker's metrics, summed (prom-client's AggregatorRegistry in the primary). */
  | { type: 'graph:metrics'; requestId: number };

/** The environment variable that gives a forked worker its slot. */
export const WORKER_SLOT_VARIABLE = 'GRAPH_WORKER_SLOT';

/**
 * The environment variable that gives a forked worker the data version the primary validated
 * last: the worker serves it from its snapshot, not whatever the folder holds at that moment.
 */
export const WORKER_VERSION_VARIABLE = 'GRAPH_WORKER_VERSION';

export function isMessage<T extends { type: string }>(message: unknown): message is T {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('graph:')
  );
}
