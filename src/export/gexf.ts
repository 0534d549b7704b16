import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { forEachEntity, forEachRelation, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Citation, Money, Quantity } from '../graph/types.js';
import { exportedSources } from './sources.js';

/** Node attributes as they appear in the GEXF file: flat scalars, lists as JSON strings. */
export interface GexfNodeAttributes {
  label: string;
  kind: string;
  /** JSON array of strings. */
  aliases: string;
  date: string | null;
  /** JSON array of `{ source, quote }`. */
  citations: string;
}

/** Edge attributes as they appear in the GEXF file; `label` and `kind` both carry the relation type. */
export interface GexfEdgeAttributes {
  label: string;
  kind: string;
  amount_value: number | null;
  amount_currency: string | null;
  amount_qualifier: string | null;
  stated_equivalent_value: number | null;
  stated_equivalent_currency: string | null;
  stated_equivalent_qualifier: string | null;
  date: string | null;
  recipient: string | null;
  quantity_value: number | null;
  quantity_unit: string | null;
  quantity_qualifier: string | null;
  quantity_text: string | null;
  quantity_target_year: string | null;
  /** Money relations: stage, sum kind, period, and a `knownFrom` or `share` where the data gives them. */
  stage: string | null;
  sum_kind: string | null;
  period: string | null;
  known_from: string | null;
  share: string | null;
  /** JSON array of `{ source, quote }`. */
  citations: string;
}

/**
 * Graph-level metadata written in `<meta>`: the sources, as a JSON array of `{ key, title,
 * kind, url, publisher, references, retrieved, asOf }` (kind PUBLISHED or COMPILED).
 */
export interface GexfGraphAttributes {
  creator: string;
  description: string;
  sources: string;
}

const citationsJson = (citations: readonly Citation[]): string =>
  JSON.stringify(citations.map(({ source, quote }) => ({ source, quote })));

function quantityAttributes(quantity: Quantity | null) {
  return {
    quantity_value: quantity?.value ?? null,
    quantity_unit: quantity?.unit ?? null,
    quantity_qualifier: quantity?.qualifier ?? null,
    quantity_text: quantity?.text ?? null,
    quantity_target_year: quantity?.targetYear ?? null,
  };
}

function moneyAttributes(money: Money | null) {
  return {
    value: money?.value ?? null,
    currency: money?.currency ?? null,
    qualifier: money?.qualifier ?? null,
  };
}

/**
 * The graph as GEXF 1.3, for Gephi (0.9.3 or later) and other tools that read GEXF. Node ids are
 * entity keys and edge ids relation keys; every edge is directed and carries its relation type
 * as `kind` (GEXF 1.3's way of telling parallel edges apart) and as `label`. GEXF attributes are
 * scalars, so lists (aliases, citations) are JSON strings; null fields are left out, as GEXF
 * does for empty values. The sources go in `<meta>` as a JSON string.
 */
export function toGexf(kg: KnowledgeGraph): string {
  // A graph of its own with flat attributes, so the file does not depend on how the knowledge
  // graph stores its attributes.
  const exported = new MultiDirectedGraph<GexfNodeAttributes, GexfEdgeAttributes, GexfGraphAttributes>({
    allowSelfLoops: true,
  });
  exported.replaceAttributes({
    creator: 'ukraine-support-graph',
    description: "A cited knowledge graph of NATO's support for Ukraine",
    sources: JSON.stringify(exportedSources(kg)),
  });
  forEachEntity(kg, (entity) => {
    exported.addNode(entity.key, {
      label: entity.name,
      kind: entity.kind,
      aliases: JSON.stringify(entity.aliases),
      date: entity.date,
      citations: citationsJson(entity.citations),
    });
  });
  forEachRelation(kg, (relation) => {
    const amount = moneyAttributes(relation.amount);
    const statedEquivalent = moneyAttributes(relation.statedEquivalent);
    exported.addDirectedEdgeWithKey(relation.key, relation.from, relation.to, {
      label: relation.type,
      kind: relation.type,
      amount_value: amount.value,
      amount_currency: amount.currency,
      amount_qualifier: amount.qualifier,
      stated_equivalent_value: statedEquivalent.value,
      stated_equivalent_currency: statedEquivalent.currency,
      stated_equivalent_qualifier: statedEquivalent.qualifier,
      date: relation.date,
      recipient: relation.recipient,
      ...quantityAttributes(relation.quantity),
      stage: relation.stage ?? null,
      sum_kind: relation.sumKind ?? null,
      period: relation.period ?? null,
      known_from: relation.knownFrom ?? null,
      share: relation.share ?? null,
      citations: citationsJson(relation.citations),
    });
  });
  return write(exported, {
    version: '1.3',
    formatNode: (_key, { label, ...attributes }) => ({ label, attributes }),
    formatEdge: (_key, { label, kind, ...attributes }) => ({ label, kind, attributes }),
  });
}
