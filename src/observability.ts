import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * What the service tells its operators: one log line per request and Prometheus metrics by
 * operation. Operation names come from clients, so a label never takes more than
 * MAX_OPERATION_NAMES distinct values; later names count as "other" and no one can grow the
 * metrics without bound by inventing names.
 */

export const MAX_OPERATION_NAMES = 100;

/** One request as the log records it: never the query text or variables. */
export interface RequestLogLine {
  time: string;
  method: string;
  path: string;
  operation: string | null;
  status: number;
  durationMs: number;
}

interface RequestInfo {
  started: number;
  operation: string | null;
}

/** The operation's name, or "anonymous" for an unnamed one. */
function operationNameOf(
  document: Parameters<typeof getOperationAST>[0],
  operationName: string | undefined | null,
): string {
  return getOperationAST(document, operationName)?.name?.value ?? 'anonymous';
}

export interface Observability {
  registry: Registry;
  plugin: Plugin;
}

/**
 * Metrics and the request log as one Yoga plugin. `log` receives one line per request
 * (default: JSON on stdout); `/metrics` answers in Prometheus's text format unless
 * `metricsEndpoint` is false.
 */
export function createObservability(
  options: {
    log?: ((line: RequestLogLine) => void) | null;
    defaultMetrics?: boolean;
    metricsEndpoint?: boolean;
  } = {},
): Observability {
  const log =
    options.log === undefined ? (line: RequestLogLine) => console.log(JSON.stringify(line)) : options.log;
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
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
  const known = new Set<string>();
  const label = (operation: string | null): string => {
    const name = operation ?? 'none';
    if (known.has(name)) return name;
    if (known.size >= MAX_OPERATION_NAMES) return 'other';
    known.add(name);
    return name;
  };
  const inFlight = new WeakMap<Request, RequestInfo>();

  const plugin: Plugin = {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics' && (options.metricsEndpoint ?? true)) {
        return registry
          .metrics()
          .then((text) =>
            endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } })),
          );
      }
      inFlight.set(request, { started: performance.now(), operation: null });
      return undefined;
    },
    // Named at parse time, so that requests failing validation are counted under their name too.
    onParse({ context }) {
      const { request, params } = context as {
        request?: Request;
        params?: { operationName?: string | null };
      };
      const info = request ? inFlight.get(request) : undefined;
      if (!info) return undefined;
      return ({ result }) => {
        if (!(result instanceof Error) && result !== null && typeof result === 'object' && 'kind' in result) {
          info.operation = operationNameOf(result, params?.operationName);
        }
      };
    },
    onResponse({ request, response }) {
      const info = inFlight.get(request);
      if (!info) return;
      inFlight.delete(request);
      const url = new URL(request.url);
      const seconds = (performance.now() - info.started) / 1000;
      // Only GraphQL requests are counted by operation; the health check and exports are not.
      if (info.operation !== null || url.pathname.endsWith('/graphql')) {
        const name = label(info.operation);
        requests.inc({ operation: name, status: String(response.status) });
        duration.observe({ operation: name }, seconds);
      }
      log?.({
        time: new Date().toISOString(),
        method: request.method,
        path: url.pathname,
        operation: info.operation,
        status: response.status,
        durationMs: Math.round(seconds * 1e4) / 10,
      });
    },
  };
  return { registry, plugin };
}
