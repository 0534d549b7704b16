import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../src/print-schema.js';
import { childEnv } from './support/temp-dir.js';

// graphql-schema-linter, every one of its rules, over the committed schema.graphql: every type,
// field, argument and enum value described, Relay's connection and PageInfo shapes, names cased
// and sorted. Its findings must be none, apart from the exceptions below, each with its reason.

const require = createRequire(import.meta.url);
/** The linter's command-line program, as `npx graphql-schema-linter` runs it. */
const LINTER = require.resolve('graphql-schema-linter/lib/cli.js');

interface Finding {
  message: string;
  rule: string;
  location: { line: number };
}

/** Lints SDL with every rule, ignoring the given schema members per rule. */
function lint(sdl: string, ignore: Record<string, string[]> = {}): Finding[] {
  const run = spawnSync(
    process.execPath,
    [LINTER, '--stdin', '--format', 'json', '--ignore', JSON.stringify(ignore)],
    { input: sdl, encoding: 'utf8', env: childEnv() },
  );
  if (!run.stdout.startsWith('{'))
    throw new Error(`graphql-schema-linter failed: ${run.stderr}${run.stdout}`);
  return (JSON.parse(run.stdout) as { errors: Finding[] }).errors;
}

/**
 * The documented exceptions, derived from the schema by rule rather than listed by hand:
 * - A deprecated argument (the first contract's `direction`, `types` and `otherKinds` on
 *   `relations`) has its deprecation reason, which names what replaces it, instead.
 * - The logical operators of the where-inputs are `AND`, `OR` and `NOT`, upper case, as in the
 *   Neo4j GraphQL Library the filters follow and as the issue names them.
 */
function exceptions(sdl: string): Record<string, string[]> {
  const schema = buildSchema(sdl);
  const undescribedArguments: string[] = [];
  const operators: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (arg.deprecationReason) undescribedArguments.push(`${type.name}.${field.name}.${arg.name}`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const name of ['AND', 'OR', 'NOT'])
        if (name in type.getFields()) operators.push(`${type.name}.${name}`);
    }
  }
  return {
    'arguments-have-descriptions': undescribedArguments,
    'input-object-values-are-camel-cased': operators,
  };
}

describe('graphql-schema-linter on schema.graphql', () => {
  const sdl = readFileSync(SCHEMA_FILE, 'utf8');

  it('finds what it should: an undescribed field, a connection without paging arguments', () => {
    const findings = lint(`
      """A query."""
      type Query {
        """Things."""
        things: ThingConnection!
        undescribed: String
      }
      """A page of things."""
      type ThingConnection {
        """The items."""
        edges: [String!]!
      }
    `);
    const rules = new Set(findings.map((finding) => finding.rule));
    expect(rules).toContain('fields-have-descriptions');
    expect(rules).toContain('relay-connection-types-spec');
  });

  it('limits its exceptions to deprecated arguments (funding.pledged among them) and the AND/OR/NOT operators', () => {
    const ignored = exceptions(sdl);
    expect(ignored['input-object-values-are-camel-cased']?.sort()).toEqual([
      'EntityWhere.AND',
      'EntityWhere.NOT',
      'EntityWhere.OR',
      'RelationWhere.AND',
      'RelationWhere.NOT',
      'RelationWhere.OR',
    ]);
    const names = new Set(ignored['arguments-have-descriptions']?.map((path) => path.split('.')[2]));
    expect([...names].sort()).toEqual(['direction', 'otherKinds', 'pledged', 'types']);
  });

  it('has no findings, with every rule, beyond those exceptions', () => {
    expect(
      lint(sdl, exceptions(sdl)).map((finding) => `${finding.location.line}: ${finding.message}`),
    ).toEqual([]);
  });
});
