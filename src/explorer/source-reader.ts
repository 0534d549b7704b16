import { runQuery } from './client.js';
import {
  type EntityKind,
  ExplorerSourceDocument,
  type ExplorerSourceQuery,
  ExplorerSourcesDocument,
  type ExplorerSourcesQuery,
  type NoFactReason,
  type RelationType,
  type SentenceForm,
  type SourceKind,
} from './generated/graphql.js';
import { RELATION_PHRASES } from './vocabulary.js';

/**
 * The reading view's data: a source's sentences, each with what the graph took from it, read
 * from the service's `Source.sentences` (a Relay connection) page by page. The view
 * (source-view.ts) depends only on these shapes.
 */

/** How much of a sentence the graph holds, in the service's words (`CoverageStatus`). */
export type Coverage = 'CAPTURED' | 'PARTLY_CAPTURED' | 'NOT_CAPTURED' | 'NO_FACT';

/** Each coverage in words and as a shape, so a mark reads without its colour. */
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

/** Why a sentence states no fact of the graph's kind, in a few words (`NoFactReason`). */
export const NO_FACT_REASONS: Record<NoFactReason, string> = {
  HEADING: 'a heading',
  LINK_LABEL: "a link's title",
  ABOUT_THE_PAGE: 'about the page itself',
  OPINION_NO_ACTOR: 'an opinion no one is named as holding',
  SUMMARY: 'sums up other sentences',
  FRAGMENT: 'a fragment',
};

export interface SentenceEntity {
  key: string;
  name: string;
  kind: EntityKind;
}

export interface SentenceRelation {
  key: string;
  type: RelationType;
  /** The relation as a sentence, in the service's words: "NSATU is based in Wiesbaden". */
  text: string;
  /** The amount or figure it states, word for word from its quote ("nearly 700 personnel"); null when none. */
  figure: string | null;
  from: string;
  to: string;
}

export interface SourceSentence {
  /** Position in the source, from 0, in reading order. */
  index: number;
  text: string;
  /** A sentence of running text, a heading, or the title of a link. */
  form: SentenceForm;
  /** The heading the sentence stands under (for a heading, itself); null before the first one. */
  section: string | null;
  coverage: Coverage;
  /**
   * In the curator's words: what the graph does not hold of it (partly or not captured), or why
   * it states no fact (no fact); null for a captured sentence and for one nobody accounted for.
   */
  reason: string | null;
  /** For a sentence with no fact: which kind of sentence it is. */
  noFact: NoFactReason | null;
  /** Not captured, and no curator has said why: a gap in the data. */
  unaccounted: boolean;
  /** Opens the published page at this sentence; null for a compiled source. */
  link: string | null;
  /** The entities and relations that cite this sentence. */
  entities: SentenceEntity[];
  relations: SentenceRelation[];
}

export interface SourceText {
  key: string;
  title: string;
  /** PUBLISHED: someone else's document, quoted word for word; COMPILED: this project's own words. */
  kind: SourceKind;
  publisher: string | null;
  url: string | null;
  /** For a compiled source: the pages its facts were taken from. */
  references: string[];
  sentences: SourceSentence[];
}

export interface SourceSummary {
  key: string;
  title: string;
  kind: SourceKind;
  sentences: number;
}

export interface SourceReader {
  /** The sources the graph cites, published ones first, each with its number of sentences. */
  sources(): Promise<SourceSummary[]>;
  /** One source, every sentence in order; null when the service has no source with this key. */
  read(key: string): Promise<SourceText | null>;
}

/** The service's page size cap for `Source.sentences` (the operation asks for this many). */
export const SENTENCES_PAGE = 100;

type Run = typeof runQuery;
type SentenceNode = NonNullable<ExplorerSourceQuery['source']>['sentences']['edges'][number]['node'];

/** The service gave fewer or more sentences than its own count: the page shows no partial text. */
export class IncompleteSourceError extends Error {
  override readonly name = 'IncompleteSourceError';
}

/** A sentence as the service gives it, in the view's shape. */
export function toSentence(node: SentenceNode): SourceSentence {
  return {
    index: node.index,
    text: node.text,
    form: node.form,
    section: node.section ?? null,
    coverage: node.status,
    reason: node.status === 'NO_FACT' ? (node.noFact?.explanation ?? null) : (node.notHeld ?? null),
    noFact: node.noFact?.reason ?? null,
    unaccounted: node.unaccounted,
    link: node.link ?? null,
    entities: node.entities.map(({ key, name, kind }) => ({ key, name, kind })),
    relations: node.relations.map((relation) => ({
      key: relation.key,
      type: relation.type,
      text: `${relation.from.name} ${RELATION_PHRASES[relation.type]} ${relation.to.name}`,
      figure: relation.amount?.text ?? relation.quantity?.text ?? null,
      from: relation.from.key,
      to: relation.to.key,
    })),
  };
}

/**
 * The reader the page uses: the service's `sourcesConnection` and `Source.sentences`, each page by
 * page (100 a page, the service's cap) until `hasNextPage` is false. The sentences must add up
 * to the connection's `totalCount`, in reading order, or the reader refuses the text rather than
 * show part of a source as the whole. `run` is the page's query function (a test passes its own).
 */
export function sourceReader(run: Run = runQuery): SourceReader {
  return {
    async sources() {
      const sources: SourceSummary[] = [];
      let after: string | null = null;
      // A few sources, so one page in practice; the cursors are followed all the same.
      for (let pages = 0; pages < 100; pages++) {
        const { sourcesConnection: page }: ExplorerSourcesQuery = await run(ExplorerSourcesDocument, {
          after,
        });
        for (const { node } of page.edges)
          sources.push({
            key: node.key,
            title: node.title,
            kind: node.kind,
            sentences: node.coverage.sentences,
          });
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
      return sources.sort((a, b) =>
        a.kind === b.kind ? a.title.localeCompare(b.title) : a.kind === 'PUBLISHED' ? -1 : 1,
      );
    },
    async read(key) {
      const page = (after: string | null) => run(ExplorerSourceDocument, { key, after });
      const { source } = await page(null);
      if (!source) return null;
      const total = source.sentences.totalCount;
      const sentences = source.sentences.edges.map((edge) => toSentence(edge.node));
      let { hasNextPage, endCursor } = source.sentences.pageInfo;
      // Never more pages than the count needs: a service that keeps paging is refused, not followed.
      for (let pages = 1; hasNextPage && endCursor; pages++) {
        if (pages >= Math.ceil(total / SENTENCES_PAGE))
          throw new IncompleteSourceError(`The service kept paging past ${total} sentences.`);
        const next = (await page(endCursor)).source;
        if (!next)
          throw new IncompleteSourceError(`The source “${source.title}” went away while it was read.`);
        sentences.push(...next.sentences.edges.map((edge) => toSentence(edge.node)));
        ({ hasNextPage, endCursor } = next.sentences.pageInfo);
      }
      const inOrder = sentences.every((sentence, i) => sentence.index === i);
      if (sentences.length !== total || !inOrder)
        throw new IncompleteSourceError(
          `The service gave ${sentences.length} of the ${total} sentences of “${source.title}”${inOrder ? '' : ', out of order'}.`,
        );
      return {
        key: source.key,
        title: source.title,
        kind: source.kind,
        publisher: source.publisher ?? null,
        url: source.url ?? null,
        references: source.references,
        sentences,
      };
    },
  };
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
