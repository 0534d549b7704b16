import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLField, type GraphQLInterfaceType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../src/print-schema.js';

describe('schema.graphql', () => {
  it('matches the schema Pothos builds (run `npm run generate` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('keeps the public contract of the Entity interface and the root fields', () => {
    const sdl = printedSchema();
    expect(sdl).toContain('interface Entity implements Node {');
    const schema = buildSchema(sdl);
    const argsOf = (field: GraphQLField<unknown, unknown> | undefined) =>
      Object.fromEntries((field?.args ?? []).map((arg) => [arg.name, String(arg.type)]));
    const entity = schema.getType('Entity') as GraphQLInterfaceType;
    expect(argsOf(entity.getFields().relations)).toMatchObject({
      after: 'String',
      direction: 'Direction',
      first: 'Int',
      types: '[RelationType!]',
      otherKinds: '[EntityKind!]',
    });
    expect(String(entity.getFields().relations?.type)).toBe('RelationConnection!');
    const query = schema.getQueryType()!.getFields();
    expect(argsOf(query.search)).toMatchObject({ first: 'Int', kinds: '[EntityKind!]', text: 'String!' });
    expect(String(query.search?.type)).toBe('[Entity!]!');
    expect(argsOf(query.entity)).toEqual({ key: 'String!' });
    expect(String(query.entity?.type)).toBe('Entity');
    expect(argsOf(query.node)).toEqual({ id: 'ID!' });
    expect(String(query.node?.type)).toBe('Node');
    const fieldsOf = (name: string) =>
      Object.fromEntries(
        Object.values((schema.getType(name) as GraphQLObjectType).getFields()).map((field) => [
          field.name,
          String(field.type),
        ]),
      );
    expect(fieldsOf('RelationEdge')).toEqual({
      cursor: 'String!',
      direction: 'Direction!',
      node: 'Entity!',
      relation: 'Relation!',
    });
    expect(sdl).toContain('type Programme implements Entity & Node {');
    // `currency` is nullable since issue 11: where the source names no currency ("over 4
    // billion") none is inferred; `currencyStated` says so. Every stated amount still answers.
    expect(sdl).toMatch(
      /type Money \{[^}]*currency: Currency\s[^}]*currencyStated: Boolean![^}]*qualifier: AmountQualifier![^}]*value: Float!/,
    );
  });
});

describe('"The API at a glance" in docs/api.md', () => {
  it("lists each root field with the schema's own arguments, none deprecated", () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const doc = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8');
    const block = /## The API at a glance\n\n```graphql\n([\s\S]*?)```/.exec(doc)![1]!;
    const query = /type Query \{\n([\s\S]*?)\n\}/.exec(block)![1]!;
    const listed = query
      .split('\n')
      .map((line) => /^\s*(\w+)(?:\(([^)]*)\))?/.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({
        field: match[1]!,
        args: (match[2] ?? '')
          .split(',')
          .map((part) => part.split(':')[0]!.trim())
          .filter(Boolean),
      }));
    const fields = schema.getQueryType()!.getFields();
    const current = Object.values(fields).filter((field) => !field.deprecationReason);
    expect(listed.map((entry) => entry.field).sort()).toEqual(current.map((field) => field.name).sort());
    for (const { field, args } of listed) {
      const own = fields[field]!.args.filter((arg) => !arg.deprecationReason).map((arg) => arg.name);
      expect([field, [...args].sort()]).toEqual([field, [...own].sort()]);
    }
  });
});
