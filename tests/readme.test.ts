import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realApp, runText } from './support/client.js';

// The example queries in the README are what newcomers paste first: each must run cleanly.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/\*\*(\d)\. ([^*]+)\*\*[\s\S]*?```graphql\n([\s\S]*?)```/g)].map((match) => ({
  title: `${match[1]}. ${match[2]!.trim()}`,
  query: match[3]!,
}));

describe('the README examples', () => {
  it('are five, the PURL funders question first', () => {
    expect(examples.map((example) => example.title)).toHaveLength(5);
    expect(examples[0]!.title).toMatch(/Which allies funded PURL/);
  });

  it.each(examples)('runs "$title" without errors and with data', async ({ query }) => {
    const app = await realApp();
    const response = await runText<Record<string, unknown>>(app, query);
    expect(response.errors).toBeUndefined();
    const json = JSON.stringify(response.data);
    expect(json).not.toMatch(/^\{"\w+":(null|\[\])\}$/);
    expect(json).toContain('"quote"');
  });
});
