import { splitSentences } from '../graph/sentences.js';
import { isMap, parseDocument } from 'yaml';
import type { SourceDoc } from '../graph/types.js';
import { SOURCE_KIND_NAMES, type SourceKind } from '../graph/vocabulary.js';
import { readPartialDate } from './dates.js';
import { describeValue } from './describe-value.js';
import type { DataProblem } from './errors.js';
import { yamlErrorProblems } from './yaml-lists.js';

/** An opening `---` line, the YAML, and a closing `---` line; the YAML may be empty. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface SourceReading {
  key: string;
  /**
   * The text after the front matter, or null when there is no front matter to find its start.
   * Set even when `doc` is null, so that quotes can still be checked against a source whose
   * front matter has a problem of its own.
   */
  body: string | null;
  /** The finished source, or null when the file has a problem. */
  doc: SourceDoc | null;
  problems: DataProblem[];
}

/**
 * Reads a source document: YAML front matter with at least `title` (and usually `source`,
 * its URL, `publisher`, `retrieved` and `asOf`, the date it speaks as of), then the body that quotes are checked against.
 * The key is the file name without `.md`.
 *
 * `kind` says what the source is: `published` (the default) for someone else's document quoted
 * word for word, `compiled` for reference data this project wrote. A compiled source has no
 * address of its own (no `source`): it lists the pages its facts come from under `references`.
 */
export function readSourceFile(file: string, text: string): SourceReading {
  const key = sourceKeyOf(file);
  const problems: DataProblem[] = [];
  const problem = (field: string | null, message: string): void => {
    problems.push({ file, key: null, field, message });
  };

  const match = FRONT_MATTER.exec(text);
  if (match === null) {
    problem(
      null,
      'has no front matter: it must start with a `---` line, then `title: ...`, then a closing `---` line',
    );
    return { key, body: null, doc: null, problems };
  }
  const body = text.slice(match[0].length);
  const frontMatter = match[1] ?? '';

  const document = parseDocument(frontMatter, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    // The front matter starts on the file's second line, after the opening `---`.
    problems.push(...yamlErrorProblems(file, document.errors, 1, 'front matter'));
    return { key, body, doc: null, problems };
  }
  const fields: unknown = document.toJS();
  if (fields === null || fields === undefined || !isMap(document.contents)) {
    problem(null, `front matter must be a mapping with at least \`title\`, not ${describeValue(fields)}`);
    return { key, body, doc: null, problems };
  }
  const record = fields as Record<string, unknown>;

  const read = (field: string): string | null => {
    const value = record[field];
    if (value === undefined || value === null) return null;
    // Front matter is free-form metadata: an unquoted `retrieved: 2026` is a number, a title could be.
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const textValue = String(value).trim();
      return textValue === '' ? null : textValue;
    }
    problem(field, `must be text, not ${describeValue(value)}`);
    return null;
  };

  const title = read('title');
  if (
    title === null &&
    (record.title === undefined || record.title === null || typeof record.title === 'string')
  ) {
    problem('title', 'is required in the front matter');
  }
  const url = read('source') ?? read('url');
  const publisher = read('publisher');
  const retrieved = read('retrieved');
  const kind = readKind(record.kind, problem);
  const references = readReferences(record.references, problem);
  if (kind === 'COMPILED') {
    if (url !== null) {
      problem(
        record.source === undefined ? 'url' : 'source',
        "a compiled source has no address of its own: its sentences are this project's, not the page's; list the pages its facts come from under `references`",
      );
    }
    if (references !== null && references.length === 0) {
      problem('references', 'a compiled source must list at least one page its facts come from');
    }
  }

  const headingsLost = readHeadingsLost(record.headingsLost, body, problem);

  // The date the source speaks as of (see SourceDoc.asOf); an unquoted year arrives as a number.
  const asOfReading = readPartialDate(record.asOf);
  if (!asOfReading.ok) problem('asOf', asOfReading.message);
  const asOf = asOfReading.ok ? asOfReading.date : null;

  if (
    problems.length > 0 ||
    title === null ||
    kind === null ||
    references === null ||
    headingsLost === null
  ) {
    return { key, body, doc: null, problems };
  }
  return {
    key,
    body,
    doc: {
      key,
      title,
      kind,
      url,
      publisher,
      references,
      retrieved,
      asOf,
      ...(headingsLost.length > 0 ? { headingsLost } : {}),
      file,
      text: body,
    },
    problems,
  };
}

/**
 * `headingsLost`: where the published page has a heading that this copy of its text lost, each
 * named by the start of the first sentence after it, found at the start of exactly one sentence.
 */
function readHeadingsLost(
  value: unknown,
  body: string,
  problem: (field: string, message: string) => void,
): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problem('headingsLost', `must be a list of sentence starts, not ${describeValue(value)}`);
    return null;
  }
  const sentences = splitSentences(body);
  let ok = true;
  const starts = value.map((item: unknown, index) => {
    const field = `headingsLost[${index}]`;
    if (typeof item !== 'string' || item.trim() === '') {
      problem(field, `must be the start of a sentence of the body, not ${describeValue(item)}`);
      ok = false;
      return '';
    }
    const start = item.trim();
    const found = sentences.filter((sentence) => sentence.text.startsWith(start));
    if (found.length !== 1) {
      problem(
        field,
        found.length === 0
          ? `"${start.slice(0, 60)}" starts no sentence of the body`
          : `"${start.slice(0, 60)}" starts ${found.length} sentences (${found.map((sentence) => sentence.index).join(', ')}); give more of the one meant`,
      );
      ok = false;
    }
    return start;
  });
  return ok ? starts : null;
}

/** `kind: published` or `kind: compiled` (any case); PUBLISHED when absent. Null after a problem. */
function readKind(value: unknown, problem: (field: string, message: string) => void): SourceKind | null {
  if (value === undefined || value === null) return 'PUBLISHED';
  const name = typeof value === 'string' ? value.trim().toUpperCase() : null;
  const kind = SOURCE_KIND_NAMES.find((candidate) => candidate === name);
  if (kind !== undefined) return kind;
  problem(
    'kind',
    `must be ${SOURCE_KIND_NAMES.map((k) => k.toLowerCase()).join(' or ')}, not ${describeValue(value)}`,
  );
  return null;
}

/** A list of http(s) URLs; [] when absent. Null after a problem. */
function readReferences(value: unknown, problem: (field: string, message: string) => void): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problem('references', `must be a list of URLs, not ${describeValue(value)}`);
    return null;
  }
  let ok = true;
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || !/^https?:\/\/\S+$/.test(item.trim())) {
      problem(`references[${index}]`, `must be an http(s) URL, not ${describeValue(item)}`);
      ok = false;
    }
  });
  return ok ? value.map((item: string) => item.trim()) : null;
}

/** "sources/nato-support-for-ukraine.md" → "nato-support-for-ukraine". */
export function sourceKeyOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.md$/, '');
}
