import { z } from 'zod';

/**
 * Every setting of the service, read once at start from environment variables. The server reads
 * `process.env` only here: server.ts calls loadConfig(), and createApp() takes the result, so a
 * test builds an app with exactly the settings it needs.
 */
export interface Config {
  port: number;
  host: string;
  /** The data folder; undefined means the repository's graph-data/. */
  graphDataDir: string | undefined;
  /** Origins whose pages may read answers cross-origin. Empty: none. `*`: any, never with credentials. */
  corsOrigins: readonly string[];
  introspection: boolean;
  graphiql: boolean;
  /** Run only the operations in the codegen manifest (src/generated/persisted-documents.json). */
  persistedOperationsOnly: boolean;
  maxBodyBytes: number;
  executionTimeoutMs: number;
  maxDepth: number;
  maxBreadth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/** One environment variable: its name, how it is parsed, its default and what it means. */
export interface ConfigVariable<T> {
  name: string;
  /** Parses the variable's text (already trimmed, never empty); any failure is a start-up error. */
  schema: z.ZodType<T, string>;
  default: T;
  /** What the variable accepts, completing "NAME must be ...". */
  accepts: string;
  meaning: string;
}

const integer = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

const boolean = z.enum(['true', 'false']).transform((value) => value === 'true');

/** A web origin as browsers send it: scheme, host and optional port, no path or trailing slash. */
const origin = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
});

const originList = z
  .string()
  .transform((text) => text.split(',').map((part) => part.trim()))
  .pipe(z.union([z.tuple([z.literal('*')]), z.array(origin).min(1)]));

const count = (n: number) => n.toLocaleString('en-US');
const range = (min: number, max: number) => `an integer from ${count(min)} to ${count(max)}`;

/**
 * The variables, keyed by the setting each one fills. The README's "Configuration" table lists
 * the same names and defaults (a test compares them).
 */
export const CONFIG_VARIABLES: { readonly [K in keyof Config]: ConfigVariable<Config[K]> } = {
  port: {
    name: 'PORT',
    schema: integer(0, 65_535),
    default: 4000,
    accepts: range(0, 65_535),
    meaning: 'the TCP port to listen on; 0 picks a free one',
  },
  host: {
    name: 'HOST',
    schema: z.string().regex(/^[\w.:[\]-]+$/),
    default: 'localhost',
    accepts: 'a host name or IP address',
    meaning: 'the interface to listen on; `0.0.0.0` for every IPv4 interface',
  },
  graphDataDir: {
    name: 'GRAPH_DATA_DIR',
    schema: z.string(),
    default: undefined,
    accepts: 'a folder path',
    meaning: 'the data folder to serve (default: the repository\'s `graph-data/`)',
  },
  corsOrigins: {
    name: 'CORS_ORIGINS',
    schema: originList,
    default: [],
    accepts: 'a comma-separated list of origins such as https://explorer.example.org (no path), or *',
    meaning: 'the web pages on other origins that may read answers; none by default, `*` for any (never with cookies)',
  },
  introspection: {
    name: 'INTROSPECTION',
    schema: boolean,
    default: true,
    accepts: 'true or false',
    meaning: 'whether `__schema` and `__type` queries are answered; when false, errors also stop suggesting field names',
  },
  graphiql: {
    name: 'GRAPHIQL',
    schema: boolean,
    default: true,
    accepts: 'true or false',
    meaning: 'whether GET /graphql in a browser opens GraphiQL (default: true, false when PERSISTED_OPERATIONS_ONLY is true)',
  },
  persistedOperationsOnly: {
    name: 'PERSISTED_OPERATIONS_ONLY',
    schema: boolean,
    default: false,
    accepts: 'true or false',
    meaning: 'run only the operations in `src/generated/persisted-documents.json`, sent by hash',
  },
  maxBodyBytes: {
    name: 'MAX_BODY_BYTES',
    schema: integer(1_000, 10_000_000),
    default: 100_000,
    accepts: range(1_000, 10_000_000),
    meaning: 'the largest request body; a larger one gets 413',
  },
  executionTimeoutMs: {
    name: 'EXECUTION_TIMEOUT_MS',
    schema: integer(1, 600_000),
    default: 2_000,
    accepts: range(1, 600_000),
    meaning: 'how long one operation may run before it is stopped with `TIMEOUT`',
  },
  maxDepth: {
    name: 'MAX_DEPTH',
    schema: integer(1, 100),
    default: 12,
    accepts: range(1, 100),
    meaning: 'the deepest selection nesting',
  },
  maxBreadth: {
    name: 'MAX_BREADTH',
    schema: integer(1, 100_000),
    default: 400,
    accepts: range(1, 100_000),
    meaning: 'the most field selections in one operation',
  },
  maxCost: {
    name: 'MAX_COST',
    schema: integer(1, 10_000_000),
    default: 20_000,
    accepts: range(1, 10_000_000),
    meaning: 'the highest cost: each page field multiplies its selection by its page size (`first`), other lists by 10',
  },
  maxAliases: {
    name: 'MAX_ALIASES',
    schema: integer(0, 1_000),
    default: 15,
    accepts: range(0, 1_000),
    meaning: 'the most aliases in one operation (`__typename` aliases are free)',
  },
  maxTokens: {
    name: 'MAX_TOKENS',
    schema: integer(200, 100_000),
    default: 1_000,
    accepts: range(200, 100_000),
    meaning: 'the most lexical tokens in one document (names, punctuation, values); GraphiQL\'s introspection query has 184',
  },
  maxDirectives: {
    name: 'MAX_DIRECTIVES',
    schema: integer(0, 1_000),
    default: 50,
    accepts: range(0, 1_000),
    meaning: 'the most directives (`@include`, `@skip`, ...) in one operation',
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
  if (problems.length > 0) throw new ConfigError(problems);
  return settings as unknown as Config;
}
