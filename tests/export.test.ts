import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { childEnv, testTempDir } from './support/temp-dir.js';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { Parser as NTriplesParser, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildKnowledgeGraph,
  forEachEntity,
  forEachRelation,
  getRelation,
  type KnowledgeGraph,
} from '../src/graph/knowledge-graph.js';
import type { Citation, EntityData, Money, Quantity, RelationData, SourceDoc } from '../src/graph/types.js';
import { createApp, type App } from '../src/yoga.js';
import { toGexf } from '../src/export/gexf.js';
import { EXPORT_BASE_IRI, VOCAB_IRI, kindClassName, toJsonLd, toNTriples } from '../src/export/rdf.js';
import { cypherString, toCypher } from '../src/export/cypher.js';
import { loadRealGraph } from './support/client.js';
import { openKnowledgeGraph } from '../src/load/open-graph.js';
import { FIXTURE_SOURCE, entity, relation, usd } from './support/fixtures.js';

// Each export is read back by an independent reader (graphology-gexf's parser, n3's parser,
// JSON.parse, a parser for the Cypher literals the script uses) into the shape below, and
// compared with what the graph holds: nothing dropped, nothing garbled.

type PortableEntity = Omit<EntityData, 'file'>;
type PortableRelation = Omit<RelationData, 'file'>;
type PortableSource = Omit<SourceDoc, 'file' | 'text' | 'asOf'> & { asOf: string | null };
interface PortableGraph {
  sources: PortableSource[];
  entities: PortableEntity[];
  relations: PortableRelation[];
}

/** What an export must carry, read through the graph's accessors. */
function portable(kg: KnowledgeGraph): PortableGraph {
  const entities: PortableEntity[] = [];
  const relations: PortableRelation[] = [];
  forEachEntity(kg, ({ file: _file, ...rest }) => entities.push(rest));
  forEachRelation(kg, ({ file: _file, ...rest }) => relations.push(rest));
  const sources = [...kg.sources.values()].map(
    ({ key, title, kind, url, publisher, references, retrieved, asOf }) => ({
      key,
      title,
      kind,
      url,
      publisher,
      references,
      retrieved,
      asOf: asOf ?? null,
    }),
  );
  return { sources, entities, relations };
}

/** The money tags of a relation, as an export gives them back: only those it has, as in the graph. */
const fundingTags = (
  stage: unknown,
  sumKind: unknown,
  period: unknown,
  knownFrom: unknown,
  share: unknown,
): Pick<RelationData, 'stage' | 'sumKind' | 'period' | 'knownFrom' | 'share'> =>
  Object.fromEntries(
    Object.entries({ stage, sumKind, period, knownFrom, share })
      .map(([name, value]) => [name, optionalText(value)])
      .filter(([, value]) => value !== null),
  );

const text = (value: unknown): string => {
  if (typeof value !== 'string') throw new TypeError(`expected a string, got ${JSON.stringify(value)}`);
  return value;
};
const optionalText = (value: unknown): string | null =>
  value === undefined || value === null ? null : text(value);
const strings = (value: unknown): string[] => (value as unknown[]).map(text);
const money = (value: unknown, currency: unknown, qualifier: unknown): Money | null =>
  value === undefined || value === null
    ? null
    : ({ value: Number(value), currency: optionalText(currency), qualifier: text(qualifier) } as Money);
const quantity = (
  value: unknown,
  unit: unknown,
  qualifier: unknown,
  quantityText: unknown,
  targetYear: unknown,
): Quantity | null =>
  value === undefined || value === null
    ? null
    : ({
        value: Number(value),
        unit: text(unit),
        qualifier: text(qualifier),
        text: text(quantityText),
        targetYear: optionalText(targetYear),
      } as Quantity);
const citationsFromJson = (json: unknown): Citation[] =>
  (JSON.parse(text(json)) as { source: unknown; quote: unknown }[]).map((c) => ({
    source: text(c.source),
    quote: text(c.quote),
  }));

// ---------------------------------------------------------------- GEXF

function readGexf(gexf: string): PortableGraph {
  const graph = parseGexf(MultiDirectedGraph, gexf, { respectInputGraphType: true });
  const sources = (JSON.parse(text(graph.getAttribute('sources'))) as Record<string, unknown>[]).map((s) => ({
    key: text(s.key),
    title: text(s.title),
    kind: text(s.kind) as SourceDoc['kind'],
    url: optionalText(s.url),
    publisher: optionalText(s.publisher),
    references: strings(s.references),
    retrieved: optionalText(s.retrieved),
    asOf: optionalText(s.asOf),
  }));
  const entities = graph.mapNodes(
    (key, a): PortableEntity => ({
      key,
      name: text(a.label),
      kind: text(a.kind) as EntityData['kind'],
      aliases: strings(JSON.parse(text(a.aliases))),
      date: optionalText(a.date),
      citations: citationsFromJson(a.citations),
    }),
  );
  const relations = graph.mapEdges(
    (key, a, from, to): PortableRelation => ({
      key,
      type: text(a.kind) as RelationData['type'],
      from,
      to,
      amount: money(a.amount_value, a.amount_currency, a.amount_qualifier),
      statedEquivalent: money(
        a.stated_equivalent_value,
        a.stated_equivalent_currency,
        a.stated_equivalent_qualifier,
      ),
      date: optionalText(a.date),
      recipient: optionalText(a.recipient),
      quantity: quantity(
        a.quantity_value,
        a.quantity_unit,
        a.quantity_qualifier,
        a.quantity_text,
        a.quantity_target_year,
      ),
      ...fundingTags(a.stage, a.sum_kind, a.period, a.known_from, a.share),
      citations: citationsFromJson(a.citations),
    }),
  );
  return { sources, entities, relations };
}

// ---------------------------------------------------------------- N-Triples

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const v = (term: string): string => `${VOCAB_IRI}${term}`;
const keyOf = (iri: string, kind: 'entity' | 'source'): string => {
  const prefix = `${EXPORT_BASE_IRI}${kind}/`;
  if (!iri.startsWith(prefix)) throw new Error(`${iri} is not an ${kind} IRI`);
  return decodeURIComponent(iri.slice(prefix.length));
};

/** The triples of an N-Triples document, grouped by subject, in document order. */
class TripleIndex {
  readonly bySubject = new Map<string, Quad[]>();
  constructor(readonly quads: Quad[]) {
    for (const q of quads) {
      const list = this.bySubject.get(q.subject.value);
      if (list) list.push(q);
      else this.bySubject.set(q.subject.value, [q]);
    }
  }
  objects(subject: string, predicate: string): Quad['object'][] {
    return (this.bySubject.get(subject) ?? [])
      .filter((q) => q.predicate.value === predicate)
      .map((q) => q.object);
  }
  one(subject: string, predicate: string): string | null {
    const objects = this.objects(subject, predicate);
    if (objects.length > 1) throw new Error(`${subject} has ${objects.length} ${predicate}`);
    return objects[0]?.value ?? null;
  }
  subjectsOfType(type: string): string[] {
    return [...this.bySubject.keys()].filter((s) =>
      this.objects(s, `${RDF}type`).some((o) => o.value === type),
    );
  }
  citations(subject: string): Citation[] {
    return this.objects(subject, v('citation'))
      .map((node) => ({
        position: Number(this.one(node.value, v('position'))),
        source: keyOf(text(this.one(node.value, v('source'))), 'source'),
        quote: text(this.one(node.value, v('quote'))),
      }))
      .sort((a, b) => a.position - b.position)
      .map(({ source, quote }) => ({ source, quote }));
  }
}

function readNTriples(nt: string): { graph: PortableGraph; index: TripleIndex } {
  const index = new TripleIndex(new NTriplesParser({ format: 'N-Triples' }).parse(nt));
  const moneyOf = (s: string, prefix: string) =>
    money(
      index.one(s, v(`${prefix}Value`)),
      index.one(s, v(`${prefix}Currency`)),
      index.one(s, v(`${prefix}Qualifier`)),
    );
  const sources = index.subjectsOfType(v('Source')).map((s) => ({
    key: text(index.one(s, v('key'))),
    title: text(index.one(s, `${RDFS}label`)),
    kind: text(index.one(s, v('sourceKind'))) as SourceDoc['kind'],
    url: index.one(s, v('url')),
    publisher: index.one(s, v('publisher')),
    references: index.objects(s, v('reference')).map((o) => o.value),
    retrieved: index.one(s, v('retrieved')),
    asOf: index.one(s, v('asOf')),
  }));
  const entities = index.subjectsOfType(v('Entity')).map(
    (s): PortableEntity => ({
      key: text(index.one(s, v('key'))),
      name: text(index.one(s, `${RDFS}label`)),
      kind: text(index.one(s, v('kind'))) as EntityData['kind'],
      aliases: index.objects(s, v('alias')).map((o) => o.value),
      date: index.one(s, v('date')),
      citations: index.citations(s),
    }),
  );
  const relations = index.subjectsOfType(v('Relation')).map((s): PortableRelation => {
    const recipient = index.one(s, v('recipient'));
    return {
      key: text(index.one(s, v('key'))),
      type: text(index.one(s, `${RDF}predicate`)).slice(VOCAB_IRI.length) as RelationData['type'],
      from: keyOf(text(index.one(s, `${RDF}subject`)), 'entity'),
      to: keyOf(text(index.one(s, `${RDF}object`)), 'entity'),
      amount: moneyOf(s, 'amount'),
      statedEquivalent: moneyOf(s, 'statedEquivalent'),
      date: index.one(s, v('date')),
      recipient: recipient === null ? null : keyOf(recipient, 'entity'),
      quantity: quantity(
        index.one(s, v('quantityValue')),
        index.one(s, v('quantityUnit')),
        index.one(s, v('quantityQualifier')),
        index.one(s, v('quantityText')),
        index.one(s, v('quantityTargetYear')),
      ),
      ...fundingTags(
        index.one(s, v('stage')),
        index.one(s, v('sumKind')),
        index.one(s, v('period')),
        index.one(s, v('knownFrom')),
        index.one(s, v('share')),
      ),
      citations: index.citations(s),
    };
  });
  return { graph: { sources, entities, relations }, index };
}

// ---------------------------------------------------------------- JSON-LD

type JsonNode = Record<string, unknown>;

function readJsonLd(jsonld: string): PortableGraph {
  const document = JSON.parse(jsonld) as { '@context': JsonNode; '@graph': JsonNode[] };
  const ofType = (type: string) =>
    document['@graph'].filter((node) => ([] as unknown[]).concat(node['@type']).includes(type));
  const strip = (prefix: string, value: unknown) =>
    value === null ? null : text(value).slice(prefix.length);
  const citations = (value: unknown): Citation[] =>
    (value as JsonNode[]).map((c) => ({ source: text(strip('source/', c.source)), quote: text(c.quote) }));
  return {
    sources: ofType('Source').map((s) => ({
      key: text(s.key),
      title: text(s.title),
      kind: text(s.sourceKind) as SourceDoc['kind'],
      url: optionalText(s.url),
      publisher: optionalText(s.publisher),
      references: strings(s.references),
      retrieved: optionalText(s.retrieved),
      asOf: optionalText(s.asOf),
    })),
    entities: ofType('Entity').map((e) => ({
      key: text(e.key),
      name: text(e.name),
      kind: text(e.kind) as EntityData['kind'],
      aliases: strings(e.aliases),
      date: optionalText(e.date),
      citations: citations(e.citations),
    })),
    relations: ofType('Relation').map((r) => ({
      key: text(r.key),
      type: text(r.type) as RelationData['type'],
      from: text(strip('entity/', r.from)),
      to: text(strip('entity/', r.to)),
      amount: money(r.amountValue, r.amountCurrency, r.amountQualifier),
      statedEquivalent: money(
        r.statedEquivalentValue,
        r.statedEquivalentCurrency,
        r.statedEquivalentQualifier,
      ),
      date: optionalText(r.date),
      recipient: strip('entity/', r.recipient),
      quantity: quantity(
        r.quantityValue,
        r.quantityUnit,
        r.quantityQualifier,
        r.quantityText,
        r.quantityTargetYear,
      ),
      ...fundingTags(r.stage, r.sumKind, r.period, r.knownFrom, r.share),
      citations: citations(r.citations),
    })),
  };
}

// ---------------------------------------------------------------- Cypher

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'word' | 'symbol'; value: string };
type CypherLiteral = string | number | boolean | null | CypherLiteral[] | { [key: string]: CypherLiteral };

const CYPHER_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
};

/** Splits a script into tokens: the literals the export writes, words, symbols; skips comments. */
function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    const space = /^\s+/.exec(rest) ?? /^\/\/[^\n]*/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (script[i] === "'") {
      let value = '';
      i++;
      while (script[i] !== "'") {
        if (i >= script.length) throw new Error('unterminated string');
        if (script[i] === '\\') {
          const next = script[i + 1]!;
          if (next === 'u') {
            value += String.fromCharCode(parseInt(script.slice(i + 2, i + 6), 16));
            i += 6;
          } else if (next in CYPHER_ESCAPES) {
            value += CYPHER_ESCAPES[next];
            i += 2;
          } else {
            throw new Error(`invalid escape \\${next}`);
          }
        } else {
          value += script[i];
          i++;
        }
      }
      i++;
      tokens.push({ kind: 'string', value });
      continue;
    }
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (word) {
      tokens.push({ kind: 'word', value: word[0] });
      i += word[0].length;
      continue;
    }
    tokens.push({ kind: 'symbol', value: script[i]! });
    i++;
  }
  return tokens;
}

/** Reads one literal (map, list, string, number, boolean, null) at `tokens[at]`. */
function readLiteral(tokens: Token[], at: number): [CypherLiteral, number] {
  const token = tokens[at];
  if (!token) throw new Error('expected a literal, found the end');
  if (token.kind === 'string' || token.kind === 'number') return [token.value, at + 1];
  if (token.kind === 'word' && ['null', 'true', 'false'].includes(token.value)) {
    return [token.value === 'null' ? null : token.value === 'true', at + 1];
  }
  const expect = (position: number, symbol: string) => {
    if (tokens[position]?.value !== symbol) throw new Error(`expected ${symbol} at token ${position}`);
  };
  if (token.value === '[') {
    const list: CypherLiteral[] = [];
    let i = at + 1;
    while (tokens[i]?.value !== ']') {
      const [item, next] = readLiteral(tokens, i);
      list.push(item);
      i = tokens[next]?.value === ',' ? next + 1 : next;
    }
    return [list, i + 1];
  }
  if (token.value === '{') {
    const map: Record<string, CypherLiteral> = {};
    let i = at + 1;
    while (tokens[i]?.value !== '}') {
      const key = tokens[i];
      if (key?.kind !== 'word') throw new Error(`expected a map key at token ${i}`);
      expect(i + 1, ':');
      const [item, next] = readLiteral(tokens, i + 2);
      map[key.value] = item;
      i = tokens[next]?.value === ',' ? next + 1 : next;
    }
    return [map, i + 1];
  }
  throw new Error(`unexpected ${token.value} at token ${at}`);
}

interface CypherStatement {
  tokens: Token[];
  rows: Record<string, CypherLiteral>[];
}

/** The script's statements, each with the rows of its UNWIND list (none for other statements). */
function readCypherStatements(script: string): CypherStatement[] {
  const tokens = tokenize(script);
  const statements: CypherStatement[] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'symbol' && token.value === ';') {
      const rows =
        current[0]?.value === 'UNWIND' ? (readLiteral(current, 1)[0] as Record<string, CypherLiteral>[]) : [];
      statements.push({ tokens: current, rows });
      current = [];
    } else {
      current.push(token);
    }
  }
  if (current.length > 0)
    throw new Error(`the script ends without a semicolon after: ${current.map((t) => t.value).join(' ')}`);
  return statements;
}

/** The word after the last `<before> :` in a statement, such as the label in `SET entity:Country`. */
function nameAfter(statement: CypherStatement, before: string): string | null {
  const i = statement.tokens.findLastIndex(
    (t, at) => t.kind === 'word' && t.value === before && statement.tokens[at + 1]?.value === ':',
  );
  return i < 0 ? null : text(statement.tokens[i + 2]?.value);
}

function readCypher(script: string): PortableGraph & { labels: Map<string, string> } {
  const statements = readCypherStatements(script);
  const graph: PortableGraph & { labels: Map<string, string> } = {
    sources: [],
    entities: [],
    relations: [],
    labels: new Map(),
  };
  const citations = (row: Record<string, CypherLiteral>): Citation[] => {
    const sources = strings(row.citation_sources);
    const quotes = strings(row.citation_quotes);
    expect(quotes).toHaveLength(sources.length);
    return sources.map((source, i) => ({ source, quote: quotes[i]! }));
  };
  for (const statement of statements) {
    const label = nameAfter(statement, 'entity');
    const type = nameAfter(statement, 'relation');
    if (nameAfter(statement, 'source') === 'Source' && statement.rows.length > 0) {
      graph.sources.push(
        ...statement.rows.map((row) => ({
          key: text(row.key),
          title: text(row.title),
          kind: text(row.kind) as SourceDoc['kind'],
          url: optionalText(row.url),
          publisher: optionalText(row.publisher),
          references: strings(row.references),
          retrieved: optionalText(row.retrieved),
          asOf: optionalText(row.asOf),
        })),
      );
    } else if (label && label !== 'Entity') {
      for (const row of statement.rows) {
        graph.labels.set(text(row.key), label);
        graph.entities.push({
          key: text(row.key),
          name: text(row.name),
          kind: text(row.kind) as EntityData['kind'],
          aliases: strings(row.aliases),
          date: optionalText(row.date),
          citations: citations(row),
        });
      }
    } else if (type) {
      for (const row of statement.rows) {
        const p = row.properties as Record<string, CypherLiteral>;
        graph.relations.push({
          key: text(p.key),
          type: type as RelationData['type'],
          from: text(row.from_key),
          to: text(row.to_key),
          amount: money(p.amount_value, p.amount_currency, p.amount_qualifier),
          statedEquivalent: money(
            p.stated_equivalent_value,
            p.stated_equivalent_currency,
            p.stated_equivalent_qualifier,
          ),
          date: optionalText(p.date),
          recipient: optionalText(p.recipient),
          quantity: quantity(
            p.quantity_value,
            p.quantity_unit,
            p.quantity_qualifier,
            p.quantity_text,
            p.quantity_target_year,
          ),
          ...fundingTags(p.stage, p.sum_kind, p.period, p.known_from, p.share),
          citations: citations(p),
        });
      }
    }
  }
  return graph;
}

// The order of the sources, entities and relations in an export is not part of its meaning.
const byKey = <T extends { key: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => a.key.localeCompare(b.key));
const normalised = (graph: PortableGraph): PortableGraph => ({
  sources: byKey(graph.sources),
  entities: byKey(graph.entities),
  relations: byKey(graph.relations),
});

// ---------------------------------------------------------------- the awkward fixture

/** Everything that needs escaping somewhere: quotes, backslashes, line breaks, markup, emoji. */
const AWKWARD = `He said "don't" \\ C:\\path\\n <b>&amp;</b> ]]> --> \nsecond line\r\n\ttabbed – 😀 Zürich`;

function awkwardGraph(): KnowledgeGraph {
  const source = {
    ...FIXTURE_SOURCE,
    title: `Source <${AWKWARD}>`,
    publisher: "O'Brien & Sons",
    retrieved: '2026-01',
  };
  const compiled: SourceDoc = {
    ...FIXTURE_SOURCE,
    key: 'compiled-reference',
    title: 'Reference data compiled for this graph',
    kind: 'COMPILED',
    url: null,
    publisher: 'this project',
    references: ['https://example.org/members?list=all&lang=en', 'https://example.org/other#part'],
  };
  const cite = (quote: string): Citation => ({ source: source.key, quote });
  return buildKnowledgeGraph({
    sources: [source, compiled],
    coverageNotes: [],
    entities: [
      entity('quoted-country', 'COUNTRY', `Côte "d'Ivoire" \\ <&>`, {
        aliases: ['a|b', 'x, y', '["bracketed"]', '😀 emoji', ''],
        date: '2025-08-13',
        citations: [cite(AWKWARD), cite('plain')],
      }),
      entity('package', 'PACKAGE', 'Package', { date: '2025-02', citations: [cite('Package sentence')] }),
      entity('programme', 'PROGRAMME', AWKWARD),
      entity('drones', 'RESOURCE', 'Drones'),
    ],
    relations: [
      relation('funds', 'FUNDS', 'quoted-country', 'package', {
        date: '2025',
        citations: [cite(AWKWARD), cite('second\nquote')],
      }),
      // The same ends and type again: a parallel edge, which no format may merge away.
      relation('funds-again', 'FUNDS', 'quoted-country', 'package'),
      relation('package-of', 'PACKAGE_OF', 'package', 'programme', {
        amount: usd(500_000_000),
        statedEquivalent: { value: 460_000_000.5, currency: 'EUR', qualifier: 'ABOUT' },
        date: '2025-08-13',
      }),
      relation('supplies', 'SUPPLIES', 'quoted-country', 'drones', {
        recipient: 'programme',
        amount: usd(4_000_000_000, 'OVER'),
      }),
      relation('has', 'HAS', 'programme', 'drones', {
        quantity: {
          value: 3.5,
          unit: 'PERCENT_OF_GDP',
          qualifier: 'AT_LEAST',
          text: AWKWARD,
          targetYear: '2035',
        },
        citations: [{ source: 'compiled-reference', quote: 'compiled sentence' }],
      }),
    ],
  });
}

// ---------------------------------------------------------------- the curated shapes

/**
 * Every shape of fact the curated data holds, once, with names from it: a published source that
 * speaks as of a date and a compiled one with its references; Germany, a member of NATO since
 * 1955, announcing a package of PURL for USD 500 million; money with no currency stated, with a
 * stated conversion, for a period, with a share and a known-from date; a quote with an en dash; a
 * figure with a target year; a supply with its recipient; dates to the year, the month and the day.
 */
function curatedShapesGraph(): KnowledgeGraph {
  const page: SourceDoc = {
    ...FIXTURE_SOURCE,
    key: 'page',
    title: "NATO's support for Ukraine",
    url: 'https://example.org/page',
    publisher: 'NATO',
    retrieved: '2025-12-10',
    asOf: '2025-12-10',
  };
  const members: SourceDoc = {
    ...FIXTURE_SOURCE,
    key: 'members',
    title: 'Member countries, compiled for this graph',
    kind: 'COMPILED',
    url: null,
    publisher: 'this project',
    references: ['https://example.org/members'],
  };
  const cite = (quote: string, source = page.key): Citation => ({ source, quote });
  return buildKnowledgeGraph({
    sources: [page, members],
    coverageNotes: [],
    entities: [
      entity('germany', 'COUNTRY', 'Germany', { citations: [cite('Germany', members.key)] }),
      entity('nato', 'ORGANISATION', 'NATO', {
        aliases: ['North Atlantic Treaty Organization', 'the Alliance'],
      }),
      entity('nato-allies', 'GROUP', 'NATO Allies'),
      entity('ukraine', 'COUNTRY', 'Ukraine'),
      entity('purl', 'PROGRAMME', 'Prioritised Ukraine Requirements List', { aliases: ['PURL'] }),
      entity('pkg-germany', 'PACKAGE', 'PURL package to be funded by Germany (13 August 2025)', {
        date: '2025-08-13',
        citations: [cite('Germany to fund $500 million PURL package for Ukraine, 13 August 2025')],
      }),
      entity('unite', 'PROGRAMME', 'UNITE – Brave NATO', { date: '2025-11' }),
      entity('pledge', 'COMMITMENT', 'Pledge of Long-Term Security Assistance'),
      entity('gdp-target', 'COMMITMENT', '5% of GDP on defence'),
      entity('drones', 'RESOURCE', 'Drones'),
    ],
    relations: [
      relation('germany-member-of-nato', 'MEMBER_OF', 'germany', 'nato', {
        date: '1955',
        citations: [cite('Germany 1955', members.key)],
      }),
      relation('germany-funds-pkg-germany', 'FUNDS', 'germany', 'pkg-germany', {
        date: '2025-08-13',
        stage: 'ANNOUNCED',
        citations: [cite('Germany to fund $500 million PURL package for Ukraine, 13 August 2025')],
      }),
      relation(GERMAN_PACKAGE, 'PACKAGE_OF', 'pkg-germany', 'purl', {
        amount: usd(500e6),
        date: '2025-08-13',
        stage: 'ANNOUNCED',
        sumKind: 'DISCRETE',
        citations: [cite('Germany to fund $500 million PURL package for Ukraine, 13 August 2025')],
      }),
      relation('nato-funds-unite', 'FUNDS', 'nato', 'unite', {
        date: '2025-11',
        amount: { value: 10e6, currency: 'EUR', qualifier: 'UP_TO' },
        stage: 'ANNOUNCED',
        share: 'EQUAL',
        citations: [
          cite('The first round will provide up to EUR 10 million, allocated equally by NATO and Ukraine.'),
        ],
      }),
      relation('allies-fund-purl-over-4-billion', 'FUNDS', 'nato-allies', 'purl', {
        amount: { value: 4e9, currency: null, qualifier: 'OVER' },
        date: '2025-12-10',
        stage: 'ANNOUNCED',
        sumKind: 'RUNNING_TOTAL',
        citations: [
          cite('NATO Allies and partners fund over 4 billion in PURL packages for Ukraine, 10 December 2025'),
        ],
      }),
      relation(EN_DASH_RELATION, 'FUNDS', 'nato-allies', 'pledge', {
        amount: { value: 50e9, currency: 'EUR', qualifier: 'OVER' },
        statedEquivalent: { value: 57e9, currency: 'USD', qualifier: 'ABOUT' },
        stage: 'PROVIDED',
        sumKind: 'PERIOD_TOTAL',
        period: '2024',
        knownFrom: '2024-12-31',
        citations: [cite('In 2024, Allies – individually or together – provided over EUR 50 billion.')],
      }),
      relation('allies-commit-to-gdp-target', 'COMMITS_TO', 'nato-allies', 'gdp-target', {
        quantity: {
          value: 5,
          unit: 'PERCENT_OF_GDP',
          qualifier: 'EXACT',
          text: '5% of GDP',
          targetYear: '2035',
        },
      }),
      relation('allies-supply-drones', 'SUPPLIES', 'nato-allies', 'drones', { recipient: 'ukraine' }),
    ],
  });
}

// ---------------------------------------------------------------- tests

let kg: KnowledgeGraph;
let expected: PortableGraph;
let counts: { entities: number; relations: number; citations: number };
beforeAll(() => {
  kg = curatedShapesGraph();
  expected = portable(kg);
  counts = {
    entities: expected.entities.length,
    relations: expected.relations.length,
    citations: kg.citationCount,
  };
});

const GERMAN_PACKAGE = 'pkg-germany-of-purl';
const EN_DASH_RELATION = 'allies-fund-pledge-2024-over-eur-50-billion';

describe('the export endpoints', () => {
  let app: App;
  beforeAll(() => {
    app = createApp({ current: kg });
  });

  it('answers an unknown format with a 404 that lists the formats', async () => {
    const response = await app.fetch('http://test/export/graph.xml');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: string; formats: { path: string }[] };
    expect(body.error).toBe('No export at /export/graph.xml.');
    expect(body.formats.map((format) => format.path)).toEqual([
      '/export/graph.gexf',
      '/export/graph.nt',
      '/export/graph.jsonld',
      '/export/graph.cypher',
    ]);
  });

  it('answers /export itself with the same 404 and list', async () => {
    const response = await app.fetch('http://test/export');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { formats: unknown[] }).formats).toHaveLength(4);
  });

  it('refuses a POST with a 405 and an Allow header', async () => {
    const response = await app.fetch('http://test/export/graph.nt', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    ['gexf', 'application/gexf+xml; charset=utf-8', (body: string) => readGexf(body)],
    ['nt', 'application/n-triples; charset=utf-8', (body: string) => readNTriples(body).graph],
    ['jsonld', 'application/ld+json; charset=utf-8', (body: string) => readJsonLd(body)],
    ['cypher', 'text/plain; charset=utf-8', (body: string) => readCypher(body)],
  ])('serves /export/graph.%s as %s, a download that reads back whole', async (name, contentType, read) => {
    const response = await app.fetch(`http://test/export/graph.${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="ukraine-support-graph.${name}"`,
    );
    const graph = read(await response.text());
    expect(graph.entities).toHaveLength(counts.entities);
    expect(graph.relations).toHaveLength(counts.relations);
    expect(graph.relations.find((r) => r.key === GERMAN_PACKAGE)?.amount).toEqual({
      value: 500000000,
      currency: 'USD',
      qualifier: 'EXACT',
    });
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await app.fetch('http://test/export/graph.cypher', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(toCypher(kg)));
  });

  it('links every export from the index page', async () => {
    const html = await (await app.fetch('http://test/')).text();
    for (const name of ['gexf', 'nt', 'jsonld', 'cypher'])
      expect(html).toContain(`href="/export/graph.${name}"`);
  });
});

describe('the GEXF export', () => {
  it('reads back, through graphology-gexf, as every entity, relation and source of the graph', () => {
    expect(normalised(readGexf(toGexf(kg)))).toEqual(normalised(expected));
  });

  it('labels nodes with names and edges with relation types, and says so in GEXF 1.3', () => {
    const gexf = toGexf(kg);
    expect(gexf).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    const graph = parseGexf(MultiDirectedGraph, gexf);
    expect(graph.order).toBe(counts.entities);
    expect(graph.size).toBe(counts.relations);
    expect(graph.getNodeAttributes('germany')).toMatchObject({ label: 'Germany', kind: 'COUNTRY' });
    expect(graph.getEdgeAttributes(GERMAN_PACKAGE)).toMatchObject({
      label: 'PACKAGE_OF',
      kind: 'PACKAGE_OF',
      amount_value: 500000000,
      amount_currency: 'USD',
      amount_qualifier: 'EXACT',
      date: '2025-08-13',
    });
    expect(graph.source(GERMAN_PACKAGE)).toBe('pkg-germany');
    expect(graph.target(GERMAN_PACKAGE)).toBe('purl');
  });

  it('keeps awkward strings and parallel edges exactly', () => {
    const awkward = awkwardGraph();
    const read = readGexf(toGexf(awkward));
    expect(read).toEqual(portable(awkward));
    expect(read.entities.find((e) => e.key === 'programme')?.name).toBe(AWKWARD);
  });
});

describe('the N-Triples export', () => {
  it('reads back, through n3, as every entity, relation and source of the graph', () => {
    expect(normalised(readNTriples(toNTriples(kg)).graph)).toEqual(normalised(expected));
  });

  it('has one triple a line, none twice, and as many as the graph has facts', () => {
    const nt = toNTriples(kg);
    const { index } = readNTriples(nt);
    const lines = nt.trimEnd().split('\n');
    expect(index.quads).toHaveLength(lines.length);
    expect(new Set(lines).size).toBe(lines.length);
    // Per entity: 2 types, key, label, kind, each alias, the date, 5 triples per citation.
    // Per relation: 2 types, key, subject, predicate, object, 3 per amount (2 with no stated
    // currency), the date, the recipient, 4 or 5 per quantity (value, unit, qualifier, text,
    // target year), each money tag, 5 per citation; plus the direct triple, once per distinct
    // (from, type, to). Per source: type, key, label, kind, and url, publisher, retrieved, asOf
    // and each reference when given.
    const citationTriples = 5 * counts.citations;
    let expectedCount = citationTriples;
    for (const e of expected.entities) expectedCount += 5 + e.aliases.length + (e.date ? 1 : 0);
    for (const r of expected.relations) {
      const moneyTriples = (money: Money | null) => (money ? (money.currency === null ? 2 : 3) : 0);
      const tags = [r.stage, r.sumKind, r.period, r.knownFrom, r.share].filter((tag) => tag != null).length;
      expectedCount +=
        6 +
        moneyTriples(r.amount) +
        moneyTriples(r.statedEquivalent) +
        (r.date ? 1 : 0) +
        (r.recipient ? 1 : 0) +
        (r.quantity ? 4 + (r.quantity.targetYear ? 1 : 0) : 0) +
        tags;
    }
    expectedCount += new Set(expected.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).size;
    for (const s of expected.sources)
      expectedCount +=
        4 +
        (s.url ? 1 : 0) +
        (s.publisher ? 1 : 0) +
        (s.retrieved ? 1 : 0) +
        s.references.length +
        (s.asOf ? 1 : 0);
    expect(index.quads).toHaveLength(expectedCount);
    expect(index.subjectsOfType(v('Entity'))).toHaveLength(counts.entities);
    expect(index.subjectsOfType(v('Relation'))).toHaveLength(counts.relations);
    expect(index.subjectsOfType(v('Citation'))).toHaveLength(counts.citations);
  });

  it('states the German PURL package as a direct triple and as a relation node with its amount', () => {
    const { index } = readNTriples(toNTriples(kg));
    const germany = `${EXPORT_BASE_IRI}entity/germany`;
    const pkg = `${EXPORT_BASE_IRI}entity/pkg-germany`;
    expect(index.objects(germany, v('FUNDS')).map((o) => o.value)).toContain(pkg);
    expect(index.objects(pkg, v('PACKAGE_OF')).map((o) => o.value)).toEqual([
      `${EXPORT_BASE_IRI}entity/purl`,
    ]);
    const node = `${EXPORT_BASE_IRI}relation/${GERMAN_PACKAGE}`;
    const [value] = index.objects(node, v('amountValue'));
    expect(value).toMatchObject({ value: '500000000', datatype: { value: `${XSD}decimal` } });
    expect(index.one(node, v('amountCurrency'))).toBe('USD');
    expect(index.objects(node, v('date'))[0]).toMatchObject({
      value: '2025-08-13',
      datatype: { value: `${XSD}date` },
    });
  });

  it('types each date by its precision', () => {
    const { index } = readNTriples(toNTriples(kg));
    const datatypeOf = (relationKey: string) =>
      index.objects(`${EXPORT_BASE_IRI}relation/${relationKey}`, v('date'))[0];
    expect(datatypeOf('germany-member-of-nato')).toMatchObject({
      value: '1955',
      datatype: { value: `${XSD}gYear` },
    });
    // The Pledge's "over EUR 50 billion in 2024" is for the year 2024 (its period), typed the same way.
    expect(index.objects(`${EXPORT_BASE_IRI}relation/${EN_DASH_RELATION}`, v('period'))[0]).toMatchObject({
      value: '2024',
      datatype: { value: `${XSD}gYear` },
    });
    const yearMonth = expected.relations.find((r) => /^\d{4}-\d{2}$/.test(r.date ?? ''));
    expect(datatypeOf(yearMonth!.key)).toMatchObject({ datatype: { value: `${XSD}gYearMonth` } });
  });

  it('keeps a quote with an en dash byte for byte', () => {
    const { index } = readNTriples(toNTriples(kg));
    const quote = getRelation(kg, EN_DASH_RELATION)!.citations[0]!.quote;
    expect(quote).toContain('–');
    expect(index.one(`${EXPORT_BASE_IRI}relation/${EN_DASH_RELATION}/citation/1`, v('quote'))).toBe(quote);
  });

  it('keeps awkward strings exactly, and writes one direct triple for parallel relations', () => {
    const awkward = awkwardGraph();
    const { graph, index } = readNTriples(toNTriples(awkward));
    expect(graph).toEqual(portable(awkward));
    expect(index.objects(`${EXPORT_BASE_IRI}entity/quoted-country`, v('FUNDS'))).toHaveLength(1);
    expect(index.objects(`${EXPORT_BASE_IRI}relation/package-of`, v('statedEquivalentValue'))[0]?.value).toBe(
      '460000000.5',
    );
  });
});

describe('the JSON-LD export', () => {
  it('reads back, as plain JSON, as every entity, relation and source of the graph', () => {
    expect(normalised(readJsonLd(toJsonLd(kg)))).toEqual(normalised(expected));
  });

  it('has a context that maps its terms to the vocabulary and the base IRI', () => {
    const document = JSON.parse(toJsonLd(kg)) as { '@context': JsonNode; '@graph': JsonNode[] };
    expect(document['@context']).toMatchObject({
      '@base': EXPORT_BASE_IRI,
      '@vocab': VOCAB_IRI,
      name: 'rdfs:label',
    });
    const germany = document['@graph'].find((node) => node['@id'] === 'entity/germany');
    expect(germany).toMatchObject({ '@type': ['Entity', 'Country'], name: 'Germany', kind: 'COUNTRY' });
    const pkg = document['@graph'].find((node) => node['@id'] === `relation/${GERMAN_PACKAGE}`);
    expect(pkg).toMatchObject({
      type: 'PACKAGE_OF',
      from: 'entity/pkg-germany',
      to: 'entity/purl',
      amountValue: 500000000,
      amountCurrency: 'USD',
      date: '2025-08-13',
    });
  });

  it('keeps awkward strings exactly', () => {
    const awkward = awkwardGraph();
    expect(readJsonLd(toJsonLd(awkward))).toEqual(portable(awkward));
  });
});

describe('the Cypher export', () => {
  it('ends every statement with a semicolon', () => {
    expect(() => readCypherStatements(`${toCypher(kg)}\nMATCH (n) RETURN n`)).toThrow(
      /ends without a semicolon/,
    );
    expect(() => readCypherStatements(toCypher(kg))).not.toThrow();
  });

  it('creates the key constraints first, then batches with UNWIND', () => {
    const statements = readCypherStatements(toCypher(kg));
    const words = statements.map((s) =>
      s.tokens
        .slice(0, 3)
        .map((t) => t.value)
        .join(' '),
    );
    expect(words.slice(0, 2)).toEqual(['CREATE CONSTRAINT entity_key', 'CREATE CONSTRAINT source_key']);
    expect(words.slice(2).every((w) => w.startsWith('UNWIND ['))).toBe(true);
    // One statement for the sources, one per kind and one per relation type.
    const kinds = new Set(expected.entities.map((e) => e.kind)).size;
    const types = new Set(expected.relations.map((r) => r.type)).size;
    expect(statements).toHaveLength(2 + 1 + kinds + types);
  });

  it('reads back as every entity, relation and source of the graph', () => {
    const { labels: _labels, ...graph } = readCypher(toCypher(kg));
    expect(normalised(graph)).toEqual(normalised(expected));
  });

  it('splits a kind or relation type into statements of batchRows rows, one transaction each', () => {
    const whole = readCypherStatements(toCypher(kg));
    const batched = readCypherStatements(toCypher(kg, { batchRows: 1 }));
    // One row per statement: as many statements as sources, entities and relations.
    const rows = expected.entities.length + expected.relations.length + kg.sources.size;
    expect(batched).toHaveLength(2 + rows);
    expect(batched.length).toBeGreaterThan(whole.length);
    const { labels: _labels, ...graph } = readCypher(toCypher(kg, { batchRows: 1 }));
    expect(normalised(graph)).toEqual(normalised(expected));
  });

  it('labels each entity :Entity and its kind, and gives the German package its amount', () => {
    const read = readCypher(toCypher(kg));
    expect(read.labels.get('germany')).toBe('Country');
    for (const e of read.entities) expect(read.labels.get(e.key)).toBe(kindClassName(e.kind));
    const script = toCypher(kg);
    expect(script).toContain('MERGE (entity:Entity {key: row.key})\nSET entity:Country, entity += row;');
    expect(script).toContain('MERGE (a)-[relation:PACKAGE_OF {key: row.properties.key}]->(b)');
    expect(read.relations.find((r) => r.key === GERMAN_PACKAGE)).toMatchObject({
      type: 'PACKAGE_OF',
      from: 'pkg-germany',
      to: 'purl',
      amount: { value: 500000000, currency: 'USD', qualifier: 'EXACT' },
    });
  });

  it('escapes quotes, backslashes and control characters, and keeps unicode as it is', () => {
    expect(cypherString(`it's a \\ "test"\n\t\u0001 – 😀`)).toBe(`'it\\'s a \\\\ "test"\\n\\t\\u0001 – 😀'`);
  });

  it('keeps awkward strings and parallel relations exactly', () => {
    const awkward = awkwardGraph();
    const { labels: _labels, ...graph } = readCypher(toCypher(awkward));
    expect(normalised(graph)).toEqual(normalised(portable(awkward)));
  });
});

describe('npm run export', () => {
  const exportCli = (args: string[], env: Record<string, string> = {}) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/export-cli.ts', ...args], {
      encoding: 'utf8',
      env: childEnv(env),
    });

  it('refuses an unknown flag with exit code 2 and the usage on stderr', async () => {
    const failure = (await exportCli(['--formt', 'nt']).catch((error: unknown) => error)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain("export: Unknown option '--formt'");
    expect(failure.stderr).toContain('Usage: npm run export -- --format gexf|nt|jsonld|cypher [--out FILE]');
  });

  it('writes the chosen format to the file given by --out, from the folder in GRAPH_DATA_DIR', async () => {
    const data = testTempDir('export-data');
    for (const folder of ['sources', 'entities', 'relations']) mkdirSync(join(data, folder));
    writeFileSync(
      join(data, 'sources', 'doc.md'),
      '---\ntitle: "Doc"\nsource: https://example.org/doc\n---\nGermany is a member of NATO.\n',
    );
    writeFileSync(
      join(data, 'entities', 'things.yaml'),
      'entities:\n  - key: germany\n    name: Germany\n    kind: COUNTRY\n  - key: nato\n    name: NATO\n    kind: ORGANISATION\n',
    );
    writeFileSync(
      join(data, 'relations', 'membership.yaml'),
      'relations:\n  - key: germany-member-of-nato\n    type: MEMBER_OF\n    from: germany\n    to: nato\n' +
        '    citations:\n      - source: doc\n        quote: "Germany is a member of NATO."\n',
    );
    const out = join(testTempDir('export'), 'graph.nt');
    const { stdout, stderr } = await exportCli(['--format', 'nt', '--out', out], { GRAPH_DATA_DIR: data });
    expect(stdout).toBe('');
    expect(stderr).toContain(`of nt to ${out}`);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(toNTriples(await openKnowledgeGraph(data, { cacheDir: null })));
    expect(written).toContain(
      `<${EXPORT_BASE_IRI}entity/germany> <${VOCAB_IRI}MEMBER_OF> <${EXPORT_BASE_IRI}entity/nato>`,
    );
  });
});

describe('every export of the curated data', () => {
  let curated: KnowledgeGraph;
  let whole: PortableGraph;
  beforeAll(async () => {
    curated = await loadRealGraph();
    whole = normalised(portable(curated));
  });

  it('reads back as every entity, relation and source of graph-data/, in each format', () => {
    expect(normalised(readGexf(toGexf(curated)))).toEqual(whole);
    expect(normalised(readNTriples(toNTriples(curated)).graph)).toEqual(whole);
    expect(normalised(readJsonLd(toJsonLd(curated)))).toEqual(whole);
    const { labels: _labels, ...cypher } = readCypher(toCypher(curated));
    expect(normalised(cypher)).toEqual(whole);
  });
});
