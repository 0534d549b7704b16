import { EventEmitter } from 'node:events';
import { watch, type FSWatcher } from 'node:fs';
import type { GraphStore } from './context.js';
import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { GraphDataError, type DataProblem } from './load/errors.js';
import { openKnowledgeGraph } from './load/open-graph.js';

/**
 * Live data without downtime: a new graph is loaded and validated beside the one being served,
 * and only a complete, valid graph replaces it, in one assignment. A request reads
 * `store.current` once when it starts (createContext), so it finishes on the graph it began
 * with; an invalid edit leaves the last good graph serving and is reported here.
 */

/**
 * Announces every graph a reload swaps in, after the swap: `changed` with the new graph. The
 * `graphChanged` subscription listens here; the reloader works the same with no one listening.
 */
export class GraphChanges extends EventEmitter<{ changed: [KnowledgeGraph] }> {
  constructor() {
    super();
    // One listener per open subscription: many are expected, none is a leak.
    this.setMaxListeners(0);
  }
}

/** How the last reloads went, for /health and the log. */
export interface ReloadStatus {
  /** When the graph being served was loaded (ISO 8601), and its data version. */
  loadedAt: string;
  version: string;
  reloads: number;
  failedReloads: number;
  /** The last reload that failed since the last one that succeeded; null when none has. */
  lastReloadError: ReloadError | null;
}

export interface ReloadError {
  at: string;
  message: string;
  /** The loader's problems, each with its file, entry and field; empty for other failures. */
  problems: DataProblem[];
}

export type ReloadEvent =
  | { event: 'reloaded'; version: string; previousVersion: string; ms: number }
  | { event: 'unchanged'; version: string; ms: number }
  | { event: 'reload-failed'; error: ReloadError; ms: number };

export interface GraphReloaderOptions {
  dir: string;
  /** Quiet time after the last change before reloading; an editor saves in several writes. */
  debounceMs?: number;
  /** Called after each reload attempt, for the log. */
  onReload?: (event: ReloadEvent) => void;
  /** Loads and validates a graph; the default reads `dir` as the server does. */
  open?: (dir: string) => Promise<KnowledgeGraph>;
  /** Told of each new graph swapped in; one of its own when not given (see `changes`). */
  changes?: GraphChanges;
}

export interface GraphReloader {
  readonly status: ReloadStatus;
  /** Emits `changed` after each reload that swapped in a new graph. */
  readonly changes: GraphChanges;
  /**
   * Reloads now (after any reload in progress). Resolves true when the served graph is the
   * data on disk (a new version was swapped in, or nothing changed), false when the data is
   * invalid and the last good graph stays.
   */
  reload(): Promise<boolean>;
  /** Starts watching `dir` for changes; each burst of changes causes one reload. */
  watch(): void;
  close(): void;
}

/** At most this many problems are kept in the status; the log has the full message. */
const MAX_REPORTED_PROBLEMS = 20;

function toReloadError(error: unknown): ReloadError {
  const at = new Date().toISOString();
  if (error instanceof GraphDataError) {
    return { at, message: error.message, problems: error.problems.slice(0, MAX_REPORTED_PROBLEMS) };
  }
  return { at, message: error instanceof Error ? error.message : String(error), problems: [] };
}

export function createGraphReloader(store: GraphStore, options: GraphReloaderOptions): GraphReloader {
  const {
    dir,
    debounceMs = 200,
    onReload,
    open = openKnowledgeGraph,
    changes = new GraphChanges(),
  } = options;
  const status: ReloadStatus = {
    loadedAt: new Date().toISOString(),
    version: store.current.version,
    reloads: 0,
    failedReloads: 0,
    lastReloadError: null,
  };
  // Reloads run one at a time. A request during a reload queues one more (the files may have
  // changed after the running one read them); every request made meanwhile shares that one.
  let running: Promise<boolean> | null = null;
  let queued: Promise<boolean> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;

  const attempt = async (): Promise<boolean> => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const next = await open(dir);
      const previousVersion = store.current.version;
      status.reloads += 1;
      status.lastReloadError = null;
      if (next.version === previousVersion) {
        onReload?.({ event: 'unchanged', version: next.version, ms: elapsed() });
        return true;
      }
      store.current = next;
      status.loadedAt = new Date().toISOString();
      status.version = next.version;
      onReload?.({ event: 'reloaded', version: next.version, previousVersion, ms: elapsed() });
      try {
        changes.emit('changed', next);
      } catch {
        // A subscriber's failure is its own; the swap has happened and the reload succeeded.
      }
      return true;
    } catch (error) {
      status.failedReloads += 1;
      status.lastReloadError = toReloadError(error);
      onReload?.({ event: 'reload-failed', error: status.lastReloadError, ms: elapsed() });
      return false;
    }
  };

  const reload = (): Promise<boolean> => {
    if (running === null) {
      running = attempt().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return reload();
    });
    return queued;
  };

  return {
    status,
    changes,
    reload,
    watch() {
      if (watcher) return;
      // Recursive watching is native on Linux from Node 20, so no watcher library is needed.
      watcher = watch(dir, { recursive: true }, () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          void reload();
        }, debounceMs);
      });
      watcher.on('error', (error) => {
        status.lastReloadError = toReloadError(new Error(`watching ${dir} failed: ${error.message}`));
      });
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      watcher?.close();
      watcher = null;
    },
  };
}
