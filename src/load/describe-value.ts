/**
 * Describes a parsed YAML value for an error message ("the number 12", "a list"), so that a
 * curator sees what the loader actually read, which is not always what they meant to write
 * (an unquoted 2024 is a number, an empty `name:` is null).
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a timestamp';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value)}`;
    case 'number':
      if (Number.isNaN(value)) return 'NaN (.nan)';
      if (value === Infinity) return 'Infinity (.inf)';
      if (value === -Infinity) return '-Infinity (-.inf)';
      return `the number ${value}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return 'a mapping';
    default:
      return `a ${typeof value}`;
  }
}
