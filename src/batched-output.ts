/**
 * Text for a stream, written in batches: everything written during one turn of the event loop
 * goes out in one write at the end of the turn. Node writes to a pipe or a file synchronously,
 * one system call per write, so one log line per request cost a system call per request: about
 * a tenth of the time of a small query. Batching keeps the lines and their order and costs a
 * system call per turn instead.
 *
 * Lines still held when the process exits normally (process.exit, the end of the event loop) are
 * written then; only a process killed outright (SIGKILL) loses the last turn's lines.
 */
export interface BatchedOutput {
  /** Holds `text` for the next write; true, as a stream says when it may be written to again. */
  write(text: string): boolean;
  /** Writes what is held now. */
  flush(): void;
}

/** Past this many characters held, a batch is written at once rather than at the end of the turn. */
const MAX_HELD = 64 * 1024;

export function batchedOutput(stream: Pick<NodeJS.WritableStream, 'write'>): BatchedOutput {
  let held: string[] = [];
  let size = 0;
  let scheduled: NodeJS.Immediate | null = null;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (held.length === 0) return;
    const text = held.join('');
    held = [];
    size = 0;
    stream.write(text);
  };
  process.on('exit', flush);
  return {
    write(text) {
      held.push(text);
      size += text.length;
      if (size >= MAX_HELD) flush();
      // An immediate runs once the current turn's I/O callbacks are done: one write per turn.
      else scheduled ??= setImmediate(flush);
      return true;
    },
    flush,
  };
}
