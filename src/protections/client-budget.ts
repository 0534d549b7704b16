import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodesOf, noteErrorCode } from '../observability.js';
import { recordOf } from '../request-record.js';

/**
 * Fair shares: each client has a budget of cost points, a token bucket as in Shopify's GraphQL
 * API. It holds at most `capacity` points and refills at `refillPerSecond`. An operation runs when
 * its client's budget is positive, and is charged its actual cost once it is done
 * (src/protections/cost.ts), which may take the budget into debt; a client in debt gets HTTP 429
 * with `Retry-After` (the seconds until its budget is positive again), before its request is even
 * parsed. So a greedy client costs the server almost nothing once it is throttled, while every
 * other client keeps its own budget.
 *
 * Why the actual cost and not the requested one, as Shopify reserves: the requested cost is an
 * upper bound that nested lists make ten or a hundred times the actual (the explorer's panel
 * requests 18,800 points and resolves 83); reserving it would refuse the explorer's own
 * parallel requests. What one operation may cost is bounded by MAX_COST instead, and its debt is
 * waited off before the next.
 *
 * Budgets live in this process's memory. A server of several processes (issue 14's WORKERS)
 * keeps one set per process: a client whose connections land on n processes gets up to n times
 * the refill. To hold one budget per client across processes, give each process capacity/n and
 * refill/n (what the operations guide advises), or put a shared store behind this interface:
 * `admit` and `charge` are the only operations it needs.
 */

export interface BudgetSettings {
  /** The most points a client can hold: the largest burst it can spend at once. */
  capacity: number;
  refillPerSecond: number;
}

export interface Admission {
  granted: boolean;
  /** Points the client has now; negative while in debt. */
  available: number;
  /** When refused: whole seconds until the budget is positive again. */
  retryAfterSeconds: number;
}

export interface ClientBudgets {
  readonly settings: BudgetSettings;
  /** Points the client has now (refilled up to this moment). */
  available(client: string): number;
  /** Whether the client may run an operation now: its budget is positive. Charges nothing. */
  admit(client: string): Admission;
  /** Takes `points` from the client's budget, into debt if need be; returns the points left. */
  charge(client: string, points: number): number;
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
    admit(client) {
      const points = bucketOf(client).points;
      if (points >= 1) return { granted: true, available: rounded(points), retryAfterSeconds: 0 };
      return {
        granted: false,
        available: rounded(points),
        retryAfterSeconds: Math.max(1, Math.ceil((1 - points) / settings.refillPerSecond)),
      };
    },
    charge(client, points) {
      const bucket = bucketOf(client);
      bucket.points = Math.min(settings.capacity, bucket.points - points);
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

/** What a client whose budget is spent is told: the message and the error's extensions. */
function rateLimited(budgets: ClientBudgets, admission: Admission) {
  const { capacity, refillPerSecond } = budgets.settings;
  return {
    message:
      `Rate limited: your budget of cost points is spent (${points(admission.available)} left); ` +
      `it refills ${points(refillPerSecond)} points a second up to ${points(capacity)}, so retry in ${admission.retryAfterSeconds} s`,
    extensions: {
      code: 'RATE_LIMITED',
      available: admission.available,
      capacity,
      refillPerSecond,
      retryAfterSeconds: admission.retryAfterSeconds,
    },
  };
}

/** The answer to a client whose budget is spent: HTTP 429 with Retry-After. */
export function rateLimitedError(budgets: ClientBudgets, admission: Admission): GraphQLError {
  const { message, extensions } = rateLimited(budgets, admission);
  return new GraphQLError(message, {
    extensions: {
      ...extensions,
      http: { status: 429, headers: { 'retry-after': String(admission.retryAfterSeconds) } },
    },
  });
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
      budgets.charge(record.client, refused ? prices.refusedCost : prices.requestCost);
    },
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint) return;
      const record = recordOf(request);
      const client = clientKeyOf(request, serverContext.req?.socket.remoteAddress, identity);
      if (record) record.client = client;
      if (!budgets || request.method === 'OPTIONS') return;
      const admission = budgets.admit(client);
      if (admission.granted) return;
      // A plain object, not a GraphQLError: a client flooding a spent budget would otherwise
      // cost a captured stack trace per request (a fifth of the server's time in such a flood).
      const { message, extensions } = rateLimited(budgets, admission);
      // Refused before anything was done for it: not charged (it ran nothing), only counted.
      if (record) {
        record.cost = { requested: 0, actual: 0, limit: 0, budget: budgets.describe(admission.available) };
      }
      noteErrorCode(request, 'RATE_LIMITED');
      endResponse(
        fetchAPI.Response.json(
          { errors: [{ message, extensions }] },
          {
            status: 429,
            headers: { 'retry-after': String(extensions.retryAfterSeconds) },
          },
        ),
      );
    },
  };
}
