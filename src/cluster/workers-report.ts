import type { ClusterState, WorkerState } from './messages.js';

/** The `workers` section of /health: every process serving this port, and whether they agree. */
export interface WorkersReport {
  /** Workers configured (WORKERS); 1 for a single process. */
  count: number;
  /** Workers serving now (started, not draining). */
  serving: number;
  /** The slot of the worker that answered this request. */
  answeredBy: number;
  /** Whether every serving worker serves the same data version. */
  sameVersion: boolean;
  /** Every worker: this one as it is now, the others as the primary last heard from them. */
  list: WorkerState[];
}

/**
 * The report from this worker's own state and the cluster state the primary last sent (null for
 * a single process, or a worker the primary has not told yet).
 */
export function workersReport(self: WorkerState, cluster: ClusterState | null): WorkersReport {
  const others = (cluster?.states ?? []).filter((state) => state.worker !== self.worker);
  // The primary counts this slot's restarts; the worker itself cannot know them.
  const restarts = cluster?.states.find((state) => state.worker === self.worker)?.restarts ?? self.restarts;
  const list = [...others, { ...self, restarts }].sort((a, b) => a.worker - b.worker);
  const serving = list.filter((state) => state.phase === 'serving');
  return {
    count: cluster?.workers ?? 1,
    serving: serving.length,
    answeredBy: self.worker,
    sameVersion: new Set(serving.map((state) => state.version)).size <= 1,
    list,
  };
}
