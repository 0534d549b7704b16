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
