import { closestMatch } from './closest-match.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { searchHits } from './search.js';
import type { EntityKind } from './vocabulary.js';

/** Longer text is no mistyped key or name: search refuses it, and no hint is looked for. */
const MAX_SUGGESTION_TEXT = 200;
/** The most entities one hint names (an alias shared by several). */
const MAX_SUGGESTIONS = 3;

/**
 * The keys a client probably meant when it gave `text` where an entity key belongs: the entities
 * whose name or alias is `text`, compared as search compares (case, accents and punctuation
 * ignored: "UK" → united-kingdom, "turkiye" → turkiye); else the one key within a typo or two of
 * `text` ("germny" → germany). Only entities of `kinds`, when given. Empty when neither, or when
 * `text` is a key already.
 *
 * Candidates come from the search index (one search, as `searchConnection` makes), not from a
 * pass over every key, so a refused argument costs no more on a large graph than a search does.
 */
export function suggestEntityKeys(
  kg: KnowledgeGraph,
  text: string,
  kinds: readonly EntityKind[] | null = null,
): string[] {
  if (text.length > MAX_SUGGESTION_TEXT || kg.graph.hasNode(text)) return [];
  const hits = searchHits(kg.search, text, { kinds, in: ['NAME', 'ALIAS'] });
  // Score 1 is an exact name or alias (SearchHit.score).
  const exact = hits.filter((hit) => hit.score === 1).map((hit) => hit.key);
  if (exact.length > 0) return exact.slice(0, MAX_SUGGESTIONS);
  const closest = closestMatch(
    text,
    hits.map((hit) => hit.key),
  );
  return closest === null ? [] : [closest];
}

/**
 * The end of a message refusing `text` as an entity key: `; did you mean "united-kingdom"
 * (United Kingdom)?`, or "" when there is nothing to suggest.
 */
export function didYouMeanEntity(
  kg: KnowledgeGraph,
  text: string,
  kinds: readonly EntityKind[] | null = null,
): string {
  const keys = suggestEntityKeys(kg, text, kinds);
  if (keys.length === 0) return '';
  const named = keys.map((key) => `"${key}" (${kg.graph.getNodeAttributes(key).name})`);
  return `; did you mean ${named.join(' or ')}?`;
}
