import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodesOf, noteErrorCode } from '../observability.js';
import { recordOf } from '../request-record.js';

/**
 * Fair shares: each client has a budget of cost points, a token bucket as Shopify's GraphQL API
 * has. It holds at most `capacity` points and refills at `refillPerSecond`; an operation is
 * charged its requested cost before it runs (src/protections/cost.ts) and given back the
 * difference once its actual cost is known. A client whose budget cannot pay for an operation
 * gets HTTP 429 with `Retry-After`, and a client already in debt is refused before its request is
 * even parsed, so a greedy client costs the server almost nothing once it is throttled while
 * every other client keeps its own budget.
 *
 * Budgets live in this process's memory. A server of several processes (issue 14's WORKERS)
 * keeps one set per process: a client whose connections land on n processes gets up to n times
 * the refill. To hold one budget per client across processes, give each process capacity/n and
 * refill/n (what the operations guide advises), or put a shared store behind this interface:
 * `take` and `settle` are the only operations it needs.
 */

export interface BudgetSettings {
  /** The most points a client can hold: the largest burst it can spend at once. */
  capacity: number;
  refillPerSecond: number;
}

export interface Taken {
  granted: boolean;
  /** Points left after the charge (or unchanged when refused); negative while in debt. */
  available: number;
  /** When refused: whole seconds until the budget could pay. */
  retryAfterSeconds: number;
}

export interface ClientBudgets {
  readonly settings: BudgetSettings;
  /** Points the client has now (refilled up to this moment). */
  available(client: string): number;
  /** Charges `points` if the client has them; otherwise charges nothing and says when to retry. */
  take(client: string, points: number): Taken;
  /** Gives back `points` (negative: charges more, possibly into debt); returns the points left. */
  settle(client: string, points: number): number;
  /** The budget as `extensions.cost.budget` shows it. */
  describe(available: number): { available: number; capacity: number; refillPerSecond: number };
}

interface Bucket {
  points: number;
  /** performance.now() of the last refill. */
  at: number;
}

/** Clients remembered at most; the least recently seen are forgotten first (a full budget again). */
export const MAX_TRACKED_CLIENTS = 100_000;

export function createClientBudgets(
  settings: BudgetSettings,
  options: { maxClients?: number; now?: () => number } = {},
): ClientBudgets {
  const { maxClients = MAX_TRACKED_CLIENTS, now = () => performance.now() } = options;
  const buckets = new Map<string, Bucket>();
  const perMs = settings.refillPerSecond / 1000;

  /** The client's bucket refilled to now, moved to the end of the map (most recently seen). */
  const bucketOf = (client: string): Bucket => {
    const time = now();
    const bucket = buckets.get(client);
    if (!bucket) {
      if (buckets.size >= maxClients) {
        const oldest = buckets.keys().next();
        if (!oldest.done) buckets.delete(oldest.value);
      }
      const fresh = { points: settings.capacity, at: time };
      buckets.set(client, fresh);
      return fresh;
    }
    bucket.points = Math.min(settings.capacity, bucket.points + (time - bucket.at) * perMs);
    bucket.at = time;
    buckets.delete(client);
    buckets.set(client, bucket);
    return bucket;
  };
  const rounded = (points: number) => Math.floor(points);

  return {
    settings,
    available: (client) => rounded(bucketOf(client).points),
    take(client, points) {
      const bucket = bucketOf(client);
      if (bucket.points >= points) {
        bucket.points -= points;
        return { granted: true, available: rounded(bucket.points), retryAfterSeconds: 0 };
      }
      return {
        granted: false,
        available: rounded(bucket.points),
        retryAfterSeconds: Math.max(1, Math.ceil((points - bucket.points) / settings.refillPerSecond)),
      };
    },
    settle(client, points) {
      const bucket = bucketOf(client);
      bucket.points = Math.min(settings.capacity, bucket.points + points);
      return rounded(bucket.points);
    },
    describe: (available) => ({
      available,
      capacity: settings.capacity,
      refillPerSecond: settings.refillPerSecond,
    }),
  };
}

export interface ClientIdentity {
  /** A header naming the client, such as an API key a gateway has checked. */
  apiKeyHeader?: string | undefined;
  /** The header a trusted proxy writes the client's address into; its last entry is used. */
  trustedProxyHeader?: string | undefined;
}

/** Keys longer than this are cut: a client cannot make the budget table hold long strings. */
const MAX_KEY_LENGTH = 200;

/**
 * The key of a request's budget: `key:` and the API key header when that is configured and sent,
 * else `ip:` and the client's address: the last entry of the trusted proxy header when that is
 * configured (the one the proxy itself added; earlier entries are the client's to forge), else
 * the socket's remote address.
 */
export function clientKeyOf(
  request: Request,
  socketAddress: string | undefined,
  identity: ClientIdentity,
): string {
  if (identity.apiKeyHeader) {
    const key = request.headers.get(identity.apiKeyHeader);
    if (key) return `key:${key.slice(0, MAX_KEY_LENGTH)}`;
  }
  if (identity.trustedProxyHeader) {
    const forwarded = request.headers.get(identity.trustedProxyHeader);
    const last = forwarded?.slice(forwarded.lastIndexOf(',') + 1).trim();
    if (last) return `ip:${last.slice(0, MAX_KEY_LENGTH)}`;
  }
  return `ip:${socketAddress ?? 'unknown'}`;
}

const points = (n: number) => Math.round(n).toLocaleString('en-US');

/** The answer to an operation the client's budget cannot pay for: HTTP 429 with Retry-After. */
export function rateLimitedError(budgets: ClientBudgets, cost: number | null, taken: Taken): GraphQLError {
  const { capacity, refillPerSecond } = budgets.settings;
  return new GraphQLError(
    (cost === null
      ? `Rate limited: your budget is spent (${points(taken.available)} points left)`
      : `Rate limited: this operation costs ${points(cost)} points and your budget has ${points(taken.available)}`) +
      `; it refills ${points(refillPerSecond)} points a second up to ${points(capacity)}, so retry in ${taken.retryAfterSeconds} s`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        ...(cost === null ? {} : { cost }),
        available: taken.available,
        capacity,
        refillPerSecond,
        retryAfterSeconds: taken.retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': String(taken.retryAfterSeconds) } },
      },
    },
  );
}

/**
 * Names each GraphQL request's client in its record (for the cost plugin to charge) and refuses
 * a client whose budget is already spent before anything else is done for it: no body read, no
 * parse. A request that never reached the cost check is charged when it is answered:
 * `refusedCost` when a limit refused it (its answer carries one of `limitCodes`: too many tokens
 * or aliases, a body over the cap, variables too deep), else `requestCost` (a syntax error, an
 * invalid query). Other paths (/health, /metrics, the explorer, exports) are not charged.
 */
export function clientBudgetPlugin(
  budgets: ClientBudgets | null,
  identity: ClientIdentity,
  prices: { requestCost: number; refusedCost: number; limitCodes: ReadonlySet<string> },
  graphqlEndpoint = '/graphql',
): Plugin<object, { req?: IncomingMessage }> {
  return {
    onResponse({ request }) {
      const record = recordOf(request);
      if (!budgets || !record?.client || record.cost !== null || request.method === 'OPTIONS') return;
      const refused = errorCodesOf(request).some((code) => prices.limitCodes.has(code));
      budgets.settle(record.client, -(refused ? prices.refusedCost : prices.requestCost));
    },
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint) return;
      const record = recordOf(request);
      const client = clientKeyOf(request, serverContext.req?.socket.remoteAddress, identity);
      if (record) record.client = client;
      if (!budgets || request.method === 'OPTIONS') return;
      const available = budgets.available(client);
      if (available >= 1) return;
      const error = rateLimitedError(budgets, null, {
        granted: false,
        available,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - available) / budgets.settings.refillPerSecond)),
      });
      const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
      // Refused before anything was done for it: not charged (it ran nothing), only counted.
      if (record) record.cost = { requested: 0, actual: 0, limit: 0, budget: budgets.describe(available) };
      noteErrorCode(request, 'RATE_LIMITED');
      endResponse(
        fetchAPI.Response.json(
          { errors: [{ message: error.message, extensions }] },
          {
            status: 429,
            headers: { 'retry-after': String(extensions.retryAfterSeconds) },
          },
        ),
      );
    },
  };
}
