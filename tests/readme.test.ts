import { describe, expect, it } from 'vitest';
import { realApp, runText } from './support/client.js';
import { DOC_FILES, readDoc } from './support/docs.js';

// The example queries in the README are what newcomers paste first: each must run cleanly.
const readme = readDoc('README.md');
const examples = [...readme.matchAll(/\*\*(\d)\. ([^*]+)\*\*[\s\S]*?```graphql\n([\s\S]*?)```/g)].map(
  (match) => ({
    title: `${match[1]}. ${match[2]!.trim()}`,
    query: match[3]!,
  }),
);

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

// Every other query in the documentation (the ones beside each capability) must run too.
const queryBlocks = DOC_FILES.flatMap((file) =>
  [...readDoc(file).matchAll(/```graphql\n(\{[\s\S]*?)```/g)].map((match) => match[1]!),
);

describe('every query block in the README and docs/', () => {
  it('includes the capability examples, not just the five questions', () => {
    expect(queryBlocks.length).toBeGreaterThanOrEqual(examples.length + 7);
  });

  it.each(queryBlocks.map((query) => ({ query, title: query.replace(/\s+/g, ' ').slice(0, 70) })))(
    'runs "$title" without errors',
    async ({ query }) => {
      const response = await runText<Record<string, unknown>>(await realApp(), query);
      expect(response.errors).toBeUndefined();
      expect(JSON.stringify(response.data)).not.toMatch(/^\{"\w+":(null|\[\])\}$/);
    },
  );
});
