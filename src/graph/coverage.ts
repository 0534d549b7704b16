import type { KnowledgeGraph } from './knowledge-graph.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { Citation, CoverageNote, EntityData, RelationData, SourceDoc } from './types.js';
import type { CoverageStatus } from './vocabulary.js';

/**
 * Coverage: how much of each source sentence the graph holds. The rules, applied to every
 * sentence of a source (split by {@link splitSentences}):
 *
 * 1. A fact (an entity or a relation) **quotes** a sentence when one of its citations of that
 *    source overlaps the sentence in the body. A quote found in several places (a short name
 *    such as "the 2024 Washington Summit") is listed under each, but only a quote found in one
 *    place **anchors** its fact to the sentence: only anchored facts count below.
 * 2. A curated note (graph-data/coverage/<source>.yaml) on the sentence gives its status:
 *    NO_FACT with a reason, PARTLY_CAPTURED or NOT_CAPTURED with what is not held.
 * 3. With no note, a sentence that anchors a fact is CAPTURED; one that anchors none is
 *    NOT_CAPTURED and **unaccounted for**: nobody has said why it is not held.
 *
 * The loader refuses a note that contradicts the facts: NO_FACT on a sentence that anchors a
 * fact, PARTLY_CAPTURED on one that anchors none, NOT_CAPTURED on one that anchors any.
 * Coverage counts sentences; the share captured is CAPTURED over the sentences that state a
 * fact (all but NO_FACT).
 */

/** The facts whose citations quote one sentence. */
export interface SentenceFacts {
  entities: EntityData[];
  relations: RelationData[];
  /** Keys of the facts (entity or relation) whose quote is found here and nowhere else. */
  anchoring: string[];
}

/** A fact and its citations, as {@link quotingFacts} reads them. */
type Fact = { kind: 'entity'; item: EntityData } | { kind: 'relation'; item: RelationData };

/** Where each occurrence of `quote` starts in `body`; overlapping occurrences included. */
function occurrences(body: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = body.indexOf(quote); at !== -1; at = body.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The sentences a span of the body overlaps, found by binary search (sentences are in order). */
function overlapping(sentences: readonly Sentence[], start: number, end: number): Sentence[] {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const hits: Sentence[] = [];
  for (let i = low; i < sentences.length && sentences[i]!.start < end; i++) hits.push(sentences[i]!);
  return hits;
}

/**
 * For each sentence of a source, the entities and relations whose citations of that source
 * quote it (rule 1 above), in the order the facts are given.
 */
export function quotingFacts(
  sourceKey: string,
  body: string,
  sentences: readonly Sentence[],
  facts: Iterable<Fact>,
): SentenceFacts[] {
  const result: SentenceFacts[] = sentences.map(() => ({ entities: [], relations: [], anchoring: [] }));
  const seen = sentences.map(() => new Set<string>());
  for (const fact of facts) {
    const id = `${fact.kind}:${fact.item.key}`;
    for (const citation of fact.item.citations as readonly Citation[]) {
      if (citation.source !== sourceKey) continue;
      const starts = occurrences(body, citation.quote);
      const anchored = starts.length === 1;
      for (const start of starts) {
        for (const sentence of overlapping(sentences, start, start + citation.quote.length)) {
          const slot = result[sentence.index]!;
          if (anchored && !slot.anchoring.includes(fact.item.key)) slot.anchoring.push(fact.item.key);
          if (seen[sentence.index]!.has(id)) continue;
          seen[sentence.index]!.add(id);
          if (fact.kind === 'entity') slot.entities.push(fact.item);
          else slot.relations.push(fact.item);
        }
      }
    }
  }
  return result;
}

/** One sentence of a source with what the graph holds of it. */
export interface SourceSentence extends Sentence {
  source: string;
  status: CoverageStatus;
  /** The curated note, if any: why NO_FACT, or what is not held. */
  note: CoverageNote | null;
  /** True for a NOT_CAPTURED sentence with no note: nobody has said why it is not held. */
  unaccounted: boolean;
  entities: EntityData[];
  relations: RelationData[];
}

/** Sentence counts of one source by status. */
export interface SourceCoverage {
  sentences: number;
  captured: number;
  partlyCaptured: number;
  notCaptured: number;
  noFact: number;
  /** Sentences that state a fact: all but NO_FACT. */
  factual: number;
  /** NOT_CAPTURED sentences without a note. */
  unaccounted: number;
  /** captured / factual; null when no sentence states a fact. */
  capturedShare: number | null;
}

/** The status of a sentence from its note and its anchored facts (rules 2 and 3). */
function statusOf(note: CoverageNote | null, facts: SentenceFacts): CoverageStatus {
  if (note !== null) return note.status;
  return facts.anchoring.length > 0 ? 'CAPTURED' : 'NOT_CAPTURED';
}

/** Reads a source's sentences with their facts, notes and status. */
export function readSourceSentences(
  source: SourceDoc,
  facts: Iterable<Fact>,
  notes: readonly CoverageNote[],
): SourceSentence[] {
  const sentences = splitSentences(source.text, source.headingsLost);
  const quoted = quotingFacts(source.key, source.text, sentences, facts);
  const noteAt = new Map<number, CoverageNote>();
  for (const note of notes) {
    if (note.source !== source.key) continue;
    for (const index of note.indexes) noteAt.set(index, note);
  }
  return sentences.map((sentence) => {
    const note = noteAt.get(sentence.index) ?? null;
    const sentenceFacts = quoted[sentence.index]!;
    const status = statusOf(note, sentenceFacts);
    return {
      ...sentence,
      source: source.key,
      status,
      note,
      unaccounted: status === 'NOT_CAPTURED' && note === null,
      entities: sentenceFacts.entities,
      relations: sentenceFacts.relations,
    };
  });
}

/** Counts sentences by status. */
export function countCoverage(sentences: readonly SourceSentence[]): SourceCoverage {
  const count = (status: CoverageStatus) => sentences.filter((s) => s.status === status).length;
  const captured = count('CAPTURED');
  const noFact = count('NO_FACT');
  const factual = sentences.length - noFact;
  return {
    sentences: sentences.length,
    captured,
    partlyCaptured: count('PARTLY_CAPTURED'),
    notCaptured: count('NOT_CAPTURED'),
    noFact,
    factual,
    unaccounted: sentences.filter((s) => s.unaccounted).length,
    capturedShare: factual === 0 ? null : captured / factual,
  };
}

/** Every entity and relation of a graph as facts, entities first, each in key order. */
function factsOf(kg: KnowledgeGraph): Fact[] {
  const entities = kg.graph.mapNodes((_key, item): Fact => ({ kind: 'entity', item }));
  const relations = kg.graph.mapEdges((_key, item): Fact => ({ kind: 'relation', item }));
  const byKey = (a: Fact, b: Fact) => (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0);
  return [...entities.sort(byKey), ...relations.sort(byKey)];
}

const sentenceCache = new WeakMap<KnowledgeGraph, Map<string, SourceSentence[]>>();

/**
 * The sentences of a source in the loaded graph, with their facts and status; null for an
 * unknown source. Worked out on first use and kept for the life of the loaded graph, so a
 * large graph pays nothing for it until someone asks.
 */
export function sentencesOfSource(kg: KnowledgeGraph, sourceKey: string): SourceSentence[] | null {
  const source = kg.sources.get(sourceKey);
  if (source === undefined) return null;
  let bySource = sentenceCache.get(kg);
  if (bySource === undefined) {
    bySource = new Map();
    sentenceCache.set(kg, bySource);
  }
  let sentences = bySource.get(sourceKey);
  if (sentences === undefined) {
    sentences = readSourceSentences(source, factsOf(kg), kg.coverageNotes);
    bySource.set(sourceKey, sentences);
  }
  return sentences;
}

/** Counts of a source's sentences by status; null for an unknown source. */
export function coverageOfSource(kg: KnowledgeGraph, sourceKey: string): SourceCoverage | null {
  const sentences = sentencesOfSource(kg, sourceKey);
  return sentences === null ? null : countCoverage(sentences);
}

/**
 * The sentences of its source that a citation's quote overlaps: each place the quote is found.
 * Empty when the source is unknown.
 */
export function sentencesOfCitation(kg: KnowledgeGraph, citation: Citation): SourceSentence[] {
  const sentences = sentencesOfSource(kg, citation.source);
  if (sentences === null) return [];
  const source = kg.sources.get(citation.source)!;
  const hits = new Map<number, SourceSentence>();
  for (const start of occurrences(source.text, citation.quote)) {
    for (const sentence of overlapping(sentences, start, start + citation.quote.length)) {
      hits.set(sentence.index, sentences[sentence.index]!);
    }
  }
  return [...hits.values()].sort((a, b) => a.index - b.index);
}
