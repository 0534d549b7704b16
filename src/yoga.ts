import { createYoga, type Plugin } from 'graphql-yoga';
import { schema } from './schema/index.js';
import { createContext, queryLimitsOf, type GraphStore } from './context.js';
import { DEFAULT_CONFIG, type Config } from './config.js';
import { graphErrorsPlugin } from './graphql-errors.js';
import { responseNotesPlugin } from './response-notes.js';
import { WHICH_ALLIES_FUNDED_PURL } from './default-query.js';
import { exportPlugin } from './export/http.js';
import { explorerPagePlugin } from './explorer-page.js';
import { graphiqlPagePlugin } from './graphiql-page.js';
import { EXPORT_FORMATS } from './export/formats.js';
import { bodySizePlugin } from './protections/body-size.js';
import { clientBudgetPlugin, createClientBudgets, type ClientBudgets } from './protections/client-budget.js';
import { corsOptions, unansweredPreflightPlugin } from './protections/cors.js';
import { LIMIT_CODES, REFUSED_COST, REQUEST_COST, costPlugin } from './protections/cost.js';
import { guarded, lastResortPlugin, maskUnexpected } from './protections/error-masking.js';
import { variablesDepthPlugin } from './protections/variables-depth.js';
import { requestParametersPlugin } from './protections/request-parameters.js';
import { MAX_STREAMS_PER_CLIENT, streamLimitPlugin } from './protections/stream-limit.js';
import { csrfPreventionPlugin } from './protections/csrf.js';
import { executionTimeoutPlugin } from './protections/execution-timeout.js';
import { disableIntrospectionPlugin } from './protections/introspection.js';
import { loadPersistedOperations, persistedOperationsPlugin } from './protections/persisted-operations.js';
import { textLimitPlugins } from './protections/query-limits.js';
import { createObservability, type Observability } from './observability.js';
import type { LogWriter } from './log.js';
import type { GraphChanges, ReloadStatus } from './reload.js';
import { responseCachePlugin } from './response-cache.js';
import { notAcceptablePlugin } from './protections/not-acceptable.js';
import { compiledExecutionPlugin } from './compiled-execution.js';
import type { WorkersReport } from './cluster/workers-report.js';

function healthPlugin(
  store: GraphStore,
  reloadStatus: ReloadStatus | (() => ReloadStatus | null) | null,
  draining: () => boolean = () => false,
  workers: (() => WorkersReport) | null = null,
): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') {
        const { graph, version, citationCount } = store.current;
        // While shutting down: 503 and ready: false, so a load balancer sends no more.
        const stopping = draining();
        const reload = typeof reloadStatus === 'function' ? reloadStatus() : reloadStatus;
        endResponse(
          fetchAPI.Response.json(
            {
              ready: !stopping,
              ...(stopping ? { draining: true } : {}),
              graph: { entities: graph.order, relations: graph.size, citations: citationCount, version },
              // When the data is reloaded: when the served graph was loaded, whether the folder
              // is still watched, and the last failed reload since, with its file and entry, so
              // an invalid edit (or a watcher gone deaf) is visible here.
              ...(reload ? { reload } : {}),
              // Every process serving this port and the data version each serves (src/cluster/).
              ...(workers ? { workers: workers() } : {}),
            },
            { status: stopping ? 503 : 200 },
          ),
        );
      } else if (url.pathname === '/') {
        endResponse(
          new fetchAPI.Response(
            '<!doctype html><meta charset="utf-8"><title>Ukraine support graph</title>' +
              '<h1>NATO support for Ukraine: knowledge graph</h1>' +
              '<ul><li><a href="/explore">Explorer</a>: the graph drawn, searchable, with the quote behind every link</li>' +
              '<li><a href="/graphql">GraphiQL and the GraphQL endpoint</a></li><li><a href="/health">Health</a></li>' +
              '<li><a href="/metrics">Metrics</a> (Prometheus)</li></ul>' +
              '<h2>Exports</h2><ul>' +
              EXPORT_FORMATS.map(
                ({ path, description }) => `<li><a href="${path}">${path}</a>: ${description}</li>`,
              ).join('') +
              '</ul>',
            { headers: { 'content-type': 'text/html; charset=utf-8' } },
          ),
        );
      }
    },
  };
}

/** What the server gives the app besides the graph and the settings. */
export interface AppOptions {
  /**
   * The reloader's status, shown on /health; null when the data is not reloaded. A cluster
   * worker gives a function: the primary watches the folder, and its status is the one shown.
   */
  reloadStatus?: ReloadStatus | (() => ReloadStatus | null) | null;
  /** Every process serving the port, for /health (server.ts gives it; an app alone has none). */
  workers?: (() => WorkersReport) | null;
  /** This process's slot among the workers (1 to WORKERS), a label of its metrics; 1 by default. */
  worker?: number;
  /** What /metrics answers instead of this process's metrics: every worker's, summed. */
  metricsText?: (() => Promise<string>) | null;
  /**
   * Where log lines go (request lines only when `config.logRequests`); none by default, server.ts
   * writes JSON lines to stdout and stderr.
   */
  log?: LogWriter | null;
  /** The client budgets to charge; by default made from the settings (none when COST_BUDGET is 0). */
  budgets?: ClientBudgets | null;
  /** Whether the server is shutting down (/health then answers 503). */
  draining?: () => boolean;
  /** Called with the app's observability, for the server's own refusals and logs. */
  onObservability?: (observability: Observability) => void;
  /** Where the built explorer page is; dist/explorer/ by default. */
  explorerDir?: string;
  /** The reloader's announcements of new graphs, for the graphChanged subscription. */
  changes?: GraphChanges | null;
}

/**
 * The whole app without a port: server.ts listens, tests call `yoga.fetch`. `config` is what
 * loadConfig() read from the environment; by default the safe defaults.
 */
export function createApp(store: GraphStore, config: Config = DEFAULT_CONFIG, options: AppOptions = {}) {
  const queryLimits = queryLimitsOf(config);
  const persistedOperations = loadPersistedOperations();
  const log = options.log ?? null;
  const observability = createObservability({
    log,
    logRequests: config.logRequests,
    metricsEndpoint: config.metrics,
    worker: options.worker ?? 1,
    dataVersion: () => store.current.version,
    metricsText: options.metricsText ?? null,
  });
  options.onObservability?.(observability);
  const budgets =
    options.budgets !== undefined
      ? options.budgets
      : config.costBudget > 0
        ? createClientBudgets({ capacity: config.costBudget, refillPerSecond: config.costRefillPerSecond })
        : null;
  const identity = { apiKeyHeader: config.apiKeyHeader, trustedProxyHeader: config.trustedProxyHeader };
  return createYoga({
    schema,
    context: () => createContext(store, queryLimits, options.changes ?? undefined),
    // GraphiQL comes from graphiqlPagePlugin, served from this server rather than a CDN.
    graphiql: false,
    // Never the development mode that adds stack traces, whatever NODE_ENV says; what is masked
    // is logged once, with the request's id (src/protections/error-masking.ts).
    maskedErrors: { isDev: false, maskError: maskUnexpected },
    logging: observability.logger,
    // /health is ours, with graph counts; Yoga's own check moves out of the way.
    healthCheckEndpoint: '/_yoga/health',
    landingPage: false,
    // One operation per request: a batch would multiply every limit below by its length.
    batching: false,
    // Yoga's own body limiter halves throughput; bodySizePlugin and server.ts enforce the cap.
    maxRequestBodySize: false,
    cors: corsOptions(config.corsOrigins),
    plugins: [
      // First: opens each request's record, which the others fill in.
      observability.plugin,
      lastResortPlugin(log),
      ...[
        bodySizePlugin(config.maxBodyBytes),
        clientBudgetPlugin(budgets, identity, {
          requestCost: REQUEST_COST,
          refusedCost: REFUSED_COST,
          limitCodes: LIMIT_CODES,
        }),
        healthPlugin(store, options.reloadStatus ?? null, options.draining, options.workers ?? null),
        exportPlugin(store),
        explorerPagePlugin(options.explorerDir),
        ...(config.graphiql
          ? [graphiqlPagePlugin({ title: 'Ukraine support graph', defaultQuery: WHICH_ALLIES_FUNDED_PURL })]
          : []),
        unansweredPreflightPlugin(),
      ].map((plugin) => guarded(plugin, log)),
      csrfPreventionPlugin(),
      requestParametersPlugin(),
      notAcceptablePlugin(),
      // Before anything reads the variables (the response cache's key, persisted operations).
      variablesDepthPlugin(),
      persistedOperationsPlugin(persistedOperations, { only: config.persistedOperationsOnly }),
      ...textLimitPlugins({
        aliases: config.maxAliases,
        directives: config.maxDirectives,
        tokens: config.maxTokens,
      }),
      ...(config.introspection ? [] : [disableIntrospectionPlugin()]),
      graphErrorsPlugin(),
      responseNotesPlugin(),
      costPlugin(queryLimits, budgets),
      // Half the connections at most are held open by streams, so others are always served.
      streamLimitPlugin({
        perClient: MAX_STREAMS_PER_CLIENT,
        total: Math.max(1, Math.floor(config.maxConnections / 2)),
      }),
      // Before the timeout, which then times the compiled execution.
      ...(config.compileQueries
        ? [compiledExecutionPlugin({ compileAfter: config.compileQueriesAfter })]
        : []),
      executionTimeoutPlugin(config.executionTimeoutMs),
      ...(config.responseCacheBytes > 0
        ? [responseCachePlugin(store, config.responseCacheBytes, { budgets, costLimit: config.maxCost })]
        : []),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
