import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { describeValue } from './describe-value.js';
import type { DataProblem } from './errors.js';

/** One item of an `entities:`, `relations:` or `notes:` list, before validation. */
export interface RawEntry {
  file: string;
  /** Zero-based position in the file's list. */
  index: number;
  /** One-based line where the item starts, for messages about entries without a usable key. */
  line: number;
  value: unknown;
}

export type ListName = 'entities' | 'relations' | 'notes';

export interface ListReading {
  /** Null when the file is unusable as a whole (syntax error, wrong top-level shape). */
  entries: RawEntry[] | null;
  problems: DataProblem[];
}

/**
 * Parses a YAML data file whose only top-level key is `listName`, holding a list. Values come
 * from YAML 1.2's core schema, so an unquoted 2025-08-13 stays a string (only 2024 becomes a
 * number) and .inf/.nan become numbers that validation then refuses.
 */
export function readYamlList(file: string, text: string, listName: ListName): ListReading {
  const problems: DataProblem[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, schema: 'core' });
  if (document.errors.length > 0) {
    return { entries: null, problems: yamlErrorProblems(file, document.errors, 0, null) };
  }

  const shape = `a single top-level \`${listName}:\` list`;
  const contents = document.contents;
  if (contents === null) {
    return {
      entries: null,
      problems: [{ file, key: null, field: null, message: `is empty; it must hold ${shape}` }],
    };
  }
  let values: unknown;
  try {
    values = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // toJS refuses alias bombs ("billion laughs") rather than expanding them.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      entries: null,
      problems: [{ file, key: null, field: null, message: `cannot be read: ${reason}` }],
    };
  }
  if (!isMap(contents)) {
    const found = describeValue(values);
    return {
      entries: null,
      problems: [{ file, key: null, field: null, message: `must hold ${shape}, not ${found}` }],
    };
  }

  let list: unknown;
  for (const pair of contents.items) {
    const name = isScalar(pair.key) ? pair.key.value : pair.key;
    if (name === listName) {
      list = pair.value;
      continue;
    }
    const other = listName === 'entities' ? 'relations' : listName === 'relations' ? 'entities' : null;
    const hint = other !== null && name === other ? `; ${other} belong in ${other}/` : '';
    problems.push({
      file,
      key: null,
      field: String(name),
      message: `unexpected top-level key; the file must hold only \`${listName}:\`${hint}`,
    });
  }
  if (list === undefined) {
    problems.push({ file, key: null, field: null, message: `has no top-level \`${listName}:\` list` });
    return { entries: null, problems };
  }
  if (!isSeq(list)) {
    const found = describeValue((values as Record<ListName, unknown>)[listName]);
    problems.push({
      file,
      key: null,
      field: listName,
      message: `must be a list (write \`${listName}: []\` for none), not ${found}`,
    });
    return { entries: null, problems };
  }

  const items = (values as Record<ListName, unknown[]>)[listName];
  const entries = list.items.map((item, index): RawEntry => {
    const offset = isNode(item) ? (item.range?.[0] ?? 0) : 0;
    return { file, index, line: lineCounter.linePos(offset).line, value: items[index] };
  });
  return { entries, problems };
}

/**
 * Turns the YAML parser's errors into problems with line:column positions. `lineOffset` shifts
 * lines for YAML embedded in a larger file (a source's front matter starts on line 2).
 */
export function yamlErrorProblems(
  file: string,
  errors: readonly YAMLError[],
  lineOffset: number,
  field: string | null,
): DataProblem[] {
  return errors.map((error) => {
    const position = error.linePos?.[0];
    const where = position ? ` at ${position.line + lineOffset}:${position.col}` : '';
    // prettyErrors appends " at line L, column C:" and a code excerpt; the position is given above.
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    return { file, key: null, field, message: `YAML syntax error${where}: ${reason}` };
  });
}
