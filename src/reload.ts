import { EventEmitter } from 'node:events';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import watcher from '@parcel/watcher';
import type { GraphStore } from './context.js';
import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { DATA_FOLDERS } from './load/data-layout.js';
import { GraphDataError, type DataProblem } from './load/errors.js';
import { openKnowledgeGraph } from './load/open-graph.js';
import { warmGraph } from './warm-graph.js';

/**
 * Live data without downtime: a new graph is loaded and validated beside the one being served,
 * and only a complete, valid graph replaces it, in one assignment. A request reads
 * `store.current` once when it starts (createContext), so it finishes on the graph it began
 * with; an invalid edit leaves the last good graph serving and is reported here.
 *
 * The folder is watched with @parcel/watcher (inotify on Linux, the watcher VS Code uses), which
 * follows atomic saves (a new file renamed over the old one) and replaced subfolders. Beyond it:
 *
 * - **Settling.** A reload starts only after the folder has been quiet for `settleMs` (a second
 *   by default), so a file written in several steps is read once it is complete; and the data
 *   files' sizes and times are compared before and after reading: a file that changed while it
 *   was read is read again rather than served half-written.
 * - **A replaced folder.** When the watched folder itself is deleted, renamed away or replaced
 *   (a deploy that swaps `graph-data/`), the watcher reports it gone; the folder is then looked
 *   for every `checkMs`, watched again when it is back, and reloaded. A check every `checkMs`
 *   also compares the folder's inode with the one being watched, for a swap the watcher missed.
 * - **Visibility.** `status.watching` is false (and `status.watchError` says why) whenever the
 *   folder is not being watched, so /health shows a reloader that has gone deaf.
 */

/**
 * Announces every graph a reload swaps in, after the swap: `changed` with the new graph. The
 * `graphChanged` subscription listens here; the reloader works the same with no one listening.
 */
export class GraphChanges extends EventEmitter<{ changed: [KnowledgeGraph]; closed: [] }> {
  #closed = false;

  constructor() {
    super();
    // One listener per open subscription: many are expected, none is a leak.
    this.setMaxListeners(0);
  }

  /** True once `close` was called: no graph will be announced again. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Ends every subscription (at shutdown, so that their streams do not hold the server open). */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.emit('closed');
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
  /** Whether the folder is being watched for changes now. */
  watching: boolean;
  /** Why it is not, when it is not (the folder is gone, the watcher failed); else null. */
  watchError: string | null;
}

export interface ReloadError {
  at: string;
  message: string;
  /** How many problems the loader found (the message lists them all). */
  problemCount: number;
  /** The first MAX_REPORTED_PROBLEMS problems, each with its file, entry and field; empty for other failures. */
  problems: DataProblem[];
}

export type ReloadEvent =
  | { event: 'reloaded'; version: string; previousVersion: string; ms: number }
  | { event: 'unchanged'; version: string; ms: number }
  | { event: 'reload-failed'; error: ReloadError; ms: number }
  | { event: 'watching'; dir: string }
  | { event: 'not-watching'; dir: string; reason: string };

/** What a reloader swaps: anything that carries its data version. */
export interface Versioned {
  version: string;
}

export interface FolderReloaderOptions<T extends Versioned> {
  dir: string;
  /** Quiet time after the last change before reloading; an editor or a script saves in several writes. */
  settleMs?: number;
  /** How often a folder that is gone is looked for, and the watched folder's inode compared. */
  checkMs?: number;
  /** Called after each reload attempt and each change in watching, for the log. */
  onReload?: (event: ReloadEvent) => void;
  /** Loads and validates the folder; throws (GraphDataError) when it is invalid. */
  open: (dir: string) => Promise<T>;
  /** Called with each new value after it was swapped in. */
  onSwapped?: (next: T) => void;
}

/** A reloader of anything versioned: {@link createGraphReloader} without the graph announcements. */
export type FolderReloader = Omit<GraphReloader, 'changes'>;

export interface GraphReloaderOptions {
  dir: string;
  /** Quiet time after the last change before reloading; an editor or a script saves in several writes. */
  settleMs?: number;
  /** How often a folder that is gone is looked for, and the watched folder's inode compared. */
  checkMs?: number;
  /** Called after each reload attempt and each change in watching, for the log. */
  onReload?: (event: ReloadEvent) => void;
  /** Loads and validates a graph; the default reads `dir` as the server does, and warms it (src/warm-graph.ts). */
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
  /** Starts watching `dir`; each settled burst of changes causes one reload. */
  watch(): Promise<void>;
  close(): Promise<void>;
}

/** At most this many problems are kept in the status; the log has the full message. */
export const MAX_REPORTED_PROBLEMS = 20;

function toReloadError(error: unknown): ReloadError {
  const at = new Date().toISOString();
  if (error instanceof GraphDataError) {
    return {
      at,
      message: error.message,
      problemCount: error.problems.length,
      problems: error.problems.slice(0, MAX_REPORTED_PROBLEMS),
    };
  }
  return {
    at,
    message: error instanceof Error ? error.message : String(error),
    problemCount: 1,
    problems: [],
  };
}

/** How the status, which /health shows to anyone, names the data folder. */
export const DATA_FOLDER_NAME = 'the data folder';

/**
 * Text for the status with the folder's absolute path replaced by {@link DATA_FOLDER_NAME}:
 * /health is public and the server's file layout is nobody's business; the log keeps the path.
 */
function withoutPath(text: string, dir: string): string {
  return text.split(dir).join(DATA_FOLDER_NAME);
}

function reloadErrorWithoutPath(error: ReloadError, dir: string): ReloadError {
  return {
    ...error,
    message: withoutPath(error.message, dir),
    problems: error.problems.map((problem) => ({
      ...problem,
      file: withoutPath(problem.file, dir),
      message: withoutPath(problem.message, dir),
    })),
  };
}

/** Size and modification time of every entry of the data folders: changes when any file does. */
async function fingerprint(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const folder of DATA_FOLDERS) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const info = await stat(join(dir, folder, name)).catch(() => null);
      parts.push(`${folder}/${name}:${info?.size ?? '-'}:${info?.mtimeMs ?? '-'}`);
    }
  }
  return parts.join('\n');
}

/** Tries to read a folder that changed while it was read this many times before giving up for now. */
const MAX_READ_ATTEMPTS = 5;

export function createGraphReloader(store: GraphStore, options: GraphReloaderOptions): GraphReloader {
  const changes = options.changes ?? new GraphChanges();
  const reloader = createFolderReloader(store, {
    ...options,
    open: options.open ?? (async (folder: string) => warmGraph(await openKnowledgeGraph(folder))),
    onSwapped: (next) => {
      try {
        changes.emit('changed', next);
      } catch {
        // A subscriber's failure is its own; the swap has happened and the reload succeeded.
      }
    },
  });
  return { ...reloader, changes };
}

/**
 * The reloader's watching, settling and swapping, over any versioned value: the graph a server
 * serves ({@link createGraphReloader}), or only the version that the primary of several workers
 * has validated (src/cluster/primary.ts), which holds no graph itself.
 */
export function createFolderReloader<T extends Versioned>(
  store: { current: T },
  options: FolderReloaderOptions<T>,
): FolderReloader {
  const { settleMs = 1_000, checkMs = 1_000, onReload, open, onSwapped } = options;
  const dir = resolve(options.dir);
  const status: ReloadStatus = {
    loadedAt: new Date().toISOString(),
    version: store.current.version,
    reloads: 0,
    failedReloads: 0,
    lastReloadError: null,
    watching: false,
    watchError: null,
  };
  // Reloads run one at a time. A request during a reload queues one more (the files may have
  // changed after the running one read them); every request made meanwhile shares that one.
  let running: Promise<boolean> | null = null;
  let queued: Promise<boolean> | null = null;
  let settleTimer: NodeJS.Timeout | null = null;
  let checkTimer: NodeJS.Timeout | null = null;
  let subscription: watcher.AsyncSubscription | null = null;
  let watchedInode: number | null = null;
  let closed = false;

  /** Reads the folder until it reads the same before and after (or gives up), then validates. */
  const readSettled = async (): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const before = await fingerprint(dir);
      const next = await open(dir);
      if ((await fingerprint(dir)) === before || attempt >= MAX_READ_ATTEMPTS) return next;
      await new Promise((done) => setTimeout(done, settleMs));
    }
  };

  const attempt = async (): Promise<boolean> => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const next = await readSettled();
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
      onSwapped?.(next);
      return true;
    } catch (error) {
      status.failedReloads += 1;
      const failure = toReloadError(error);
      status.lastReloadError = reloadErrorWithoutPath(failure, dir);
      onReload?.({ event: 'reload-failed', error: failure, ms: elapsed() });
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

  /** A change was seen: reload once the folder has been quiet for settleMs. */
  const changed = () => {
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      settleTimer = null;
      void reload();
    }, settleMs);
  };

  const notWatching = (reason: string) => {
    const shown = withoutPath(reason, dir);
    if (status.watching || status.watchError !== shown) onReload?.({ event: 'not-watching', dir, reason });
    status.watching = false;
    status.watchError = shown;
  };

  const unsubscribe = async () => {
    const current = subscription;
    subscription = null;
    watchedInode = null;
    await current?.unsubscribe().catch(() => {});
  };

  /** Watches the folder if it is there; reports why not otherwise. */
  const subscribe = async (): Promise<void> => {
    const info = await stat(dir).catch(() => null);
    if (closed) return;
    if (!info?.isDirectory()) {
      notWatching(`${dir} is not there; it is looked for every ${checkMs} ms`);
      return;
    }
    try {
      subscription = await watcher.subscribe(dir, (error, events) => {
        if (error) {
          notWatching(`watching ${dir} failed: ${error.message}`);
          void unsubscribe();
          return;
        }
        // The folder itself deleted or renamed away: the subscription follows it no longer.
        if (events.some((event) => event.path === dir && event.type === 'delete')) {
          notWatching(`${dir} was removed or replaced; it is looked for every ${checkMs} ms`);
          void unsubscribe();
        }
        changed();
      });
    } catch (error) {
      notWatching(`watching ${dir} failed: ${(error as Error).message}`);
      return;
    }
    if (closed) {
      await unsubscribe();
      return;
    }
    watchedInode = info.ino;
    status.watching = true;
    status.watchError = null;
    onReload?.({ event: 'watching', dir });
  };

  /** Every checkMs: watch a folder that is back, and notice a folder swapped under the watcher. */
  const check = async () => {
    if (closed) return;
    if (subscription) {
      const info = await stat(dir).catch(() => null);
      if (info?.ino === watchedInode) return;
      notWatching(`${dir} was replaced; watching it again`);
      await unsubscribe();
    }
    await subscribe();
    if (subscription) changed();
  };

  return {
    status,
    reload,
    async watch() {
      if (subscription || checkTimer) return;
      closed = false;
      await subscribe();
      const tick = () => {
        checkTimer = setTimeout(() => {
          void check().finally(() => {
            if (!closed) tick();
          });
        }, checkMs);
        checkTimer.unref();
      };
      tick();
    },
    async close() {
      closed = true;
      if (settleTimer) clearTimeout(settleTimer);
      if (checkTimer) clearTimeout(checkTimer);
      settleTimer = null;
      checkTimer = null;
      await unsubscribe();
      status.watching = false;
    },
  };
}
