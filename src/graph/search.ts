import MiniSearch from 'minisearch';
import type { EntityData } from './types.js';
import type { EntityKind } from './vocabulary.js';
import { InvalidArgumentError } from './errors.js';

interface SearchDocument {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string;
  /** Names and aliases normalised whole, to rank an exact match first. */
  exact: string[];
}

export interface SearchIndex {
  index: MiniSearch<SearchDocument>;
  documents: ReadonlyMap<string, SearchDocument>;
}

export interface SearchOptions {
  kinds?: readonly EntityKind[] | null;
  first?: number;
  /** Orders matches by something other than relevance (importance, say); relevance breaks ties. */
  orderBy?: ((a: string, b: string) => number) | null;
}

const MAX_SEARCH_RESULTS = 100;
const MAX_SEARCH_TEXT = 200;

/** Lower-cases and strips accents so "Turkiye" finds "Türkiye" and "kyiv" finds "Kyiv". */
function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().trim();
}

// Splits on anything that is not a letter or digit, so "UNITE – Brave NATO" and "NATO-Ukraine"
// index each word.
function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

function collapse(text: string): string {
  return tokenize(normaliseText(text)).join(' ');
}

/** Builds the full-text index over entity names and aliases. */
export function buildSearchIndex(entities: readonly EntityData[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ['name', 'aliases'],
    storeFields: [],
    tokenize,
    processTerm: (term) => normaliseText(term) || null,
    searchOptions: { boost: { name: 2 }, prefix: true },
  });
  const documents = new Map<string, SearchDocument>();
  for (const entity of entities) {
    const document: SearchDocument = {
      id: entity.key,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases.join(' | '),
      exact: [entity.name, ...entity.aliases].map(collapse),
    };
    documents.set(entity.key, document);
  }
  index.addAll([...documents.values()]);
  return { index, documents };
}

/**
 * Entity keys matching `text` in a name or alias, best match first: an exact name or alias
 * first, then whole words before prefixes (MiniSearch's BM25 with prefix matches discounted).
 * Every word must match; only when nothing does are near-misses (typos) tried.
 */
export function searchEntities(search: SearchIndex, text: string, options: SearchOptions = {}): string[] {
  const first = options.first ?? 10;
  if (!Number.isInteger(first) || first < 0 || first > MAX_SEARCH_RESULTS) {
    throw new InvalidArgumentError(
      'first',
      `first must be an integer from 0 to ${MAX_SEARCH_RESULTS}, got ${first}`,
    );
  }
  if (text.length > MAX_SEARCH_TEXT) {
    throw new InvalidArgumentError(
      'text',
      `text must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`,
    );
  }
  const wanted = collapse(text);
  if (wanted === '' || first === 0) return [];
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const filter = kinds
    ? (result: { id: string }) => kinds.has(search.documents.get(result.id)!.kind)
    : undefined;

  let results = search.index.search(wanted, { combineWith: 'AND', filter });
  if (results.length === 0) {
    results = search.index.search(wanted, {
      combineWith: 'AND',
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      filter,
    });
  }
  const ranked = results.map((result) => {
    const document = search.documents.get(result.id)!;
    return { key: document.id, exact: document.exact.includes(wanted), score: result.score };
  });
  const byRelevance = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    Number(b.exact) - Number(a.exact) || b.score - a.score || a.key.localeCompare(b.key);
  const { orderBy } = options;
  ranked.sort(orderBy ? (a, b) => orderBy(a.key, b.key) || byRelevance(a, b) : byRelevance);
  return ranked.slice(0, first).map((result) => result.key);
}
