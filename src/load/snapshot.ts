import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import type {
  Citation,
  CoverageNote,
  EntityData,
  GraphData,
  Money,
  Quantity,
  RelationData,
  SourceDoc,
} from '../graph/types.js';
import {
  AMOUNT_QUALIFIERS,
  COVERAGE_STATUS_NAMES,
  CURRENCIES,
  ENTITY_KIND_NAMES,
  NO_FACT_REASON_NAMES,
  QUANTITY_QUALIFIER_NAMES,
  QUANTITY_UNIT_NAMES,
  RELATION_TYPES,
  SOURCE_KIND_NAMES,
  type AmountQualifier,
  type Currency,
  type EntityKind,
  type RelationType,
} from '../graph/vocabulary.js';
import { FUNDING_SHARE_NAMES, FUNDING_STAGE_NAMES, SUM_KIND_NAMES } from '../graph/funding-stages.js';
import type { Layout } from '../graph/layout.js';
import type { StoredImportance } from '../graph/importance.js';

/**
 * A snapshot is validated graph data in a columnar JSON layout that loads fast at any size:
 * every repeated value (file, date, amount, citation list, entity key at a relation's end) is
 * written once in a table and referred to by index. Decoding therefore shares one object or
 * string per distinct value, instead of one per occurrence as YAML or row-per-fact JSON
 * would give, and JSON.parse reads arrays of small integers far faster than arrays of objects.
 *
 * The snapshot carries no quotes check: it is written from data the loader has validated. On
 * disk it sits under a one-line header that names the data files and loader it was written for
 * and the hash of its own content ({@link writeSnapshotFile}), so that a tampered, stale or
 * foreign file is refused before it is decoded ({@link readSnapshotFile}). Decoding still checks
 * every index and enum, so a truncated file fails with the column and row at fault instead of
 * building a broken graph.
 *
 * Beside the data it may hold the explorer's layout of it (src/graph/layout.ts), a function of
 * the data and of the layout code, which the snapshot's name already depends on: ForceAtlas2 took
 * half the start-up, and a start from a snapshot now reads its result instead. Likewise it keeps
 * each entity's PageRank and betweenness (src/graph/importance.ts): computing PageRank was a
 * quarter of loading a million entities.
 */
export const SNAPSHOT_FORMAT = 'ukraine-support-graph/snapshot@5';

/** -1 in an index column means "none". */
const NONE = -1;
const NO_ALIASES = Object.freeze([]) as readonly string[] as string[];

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: string;
  sources: SourceDoc[];
  files: string[];
  dates: string[];
  /** [value, currency index (-1 where the source names none), qualifier index]. */
  amounts: [number, number, number][];
  /** [value, unit index, qualifier index, text, target year or null]. */
  quantities: [number, number, number, string, string | null][];
  /** Money tags: [stage, sum kind, period (date index), known from (date index), share]; -1 for none. */
  fundingTags: [number, number, number, number, number][];
  /** [source index, quote]. */
  citations: [number, string][];
  /** Lists of citation indexes; entities and relations point at one list each. */
  citationLists: number[][];
  entities: {
    keys: string[];
    names: string[];
    kinds: number[];
    /** Alias lists, [] for none. */
    aliases: string[][];
    dates: number[];
    citations: number[];
    files: number[];
  };
  relations: {
    keys: string[];
    types: number[];
    from: number[];
    to: number[];
    amounts: number[];
    statedEquivalents: number[];
    dates: number[];
    recipients: number[];
    quantities: number[];
    citations: number[];
    files: number[];
    /** Index into fundingTags, -1 for a relation with none. */
    fundingTags: number[];
  };
  /** Curated coverage notes, written out as they are (there are few). */
  coverageNotes: CoverageNote[];
  /** The explorer's layout: each entity's position, in entity order; null when there is none. */
  layout?: { x: number[]; y: number[] } | null;
  /** PageRank and betweenness of each entity, in entity order; null when not written. */
  importance?: StoredImportance | null;
}

/** What is computed from the data and kept with it, so that a start need not compute it again. */
export interface SnapshotExtras {
  layout?: Layout | null;
  importance?: StoredImportance | null;
}

/** What a snapshot holds: validated data, its version, and the layout computed for it. */
export interface DecodedSnapshot {
  data: GraphData;
  version: string;
  /** Null when the snapshot has none (the graph is too large to draw, or it was not written). */
  layout: Layout | null;
  /** Null when the snapshot has none. */
  importance: StoredImportance | null;
  /** Each relation's ends as positions in `data.entities`, as the snapshot holds them. */
  ends: { from: readonly number[]; to: readonly number[] };
}

const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];
const QUALIFIER_NAMES = Object.keys(AMOUNT_QUALIFIERS) as AmountQualifier[];

/** A snapshot that cannot be decoded; names the column and row at fault. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(`graph snapshot: ${message}`);
    this.name = 'SnapshotError';
  }
}

/** Interns values into a table, returning each distinct value's index. */
class Table<T> {
  readonly values: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly id: (value: T) => string) {}
  add(value: T): number {
    const id = this.id(value);
    let at = this.index.get(id);
    if (at === undefined) {
      at = this.values.length;
      this.values.push(value);
      this.index.set(id, at);
    }
    return at;
  }
}

/** Writes validated graph data as a snapshot, with the layout and importance computed for it when given. */
export function encodeSnapshot(data: GraphData, version: string, extras: SnapshotExtras = {}): Snapshot {
  const { layout = null, importance = null } = extras;
  const sourceIndex = new Map(data.sources.map((source, i) => [source.key, i]));
  const entityIndex = new Map(data.entities.map((entity, i) => [entity.key, i]));
  const files = new Table<string>((file) => file);
  const dates = new Table<string>((date) => date);
  const amounts = new Table<[number, number, number]>((amount) => amount.join(' '));
  const quantities = new Table<[number, number, number, string, string | null]>((row) => JSON.stringify(row));
  const citations = new Table<[number, string]>((citation) => `${citation[0]} ${citation[1]}`);
  const citationLists = new Table<number[]>((list) => list.join(' '));
  const date = (value: string | null) => (value === null ? NONE : dates.add(value));
  const money = (value: Money | null) =>
    value === null
      ? NONE
      : amounts.add([
          value.value,
          value.currency === null ? NONE : CURRENCIES.indexOf(value.currency),
          QUALIFIER_NAMES.indexOf(value.qualifier),
        ]);
  const quantity = (value: Quantity | null) =>
    value === null
      ? NONE
      : quantities.add([
          value.value,
          QUANTITY_UNIT_NAMES.indexOf(value.unit),
          QUANTITY_QUALIFIER_NAMES.indexOf(value.qualifier),
          value.text,
          value.targetYear,
        ]);
  const fundingTags = new Table<[number, number, number, number, number]>((tags) => tags.join(' '));
  const tagsOf = (r: RelationData) =>
    r.stage == null && r.sumKind == null && r.period == null && r.knownFrom == null && r.share == null
      ? NONE
      : fundingTags.add([
          r.stage == null ? NONE : FUNDING_STAGE_NAMES.indexOf(r.stage),
          r.sumKind == null ? NONE : SUM_KIND_NAMES.indexOf(r.sumKind),
          date(r.period ?? null),
          date(r.knownFrom ?? null),
          r.share == null ? NONE : FUNDING_SHARE_NAMES.indexOf(r.share),
        ]);
  const citationList = (list: readonly Citation[]) =>
    citationLists.add(
      list.map((citation) => citations.add([sourceIndex.get(citation.source) ?? NONE, citation.quote])),
    );
  const entity = (key: string) => entityIndex.get(key) ?? NONE;
  return {
    format: SNAPSHOT_FORMAT,
    version,
    sources: data.sources,
    entities: {
      keys: data.entities.map((e) => e.key),
      names: data.entities.map((e) => e.name),
      kinds: data.entities.map((e) => ENTITY_KIND_NAMES.indexOf(e.kind)),
      aliases: data.entities.map((e) => e.aliases),
      dates: data.entities.map((e) => date(e.date)),
      citations: data.entities.map((e) => citationList(e.citations)),
      files: data.entities.map((e) => files.add(e.file)),
    },
    relations: {
      keys: data.relations.map((r) => r.key),
      types: data.relations.map((r) => RELATION_TYPE_NAMES.indexOf(r.type)),
      from: data.relations.map((r) => entity(r.from)),
      to: data.relations.map((r) => entity(r.to)),
      amounts: data.relations.map((r) => money(r.amount)),
      statedEquivalents: data.relations.map((r) => money(r.statedEquivalent)),
      dates: data.relations.map((r) => date(r.date)),
      recipients: data.relations.map((r) => (r.recipient === null ? NONE : entity(r.recipient))),
      quantities: data.relations.map((r) => quantity(r.quantity)),
      citations: data.relations.map((r) => citationList(r.citations)),
      files: data.relations.map((r) => files.add(r.file)),
      fundingTags: data.relations.map(tagsOf),
    },
    coverageNotes: data.coverageNotes,
    files: files.values,
    dates: dates.values,
    amounts: amounts.values,
    quantities: quantities.values,
    fundingTags: fundingTags.values,
    citations: citations.values,
    citationLists: citationLists.values,
    layout: layout && {
      x: data.entities.map((e) => layout.get(e.key)?.x ?? 0),
      y: data.entities.map((e) => layout.get(e.key)?.y ?? 0),
    },
    importance,
  };
}

function column<T>(owner: Record<string, unknown>, name: string, length: number | null, path: string): T[] {
  const value = owner[name];
  if (!Array.isArray(value)) throw new SnapshotError(`${path}.${name} is missing or not a list`);
  if (length !== null && value.length !== length) {
    throw new SnapshotError(`${path}.${name} has ${value.length} rows where ${length} were expected`);
  }
  return value as T[];
}

/** Reads an index column, checking every entry is an integer in [min, size). */
function indexes(
  owner: Record<string, unknown>,
  name: string,
  length: number,
  size: number,
  path: string,
  min = 0,
): number[] {
  const values = column<number>(owner, name, length, path);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isInteger(value) || value < min || value >= size) {
      throw new SnapshotError(
        `${path}.${name}[${i}] is ${JSON.stringify(value)}, not an index below ${size}`,
      );
    }
  }
  return values;
}

function strings(
  owner: Record<string, unknown>,
  name: string,
  length: number | null,
  path: string,
): string[] {
  const values = column<string>(owner, name, length, path);
  for (let i = 0; i < values.length; i++) {
    if (typeof values[i] !== 'string') throw new SnapshotError(`${path}.${name}[${i}] is not a string`);
  }
  return values;
}

/**
 * Rebuilds graph data from a parsed snapshot, sharing one object per distinct file, date,
 * amount and citation list. Throws SnapshotError naming the first column and row at fault.
 */
export function decodeSnapshot(parsed: unknown): DecodedSnapshot {
  if (typeof parsed !== 'object' || parsed === null) throw new SnapshotError('not a JSON object');
  const root = parsed as Record<string, unknown>;
  if (root.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(`format is ${JSON.stringify(root.format)}, expected "${SNAPSHOT_FORMAT}"`);
  }
  if (typeof root.version !== 'string') throw new SnapshotError('version is missing');
  const sources = column<SourceDoc>(root, 'sources', null, 'snapshot');
  sources.forEach((source, i) => {
    if (
      typeof source !== 'object' ||
      source === null ||
      typeof source.key !== 'string' ||
      typeof source.text !== 'string' ||
      !SOURCE_KIND_NAMES.includes(source.kind) ||
      !Array.isArray(source.references) ||
      !source.references.every((reference) => typeof reference === 'string')
    ) {
      throw new SnapshotError(`sources[${i}] is not a source with a key, kind, references and text`);
    }
  });
  const files = strings(root, 'files', null, 'snapshot');
  const dates = strings(root, 'dates', null, 'snapshot');
  const amounts = column<[number, number, number]>(root, 'amounts', null, 'snapshot').map((row, i): Money => {
    const [value, currency, qualifier] = Array.isArray(row) ? row : [];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new SnapshotError(`amounts[${i}] has no valid value`);
    const currencyName = currency === NONE ? null : (CURRENCIES[currency ?? NONE] as Currency | undefined);
    const qualifierName = QUALIFIER_NAMES[qualifier ?? NONE];
    if (currencyName === undefined || qualifierName === undefined)
      throw new SnapshotError(`amounts[${i}] has an unknown currency or qualifier`);
    return { value, currency: currencyName, qualifier: qualifierName };
  });
  const quantities = column<unknown[]>(root, 'quantities', null, 'snapshot').map((row, i): Quantity => {
    const [value, unit, qualifier, text, targetYear] = Array.isArray(row) ? row : [];
    const unitName = QUANTITY_UNIT_NAMES[typeof unit === 'number' ? unit : NONE];
    const qualifierName = QUANTITY_QUALIFIER_NAMES[typeof qualifier === 'number' ? qualifier : NONE];
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < 0 ||
      unitName === undefined ||
      qualifierName === undefined ||
      typeof text !== 'string' ||
      (targetYear !== null && typeof targetYear !== 'string')
    ) {
      throw new SnapshotError(`quantities[${i}] is not [value, unit, qualifier, text, target year]`);
    }
    return { value, unit: unitName, qualifier: qualifierName, text, targetYear };
  });
  const name = <T>(names: readonly T[], at: number | undefined, row: string): T | null => {
    if (at === NONE) return null;
    const value = names[at ?? NONE];
    if (value === undefined) throw new SnapshotError(`${row} has an unknown name index ${at}`);
    return value;
  };
  const dateAt = (at: number | undefined, row: string): string | null => {
    if (at === NONE) return null;
    const value = dates[at ?? NONE];
    if (value === undefined) throw new SnapshotError(`${row} points at date ${at}, which does not exist`);
    return value;
  };
  const tagRows = column<number[]>(root, 'fundingTags', null, 'snapshot').map((row, i) => {
    const at = `fundingTags[${i}]`;
    if (!Array.isArray(row) || row.length !== 5) throw new SnapshotError(`${at} is not a row of 5`);
    const tags = {
      stage: name(FUNDING_STAGE_NAMES, row[0], at),
      sumKind: name(SUM_KIND_NAMES, row[1], at),
      period: dateAt(row[2], at),
      knownFrom: dateAt(row[3], at),
      share: name(FUNDING_SHARE_NAMES, row[4], at),
    };
    return Object.fromEntries(Object.entries(tags).filter(([, value]) => value !== null)) as Partial<
      typeof tags
    >;
  });
  const citations = column<[number, string]>(root, 'citations', null, 'snapshot').map((row, i): Citation => {
    const source = Array.isArray(row) ? sources[row[0]] : undefined;
    if (source === undefined || typeof row[1] !== 'string')
      throw new SnapshotError(`citations[${i}] is not [source index, quote]`);
    return { source: source.key, quote: row[1] };
  });
  const citationLists = column<number[]>(root, 'citationLists', null, 'snapshot').map((list, i) => {
    if (!Array.isArray(list)) throw new SnapshotError(`citationLists[${i}] is not a list`);
    return list.map((at) => {
      const citation = citations[at];
      if (citation === undefined)
        throw new SnapshotError(`citationLists[${i}] points at citation ${at}, which does not exist`);
      return citation;
    });
  });

  const e = (root.entities ?? {}) as Record<string, unknown>;
  const keys = strings(e, 'keys', null, 'entities');
  const n = keys.length;
  const names = strings(e, 'names', n, 'entities');
  const kinds = indexes(e, 'kinds', n, ENTITY_KIND_NAMES.length, 'entities');
  const aliases = column<string[]>(e, 'aliases', n, 'entities');
  const entityDates = indexes(e, 'dates', n, dates.length, 'entities', NONE);
  const entityCitations = indexes(e, 'citations', n, citationLists.length, 'entities');
  const entityFiles = indexes(e, 'files', n, files.length, 'entities');
  const entities: EntityData[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const alias = aliases[i];
    if (!Array.isArray(alias)) throw new SnapshotError(`entities.aliases[${i}] is not a list`);
    entities[i] = {
      key: keys[i]!,
      name: names[i]!,
      kind: ENTITY_KIND_NAMES[kinds[i]!] as EntityKind,
      // Most entities have no alias: one shared empty list rather than one each (16 bytes apiece).
      aliases: alias.length === 0 ? NO_ALIASES : alias,
      date: entityDates[i] === NONE ? null : dates[entityDates[i]!]!,
      citations: citationLists[entityCitations[i]!]!,
      file: files[entityFiles[i]!]!,
    };
  }

  const r = (root.relations ?? {}) as Record<string, unknown>;
  const relationKeys = strings(r, 'keys', null, 'relations');
  const m = relationKeys.length;
  const types = indexes(r, 'types', m, RELATION_TYPE_NAMES.length, 'relations');
  const from = indexes(r, 'from', m, n, 'relations');
  const to = indexes(r, 'to', m, n, 'relations');
  const relationAmounts = indexes(r, 'amounts', m, amounts.length, 'relations', NONE);
  const equivalents = indexes(r, 'statedEquivalents', m, amounts.length, 'relations', NONE);
  const relationDates = indexes(r, 'dates', m, dates.length, 'relations', NONE);
  const recipients = indexes(r, 'recipients', m, n, 'relations', NONE);
  const relationQuantities = indexes(r, 'quantities', m, quantities.length, 'relations', NONE);
  const relationCitations = indexes(r, 'citations', m, citationLists.length, 'relations');
  const relationFiles = indexes(r, 'files', m, files.length, 'relations');
  const relationTags = indexes(r, 'fundingTags', m, tagRows.length, 'relations', NONE);
  const relations: RelationData[] = new Array(m);
  for (let i = 0; i < m; i++) {
    // A plain literal, its tags added after: a spread in the literal made V8 build every relation
    // through its generic copy, about 6 heap bytes more per relation on average (measured on a
    // 100,000-entity synthetic snapshot) for the few relations that carry tags.
    const relation: RelationData = {
      key: relationKeys[i]!,
      type: RELATION_TYPE_NAMES[types[i]!]!,
      // The entity's own key string, so the graph holds one copy of each key.
      from: entities[from[i]!]!.key,
      to: entities[to[i]!]!.key,
      amount: relationAmounts[i] === NONE ? null : amounts[relationAmounts[i]!]!,
      statedEquivalent: equivalents[i] === NONE ? null : amounts[equivalents[i]!]!,
      date: relationDates[i] === NONE ? null : dates[relationDates[i]!]!,
      recipient: recipients[i] === NONE ? null : entities[recipients[i]!]!.key,
      quantity: relationQuantities[i] === NONE ? null : quantities[relationQuantities[i]!]!,
      citations: citationLists[relationCitations[i]!]!,
      file: files[relationFiles[i]!]!,
    };
    // Only the tags a relation has, as the loader gives them (src/load/validate-graph-data.ts).
    if (relationTags[i] !== NONE) Object.assign(relation, tagRows[relationTags[i]!]);
    relations[i] = relation;
  }
  const coverageNotes = column<CoverageNote>(root, 'coverageNotes', null, 'snapshot');
  coverageNotes.forEach((note, i) => {
    if (
      typeof note !== 'object' ||
      note === null ||
      !sources.some((source) => source.key === note.source) ||
      typeof note.sentence !== 'string' ||
      typeof note.note !== 'string' ||
      typeof note.file !== 'string' ||
      !Array.isArray(note.indexes) ||
      !note.indexes.every((index) => Number.isInteger(index) && index >= 0) ||
      !COVERAGE_STATUS_NAMES.filter((status) => status !== 'CAPTURED').includes(note.status) ||
      (note.reason !== null && !NO_FACT_REASON_NAMES.includes(note.reason)) ||
      (note.status === 'NO_FACT') !== (note.reason !== null)
    ) {
      throw new SnapshotError(`coverageNotes[${i}] is not a coverage note of a known source`);
    }
  });
  return {
    data: { sources, entities, relations, coverageNotes },
    version: root.version,
    layout: decodeLayout(root.layout, keys),
    importance: decodeImportance(root.importance, n),
    ends: { from, to },
  };
}

function decodeImportance(value: unknown, entities: number): StoredImportance | null {
  if (value === undefined || value === null) return null;
  const owner = value as Record<string, unknown>;
  const measure = (name: string) => {
    const values = column<number>(owner, name, entities, 'importance');
    for (let i = 0; i < values.length; i++) {
      const at = values[i];
      if (typeof at !== 'number' || !Number.isFinite(at))
        throw new SnapshotError(`importance.${name}[${i}] is not a number`);
    }
    return values;
  };
  return {
    pageRank: measure('pageRank'),
    betweenness: owner.betweenness === null ? null : measure('betweenness'),
  };
}

function decodeLayout(value: unknown, keys: readonly string[]): Layout | null {
  if (value === undefined || value === null) return null;
  const owner = value as Record<string, unknown>;
  const [x, y] = ['x', 'y'].map((axis) => {
    const values = column<number>(owner, axis, keys.length, 'layout');
    values.forEach((at, i) => {
      if (typeof at !== 'number' || !Number.isFinite(at))
        throw new SnapshotError(`layout.${axis}[${i}] is not a number`);
    });
    return values;
  }) as [number[], number[]];
  return new Map(keys.map((key, i) => [key, { x: x[i]!, y: y[i]! }]));
}

/**
 * What a snapshot file says about itself on its first line, so that a reader can tell before
 * decoding anything whether it may use the file: which data files (their content hash) and
 * which loader (its code's hash) it was written for, and the hash of the payload below it.
 */
export interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  /** Content hash of the data files the snapshot was validated from: the data version. */
  dataHash: string;
  /** Hash of the loader code that validated them. */
  loader: string;
  /** SHA-256 of the payload (the bytes after the first line), hex. */
  payloadHash: string;
}

/** What a snapshot file must have been written for to be used. */
export interface SnapshotExpectation {
  dataHash: string;
  loader: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * A snapshot file's text: a one-line header, then the snapshot as JSON. The header carries the
 * data files' content hash (the version), the loader's, and the payload's own hash, so that
 * {@link readSnapshotFile} can prove the payload is the one written for these files.
 */
export function writeSnapshotFile(
  data: GraphData,
  expectation: SnapshotExpectation,
  extras: SnapshotExtras = {},
): string {
  return snapshotFileText(JSON.stringify(encodeSnapshot(data, expectation.dataHash, extras)), expectation);
}

/** The header line for a payload already serialised, and the payload under it. */
export function snapshotFileText(payload: string, expectation: SnapshotExpectation): string {
  return `${JSON.stringify(snapshotHeader(sha256(payload), expectation))}\n${payload}`;
}

/** The header of a snapshot file whose payload hashes to `payloadHash`. */
export function snapshotHeader(payloadHash: string, expectation: SnapshotExpectation): SnapshotHeader {
  return {
    format: SNAPSHOT_FORMAT,
    dataHash: expectation.dataHash,
    loader: expectation.loader,
    payloadHash,
  };
}

/**
 * Reads a snapshot file written by {@link writeSnapshotFile}, and only if it proves to be the
 * snapshot of the expected data files by the expected loader, untouched since it was written.
 * Throws SnapshotError saying why not: foreign or stale (written for other files or another
 * loader), tampered (its payload does not hash to what its header says) or malformed.
 *
 * Given the file's bytes, it hashes them as they are and, when they are all ASCII (as a
 * snapshot of English text is), reads them as Latin-1, which makes one-byte strings without
 * UTF-8 decoding: 317 MB at a million entities. `timings`, when given, receives the milliseconds
 * each step took (for the benchmarks).
 */
export function readSnapshotFile(
  file: string | Uint8Array,
  expected: SnapshotExpectation,
  timings?: Record<string, number>,
): DecodedSnapshot {
  let started = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    if (timings) timings[phase] = now - started;
    started = now;
  };
  const bytes = typeof file === 'string' ? null : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const newline = bytes ? bytes.indexOf(10) : (file as string).indexOf('\n');
  if (newline === -1) throw new SnapshotError('no header line');
  let header: Partial<SnapshotHeader>;
  try {
    header = JSON.parse(
      bytes ? bytes.toString('utf8', 0, newline) : (file as string).slice(0, newline),
    ) as Partial<SnapshotHeader>;
  } catch {
    throw new SnapshotError('the header line is not JSON');
  }
  if (header?.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(`format is ${JSON.stringify(header?.format)}, expected "${SNAPSHOT_FORMAT}"`);
  }
  if (header.dataHash !== expected.dataHash) {
    throw new SnapshotError('foreign or stale: written for other data files');
  }
  if (header.loader !== expected.loader) {
    throw new SnapshotError('stale: written by another version of the loader');
  }
  const payloadBytes = bytes?.subarray(newline + 1);
  const payloadHash = createHash('sha256')
    .update(payloadBytes ?? (file as string).slice(newline + 1))
    .digest('hex');
  if (header.payloadHash !== payloadHash) {
    throw new SnapshotError('tampered: its content does not match the hash it was written with');
  }
  lap('hash');
  let payload: string | null = payloadBytes
    ? payloadBytes.toString(isAscii(payloadBytes) ? 'latin1' : 'utf8')
    : (file as string).slice(newline + 1);
  lap('text');
  let parsed: unknown = JSON.parse(payload);
  payload = null;
  lap('parse');
  const decoded = decodeSnapshot(parsed);
  parsed = null;
  lap('decode');
  if (decoded.version !== expected.dataHash) {
    throw new SnapshotError('foreign: its payload is for another data version than its header');
  }
  return decoded;
}
