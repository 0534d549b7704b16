import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from './context.js';
import { recordOf, type CostReport } from './request-record.js';
import type { ClientBudgets } from './protections/client-budget.js';
import { REQUEST_COST } from './protections/cost.js';

/**
 * Answers are a function of the operation, its variables and the data, and the data only changes
 * when a reload swaps the graph. So an answer is cached under a key that starts with the served
 * graph's version: after a reload no older answer can be found again (old entries age out), and
 * nothing is ever served from an older graph. Only answers without errors are kept, so a refused
 * or failed operation runs (and is refused) every time; a cached answer is found before parsing,
 * which is safe because only operations that passed every limit were ever cached.
 *
 * What is kept is the answer's JSON text, the bytes that are sent, not the result objects: the
 * text is what the budget counts (its key and its characters, two bytes each when the text is
 * not all Latin-1, as V8 stores it, and a fixed overhead per entry), so the heap the cache holds
 * stays within its configured size. The text is made once, when the answer is first sent, and a
 * hit sends it as it is: a hit costs no serialisation. Only the answer's `extensions` (its cost,
 * which differs per client) are written after it on each hit.
 *
 * Written here rather than taken from @graphql-yoga/plugin-response-cache: that plugin adds
 * `__typename` to every selection set before execution, which then counts towards the cost, so
 * queries near the cost limit were refused once the cache was on; and it keeps result objects.
 */

/** Bytes counted for each entry besides its strings: the map entry, the entry object, its fields. */
export const ENTRY_OVERHEAD_BYTES = 160;

/** A hit's cost: the answer is copied, not computed, so only the request's own price is paid. */
export const CACHED_ANSWER_COST = REQUEST_COST;

interface Entry {
  body: string;
  /** The answer's own extensions (`noPath` notes), written again on each hit; its cost is not kept. */
  notes: Record<string, unknown> | undefined;
  bytes: number;
  operation: string | null;
  requested: number;
}

/** Bytes V8 needs for a string's characters: one each if all are Latin-1, else two. */
export function stringBytes(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for any character past Latin-1
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length;
}

/** The JSON of `{ data }` with `extensions` written after it, as Yoga would have serialised both. */
function withExtensions(body: string, extensions: ExecutionResult['extensions']): string {
  if (!extensions || Object.keys(extensions).length === 0) return body;
  return `${body.slice(0, -1)},"extensions":${JSON.stringify(extensions)}}`;
}

/** An execution result that Yoga serialises with its `stringify` (used by result processors). */
type SerialisedResult = ExecutionResult & { stringify: (result: ExecutionResult) => string };

export interface ResponseCacheOptions {
  /** Charged CACHED_ANSWER_COST per hit when budgets are on. */
  budgets?: ClientBudgets | null;
  /** MAX_COST, reported in a hit's `extensions.cost.limit`. */
  costLimit?: number;
}

export function responseCachePlugin(
  store: GraphStore,
  maxBytes: number,
  options: ResponseCacheOptions = {},
): Plugin {
  // A Map iterates in insertion order: re-inserting on each hit makes the first key the least
  // recently used, the one to evict.
  const answers = new Map<string, Entry>();
  let bytes = 0;
  const keys = new WeakMap<Request, string>();
  const { budgets = null, costLimit = 0 } = options;

  const keep = (key: string, entry: Entry) => {
    if (answers.has(key) || entry.bytes > maxBytes / 10) return;
    answers.set(key, entry);
    bytes += entry.bytes;
    for (const [oldest, old] of answers) {
      if (bytes <= maxBytes) break;
      answers.delete(oldest);
      bytes -= old.bytes;
    }
  };

  return {
    onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string') return;
      const key = JSON.stringify([
        store.current.version,
        params.operationName ?? null,
        params.query,
        params.variables ?? null,
      ]);
      const cached = answers.get(key);
      if (!cached) {
        keys.set(request, key);
        return;
      }
      answers.delete(key);
      answers.set(key, cached);
      const record = recordOf(request);
      const cost: CostReport = {
        requested: cached.requested,
        actual: CACHED_ANSWER_COST,
        limit: costLimit,
        cached: true,
      };
      if (record) {
        record.operation = cached.operation;
        record.cached = true;
        record.cost = cost;
        if (budgets && record.client !== null) {
          cost.budget = budgets.describe(budgets.charge(record.client, CACHED_ANSWER_COST));
        }
      }
      const hit: SerialisedResult = {
        extensions: { ...cached.notes, cost },
        stringify: (result) => withExtensions(cached.body, result.extensions),
      };
      setResult(hit);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const key = request ? keys.get(request) : undefined;
      if (key === undefined) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || result.errors?.length) return;
          const body = JSON.stringify({ data: result.data });
          const { cost: _cost, ...rest } = result.extensions ?? {};
          const notes = Object.keys(rest).length > 0 ? rest : undefined;
          const record = recordOf(request!);
          keep(key, {
            body,
            notes,
            bytes:
              ENTRY_OVERHEAD_BYTES +
              stringBytes(key) +
              stringBytes(body) +
              (notes ? 2 * JSON.stringify(notes).length : 0),
            operation: record?.operation ?? null,
            requested: record?.cost?.requested ?? 0,
          });
          // The text just made is what goes out: Yoga does not serialise the answer again.
          const serialised: SerialisedResult = {
            ...result,
            stringify: (sent) => withExtensions(body, sent.extensions),
          };
          setResult(serialised);
        },
      };
    },
  };
}
