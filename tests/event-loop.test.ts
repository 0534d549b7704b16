import { describe, expect, it } from 'vitest';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { EXECUTION_SLICE_MS } from '../src/schema/execution-guard-plugin.js';
import { entity, graphData } from './support/fixtures.js';

// Item 3 of issue 12: a long execution gives the event loop back between slices, so other
// requests and timers run meanwhile, and its timeout stops the work rather than only the answer.

// The slowness is the graph's own (its `version` is slow to read), so one entity is enough.
const kg = buildKnowledgeGraph(graphData([entity('city', 'CITY', 'City')], []), 'fixture');

/** A graph whose `version` takes longer than a slice to read, counting the reads. */
function slowGraph(onRead: (reads: number) => void): KnowledgeGraph {
  let reads = 0;
  return Object.create(kg, {
    version: {
      get: () => {
        reads += 1;
        onRead(reads);
        const until = performance.now() + EXECUTION_SLICE_MS + 5;
        while (performance.now() < until);
        return kg.version;
      },
    },
  }) as KnowledgeGraph;
}

const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: stats { version }`).join(' ')} }`;

function post(app: ReturnType<typeof createApp>, query: string): Promise<Response> {
  return Promise.resolve(
    app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  );
}

describe('a long execution', () => {
  it('lets a request that arrives while it runs be answered before it ends', async () => {
    const order: string[] = [];
    let health: Promise<unknown> | null = null;
    const app = createApp(
      {
        current: slowGraph((reads) => {
          // Once the execution is under way, a timer asks for /health: it can only run if the
          // execution gives the event loop back.
          if (reads === 1) {
            setTimeout(() => {
              health = Promise.resolve(app.fetch('http://test/health')).then(() => order.push('health'));
            }, 0);
          }
        }),
      },
      { ...DEFAULT_CONFIG, responseCacheBytes: 0, executionTimeoutMs: 10_000 },
    );
    const response = await post(app, aliases(6));
    order.push('slow query');
    await health;
    const body = (await response.json()) as { data: Record<string, { version: string }> };
    expect(Object.keys(body.data)).toHaveLength(6);
    expect(order).toEqual(['health', 'slow query']);
  });

  it('is stopped by its timeout: the fields after the deadline never run', async () => {
    let reads = 0;
    const app = createApp(
      { current: slowGraph((count) => (reads = count)) },
      { ...DEFAULT_CONFIG, responseCacheBytes: 0, executionTimeoutMs: 3 * EXECUTION_SLICE_MS },
    );
    const body = (await (await post(app, aliases(12))).json()) as {
      data: unknown;
      errors: { extensions: { code: string } }[];
    };
    expect(body.data).toBeNull();
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['TIMEOUT']);
    // Each read takes more than a slice: a few fit before the deadline, not all twelve.
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(6);
  });
});

describe('/metrics', () => {
  it("reports the event loop's delay, from perf_hooks.monitorEventLoopDelay", async () => {
    const app = createApp({ current: kg });
    const text = await (await app.fetch('http://test/metrics')).text();
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_max_seconds \d/m);
  });
});
