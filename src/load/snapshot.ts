import type { Citation, EntityData, GraphData, Money, RelationData, SourceDoc } from '../graph/types.js';
import {
  AMOUNT_QUALIFIERS,
  CURRENCIES,
  ENTITY_KIND_NAMES,
  RELATION_TYPES,
  type AmountQualifier,
  type Currency,
  type EntityKind,
  type RelationType,
} from '../graph/vocabulary.js';

/**
 * A snapshot is validated graph data in a columnar JSON layout that loads fast at any size:
 * every repeated value (file, date, amount, citation list, entity key at a relation's end) is
 * written once in a table and referred to by index. Decoding therefore shares one object or
 * string per distinct value, instead of one per occurrence as YAML or row-per-fact JSON
 * would give, and JSON.parse reads arrays of small integers far faster than arrays of objects.
 *
 * The snapshot carries no quotes check: it is written from data the loader has validated.
 * Decoding still checks every index and enum, so a truncated or hand-edited file fails with
 * the column and row at fault instead of building a broken graph.
 */
export const SNAPSHOT_FORMAT = 'ukraine-support-graph/snapshot@1';

/** -1 in an index column means "none". */
const NONE = -1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: string;
  sources: SourceDoc[];
  files: string[];
  dates: string[];
  /** [value, currency index, qualifier index]. */
  amounts: [number, number, number][];
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
    citations: number[];
    files: number[];
  };
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

/** Writes validated graph data as a snapshot. */
export function encodeSnapshot(data: GraphData, version: string): Snapshot {
  const sourceIndex = new Map(data.sources.map((source, i) => [source.key, i]));
  const entityIndex = new Map(data.entities.map((entity, i) => [entity.key, i]));
  const files = new Table<string>((file) => file);
  const dates = new Table<string>((date) => date);
  const amounts = new Table<[number, number, number]>((amount) => amount.join(' '));
  const citations = new Table<[number, string]>((citation) => `${citation[0]} ${citation[1]}`);
  const citationLists = new Table<number[]>((list) => list.join(' '));
  const date = (value: string | null) => (value === null ? NONE : dates.add(value));
  const money = (value: Money | null) =>
    value === null
      ? NONE
      : amounts.add([
          value.value,
          CURRENCIES.indexOf(value.currency),
          QUALIFIER_NAMES.indexOf(value.qualifier),
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
      citations: data.relations.map((r) => citationList(r.citations)),
      files: data.relations.map((r) => files.add(r.file)),
    },
    files: files.values,
    dates: dates.values,
    amounts: amounts.values,
    citations: citations.values,
    citationLists: citationLists.values,
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
export function decodeSnapshot(parsed: unknown): { data: GraphData; version: string } {
  if (typeof parsed !== 'object' || parsed === null) throw new SnapshotError('not a JSON object');
  const root = parsed as Record<string, unknown>;
  if (root.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(`format is ${JSON.stringify(root.format)}, expected "${SNAPSHOT_FORMAT}"`);
  }
  if (typeof root.version !== 'string') throw new SnapshotError('version is missing');
  const sources = column<SourceDoc>(root, 'sources', null, 'snapshot');
  const files = strings(root, 'files', null, 'snapshot');
  const dates = strings(root, 'dates', null, 'snapshot');
  const amounts = column<[number, number, number]>(root, 'amounts', null, 'snapshot').map((row, i): Money => {
    const [value, currency, qualifier] = Array.isArray(row) ? row : [];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new SnapshotError(`amounts[${i}] has no valid value`);
    const currencyName = CURRENCIES[currency ?? NONE] as Currency | undefined;
    const qualifierName = QUALIFIER_NAMES[qualifier ?? NONE];
    if (currencyName === undefined || qualifierName === undefined)
      throw new SnapshotError(`amounts[${i}] has an unknown currency or qualifier`);
    return { value, currency: currencyName, qualifier: qualifierName };
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
      aliases: alias,
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
  const relationCitations = indexes(r, 'citations', m, citationLists.length, 'relations');
  const relationFiles = indexes(r, 'files', m, files.length, 'relations');
  const relations: RelationData[] = new Array(m);
  for (let i = 0; i < m; i++) {
    relations[i] = {
      key: relationKeys[i]!,
      type: RELATION_TYPE_NAMES[types[i]!]!,
      // The entity's own key string, so the graph holds one copy of each key.
      from: entities[from[i]!]!.key,
      to: entities[to[i]!]!.key,
      amount: relationAmounts[i] === NONE ? null : amounts[relationAmounts[i]!]!,
      statedEquivalent: equivalents[i] === NONE ? null : amounts[equivalents[i]!]!,
      date: relationDates[i] === NONE ? null : dates[relationDates[i]!]!,
      recipient: recipients[i] === NONE ? null : entities[recipients[i]!]!.key,
      citations: citationLists[relationCitations[i]!]!,
      file: files[relationFiles[i]!]!,
    };
  }
  return { data: { sources, entities, relations }, version: root.version };
}
