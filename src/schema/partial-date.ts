import { Kind } from 'graphql';
import { builder } from './builder.js';
import { periodOf } from '../graph/time.js';

const FORMAT = 'write YYYY, YYYY-MM or YYYY-MM-DD (2025, 2025-08 or 2025-08-13)';

// Plain errors: graphql-js wraps them with the value's place in the operation, and
// src/graphql-errors.ts turns that into BAD_USER_INPUT naming the argument.
function readDate(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`a PartialDate is a string: ${FORMAT}`);
  if (periodOf(value) === null)
    throw new TypeError(`"${value.slice(0, 40)}" is not a calendar date: ${FORMAT}`);
  return value;
}

/**
 * Dates at the precision the source gives. Checked while the operation is validated, so a bad
 * date in a query is refused before anything runs (src/input-errors.ts names the argument), and
 * a bad date in the variables before execution starts.
 */
builder.scalarType('PartialDate', {
  description:
    'A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. It stands for a period (all of 2025-08); see DateFilter for how two compare.',
  serialize: (value) => readDate(value),
  parseValue: (value) => readDate(value),
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) readDate(undefined);
    return readDate((node as { value: string }).value);
  },
});
