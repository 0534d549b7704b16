import { forEachEntity, forEachRelation, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { Citation, EntityData, Money, RelationData } from '../graph/types.js';
import { kindClassName } from './rdf.js';
import { exportedSources } from './sources.js';

/** The values the script writes as literals: what Neo4j can store as properties, plus maps. */
export type CypherValue =
  | string
  | number
  | boolean
  | null
  | readonly CypherValue[]
  | { readonly [key: string]: CypherValue };

// Escapes with a short form in Cypher; other control characters become \uXXXX.
const SHORT_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A single-quoted Cypher string literal. Backslash, quote and control characters are escaped;
 * everything else, accents and emoji included, is written as it is (the script is UTF-8).
 */
export function cypherString(value: string): string {
  const escaped = value.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be escaped
    /[\\'\u0000-\u001f\u007f\u2028\u2029]/g,
    (character) => SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A name as Cypher reads it: bare when it is a plain identifier, else in backticks. */
export function cypherName(name: string): string {
  return IDENTIFIER.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** A Cypher literal for a value: strings, numbers, booleans, null, lists and maps. */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Cypher has no literal for ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: CypherValue) => cypherLiteral(item)).join(', ')}]`;
  const entries = Object.entries(value as { readonly [key: string]: CypherValue });
  return `{${entries.map(([key, item]) => `${cypherName(key)}: ${cypherLiteral(item)}`).join(', ')}}`;
}

/** `UNWIND [ ...rows, one a line... ] AS row` followed by the body. */
function unwind(rows: readonly CypherValue[], body: string, batchRows: number): string[] {
  const statements: string[] = [];
  for (let start = 0; start < rows.length; start += batchRows) {
    const batch = rows.slice(start, start + batchRows);
    statements.push(
      `UNWIND [\n${batch.map((row) => `  ${cypherLiteral(row)}`).join(',\n')}\n] AS row\n${body};`,
    );
  }
  return statements;
}

/**
 * Rows per UNWIND statement: each statement is one transaction in cypher-shell, so a graph of a
 * million entities loads in transactions of this size rather than one that needs Neo4j's heap
 * to hold it all.
 */
export const CYPHER_BATCH_ROWS = 10_000;

// Neo4j properties are scalars or lists of scalars, so a citation list becomes two parallel lists.
const citationProperties = (citations: readonly Citation[]) => ({
  citation_sources: citations.map((citation) => citation.source),
  citation_quotes: citations.map((citation) => citation.quote),
});

const moneyProperties = (prefix: 'amount' | 'stated_equivalent', money: Money | null) => ({
  [`${prefix}_value`]: money?.value ?? null,
  [`${prefix}_currency`]: money?.currency ?? null,
  [`${prefix}_qualifier`]: money?.qualifier ?? null,
});

function entityRow(entity: EntityData): CypherValue {
  return {
    key: entity.key,
    name: entity.name,
    kind: entity.kind,
    aliases: entity.aliases,
    date: entity.date,
    ...citationProperties(entity.citations),
  };
}

function relationRow(relation: RelationData): CypherValue {
  return {
    from_key: relation.from,
    to_key: relation.to,
    properties: {
      key: relation.key,
      ...moneyProperties('amount', relation.amount),
      ...moneyProperties('stated_equivalent', relation.statedEquivalent),
      date: relation.date,
      recipient: relation.recipient,
      quantity_value: relation.quantity?.value ?? null,
      quantity_unit: relation.quantity?.unit ?? null,
      quantity_qualifier: relation.quantity?.qualifier ?? null,
      quantity_text: relation.quantity?.text ?? null,
      quantity_target_year: relation.quantity?.targetYear ?? null,
      stage: relation.stage ?? null,
      sum_kind: relation.sumKind ?? null,
      period: relation.period ?? null,
      known_from: relation.knownFrom ?? null,
      share: relation.share ?? null,
      ...citationProperties(relation.citations),
    },
  };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/**
 * A Cypher script that loads the whole graph into Neo4j (5, or 4.4): constraints on the keys,
 * then the sources as `:Source` nodes, the entities as `:Entity:<Kind>` nodes (`:Entity:Country`)
 * and the relations as relationships of their type, all with their properties. Labels and
 * relationship types cannot be parameters, so there is one `UNWIND [...] AS row` statement per
 * kind and per relation type, or several of `batchRows` rows each for a large graph. Nodes and relationships are merged on their key, so running the
 * script twice changes nothing. A property that is null is not stored (Neo4j has no null
 * properties); citations are parallel lists `citation_sources` and `citation_quotes`.
 *
 * Run it with `cypher-shell -f graph.cypher`, or paste it into Neo4j Browser.
 */
export function toCypher(kg: KnowledgeGraph, options: { batchRows?: number } = {}): string {
  const batchRows = options.batchRows ?? CYPHER_BATCH_ROWS;
  const entities: EntityData[] = [];
  const relations: RelationData[] = [];
  forEachEntity(kg, (entity) => entities.push(entity));
  forEachRelation(kg, (relation) => relations.push(relation));

  const statements: string[] = [
    'CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (entity:Entity) REQUIRE entity.key IS UNIQUE;',
    'CREATE CONSTRAINT source_key IF NOT EXISTS FOR (source:Source) REQUIRE source.key IS UNIQUE;',
  ];
  const sources = exportedSources(kg);
  if (sources.length > 0) {
    statements.push(...unwind(sources, 'MERGE (source:Source {key: row.key})\nSET source += row', batchRows));
  }
  for (const [kind, ofKind] of groupBy(entities, (entity) => entity.kind)) {
    statements.push(
      ...unwind(
        ofKind.map(entityRow),
        `MERGE (entity:Entity {key: row.key})\nSET entity:${cypherName(kindClassName(kind))}, entity += row`,
        batchRows,
      ),
    );
  }
  for (const [type, ofType] of groupBy(relations, (relation) => relation.type)) {
    statements.push(
      ...unwind(
        ofType.map(relationRow),
        'MATCH (a:Entity {key: row.from_key}), (b:Entity {key: row.to_key})\n' +
          `MERGE (a)-[relation:${cypherName(type)} {key: row.properties.key}]->(b)\n` +
          'SET relation += row.properties',
        batchRows,
      ),
    );
  }
  const header = [
    "// NATO's support for Ukraine: the knowledge graph as a Cypher script for Neo4j.",
    `// ${entities.length} entities, ${relations.length} relations, ${sources.length} sources. Run: cypher-shell -f graph.cypher`,
  ];
  return `${header.join('\n')}\n\n${statements.join('\n\n')}\n`;
}
