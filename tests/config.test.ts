import { availableParallelism } from 'node:os';
import { readDoc } from './support/docs.js';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, DEFAULT_CONFIG, loadConfig, type Config } from '../src/config.js';

/** The problems loadConfig reports for these variables, or [] when it accepts them. */
function problemsWith(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  it('refuses a number that is not one, naming the variable and what it accepts', () => {
    expect(problemsWith({ MAX_ALIASES: 'ten' })).toEqual([
      'MAX_ALIASES must be an integer from 0 to 1,000, got "ten"',
    ]);
    expect(problemsWith({ MAX_BODY_BYTES: '100k' })).toEqual([
      'MAX_BODY_BYTES must be an integer from 1,000 to 10,000,000, got "100k"',
    ]);
    expect(problemsWith({ EXECUTION_TIMEOUT_MS: '1.5' })).toEqual([
      'EXECUTION_TIMEOUT_MS must be an integer from 1 to 600,000, got "1.5"',
    ]);
  });

  it('refuses a number outside its range', () => {
    expect(problemsWith({ PORT: '70000' })).toEqual([
      'PORT must be an integer from 0 to 65,535, got "70000"',
    ]);
    expect(problemsWith({ MAX_TOKENS: '10' })).toEqual([
      'MAX_TOKENS must be an integer from 200 to 100,000, got "10"',
    ]);
    expect(problemsWith({ MAX_DEPTH: '-1' })).toEqual([
      'MAX_DEPTH must be an integer from 1 to 100, got "-1"',
    ]);
  });

  it('refuses a boolean other than true or false', () => {
    expect(problemsWith({ INTROSPECTION: 'yes' })).toEqual([
      'INTROSPECTION must be true or false, got "yes"',
    ]);
    expect(problemsWith({ GRAPHIQL: '1' })).toEqual(['GRAPHIQL must be true or false, got "1"']);
  });

  it('refuses a CORS origin with a path, without a scheme, or * beside other origins', () => {
    const accepts = 'a comma-separated list of origins such as https://explorer.example.org (no path), or *';
    for (const value of [
      'https://explorer.example.org/',
      'explorer.example.org',
      'https://a.example,*',
      'ftp://a.example',
    ]) {
      expect(problemsWith({ CORS_ORIGINS: value })).toEqual([
        `CORS_ORIGINS must be ${accepts}, got "${value}"`,
      ]);
    }
  });

  it('lists every bad variable at once, so one start shows them all', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'http', MAX_COST: 'lots', PERSISTED_OPERATIONS_ONLY: 'on' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((problem) => problem.split(' ')[0])).toEqual([
      'PORT',
      'PERSISTED_OPERATIONS_ONLY',
      'MAX_COST',
    ]);
    expect((error as ConfigError).message).toMatch(
      /^Refusing to start: 3 settings are invalid\.\n {2}PORT must be/,
    );
  });

  it('refuses GraphiQL in persisted-operations mode, where it could run nothing', () => {
    expect(problemsWith({ PERSISTED_OPERATIONS_ONLY: 'true', GRAPHIQL: 'true' })).toEqual([
      'GRAPHIQL must be false when PERSISTED_OPERATIONS_ONLY is true, got "true" (GraphiQL sends queries that are not in the manifest)',
    ]);
  });

  it('switches GraphiQL off by default in persisted-operations mode', () => {
    expect(loadConfig({ PERSISTED_OPERATIONS_ONLY: 'true' })).toMatchObject({
      persistedOperationsOnly: true,
      graphiql: false,
    });
  });

  it('takes the safe defaults when nothing is set, and treats an empty variable as unset', () => {
    expect(loadConfig({})).toEqual(DEFAULT_CONFIG);
    expect(loadConfig({ PORT: '', CORS_ORIGINS: '  ' })).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG).toMatchObject({
      corsOrigins: [],
      persistedOperationsOnly: false,
      maxBodyBytes: 100_000,
      executionTimeoutMs: 2_000,
      maxDepth: 12,
      maxBreadth: 400,
      maxCost: 20_000,
      maxAliases: 15,
      maxTokens: 1_000,
      maxDirectives: 50,
      // One process per core, as the machine reports them.
      workers: availableParallelism(),
    });
  });

  it('reads every variable, trimming spaces', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      GRAPH_DATA_DIR: '/srv/graph-data',
      CORS_ORIGINS: 'https://explorer.example.org, http://localhost:5173',
      INTROSPECTION: 'false',
      GRAPHIQL: 'false',
      PERSISTED_OPERATIONS_ONLY: 'true',
      MAX_BODY_BYTES: '50000',
      EXECUTION_TIMEOUT_MS: ' 500 ',
      MAX_DEPTH: '8',
      MAX_BREADTH: '200',
      MAX_COST: '5000',
      MAX_ALIASES: '0',
      MAX_TOKENS: '600',
      MAX_DIRECTIVES: '5',
      WATCH_GRAPH_DATA: 'true',
      LOG_REQUESTS: 'false',
      METRICS: 'false',
      RESPONSE_CACHE_BYTES: '0',
      COST_BUDGET: '10000',
      COST_REFILL_PER_SECOND: '250',
      API_KEY_HEADER: 'X-Api-Key',
      TRUSTED_PROXY_HEADER: 'x-forwarded-for',
      HEADERS_TIMEOUT_MS: '5000',
      REQUEST_TIMEOUT_MS: '20000',
      KEEP_ALIVE_TIMEOUT_MS: '2000',
      MAX_CONNECTIONS: '200',
      SHUTDOWN_TIMEOUT_MS: '3000',
      COMPILE_QUERIES: 'false',
      COMPILE_QUERIES_AFTER: '0',
      WORKERS: '3',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      graphDataDir: '/srv/graph-data',
      corsOrigins: ['https://explorer.example.org', 'http://localhost:5173'],
      introspection: false,
      graphiql: false,
      persistedOperationsOnly: true,
      maxBodyBytes: 50_000,
      executionTimeoutMs: 500,
      maxDepth: 8,
      maxBreadth: 200,
      maxCost: 5_000,
      maxAliases: 0,
      maxTokens: 600,
      maxDirectives: 5,
      watchGraphData: true,
      logRequests: false,
      metrics: false,
      responseCacheBytes: 0,
      costBudget: 10_000,
      costRefillPerSecond: 250,
      apiKeyHeader: 'x-api-key',
      trustedProxyHeader: 'x-forwarded-for',
      headersTimeoutMs: 5_000,
      requestTimeoutMs: 20_000,
      keepAliveTimeoutMs: 2_000,
      maxConnections: 200,
      shutdownTimeoutMs: 3_000,
      compileQueries: false,
      compileQueriesAfter: 0,
      workers: 3,
    } satisfies Config);
  });

  it('refuses a client budget too small for an operation the cost limit allows', () => {
    expect(problemsWith({ MAX_COST: '5000', COST_BUDGET: '4000' })).toEqual([
      'COST_BUDGET must be 0 or at least MAX_COST (5,000), got "4000" (an operation the limit allows could never run)',
    ]);
    expect(problemsWith({ COST_BUDGET: '0' })).toEqual([]);
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(problemsWith({ HEADERS_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '30000' })).toEqual([
      'HEADERS_TIMEOUT_MS must be at most REQUEST_TIMEOUT_MS (30,000), got "60000"',
    ]);
  });

  it('refuses a header name with spaces or colons', () => {
    expect(problemsWith({ TRUSTED_PROXY_HEADER: 'x forwarded' })).toEqual([
      'TRUSTED_PROXY_HEADER must be an HTTP header name such as x-forwarded-for, got "x forwarded"',
    ]);
  });

  it('accepts * alone as "any origin"', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });
});

describe('docs/operations.md', () => {
  const readme = readDoc('docs/operations.md');
  const rows = new Map(
    [...readme.matchAll(/^\| `([A-Z_]+)` \| ([^|]*) \|/gm)].map(
      (match) => [match[1]!, match[2]!.trim()] as const,
    ),
  );

  it('documents every variable with its default in the Configuration table', () => {
    for (const variable of Object.values(CONFIG_VARIABLES)) {
      expect(rows.has(variable.name), `${variable.name} is in docs/operations.md`).toBe(true);
      const shown =
        variable.documentedDefault ??
        (variable.default === undefined
          ? undefined
          : Array.isArray(variable.default)
            ? 'none'
            : `\`${variable.default}\``);
      if (shown !== undefined) expect(rows.get(variable.name), variable.name).toContain(shown);
    }
  });
});
