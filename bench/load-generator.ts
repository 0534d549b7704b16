import autocannon from 'autocannon';
import { cpuTimeMs, processTree } from './server-processes.js';

/**
 * autocannon in this process, on one thread (its programmatic API prints nothing). Latency percentiles are computed here
 * from each response's own time (autocannon's histogram rounds to whole milliseconds, too coarse
 * for sub-millisecond answers), over 2xx responses as autocannon does.
 */

export interface Measurement {
  /** 2xx responses per second: a server gains nothing by refusing. */
  requestsPerSecond: number;
  /** Latency percentiles in ms, over the responses `latencyOf` says. */
  p50: number;
  p99: number;
  responses: number;
  non2xx: number;
  /** Connection errors and timeouts (a refused or reset connection, no answer in time). */
  errors: number;
  timeouts: number;
  durationSeconds: number;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Runs autocannon with `options` and measures it. Latency covers 2xx responses, or every response
 * with `latencyOf: 'all'` (how fast refusals come back).
 */
export async function fire(
  options: autocannon.Options,
  latencyOf: '2xx' | 'all' = '2xx',
): Promise<Measurement> {
  let latencies = new Float64Array(1 << 16);
  let recorded = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) =>
      error ? reject(error) : resolve(result),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (latencyOf === '2xx' && (statusCode < 200 || statusCode >= 300)) return;
      if (recorded === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[recorded++] = responseTime;
    });
  });
  const sorted = latencies.subarray(0, recorded).sort();
  return {
    requestsPerSecond: result['2xx'] / result.duration,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    responses: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
  };
}

/**
 * CPU used by the server (its process and the processes under it: a primary's workers) and by
 * this one (autocannon) between start and stop, as a share of one core: a server below ~100%
 * while the client is at ~100% was measured by a saturated client, not at its own limit.
 */
export function cpuMeter(serverPid: number): () => { server: number; client: number } {
  const wall = performance.now();
  const pids = processTree([serverPid]);
  const serverTime = () => pids.reduce((sum, pid) => sum + cpuTimeMs(pid), 0);
  const server = serverTime();
  const client = process.cpuUsage();
  return () => {
    const elapsed = performance.now() - wall;
    const used = process.cpuUsage(client);
    return {
      server: (serverTime() - server) / elapsed,
      client: (used.user + used.system) / 1000 / elapsed,
    };
  };
}
