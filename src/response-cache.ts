import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from './context.js';

/**
 * Answers are a function of the operation, its variables and the data, and the data only changes
 * when a reload swaps the graph. So an answer is cached under a key that starts with the served
 * graph's version: after a reload no older answer can be found again (old entries age out), and
 * nothing is ever served from an older graph. Only answers without errors are kept, so a refused
 * or failed operation runs (and is refused) every time; a cached answer is found before parsing,
 * which is safe because only operations that passed every limit were ever cached.
 *
 * Written here rather than taken from @graphql-yoga/plugin-response-cache: that plugin adds
 * `__typename` to every selection set before execution, which Pothos's complexity check then
 * counts, so queries near the cost limit were refused once the cache was on.
 */
export function responseCachePlugin(store: GraphStore, maxBytes: number): Plugin {
  // A Map iterates in insertion order: re-inserting on each hit makes the first key the least
  // recently used, the one to evict. Sizes are the key's and the answer's JSON length, so the
  // bound holds however large the answers a client asks for.
  const answers = new Map<string, { result: ExecutionResult; bytes: number }>();
  let bytes = 0;
  const keys = new WeakMap<Request, string>();
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
      if (cached) {
        answers.delete(key);
        answers.set(key, cached);
        setResult(cached.result);
        return;
      }
      keys.set(request, key);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const key = request ? keys.get(request) : undefined;
      if (key === undefined) return undefined;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors?.length || answers.has(key)) return;
          const size = key.length + JSON.stringify(result).length;
          if (size > maxBytes / 10) return;
          answers.set(key, { result, bytes: size });
          bytes += size;
          for (const [oldest, entry] of answers) {
            if (bytes <= maxBytes) break;
            answers.delete(oldest);
            bytes -= entry.bytes;
          }
        },
      };
    },
  };
}
