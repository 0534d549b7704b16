import type { AmountQualifier, Currency, EntityKind, RelationType } from './vocabulary.js';

/**
 * The plain shapes the graph is made of. The loader produces them from graph-data/, the graph
 * stores them as node and edge attributes, and the schema binds GraphQL types to them.
 */

/** A source document that facts cite. `text` is the body that quotes are checked against. */
export interface SourceDoc {
  key: string;
  title: string;
  url: string | null;
  publisher: string | null;
  retrieved: string | null;
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
  currency: Currency;
  qualifier: AmountQualifier;
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
  citations: Citation[];
  file: string;
}

/** Everything the loader validated, ready to become a graph. */
export interface GraphData {
  sources: SourceDoc[];
  entities: EntityData[];
  relations: RelationData[];
}
