import MiniSearch from 'minisearch';
import type { Citation, EntityData, RelationData } from './types.js';
import type { EntityKind } from './vocabulary.js';
import { InvalidArgumentError } from './errors.js';
import { foldText } from './fold-text.js';

/** Where a search looks: names, aliases, or the quotes cited for an entity and its relations. */
export type SearchField = 'NAME' | 'ALIAS' | 'QUOTE';

interface SearchDocument {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string;
  /** The name and aliases folded whole, to rank an exact match and a near miss. */
  folded: { name: string; aliases: string[] };
}

/** A distinct quote and the entities it is cited for (its own, or a relation's at either end). */
interface QuoteDocument {
  id: number;
  quote: string;
  citation: Citation;
  entities: string[];
}

export interface SearchIndex {
  index: MiniSearch<SearchDocument>;
  documents: ReadonlyMap<string, SearchDocument>;
  /** Built on the first search that asks for quotes. */
  readonly quotes: { index: MiniSearch<QuoteDocument>; documents: ReadonlyMap<number, QuoteDocument> };
}

export interface SearchOptions {
  kinds?: readonly EntityKind[] | null;
  /** Where to look; names and aliases when omitted. */
  in?: readonly SearchField[] | null;
  /** Orders matches by something other than relevance (importance, say); relevance breaks ties. */
  orderBy?: ((a: string, b: string) => number) | null;
}

/** One entity a search found. */
export interface SearchHit {
  key: string;
  /**
   * 1 for an exact name or alias; otherwise below 1, mostly how close the whole name is to the
   * text (so "Ukrane" ranks Ukraine above longer names that contain it) and partly BM25
   * relevance; a match in quotes alone scores at most 0.5. Compare within one answer only.
   */
  score: number;
  matchedIn: SearchField;
  /**
   * True when no name or alias held every word as written and this one is a typo or two away
   * ("Ukrane" finding Ukraine): a guess, which a client should show as "did you mean".
   */
  nearMiss: boolean;
  /** The best-matching quote, for a match in quotes alone. */
  citation: Citation | null;
}

export const MAX_SEARCH_RESULTS = 100;
/** The most hits one search ranks; pages beyond it are not offered. */
export const MAX_SEARCH_HITS = 1_000;
const MAX_SEARCH_TEXT = 200;
const QUOTE_WEIGHT = 0.5;

// Splits on anything that is not a letter or digit, so "UNITE – Brave NATO" and "NATO-Ukraine"
// index each word.
function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

function collapse(text: string): string {
  return tokenize(foldText(text)).join(' ');
}

const indexOptions = {
  tokenize,
  processTerm: (term: string) => foldText(term) || null,
};

/**
 * Builds the full-text index over entity names and aliases; `quotesOf` gives the relations whose
 * quotes are searched too, read only when a search first asks for quotes.
 */
export function buildSearchIndex(
  entities: readonly EntityData[],
  relations: () => readonly RelationData[] = () => [],
): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    ...indexOptions,
    fields: ['name', 'aliases'],
    storeFields: [],
    searchOptions: { boost: { name: 2 }, prefix: true },
  });
  const documents = new Map<string, SearchDocument>();
  for (const entity of entities) {
    documents.set(entity.key, {
      id: entity.key,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases.join(' | '),
      folded: { name: collapse(entity.name), aliases: entity.aliases.map(collapse) },
    });
  }
  index.addAll([...documents.values()]);
  let quotes: SearchIndex['quotes'] | undefined;
  return {
    index,
    documents,
    get quotes() {
      quotes ??= buildQuoteIndex(entities, relations());
      return quotes;
    },
  };
}

function buildQuoteIndex(entities: readonly EntityData[], relations: readonly RelationData[]) {
  const byQuote = new Map<string, QuoteDocument>();
  const add = (citation: Citation, keys: (string | null)[]) => {
    let document = byQuote.get(citation.quote);
    if (!document) {
      document = { id: byQuote.size, quote: citation.quote, citation, entities: [] };
      byQuote.set(citation.quote, document);
    }
    for (const key of keys) if (key !== null && !document.entities.includes(key)) document.entities.push(key);
  };
  for (const entity of entities) for (const citation of entity.citations) add(citation, [entity.key]);
  for (const relation of relations) {
    for (const citation of relation.citations)
      add(citation, [relation.from, relation.to, relation.recipient]);
  }
  const index = new MiniSearch<QuoteDocument>({
    ...indexOptions,
    fields: ['quote'],
    storeFields: [],
    searchOptions: { prefix: (term) => term.length >= 3 },
  });
  index.addAll([...byQuote.values()]);
  return { index, documents: new Map([...byQuote.values()].map((document) => [document.id, document])) };
}

/**
 * How alike two folded texts are as wholes, 0 to 1: one minus their edit distance over the
 * longer length. Texts of very different lengths are not compared letter by letter: their
 * length difference alone bounds the answer, and that bound is returned.
 */
export function closeness(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const bound = 1 - Math.abs(a.length - b.length) / longest;
  if (bound <= 0.5) return bound;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return 1 - (previous[b.length] as number) / longest;
}

function checkText(text: string): void {
  if (text.length > MAX_SEARCH_TEXT) {
    throw new InvalidArgumentError(
      'text',
      `text must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length}`,
    );
  }
}

/**
 * Entities matching `text`, best first (at most MAX_SEARCH_HITS): in names and aliases, and in
 * quotes when `in` includes QUOTE. Every word must match, whole or as a prefix; only when no
 * name or alias matches are near misses (one typo in 4 letters or more, two in 7 or more) tried.
 * An exact name or alias comes first, then names close to the text as a whole, then the rest by
 * relevance (see SearchHit.score); `orderBy`, when given, orders first.
 */
export function searchHits(search: SearchIndex, text: string, options: SearchOptions = {}): SearchHit[] {
  checkText(text);
  const wanted = collapse(text);
  if (wanted === '') return [];
  const fields = new Set<SearchField>(options.in && options.in.length > 0 ? options.in : ['NAME', 'ALIAS']);
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const kindOf = (key: string) => search.documents.get(key)?.kind;
  const hits = new Map<string, SearchHit>();

  const nameFields = [...(fields.has('NAME') ? ['name'] : []), ...(fields.has('ALIAS') ? ['aliases'] : [])];
  if (nameFields.length > 0) {
    const filter = kinds ? (result: { id: string }) => kinds.has(kindOf(result.id) as EntityKind) : undefined;
    let results = search.index.search(wanted, { combineWith: 'AND', fields: nameFields, filter });
    const nearMiss = results.length === 0;
    if (nearMiss) {
      results = search.index.search(wanted, {
        combineWith: 'AND',
        fields: nameFields,
        fuzzy: (term) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
        filter,
      });
    }
    const best = Math.max(...results.map((result) => result.score), Number.MIN_VALUE);
    for (const result of results) {
      const document = search.documents.get(result.id) as SearchDocument;
      const nameNear = fields.has('NAME') ? closeness(wanted, document.folded.name) : -1;
      const aliasNear = fields.has('ALIAS')
        ? Math.max(-1, ...document.folded.aliases.map((alias) => closeness(wanted, alias)))
        : -1;
      const near = Math.max(0, nameNear, aliasNear);
      const score = near === 1 ? 1 : 0.99 * (0.6 * near + 0.4 * (result.score / best));
      const matchedIn: SearchField = nameNear >= aliasNear ? 'NAME' : 'ALIAS';
      hits.set(document.id, { key: document.id, score, matchedIn, nearMiss, citation: null });
    }
  }

  if (fields.has('QUOTE')) {
    const { index, documents } = search.quotes;
    const results = index.search(wanted, { combineWith: 'AND' });
    const best = Math.max(...results.map((result) => result.score), Number.MIN_VALUE);
    for (const result of results) {
      const document = documents.get(result.id as number) as QuoteDocument;
      const score = QUOTE_WEIGHT * (result.score / best);
      for (const key of document.entities) {
        if (kinds && !kinds.has(kindOf(key) as EntityKind)) continue;
        const hit = hits.get(key);
        if (hit && hit.score >= score) continue;
        hits.set(key, { key, score, matchedIn: 'QUOTE', nearMiss: false, citation: document.citation });
      }
    }
  }

  const byRelevance = (a: SearchHit, b: SearchHit) =>
    b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const { orderBy } = options;
  return [...hits.values()]
    .sort(orderBy ? (a, b) => orderBy(a.key, b.key) || byRelevance(a, b) : byRelevance)
    .slice(0, MAX_SEARCH_HITS);
}

/** The keys of the first `first` hits (at most MAX_SEARCH_RESULTS): the plain list `search` gives. */
export function searchEntities(
  search: SearchIndex,
  text: string,
  options: SearchOptions & { first?: number } = {},
): string[] {
  const first = options.first ?? 10;
  if (!Number.isInteger(first) || first < 0 || first > MAX_SEARCH_RESULTS) {
    throw new InvalidArgumentError(
      'first',
      `first must be an integer from 0 to ${MAX_SEARCH_RESULTS}, got ${first}`,
    );
  }
  checkText(text);
  if (first === 0) return [];
  return searchHits(search, text, options)
    .slice(0, first)
    .map((hit) => hit.key);
}
