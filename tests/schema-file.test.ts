import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../src/print-schema.js';

describe('schema.graphql', () => {
  it('matches the schema Pothos builds (run `npm run generate` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('keeps the public contract of the Entity interface and the root fields', () => {
    const sdl = printedSchema();
    expect(sdl).toContain('interface Entity implements Node {');
    expect(sdl).toMatch(/relations\(\s*after: String\s*direction: Direction = BOTH\s*(?:"""[^"]*"""\s*)?first: Int/);
    expect(sdl).toContain('entity(key: String!): Entity');
    expect(sdl).toMatch(/search\(\s*"""[^"]*"""\s*first: Int = 10\s*kinds: \[EntityKind!\]\s*text: String!\s*\): \[Entity!\]!/);
    expect(sdl).toContain('node(id: ID!): Node');
    expect(sdl).toMatch(/type RelationEdge \{\s*cursor: String!\s*direction: Direction!\s*(?:"""[^"]*"""\s*)?node: Entity!\s*relation: Relation!/);
    expect(sdl).toContain('type Programme implements Entity & Node {');
    expect(sdl).toMatch(/type Money \{[^}]*currency: String![^}]*qualifier: AmountQualifier![^}]*value: Float!/);
  });
});
