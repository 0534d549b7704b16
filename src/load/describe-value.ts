/** The most of a text an error message quotes: enough to recognise it, never a whole file. */
export const MAX_QUOTED_CHARACTERS = 80;

/**
 * A text as an error message quotes it, cut short when long. A file that is one long scalar (a
 * symlink to the wrong file, a misplaced text) would otherwise put all of itself in the message,
 * and /health repeats a failed reload's message.
 */
export function quotedText(text: string): string {
  const characters = [...text];
  if (characters.length <= MAX_QUOTED_CHARACTERS) return JSON.stringify(text);
  const start = characters.slice(0, MAX_QUOTED_CHARACTERS - 1).join('');
  return `${JSON.stringify(`${start}…`)} (${characters.length.toLocaleString('en')} characters)`;
}

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
      return `the text ${quotedText(value)}`;
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
