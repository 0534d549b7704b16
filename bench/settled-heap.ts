/**
 * The heap in use once garbage is collected: twice, since the first collection can leave
 * objects that only then become unreachable (weak maps' entries, finalised buffers). Needs a
 * process run with --expose-gc.
 */
export function settledHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
