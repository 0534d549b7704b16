import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Variables nested deeper than any input of the schema could use. `JSON.parse` reads a body of
 * 49,000 nested arrays (98 KB, under the body cap) without complaint, but every later step that
 * walks the value recursively (the response cache's key, graphql's input coercion) overflows the
 * stack. The depth is measured here, before anything else reads the variables, by a loop that
 * stops as soon as it passes the limit; a deeper request is answered 400.
 */
export const MAX_VARIABLE_DEPTH = 32;

/** Whether `value` nests objects and arrays more than `max` levels deep, found without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth + 1 > max) return true;
    for (const item of Array.isArray(next) ? next : Object.values(next)) {
      if (typeof item === 'object' && item !== null) pending.push({ value: item, depth: depth + 1 });
    }
  }
  return false;
}

export function variablesDepthPlugin(max = MAX_VARIABLE_DEPTH): Plugin {
  return {
    onParams({ params }) {
      for (const [name, value] of [
        ['variables', params.variables],
        ['extensions', params.extensions],
      ] as const) {
        if (value !== undefined && value !== null && nestsDeeperThan(value, max)) {
          throw createGraphQLError(
            `The request's ${name} are nested deeper than the limit of ${max} levels`,
            {
              extensions: { code: 'BAD_REQUEST', limit: 'variableDepth', max, http: { status: 400 } },
            },
          );
        }
      }
    },
  };
}
