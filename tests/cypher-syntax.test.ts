import { lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import type { Citation, SourceDoc } from '../src/graph/types.js';
import { toCypher } from '../src/export/cypher.js';
import { loadRealGraph } from './support/client.js';
import { FIXTURE_SOURCE, entity, relation, usd } from './support/fixtures.js';

// tests/export.test.ts reads the Cypher script back with a parser of its own, which only knows the
// literals the exporter writes. Here Neo4j's own parser and semantic analysis (the package behind
// Neo4j's VS Code extension, run offline) read every statement, as cypher-shell would hand them to
// a server: a script it rejects would stop a load into Neo4j at the first bad statement.

/** Each statement of a script as Neo4j's parser splits it, with the errors it reports there. */
function neo4jErrors(script: string): { statement: string; errors: string[] }[] {
  return parseStatementsStrs(script).map((statement) => ({
    statement,
    errors: lintCypherQuery(statement, {})
      // Severity 1 is an error; warnings (2), such as the cartesian-product hint on the relations'
      // two-node MATCH, are about speed or style, not validity.
      .filter((diagnostic) => diagnostic.severity === 1)
      .map(({ message }) => (typeof message === 'string' ? message : message.value)),
  }));
}

/** The statements of a script that Neo4j rejects, each with its messages. */
const rejected = (script: string) => neo4jErrors(script).filter(({ errors }) => errors.length > 0);

// A script's statements end at a line ending in `;`: strings never hold a raw line break.
const statementCount = (script: string) => script.split('\n').filter((line) => line.endsWith(';')).length;

/** Every character that a Cypher string, name or map could trip over. */
const AWKWARD = [
  `it's "quoted" and 'single'`,
  'back\\slash \\n \\u0041 trailing\\',
  'back`tick `` and `Label`',
  'new\nline\r\nand\ttab',
  'Київ “curly” ‘quotes’ – 😀 🇺🇦',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${...} is the awkward case under test
  '$param ${template} {map: 1} }{',
  '// not a comment /* nor this */ ; semicolon',
].join(' | ');

function awkwardGraph(): KnowledgeGraph {
  const source: SourceDoc = {
    ...FIXTURE_SOURCE,
    key: `source '"\\\`$`,
    title: `Source ${AWKWARD}`,
    publisher: "O'Brien `&` Sons \\",
  };
  const cite = (quote: string): Citation => ({ source: source.key, quote });
  return buildKnowledgeGraph({
    sources: [source],
    coverageNotes: [],
    entities: [
      entity(`key 'single' "double"`, 'COUNTRY', AWKWARD, {
        aliases: ["O'Neil", 'say "hi"', '\\', '`', 'Київ', '😀', '$x', '{}', ''],
        citations: [cite(AWKWARD), cite('second\nline')],
      }),
      entity('key\\with`backtick\nand line', 'PACKAGE', 'Пакет “один”', { citations: [cite('$a {b}')] }),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${...} is the awkward case under test
      entity('😀-programme', 'PROGRAMME', '${programme}'),
    ],
    relations: [
      relation(`relation 'one' \\ \``, 'FUNDS', `key 'single' "double"`, 'key\\with`backtick\nand line', {
        citations: [cite(AWKWARD)],
      }),
      relation('relation {two} $2', 'PACKAGE_OF', 'key\\with`backtick\nand line', '😀-programme', {
        amount: usd(500_000_000),
        statedEquivalent: { value: 460_000_000.5, currency: 'EUR', qualifier: 'ABOUT' },
        quantity: {
          value: 3.5,
          unit: 'PERCENT_OF_GDP',
          qualifier: 'AT_LEAST',
          text: AWKWARD,
          targetYear: '2035',
        },
      }),
    ],
  });
}

describe("Neo4j's parser on the Cypher export", () => {
  it('reports a quote left unescaped as an error, so a clean report means something', () => {
    const broken = "UNWIND [{name: 'it's'}] AS row\nMERGE (entity:Entity {key: row.name});\n";
    expect(rejected(broken)).toEqual([
      { statement: expect.stringContaining("'it's'"), errors: [expect.stringContaining('Invalid input')] },
    ]);
  });

  it('accepts every statement of a fixture whose strings, keys and names are awkward', () => {
    const script = toCypher(awkwardGraph());
    const statements = neo4jErrors(script);
    expect(statements.filter(({ errors }) => errors.length > 0)).toEqual([]);
    // Two constraints, the source, the entities of three kinds, the relations of two types.
    expect(statements).toHaveLength(2 + 1 + 3 + 2);
    expect(statements).toHaveLength(statementCount(script));
  });

  it('accepts every statement of the curated graph', async () => {
    const script = toCypher(await loadRealGraph());
    const statements = neo4jErrors(script);
    expect(statements.filter(({ errors }) => errors.length > 0)).toEqual([]);
    expect(statements.length).toBeGreaterThan(2);
    expect(statements).toHaveLength(statementCount(script));
  }, 120_000);
});
