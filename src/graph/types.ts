import type { FundingShare, FundingStage, SumKind } from './funding-stages.js';
import type {
  AmountQualifier,
  CoverageStatus,
  Currency,
  EntityKind,
  NoFactReason,
  QuantityQualifier,
  QuantityUnit,
  RelationType,
  SourceKind,
} from './vocabulary.js';

/**
 * The plain shapes the graph is made of. The loader produces them from graph-data/, the graph
 * stores them as node and edge attributes, and the schema binds GraphQL types to them.
 */

/** A source document that facts cite. `text` is the body that quotes are checked against. */
export interface SourceDoc {
  key: string;
  title: string;
  /** PUBLISHED: someone else's document, quoted word for word. COMPILED: this project's own reference data. */
  kind: SourceKind;
  /** The document's own address; null for a COMPILED source, which exists only in graph-data/. */
  url: string | null;
  publisher: string | null;
  /** The pages a COMPILED source took its facts from (URLs); empty for a PUBLISHED one. */
  references: string[];
  retrieved: string | null;
  /**
   * The date the source speaks as of: its own date, or for an undated page the latest date it
   * mentions (a lower bound). Undated facts it states with no earlier tie are known from it.
   */
  asOf?: PartialDate | null;
  /**
   * Where the published page has a heading this copy of its text lost, each named by the start
   * of the first sentence after it: from there to the next heading, a sentence's section is
   * unknown (null) rather than the heading before, which is another section's.
   */
  headingsLost?: string[];
  /** Path relative to graph-data/, for error messages and provenance. */
  file: string;
  text: string;
}

export interface Citation {
  source: string; // SourceDoc key
  quote: string;
}

export interface Money {
  /** In units of the currency: USD 4 billion is 4000000000. */
  value: number;
  /** Null where the source names no currency ("over 4 billion"): never inferred. */
  currency: Currency | null;
  qualifier: AmountQualifier;
}

/**
 * A non-money figure as the source states it: "nearly 700 personnel" is 700 PERSONNEL NEARLY.
 * `text` is the figure word for word from one of the relation's quotes.
 */
export interface Quantity {
  value: number;
  unit: QuantityUnit;
  qualifier: QuantityQualifier;
  text: string;
  /** The year the figure is to be reached by ("5% of GDP by 2035"); not the relation's date. */
  targetYear: PartialDate | null;
}

/**
 * ISO 8601 at the precision the source gives: "2024", "2025-02" or "2025-08-13".
 */
export type PartialDate = string;

export interface EntityData {
  key: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** When the entity happened or took place (events, summits, decisions); null when undated. */
  date: PartialDate | null;
  /** Sentences that introduce or define the entity; required when `date` is set. */
  citations: Citation[];
  /** Path of the data file relative to graph-data/, for provenance and error messages. */
  file: string;
}

export interface RelationData {
  key: string;
  type: RelationType;
  from: string; // entity key
  to: string; // entity key
  amount: Money | null;
  /** A conversion the source itself states ("approximately USD 1.4 billion"); never computed. */
  statedEquivalent: Money | null;
  date: PartialDate | null;
  /** For SUPPLIES: the entity that receives what is supplied. */
  recipient: string | null;
  /** A non-money figure the source states for the relation ("nearly 700 personnel"). */
  quantity: Quantity | null;
  citations: Citation[];
  file: string;
  /** Money relations: the stage the source's verb puts the money at (src/graph/funding-stages.ts). */
  stage?: FundingStage | null;
  /** With an amount on a money relation: a discrete sum, a running or period total, or a target. */
  sumKind?: SumKind | null;
  /** The period the money is for ("2024", "for 2026"), when the source gives one: not the fact's date. */
  period?: PartialDate | null;
  /** An undated fact: the date one of its quotes ties it to, when no rule finds one (src/graph/known-from.ts). */
  knownFrom?: PartialDate | null;
  /** FUNDS or PLEDGES into a package: the funder's share of its amount, where the source states one. */
  share?: FundingShare | null;
}

/**
 * A curator's note on sentences of a source (graph-data/coverage/<source>.yaml): why they state
 * no fact of the graph's kind, or what of them the graph does not hold.
 */
export interface CoverageNote {
  source: string; // SourceDoc key
  /** The sentence as written in the note: its whole text, or a part found in one sentence only. */
  sentence: string;
  /** The sentences it applies to (indexes into the source's sentences): one, or repeats of one label. */
  indexes: number[];
  status: Exclude<CoverageStatus, 'CAPTURED'>;
  /** For NO_FACT: why. */
  reason: NoFactReason | null;
  /** NO_FACT: the reason in words; PARTLY_CAPTURED and NOT_CAPTURED: what is not held, and why. */
  note: string;
  file: string;
}

/** Everything the loader validated, ready to become a graph. */
export interface GraphData {
  sources: SourceDoc[];
  entities: EntityData[];
  relations: RelationData[];
  /** Curated coverage notes, by source and sentence. */
  coverageNotes: CoverageNote[];
}
