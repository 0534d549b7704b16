import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import type { GraphStore } from '../src/context.js';
import { runText } from './support/client.js';
import { FIXTURE_SOURCE, entity, graphData, relation, routeGraphData } from './support/fixtures.js';

// The response cache must never answer from a graph other than the one being served, never keep
// a refusal, and stay within its byte budget.

const graphNamed = (name: string, version: string) =>
  buildKnowledgeGraph(graphData([entity('x', 'CITY', name)], []), version);
const NAME = '{ entity(key: "x") { name } }';

describe('the response cache', () => {
  it('never keeps an answer with errors: the operation runs again', async () => {
    const store: GraphStore = { current: graphNamed('Before', 'v1') };
    const app = createApp(store);
    // A partial answer: the name, and an error on a nullable sibling (a page over the cap).
    const partial =
      '{ entity(key: "x") { name } other: entity(key: "x") { relations(first: 1000) { totalCount } } }';
    const first = await runText<{ entity: { name: string } }>(app, partial);
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(first.data?.entity.name).toBe('Before');
    // Changed in place, without a new version: only a fresh execution can see it.
    store.current.graph.setNodeAttribute('x', 'name', 'Changed in place');
    const second = await runText<{ entity: { name: string } }>(app, partial);
    expect(second.data?.entity.name).toBe('Changed in place');
    expect(second.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers from the graph being served after a reload swaps it', async () => {
    const store: GraphStore = { current: graphNamed('Before', 'v1') };
    const app = createApp(store);
    expect((await runText<{ entity: { name: string } }>(app, NAME)).data?.entity.name).toBe('Before');
    expect((await runText<{ entity: { name: string } }>(app, NAME)).data?.entity.name).toBe('Before');
    store.current = graphNamed('After', 'v2');
    expect((await runText<{ entity: { name: string } }>(app, NAME)).data?.entity.name).toBe('After');
  });

  it('tells operations apart by their variables', async () => {
    const store: GraphStore = {
      current: buildKnowledgeGraph(
        graphData([entity('a', 'CITY', 'Alpha'), entity('b', 'CITY', 'Beta')], []),
        'v1',
      ),
    };
    const app = createApp(store);
    const query = 'query ($key: String!) { entity(key: $key) { name } }';
    expect((await runText<{ entity: { name: string } }>(app, query, { key: 'a' })).data?.entity.name).toBe(
      'Alpha',
    );
    expect((await runText<{ entity: { name: string } }>(app, query, { key: 'b' })).data?.entity.name).toBe(
      'Beta',
    );
  });

  it('serves a repeated operation without running it again', async () => {
    const store: GraphStore = { current: graphNamed('Before', 'v1') };
    const app = createApp(store);
    await runText(app, NAME);
    // The cached answer still names "Before": the key is the version, which did not change.
    store.current.graph.setNodeAttribute('x', 'name', 'Changed in place');
    expect((await runText<{ entity: { name: string } }>(app, NAME)).data?.entity.name).toBe('Before');
    const uncached = createApp(store, { ...DEFAULT_CONFIG, responseCacheBytes: 0 });
    expect((await runText<{ entity: { name: string } }>(uncached, NAME)).data?.entity.name).toBe(
      'Changed in place',
    );
  });

  it('keeps no answer larger than a tenth of its budget', async () => {
    const store: GraphStore = { current: graphNamed('Before', 'v1') };
    const app = createApp(store, { ...DEFAULT_CONFIG, responseCacheBytes: 1_000 });
    const big = `{ entity(key: "x") { name } stats { entityCount relationCount citationCount sourceCount version } }`;
    await runText(app, big);
    store.current.graph.setNodeAttribute('x', 'name', 'Changed in place');
    expect((await runText<{ entity: { name: string } }>(app, big)).data?.entity.name).toBe(
      'Changed in place',
    );
  });
});

describe('the response cache in memory (issue 12)', () => {
  it('holds about its configured size in live heap, however many answers pass through it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Twice: the first collection can leave objects that only then become unreachable.
    const settledHeap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // 200 entities in a ring, each related to its six neighbours on either side by a relation
    // that cites a long sentence: thousands of different answers of a few kilobytes each.
    const quote = (i: number) => `Sentence ${i} of a source that ${'says a great deal, '.repeat(6)}and ends.`;
    const kg = buildKnowledgeGraph(
      graphData(
        Array.from({ length: 200 }, (_, i) =>
          entity(`e${i}`, 'COUNTRY', `Country ${i}`, {
            citations: [{ source: FIXTURE_SOURCE.key, quote: quote(i) }],
          }),
        ),
        Array.from({ length: 200 }, (_, i) =>
          Array.from({ length: 6 }, (_, step) =>
            relation(
              `e${i}-partner-of-e${(i + step + 1) % 200}`,
              'PARTNER_OF',
              `e${i}`,
              `e${(i + step + 1) % 200}`,
              {
                citations: [{ source: FIXTURE_SOURCE.key, quote: quote(i + step) }],
              },
            ),
          ),
        ).flat(),
      ),
      'fixture',
    );
    const keys = kg.graph.nodes();
    const query =
      'query Page($key: String!, $first: Int) { entity(key: $key) { name citations { quote source { title url } } ' +
      'relations(first: $first) { edges { node { key name aliases citations { quote } } relation { key type date citations { quote source { title url } } } } } } }';
    // 2 MB rather than 1: the heap's noise (a few hundred kilobytes) is then a smaller share of
    // what is measured. At 1 MB a median of five pairs still read 1.36 times the bound in a
    // clean-clone CI run; at 2 MB five pairs read 0.92 to 1.01 times it, and one outlier 1.97.
    const bound = 2_000_000;
    /** Heap growth, after collection, from sending every answer once to an app with this cache. */
    const growth = async (cacheBytes: number) => {
      const app = createApp(
        { current: kg },
        {
          ...DEFAULT_CONFIG,
          responseCacheBytes: cacheBytes,
          costBudget: 0,
          compileQueries: false,
          logRequests: false,
        },
      );
      await runText(app, query, { key: keys[0], first: 1 });
      const before = settledHeap();
      let sent = 0;
      for (let first = 20; first <= 32; first++) {
        for (const key of keys)
          sent += JSON.stringify((await runText(app, query, { key, first })).data).length;
      }
      const after = settledHeap();
      // Used after the reading, so that the app (and its cache) is alive when the heap is read.
      expect((await runText(app, query, { key: keys[0], first: 1 })).errors).toBeUndefined();
      return { grew: after - before, sent };
    };
    // A first pass warms what every app shares (compiled code, parse caches), out of the comparison.
    await growth(0);
    // The heap read after a collection moves by a few hundred kilobytes from run to run (each
    // app's memo of cost estimates, hash tables caught mid-resize), single pairs from 0.35 to 1.9
    // times the bound: the median of five pairs.
    const held: number[] = [];
    for (let pair = 0; pair < 5; pair++) {
      const without = await growth(0);
      const withCache = await growth(bound);
      // The answers were several times the bound: the cache had to evict.
      expect(withCache.sent).toBeGreaterThan(3 * bound);
      held.push(withCache.grew - without.grew);
    }
    const median = held.sort((x, y) => x - y)[2]!;
    expect(median).toBeGreaterThan(0.5 * bound);
    expect(median).toBeLessThan(1.3 * bound);
  }, 90_000);
});

describe('a cached answer', () => {
  it("keeps the answer's own extensions (why there is no path) and reports its own cost", async () => {
    const app = createApp(
      { current: buildKnowledgeGraph(routeGraphData(), 'fixture') },
      { ...DEFAULT_CONFIG, costBudget: 0 },
    );
    // Alphaland and Capital are three hops apart.
    const query = '{ shortestPath(from: "alpha", to: "capital", maxHops: 1) { length } }';
    const send = async () =>
      (await (
        await app.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: unknown; extensions: { noPath?: unknown; cost: { cached?: boolean } } };
    const first = await send();
    const second = await send();
    expect(first.extensions.noPath).toMatchObject({ shortestPath: { reason: 'BEYOND_MAX_HOPS' } });
    expect(second.extensions.cost.cached).toBe(true);
    expect(second.data).toEqual(first.data);
    expect(second.extensions.noPath).toEqual(first.extensions.noPath);
  });
});
