import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { hiddenBy, wasMasked } from './protections/error-masking.js';
import { errorFields, logLine, yogaLogger, type LogLine, type LogWriter } from './log.js';
import { boundedOperationName, openRecord, recordOf, type RequestRecord } from './request-record.js';

/**
 * What the service tells its operators: one JSON log line per request and Prometheus metrics.
 * Every label is bounded whatever clients send: operation names are cut to 80 characters and at
 * most MAX_OPERATION_NAMES distinct ones are kept (later names count as "other"); error codes are
 * the server's own, and bounded the same way.
 */

export const MAX_OPERATION_NAMES = 100;
export const MAX_ERROR_CODES = 50;

/** One request as the log records it: never the query text or variables. */
export interface RequestLogLine extends LogLine {
  event: 'request';
  requestId: string;
  method: string;
  path: string;
  operation: string | null;
  status: number;
  durationMs: number;
  /** The answer came from the response cache. */
  cached?: true;
  /** Requested and actual cost points, when the operation was costed. */
  cost?: { requested: number; actual: number };
  /** The codes of the errors in the answer, in order. */
  errors?: string[];
}

/** The operation's name, or "anonymous" for an unnamed one. */
function operationNameOf(
  document: Parameters<typeof getOperationAST>[0],
  operationName: string | undefined | null,
): string {
  return getOperationAST(document, operationName)?.name?.value ?? 'anonymous';
}

/** A refusal made before a request reached Yoga (src/server.ts's HTTP layer). */
export interface Refusal {
  method: string;
  path: string;
  status: number;
  code: string;
}

export interface Observability {
  registry: Registry;
  plugin: Plugin;
  /** Yoga's logger: JSON lines through the same writer. */
  logger: YogaLogger;
  /** Logs and counts a refusal made outside Yoga; returns the request id to send back. */
  refused: (refusal: Refusal) => string;
}

/** A label that takes at most `max` distinct values; later ones become "other". */
function boundedLabel(max: number): (value: string) => string {
  const known = new Set<string>();
  return (value) => {
    if (known.has(value)) return value;
    if (known.size >= max) return 'other';
    known.add(value);
    return value;
  };
}

const errors = new WeakMap<RequestRecord, string[]>();

/** The error codes noted for a request so far. */
export function errorCodesOf(request: Request): readonly string[] {
  const record = recordOf(request);
  return (record && errors.get(record)) ?? [];
}

/** Adds an error code to a request's record (for the log line and `graphql_errors_total`). */
export function noteErrorCode(request: Request, code: string): void {
  const record = recordOf(request);
  if (!record) return;
  const codes = errors.get(record);
  if (codes) codes.push(code);
  else errors.set(record, [code]);
}

/**
 * Metrics and the log as one Yoga plugin, which must come first: it opens each request's record
 * (src/request-record.ts) that the other plugins fill in. `log` receives every line (none when
 * null); `logRequests: false` leaves out the per-request lines but not the errors. `/metrics`
 * answers in Prometheus's text format unless `metricsEndpoint` is false.
 */
export function createObservability(
  options: {
    log?: LogWriter | null;
    logRequests?: boolean;
    defaultMetrics?: boolean;
    metricsEndpoint?: boolean;
    /** This process's slot among the workers, and the data version it serves, for `graph_data_version_info`. */
    worker?: number;
    dataVersion?: () => string;
    /** What /metrics answers instead of this registry's text (a cluster worker: every worker's, summed). */
    metricsText?: (() => Promise<string>) | null;
  } = {},
): Observability {
  const log = options.log === undefined ? (line: LogLine) => console.log(JSON.stringify(line)) : options.log;
  const logRequests = options.logRequests ?? true;
  const registry = new Registry();
  // Node's process metrics, among them the event loop's delay (nodejs_eventloop_lag_*_seconds,
  // from perf_hooks.monitorEventLoopDelay, over the time since the previous scrape).
  if (options.defaultMetrics ?? true) {
    collectDefaultMetrics({ register: registry });
    // Gauges named like counters, which `promtool check metrics` rejects; the same counts are
    // in nodejs_active_handles and nodejs_active_requests (by type) and nodejs_active_resources.
    for (const name of [
      'nodejs_active_handles_total',
      'nodejs_active_requests_total',
      'nodejs_active_resources_total',
    ]) {
      registry.removeSingleMetric(name);
    }
  }
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'HTTP requests to the GraphQL endpoint, by operation name and status code.',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from request to response on the GraphQL endpoint, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errorCount = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in answers (and refusals before them), by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const cachedCount = new Counter({
    name: 'graphql_response_cache_hits_total',
    help: 'GraphQL requests answered from the response cache.',
    registers: [registry],
  });
  // One of each per process: summed over the workers (/metrics of a cluster), the first counts
  // the workers that answered, the second names the data version each one serves.
  new Gauge({
    name: 'graph_workers',
    help: 'Processes serving this port that answered this scrape (WORKERS; 1 for a single process).',
    registers: [registry],
    aggregator: 'sum',
    collect() {
      this.set(1);
    },
  });
  const worker = String(options.worker ?? 1);
  const dataVersion = options.dataVersion;
  if (dataVersion) {
    new Gauge({
      name: 'graph_data_version_info',
      help: 'The data version (SHA-256 of the data files) each worker serves: 1 per worker, labelled by its slot.',
      labelNames: ['worker', 'version'] as const,
      registers: [registry],
      aggregator: 'sum',
      collect() {
        this.reset();
        this.set({ worker, version: dataVersion() }, 1);
      },
    });
  }
  const operationLabel = boundedLabel(MAX_OPERATION_NAMES);
  const codeLabel = boundedLabel(MAX_ERROR_CODES);

  /** Counts and logs a request as its response goes out. */
  const respond = (request: Request, response: Response, record: RequestRecord) => {
    response.headers.set('x-request-id', record.id);
    const path = record.path;
    const seconds = (performance.now() - record.started) / 1000;
    const codes = errors.get(record);
    // Only GraphQL requests are counted by operation; the health check and exports are not.
    if (record.operation !== null || path.endsWith('/graphql')) {
      const name = operationLabel(record.operation ?? 'none');
      requests.inc({ operation: name, status: String(response.status) });
      duration.observe({ operation: name }, seconds);
      if (record.cached) cachedCount.inc();
    }
    for (const code of codes ?? []) errorCount.inc({ code: codeLabel(code) });
    if (!logRequests) return;
    const line: RequestLogLine = {
      ...logLine(response.status >= 500 ? 'error' : 'info', 'request'),
      event: 'request',
      requestId: record.id,
      method: request.method,
      path,
      operation: record.operation,
      status: response.status,
      durationMs: Math.round(seconds * 1e4) / 10,
      ...(record.cached ? { cached: true as const } : {}),
      ...(record.cost ? { cost: { requested: record.cost.requested, actual: record.cost.actual } } : {}),
      ...(codes ? { errors: codes } : {}),
    };
    log?.(line);
  };

  const plugin: Plugin = {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const record = openRecord(request, url);
      if (url.pathname === '/metrics' && (options.metricsEndpoint ?? true)) {
        return (options.metricsText ?? (() => registry.metrics()))().then(
          (text) =>
            endResponse(
              new fetchAPI.Response(text, {
                headers: { 'content-type': registry.contentType, 'x-request-id': record.id },
              }),
            ),
          // A worker that did not answer the primary in time: say so rather than half a sum.
          (error: Error) =>
            endResponse(
              new fetchAPI.Response(`metrics unavailable: ${error.message}\n`, {
                status: 503,
                headers: { 'content-type': 'text/plain; charset=utf-8', 'x-request-id': record.id },
              }),
            ),
        );
      }
      return undefined;
    },
    // Named at parse time, so that requests failing validation are counted under their name too.
    onParse({ context }) {
      const { request, params } = context as {
        request?: Request;
        params?: { operationName?: string | null };
      };
      const record = request ? recordOf(request) : undefined;
      if (!record) return undefined;
      return ({ result }) => {
        if (!(result instanceof Error) && result !== null && typeof result === 'object' && 'kind' in result) {
          record.operation = boundedOperationName(operationNameOf(result, params?.operationName));
        }
      };
    },
    onResultProcess({ request, result }) {
      const record = recordOf(request);
      if (!record || Array.isArray(result) || !('errors' in result) || !result.errors) return;
      for (const error of result.errors) {
        const code = error.extensions?.code;
        noteErrorCode(request, typeof code === 'string' ? code : 'UNKNOWN');
        const cause = hiddenBy(error);
        if (cause !== undefined) {
          log?.(
            logLine('error', 'unexpected-error', {
              requestId: record.id,
              operation: record.operation,
              message: cause instanceof Error ? cause.message : String(cause),
              ...errorFields(cause),
            }),
          );
        }
      }
    },
    onResponse({ request, response }) {
      const record = recordOf(request);
      if (!record) return;
      // An exception here would reach the HTTP adapter, which answers with its stack: logged instead.
      try {
        respond(request, response, record);
      } catch (error) {
        log?.(logLine('error', 'unexpected-error', { requestId: record.id, ...errorFields(error) }));
      }
    },
  };

  return {
    registry,
    plugin,
    logger: yogaLogger(log, wasMasked),
    refused({ method, path, status, code }) {
      const requestId = randomUUID();
      errorCount.inc({ code: codeLabel(code) });
      if (logRequests) {
        log?.({
          ...logLine('info', 'request'),
          requestId,
          method,
          path: path.slice(0, 200),
          operation: null,
          status,
          durationMs: 0,
          errors: [code],
        });
      }
      return requestId;
    },
  };
}
