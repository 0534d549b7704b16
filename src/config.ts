import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { fromWorkingFolder } from './project-files.js';

/**
 * Every setting of the service, read once at start from environment variables. The server reads
 * `process.env` only here: server.ts calls loadConfig(), and createApp() takes the result, so a
 * test builds an app with exactly the settings it needs.
 */
export interface Config {
  /** Where server.ts listens; port 0 picks a free one. */
  port: number;
  host: string;
  /** The data folder; undefined means the repository's graph-data/. */
  graphDataDir: string | undefined;
  /** Origins whose pages may read answers cross-origin. Empty: none. `*`: any, never with credentials. */
  corsOrigins: readonly string[];
  /** Whether `__schema` and `__type` are answered; off also drops "Did you mean" from errors. */
  introspection: boolean;
  graphiql: boolean;
  /** Run only the operations in the codegen manifest (src/generated/persisted-documents.json). */
  persistedOperationsOnly: boolean;
  /** The largest request body, in bytes; a larger one gets 413. */
  maxBodyBytes: number;
  /** How long one execution may run before it is stopped with TIMEOUT. */
  executionTimeoutMs: number;
  /** Pothos complexity limits: nesting, field selections, and cost (pages multiply by `first`). */
  maxDepth: number;
  maxBreadth: number;
  maxCost: number;
  /** GraphQL Armor limits on the operation's text. */
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Watch the data folder and reload it on change, keeping the last good graph on an invalid edit. */
  watchGraphData: boolean;
  /** One JSON line per request on stdout: operation, status, duration (never the query text). */
  logRequests: boolean;
  /** Prometheus metrics at /metrics. */
  metrics: boolean;
  /** Bytes of answers kept in memory, keyed on the data version; 0 turns the response cache off. */
  responseCacheBytes: number;
  /**
   * Each client's budget of cost points (a token bucket): the most it may spend at once, refilled
   * at costRefillPerSecond. 0 turns per-client budgets off.
   */
  costBudget: number;
  costRefillPerSecond: number;
  /** A request header naming the client (an API key checked by a gateway); unset: by address. */
  apiKeyHeader: string | undefined;
  /** The header a trusted proxy puts the client's address in (its last entry counts); unset: the socket's. */
  trustedProxyHeader: string | undefined;
  /** Node's HTTP timeouts: all of a request's headers, the whole request, an idle keep-alive socket. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Open connections at most; further ones are closed at once. */
  maxConnections: number;
  /** How long SIGTERM waits for requests in flight before giving up (and exiting 1). */
  shutdownTimeoutMs: number;
  /** Run repeated queries compiled with graphql-jit (src/compiled-execution.ts). */
  compileQueries: boolean;
  /** How many times a document runs on graphql-js before it is compiled. */
  compileQueriesAfter: number;
  /**
   * Processes serving the port (node:cluster, src/cluster/primary.ts); 1 is a single process with
   * no primary. The default is the number of cores.
   */
  workers: number;
}

/** One environment variable: its name, how it is parsed, its default and what it accepts. */
export interface ConfigVariable<T> {
  name: string;
  /** Parses the variable's text (already trimmed, never empty); any failure is a start-up error. */
  schema: z.ZodType<T, string>;
  default: T;
  /** What the variable accepts, completing "NAME must be ...". */
  accepts: string;
  /** The default as the docs give it, when it depends on the machine (the number of cores). */
  documentedDefault?: string;
}

const count = (n: number) => n.toLocaleString('en-US');

function integerVariable(name: string, min: number, max: number, fallback: number): ConfigVariable<number> {
  return {
    name,
    schema: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max)),
    default: fallback,
    accepts: `an integer from ${count(min)} to ${count(max)}`,
  };
}

function booleanVariable(name: string, fallback: boolean): ConfigVariable<boolean> {
  return {
    name,
    schema: z.enum(['true', 'false']).transform((value) => value === 'true'),
    default: fallback,
    accepts: 'true or false',
  };
}

/** A web origin as browsers send it: scheme, host and optional port, no path or trailing slash. */
const origin = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
});

/** An HTTP header name, kept in lower case as Node and the Fetch API give them. */
function headerVariable(name: string): ConfigVariable<string | undefined> {
  return {
    name,
    schema: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/)
      .transform((text) => text.toLowerCase()),
    default: undefined,
    accepts: 'an HTTP header name such as x-forwarded-for',
  };
}

const originList = z
  .string()
  .transform((text) => text.split(',').map((part) => part.trim()))
  .pipe(z.union([z.tuple([z.literal('*')]), z.array(origin).min(1)]));

/**
 * The variables, keyed by the setting each one fills. The README's "Configuration" table lists
 * the same names and defaults with what each means (a test compares them).
 */
export const CONFIG_VARIABLES: { readonly [K in keyof Config]: ConfigVariable<Config[K]> } = {
  port: integerVariable('PORT', 0, 65_535, 4000),
  host: {
    name: 'HOST',
    schema: z.string().regex(/^[\w.:[\]-]+$/),
    default: 'localhost',
    accepts: 'a host name or IP address',
  },
  graphDataDir: {
    name: 'GRAPH_DATA_DIR',
    // Relative to the folder the command was typed in, as a user expects.
    schema: z.string().transform(fromWorkingFolder),
    default: undefined,
    accepts: 'a folder path',
  },
  corsOrigins: {
    name: 'CORS_ORIGINS',
    schema: originList,
    default: [],
    accepts: 'a comma-separated list of origins such as https://explorer.example.org (no path), or *',
  },
  introspection: booleanVariable('INTROSPECTION', true),
  graphiql: booleanVariable('GRAPHIQL', true),
  persistedOperationsOnly: booleanVariable('PERSISTED_OPERATIONS_ONLY', false),
  maxBodyBytes: integerVariable('MAX_BODY_BYTES', 1_000, 10_000_000, 100_000),
  executionTimeoutMs: integerVariable('EXECUTION_TIMEOUT_MS', 1, 600_000, 2_000),
  maxDepth: integerVariable('MAX_DEPTH', 1, 100, 12),
  maxBreadth: integerVariable('MAX_BREADTH', 1, 100_000, 400),
  maxCost: integerVariable('MAX_COST', 1, 10_000_000, 20_000),
  maxAliases: integerVariable('MAX_ALIASES', 0, 1_000, 15),
  maxTokens: integerVariable('MAX_TOKENS', 200, 100_000, 1_000),
  maxDirectives: integerVariable('MAX_DIRECTIVES', 0, 1_000, 50),
  watchGraphData: booleanVariable('WATCH_GRAPH_DATA', false),
  logRequests: booleanVariable('LOG_REQUESTS', true),
  metrics: booleanVariable('METRICS', true),
  responseCacheBytes: integerVariable('RESPONSE_CACHE_BYTES', 0, 4_000_000_000, 50_000_000),
  costBudget: integerVariable('COST_BUDGET', 0, 1_000_000_000, 100_000),
  costRefillPerSecond: integerVariable('COST_REFILL_PER_SECOND', 1, 1_000_000_000, 5_000),
  apiKeyHeader: headerVariable('API_KEY_HEADER'),
  trustedProxyHeader: headerVariable('TRUSTED_PROXY_HEADER'),
  headersTimeoutMs: integerVariable('HEADERS_TIMEOUT_MS', 100, 600_000, 10_000),
  requestTimeoutMs: integerVariable('REQUEST_TIMEOUT_MS', 100, 3_600_000, 30_000),
  keepAliveTimeoutMs: integerVariable('KEEP_ALIVE_TIMEOUT_MS', 100, 600_000, 5_000),
  maxConnections: integerVariable('MAX_CONNECTIONS', 1, 1_000_000, 1_000),
  shutdownTimeoutMs: integerVariable('SHUTDOWN_TIMEOUT_MS', 0, 600_000, 10_000),
  compileQueries: booleanVariable('COMPILE_QUERIES', true),
  compileQueriesAfter: integerVariable('COMPILE_QUERIES_AFTER', 0, 1_000_000, 10),
  workers: {
    ...integerVariable('WORKERS', 1, 256, availableParallelism()),
    documentedDefault: 'the number of cores',
  },
};

const KEYS = Object.keys(CONFIG_VARIABLES) as (keyof Config)[];

/** The settings with no environment variable set: safe for the open internet. */
export const DEFAULT_CONFIG: Config = Object.freeze(
  Object.fromEntries(KEYS.map((key) => [key, CONFIG_VARIABLES[key].default])) as unknown as Config,
);

/** Thrown by loadConfig; lists every bad variable, not just the first. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    super(
      `Refusing to start: ${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} invalid.\n` +
        problems.map((problem) => `  ${problem}`).join('\n'),
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/**
 * Reads the settings from environment variables. An unset or empty variable takes its default;
 * anything it cannot parse strictly (`yes` for a boolean, `10k` for a number) is an error
 * naming the variable and what it accepts, and the service does not start.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const problems: string[] = [];
  const settings: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const given = new Set<keyof Config>();
  for (const key of KEYS) {
    const variable: ConfigVariable<unknown> = CONFIG_VARIABLES[key];
    const text = env[variable.name]?.trim();
    if (text === undefined || text === '') continue;
    const parsed = variable.schema.safeParse(text);
    if (parsed.success) {
      settings[key] = parsed.data;
      given.add(key);
    } else {
      problems.push(`${variable.name} must be ${variable.accepts}, got "${text}"`);
    }
  }
  if (settings.persistedOperationsOnly === true) {
    if (!given.has('graphiql')) settings.graphiql = false;
    else if (settings.graphiql === true) {
      problems.push(
        'GRAPHIQL must be false when PERSISTED_OPERATIONS_ONLY is true, got "true" (GraphiQL sends queries that are not in the manifest)',
      );
    }
  }
  const read = settings as unknown as Config;
  if (read.costBudget > 0 && read.costBudget < read.maxCost) {
    problems.push(
      `COST_BUDGET must be 0 or at least MAX_COST (${count(read.maxCost)}), got "${read.costBudget}" (an operation the limit allows could never run)`,
    );
  }
  if (read.headersTimeoutMs > read.requestTimeoutMs) {
    problems.push(
      `HEADERS_TIMEOUT_MS must be at most REQUEST_TIMEOUT_MS (${count(read.requestTimeoutMs)}), got "${read.headersTimeoutMs}"`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return read;
}
