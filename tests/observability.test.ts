import { beforeAll, describe, expect, it } from 'vitest';
import { createYoga } from 'graphql-yoga';
import { schema } from '../src/schema/index.js';
import { createObservability, MAX_OPERATION_NAMES, type RequestLogLine } from '../src/observability.js';
import { loadRealGraph } from './support/client.js';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';

let kg: KnowledgeGraph;
beforeAll(async () => {
  kg = await loadRealGraph();
});

function appWith(lines: RequestLogLine[]) {
  const observability = createObservability({ log: (line) => lines.push(line), defaultMetrics: false });
  const yoga = createYoga({
    schema,
    context: () => ({ kg }),
    plugins: [observability.plugin],
    maskedErrors: { isDev: false },
  });
  const post = (query: string) =>
    yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
  return { yoga, post };
}

describe('the request log', () => {
  it('writes one line per request with the operation, status and duration, never the query text', async () => {
    const lines: RequestLogLine[] = [];
    const { post } = appWith(lines);
    await post('query SecretLookingName { entity(key: "purl") { name } }');
    await post('{ entity(key: "purl") { name } }');
    await post('{ broken ');
    await post('query Invalid { nope }');
    expect(lines.map((line) => [line.operation, line.status])).toEqual([
      ['SecretLookingName', 200],
      ['anonymous', 200],
      [null, 400],
      ['Invalid', 400],
    ]);
    for (const line of lines) {
      expect(line.path).toBe('/graphql');
      expect(line.durationMs).toBeGreaterThanOrEqual(0);
      expect(JSON.stringify(line)).not.toContain('entity(key');
    }
  });
});

describe('/metrics', () => {
  it('counts requests and their latency by operation and status, in Prometheus format', async () => {
    const { yoga, post } = appWith([]);
    await post('query Purl { entity(key: "purl") { name } }');
    await post('query Purl { entity(key: "purl") { name } }');
    await post('{ nope }');
    const response = await yoga.fetch('http://test/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('graphql_requests_total{operation="Purl",status="200"} 2');
    expect(text).toContain('graphql_requests_total{operation="anonymous",status="400"} 1');
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="Purl"\} 2/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="0\.1",operation="Purl"\} \d/);
  });

  it('keeps the operation label bounded whatever names clients invent', async () => {
    const { yoga, post } = appWith([]);
    for (let i = 0; i < MAX_OPERATION_NAMES + 20; i++) await post(`query Made${i} { stats { entityCount } }`);
    const text = await (await yoga.fetch('http://test/metrics')).text();
    const names = new Set(
      [...text.matchAll(/graphql_requests_total\{operation="([^"]+)"/g)].map((match) => match[1]),
    );
    expect(names.size).toBe(MAX_OPERATION_NAMES + 1);
    expect(names.has('other')).toBe(true);
    expect(text).toContain('graphql_requests_total{operation="other",status="200"} 20');
  });
});

describe('the app', () => {
  it('serves /metrics by default and not when METRICS is off', async () => {
    const { createApp } = await import('../src/yoga.js');
    const { DEFAULT_CONFIG } = await import('../src/config.js');
    const on = createApp({ current: kg });
    expect((await on.fetch('http://test/metrics')).status).toBe(200);
    const off = createApp({ current: kg }, { ...DEFAULT_CONFIG, metrics: false });
    expect((await off.fetch('http://test/metrics')).status).toBe(404);
  });
});
