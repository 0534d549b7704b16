import type { EntityKind, RelationType } from './generated/graphql.js';

/**
 * The reading view's data: a source's sentences, each with what the graph took from it. The view
 * (source-view.ts) and the page depend only on these shapes, so the query behind them can follow
 * the service's `Source.sentences` (a Relay connection) without touching the view.
 */

/** How much of a sentence the graph holds, in the service's words. */
export type Coverage = 'CAPTURED' | 'PARTLY_CAPTURED' | 'NOT_CAPTURED' | 'NO_FACT';

export const COVERAGE: Record<Coverage, { label: string; mark: string; description: string }> = {
  CAPTURED: { label: 'Captured', mark: '●', description: 'held as structured facts' },
  PARTLY_CAPTURED: {
    label: 'Partly captured',
    mark: '◐',
    description: 'some of what it says is held, some only inside a quote',
  },
  NOT_CAPTURED: { label: 'Not captured', mark: '○', description: 'states a fact the graph does not hold' },
  NO_FACT: { label: 'No fact', mark: '–', description: 'a heading, a link label or a sentence with no fact' },
};

export const COVERAGE_ORDER: readonly Coverage[] = ['CAPTURED', 'PARTLY_CAPTURED', 'NOT_CAPTURED', 'NO_FACT'];

export interface SentenceEntity {
  key: string;
  name: string;
  kind: EntityKind;
}

export interface SentenceRelation {
  key: string;
  type: RelationType;
  /** The relation as a sentence: "NSATU is based in Wiesbaden". */
  text: string;
  from: string;
  to: string;
}

export interface SourceSentence {
  /** Position in the source, from 0, in reading order. */
  index: number;
  text: string;
  /** The heading the sentence stands under; null before the first one. */
  section: string | null;
  coverage: Coverage;
  /** Why the graph holds less than the sentence says, or why it holds nothing. */
  reason: string | null;
  /** The entities and relations that cite this sentence. */
  entities: SentenceEntity[];
  relations: SentenceRelation[];
}

export interface SourceText {
  key: string;
  title: string;
  url: string | null;
  sentences: SourceSentence[];
}

export interface SourceReader {
  /** The sources that have a reading view, by title. */
  sources(): Promise<{ key: string; title: string }[]>;
  /** One source, every sentence in order. */
  read(key: string): Promise<SourceText>;
}

/**
 * The reader the page uses: none yet. The service does not offer `Source.sentences` on this
 * version (issue "Nothing the source does not say" adds it); until it does, the page shows no
 * Source tab and no "read it in the source" links, rather than sentences it cannot vouch for.
 * Wiring it is one operation in src/operations/explorer/ and a reader that pages through it.
 */
export function sourceReader(): SourceReader | null {
  return null;
}

/** How many sentences have each coverage. */
export function coverageCounts(sentences: readonly SourceSentence[]): Record<Coverage, number> {
  const counts: Record<Coverage, number> = { CAPTURED: 0, PARTLY_CAPTURED: 0, NOT_CAPTURED: 0, NO_FACT: 0 };
  for (const sentence of sentences) counts[sentence.coverage]++;
  return counts;
}

/**
 * What to highlight on the drawing for a sentence: its entities, its relations, and both ends of
 * each relation (a relation is drawn between two entities, which must stand out with it).
 */
export function factsOf(sentence: SourceSentence): { entities: Set<string>; relations: Set<string> } {
  const entities = new Set(sentence.entities.map((entity) => entity.key));
  for (const relation of sentence.relations) entities.add(relation.from).add(relation.to);
  return { entities, relations: new Set(sentence.relations.map((relation) => relation.key)) };
}

/** The sentences a fact (an entity or relation key) cites, in reading order: a fact's way back to the text. */
export function sentencesCiting(sentences: readonly SourceSentence[], factKey: string): SourceSentence[] {
  return sentences.filter(
    (sentence) =>
      sentence.relations.some((relation) => relation.key === factKey) ||
      sentence.entities.some((entity) => entity.key === factKey),
  );
}
