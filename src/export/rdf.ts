import { DataFactory, Writer, type Quad } from 'n3';
import { forEachEntity, forEachRelation, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import type {
  Citation,
  EntityData,
  Money,
  PartialDate,
  Quantity,
  RelationData,
  SourceDoc,
} from '../graph/types.js';
import type { EntityKind } from '../graph/vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

/**
 * Every IRI in the RDF exports starts here: `entity/<key>`, `relation/<key>`, `source/<key>`,
 * and the vocabulary under `vocab/`. The `.example` top-level domain is reserved (RFC 2606),
 * so these IRIs are stable names that never collide with anyone else's and never resolve.
 */
export const EXPORT_BASE_IRI = 'https://ukraine-support-graph.example/';
/** Classes (`Entity`, `Relation`, `Citation`, `Source`, one per kind) and properties of the export. */
export const VOCAB_IRI = `${EXPORT_BASE_IRI}vocab/`;

const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS_NS = 'http://www.w3.org/2000/01/rdf-schema#';
const XSD_NS = 'http://www.w3.org/2001/XMLSchema#';

const iri = (kind: 'entity' | 'relation' | 'source', key: string): string =>
  `${EXPORT_BASE_IRI}${kind}/${encodeURIComponent(key)}`;
export const entityIri = (key: string): string => iri('entity', key);
export const relationIri = (key: string): string => iri('relation', key);
export const sourceIri = (key: string): string => iri('source', key);
const citationIri = (owner: string, position: number): string => `${owner}/citation/${position}`;

/** COUNTRY → Country: the class name of a kind. */
export function kindClassName(kind: EntityKind): string {
  return kind
    .split('_')
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join('');
}

/**
 * The XSD type that matches a date's precision: "2024" gYear, "2025-02" gYearMonth,
 * "2025-08-13" date; null for text that is not an ISO date (a source's free-text `retrieved`).
 */
function dateDatatype(date: string): string | null {
  if (/^\d{4}$/.test(date)) return `${XSD_NS}gYear`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${XSD_NS}gYearMonth`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${XSD_NS}date`;
  return null;
}

/** A number in xsd:decimal's lexical form, which has no exponent ("4e+21" is not a decimal). */
function decimalLexical(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`An amount must be a finite number, got ${value}`);
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(20).replace(/0+$/, '');
}

/** Builds quads about one subject. */
class Subject {
  constructor(
    private readonly quads: Quad[],
    readonly iri: string,
  ) {}

  link(predicate: string, object: string): this {
    this.quads.push(quad(namedNode(this.iri), namedNode(predicate), namedNode(object)));
    return this;
  }

  text(predicate: string, value: string | null): this {
    if (value !== null) this.quads.push(quad(namedNode(this.iri), namedNode(predicate), literal(value)));
    return this;
  }

  typed(predicate: string, value: string, datatype: string): this {
    this.quads.push(quad(namedNode(this.iri), namedNode(predicate), literal(value, namedNode(datatype))));
    return this;
  }

  /** A date typed by its precision; text that is not a date stays a plain string. */
  date(predicate: string, value: PartialDate | null): this {
    if (value === null) return this;
    const datatype = dateDatatype(value);
    return datatype === null ? this.text(predicate, value) : this.typed(predicate, value, datatype);
  }

  money(prefix: 'amount' | 'statedEquivalent', money: Money | null): this {
    if (money === null) return this;
    return this.typed(`${VOCAB_IRI}${prefix}Value`, decimalLexical(money.value), `${XSD_NS}decimal`)
      .text(`${VOCAB_IRI}${prefix}Currency`, money.currency)
      .text(`${VOCAB_IRI}${prefix}Qualifier`, money.qualifier);
  }

  quantity(quantity: Quantity | null): this {
    if (quantity === null) return this;
    return this.typed(`${VOCAB_IRI}quantityValue`, decimalLexical(quantity.value), `${XSD_NS}decimal`)
      .text(`${VOCAB_IRI}quantityUnit`, quantity.unit)
      .text(`${VOCAB_IRI}quantityQualifier`, quantity.qualifier)
      .text(`${VOCAB_IRI}quantityText`, quantity.text)
      .date(`${VOCAB_IRI}quantityTargetYear`, quantity.targetYear);
  }

  citations(citations: readonly Citation[]): this {
    citations.forEach((citation, index) => {
      const node = new Subject(this.quads, citationIri(this.iri, index + 1));
      this.link(`${VOCAB_IRI}citation`, node.iri);
      node
        .link(`${RDF_NS}type`, `${VOCAB_IRI}Citation`)
        .typed(`${VOCAB_IRI}position`, String(index + 1), `${XSD_NS}integer`)
        .link(`${VOCAB_IRI}source`, sourceIri(citation.source))
        .text(`${VOCAB_IRI}quote`, citation.quote);
    });
    return this;
  }
}

function addSource(quads: Quad[], source: SourceDoc): void {
  const subject = new Subject(quads, sourceIri(source.key))
    .link(`${RDF_NS}type`, `${VOCAB_IRI}Source`)
    .text(`${VOCAB_IRI}key`, source.key)
    .text(`${RDFS_NS}label`, source.title)
    .text(`${VOCAB_IRI}sourceKind`, source.kind)
    .text(`${VOCAB_IRI}publisher`, source.publisher)
    .date(`${VOCAB_IRI}retrieved`, source.retrieved)
    .date(`${VOCAB_IRI}asOf`, source.asOf ?? null);
  if (source.url !== null) subject.link(`${VOCAB_IRI}url`, source.url);
  for (const reference of source.references) subject.link(`${VOCAB_IRI}reference`, reference);
}

function addEntity(quads: Quad[], entity: EntityData): void {
  const subject = new Subject(quads, entityIri(entity.key))
    .link(`${RDF_NS}type`, `${VOCAB_IRI}Entity`)
    .link(`${RDF_NS}type`, `${VOCAB_IRI}${kindClassName(entity.kind)}`)
    .text(`${VOCAB_IRI}key`, entity.key)
    .text(`${RDFS_NS}label`, entity.name)
    .text(`${VOCAB_IRI}kind`, entity.kind);
  for (const alias of entity.aliases) subject.text(`${VOCAB_IRI}alias`, alias);
  subject.date(`${VOCAB_IRI}date`, entity.date).citations(entity.citations);
}

function addRelation(quads: Quad[], relation: RelationData, directTriples: Set<string>): void {
  const from = entityIri(relation.from);
  const to = entityIri(relation.to);
  const predicate = `${VOCAB_IRI}${relation.type}`;
  // Each relation twice. The direct triple lets SPARQL walk the graph with property paths
  // (?country vocab:FUNDS/vocab:PACKAGE_OF ?programme). But a triple cannot carry an amount, a
  // date or citations, and two relations with the same ends and type would be one triple; so a
  // node per relation (standard RDF reification: rdf:subject, rdf:predicate, rdf:object) carries
  // them, named by the relation's key.
  const direct = `${from} ${predicate} ${to}`;
  if (!directTriples.has(direct)) {
    directTriples.add(direct);
    new Subject(quads, from).link(predicate, to);
  }
  const subject = new Subject(quads, relationIri(relation.key))
    .link(`${RDF_NS}type`, `${RDF_NS}Statement`)
    .link(`${RDF_NS}type`, `${VOCAB_IRI}Relation`)
    .text(`${VOCAB_IRI}key`, relation.key)
    .link(`${RDF_NS}subject`, from)
    .link(`${RDF_NS}predicate`, predicate)
    .link(`${RDF_NS}object`, to)
    .money('amount', relation.amount)
    .money('statedEquivalent', relation.statedEquivalent)
    .quantity(relation.quantity)
    .date(`${VOCAB_IRI}date`, relation.date)
    .text(`${VOCAB_IRI}stage`, relation.stage ?? null)
    .text(`${VOCAB_IRI}sumKind`, relation.sumKind ?? null)
    .date(`${VOCAB_IRI}period`, relation.period ?? null)
    .date(`${VOCAB_IRI}knownFrom`, relation.knownFrom ?? null)
    .text(`${VOCAB_IRI}share`, relation.share ?? null);
  if (relation.recipient !== null) subject.link(`${VOCAB_IRI}recipient`, entityIri(relation.recipient));
  subject.citations(relation.citations);
}

/**
 * The graph as RDF quads (all in the default graph), no triple twice: sources, then entities,
 * then relations, each in load order. Dates are typed by their precision, amounts are
 * xsd:decimal.
 */
export function toRdfQuads(kg: KnowledgeGraph): Quad[] {
  const quads: Quad[] = [];
  for (const source of kg.sources.values()) addSource(quads, source);
  forEachEntity(kg, (entity) => addEntity(quads, entity));
  const directTriples = new Set<string>();
  forEachRelation(kg, (relation) => addRelation(quads, relation, directTriples));
  return quads;
}

/**
 * The graph as N-Triples, one triple a line, written by n3 in canonical form (so escaping is
 * n3's, not ours).
 */
export function toNTriples(kg: KnowledgeGraph): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(toRdfQuads(kg));
}

/** A JSON-LD node: a plain JSON object. */
export type JsonLdNode = Record<string, unknown>;

export interface JsonLdDocument {
  '@context': Record<string, unknown>;
  '@graph': JsonLdNode[];
}

/**
 * The terms of the JSON-LD export. They expand to the same IRIs as the N-Triples, except that
 * the JSON-LD leaves out the direct triples (each relation is one object) and gives dates as
 * plain strings, which JSON readers can use as they are.
 */
export const JSON_LD_CONTEXT = {
  '@base': EXPORT_BASE_IRI,
  '@vocab': VOCAB_IRI,
  rdf: RDF_NS,
  rdfs: RDFS_NS,
  xsd: XSD_NS,
  name: 'rdfs:label',
  title: 'rdfs:label',
  aliases: 'alias',
  citations: 'citation',
  // A definition without @id takes its IRI from @vocab (vocab/source), the same as the N-Triples.
  source: { '@type': '@id' },
  url: { '@type': '@id' },
  references: { '@id': 'reference', '@type': '@id' },
  type: { '@id': 'rdf:predicate', '@type': '@vocab' },
  from: { '@id': 'rdf:subject', '@type': '@id' },
  to: { '@id': 'rdf:object', '@type': '@id' },
  recipient: { '@type': '@id' },
  amountValue: { '@type': 'xsd:decimal' },
  statedEquivalentValue: { '@type': 'xsd:decimal' },
  quantityValue: { '@type': 'xsd:decimal' },
} as const;

// IRIs relative to @base, so the JSON reads "entity/germany" rather than the whole IRI.
const relative = (absolute: string): string => absolute.slice(EXPORT_BASE_IRI.length);

function jsonLdCitations(owner: string, citations: readonly Citation[]): JsonLdNode[] {
  return citations.map((citation, index) => ({
    '@id': relative(citationIri(owner, index + 1)),
    '@type': 'Citation',
    position: index + 1,
    source: relative(sourceIri(citation.source)),
    quote: citation.quote,
  }));
}

/**
 * The graph as a JSON-LD document: one object per source, entity and relation in `@graph`.
 * Absent values are `null` (JSON-LD ignores them), so every object of a sort has the same keys.
 */
export function toJsonLdDocument(kg: KnowledgeGraph): JsonLdDocument {
  const graph: JsonLdNode[] = [];
  for (const source of kg.sources.values()) {
    graph.push({
      '@id': relative(sourceIri(source.key)),
      '@type': 'Source',
      key: source.key,
      title: source.title,
      sourceKind: source.kind,
      url: source.url,
      publisher: source.publisher,
      references: source.references,
      retrieved: source.retrieved,
      asOf: source.asOf ?? null,
    });
  }
  forEachEntity(kg, (entity) => {
    const id = entityIri(entity.key);
    graph.push({
      '@id': relative(id),
      '@type': ['Entity', kindClassName(entity.kind)],
      key: entity.key,
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      date: entity.date,
      citations: jsonLdCitations(id, entity.citations),
    });
  });
  forEachRelation(kg, (relation) => {
    const id = relationIri(relation.key);
    graph.push({
      '@id': relative(id),
      '@type': ['rdf:Statement', 'Relation'],
      key: relation.key,
      type: relation.type,
      from: relative(entityIri(relation.from)),
      to: relative(entityIri(relation.to)),
      amountValue: relation.amount?.value ?? null,
      amountCurrency: relation.amount?.currency ?? null,
      amountQualifier: relation.amount?.qualifier ?? null,
      statedEquivalentValue: relation.statedEquivalent?.value ?? null,
      statedEquivalentCurrency: relation.statedEquivalent?.currency ?? null,
      statedEquivalentQualifier: relation.statedEquivalent?.qualifier ?? null,
      date: relation.date,
      recipient: relation.recipient === null ? null : relative(entityIri(relation.recipient)),
      quantityValue: relation.quantity?.value ?? null,
      quantityUnit: relation.quantity?.unit ?? null,
      quantityQualifier: relation.quantity?.qualifier ?? null,
      quantityText: relation.quantity?.text ?? null,
      quantityTargetYear: relation.quantity?.targetYear ?? null,
      stage: relation.stage ?? null,
      sumKind: relation.sumKind ?? null,
      period: relation.period ?? null,
      knownFrom: relation.knownFrom ?? null,
      share: relation.share ?? null,
      citations: jsonLdCitations(id, relation.citations),
    });
  });
  return { '@context': JSON_LD_CONTEXT, '@graph': graph };
}

/** The JSON-LD document as text, indented for people who open it. */
export function toJsonLd(kg: KnowledgeGraph): string {
  return `${JSON.stringify(toJsonLdDocument(kg), null, 2)}\n`;
}
