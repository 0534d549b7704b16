import { randomUUID } from 'node:crypto';

/**
 * What the service learns about one request while its plugins handle it: who sent it, which
 * operation it ran, what it cost, whether the answer came from the cache. Opened when the request
 * arrives (src/observability.ts), filled in by the plugins that know each part, and written to
 * the log and the metrics when the response goes out. Keyed by the Fetch API Request object, so
 * a plugin needs nothing but the request it is given.
 */

/** `extensions.cost` of an answer. */
export interface CostReport {
  /** Estimated before the operation ran: the most it can resolve given its arguments. */
  requested: number;
  /** Counted while it ran: the cost of the fields it resolved. 0 when it did not run. */
  actual: number;
  /** MAX_COST: the most one operation may request. */
  limit: number;
  /** The answer came from the response cache: the operation did not run again. */
  cached?: boolean;
  /** The client's budget after this request, when budgets are on. */
  budget?: { available: number; capacity: number; refillPerSecond: number };
}

export interface RequestRecord {
  /** Sent back as the `x-request-id` header and written on every log line about the request. */
  id: string;
  /** performance.now() when the request arrived. */
  started: number;
  /** The URL's path (its first 200 characters), for the log line and the metrics. */
  path: string;
  /** The key of the client's budget (address or API key); null before it is known. */
  client: string | null;
  /** The operation's name, as bounded for logs and labels; null before it is parsed. */
  operation: string | null;
  cached: boolean;
  cost: CostReport | null;
}

const records = new WeakMap<Request, RequestRecord>();

/** The record of a request that has one; undefined outside a served request (a test's direct call). */
export function recordOf(request: Request): RequestRecord | undefined {
  return records.get(request);
}

/** Opens the record of a request as it arrives. */
export function openRecord(request: Request, url: URL): RequestRecord {
  const record: RequestRecord = {
    id: randomUUID(),
    started: performance.now(),
    path: url.pathname.slice(0, 200),
    client: null,
    operation: null,
    cached: false,
    cost: null,
  };
  records.set(request, record);
  return record;
}

/** The longest operation name kept in logs and metric labels; longer ones are cut, ending in "...". */
export const MAX_OPERATION_NAME_LENGTH = 80;

/**
 * An operation name as logs and labels may hold it. Names come from clients and the body cap
 * allows 99 KB of name: cut to MAX_OPERATION_NAME_LENGTH characters.
 */
export function boundedOperationName(name: string): string {
  return name.length <= MAX_OPERATION_NAME_LENGTH
    ? name
    : `${name.slice(0, MAX_OPERATION_NAME_LENGTH - 3)}...`;
}
