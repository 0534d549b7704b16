import { describe, expect, it } from 'vitest';
import { coverageOfSource } from '../src/graph/coverage.js';
import { loadRealGraph, realApp, runText } from './support/client.js';
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

describe('the path example in docs/api.md', () => {
  it('lists the money path in its second list, after the three-hop paths, as the text says', async () => {
    const query = queryBlocks.find((block) => block.includes('money: pathsConnection'));
    expect(query).toBeDefined();
    type Page<Path> = { totalCount?: number; edges: { node: Path & { explanation: string } }[] };
    const { data, errors } = await runText<{
      money: Page<{ steps: unknown[] }>;
      all: Page<{ length: number }>;
    }>(await realApp(), query!);
    expect(errors).toBeUndefined();
    const money = data!.money.edges[0]!.node;
    const all = data!.all.edges.map((edge) => edge.node);
    expect(money.steps).toHaveLength(4);
    expect(all.map((path) => path.length)).toEqual([3, 3, 3, 3, 3, 3, 4]);
    expect(all.at(-1)!.explanation).toBe(money.explanation);
    const text = readDoc('docs/api.md').replace(/\s+/g, ' ');
    expect(text).toContain(
      `of the ${data!.all.totalCount} paths within four hops the money path is the seventh`,
    );
  });
});

describe('the no-path explanation docs/api.md quotes', () => {
  it('is the answer for the Netherlands and Wiesbaden within two hops, word for word', async () => {
    const quoted = /`BEYOND_MAX_HOPS`\s*\("([^"]+)"\)/.exec(readDoc('docs/api.md'));
    expect(quoted).not.toBeNull();
    const { data } = await runText<{ pathsConnection: { noPath: { explanation: string } } }>(
      await realApp(),
      '{ pathsConnection(from: "netherlands", to: "wiesbaden", maxHops: 2) { noPath { explanation } } }',
    );
    expect(quoted![1]!.replace(/\s+/g, ' ')).toBe(data?.pathsConnection.noPath.explanation);
  });
});

describe('the counts the docs state', () => {
  it("are the graph's own", async () => {
    const kg = await loadRealGraph();
    const stated =
      /The graph holds (\d+) entities, (\d+) relations and (\d+) citations from (\d+) sources/.exec(
        readDoc('docs/api.md'),
      );
    expect(stated).not.toBeNull();
    let citations = 0;
    kg.graph.forEachNode((_node, entity) => {
      citations += entity.citations.length;
    });
    kg.graph.forEachEdge((_edge, relation) => {
      citations += relation.citations.length;
    });
    expect(stated!.slice(1).map(Number)).toEqual([kg.graph.order, kg.graph.size, citations, kg.sources.size]);
  });

  it("give the coverage of NATO's page as the graph counts it, in the README and the explorer's page", async () => {
    const coverage = coverageOfSource(await loadRealGraph(), 'nato-support-for-ukraine')!;
    const readme = /NATO's page: (\d+) of (\d+) factual sentences captured/.exec(readDoc('README.md'));
    expect(readme?.slice(1).map(Number)).toEqual([coverage.captured, coverage.factual]);
    const explorer =
      /\("(\d+) of the (\d+) sentences that state a fact are held as structured\s+facts, (\d+) only in part; (\d+) state no fact"\)/.exec(
        readDoc('docs/explorer.md'),
      );
    expect(explorer?.slice(1).map(Number)).toEqual([
      coverage.captured,
      coverage.factual,
      coverage.partlyCaptured,
      coverage.noFact,
    ]);
  });
});
