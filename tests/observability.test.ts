import { describe, expect, it } from 'vitest';
import { createYoga } from 'graphql-yoga';
import { schema } from '../src/schema/index.js';
import { spawnSync } from 'node:child_process';
import { createObservability, MAX_OPERATION_NAMES, type RequestLogLine } from '../src/observability.js';
import { MAX_OPERATION_NAME_LENGTH } from '../src/request-record.js';
import { createApp } from '../src/yoga.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import type { LogLine } from '../src/log.js';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { entity, graphData } from './support/fixtures.js';

// What is logged and counted depends on the requests, not on the data: one programme will do.
const kg = buildKnowledgeGraph(graphData([entity('purl', 'PROGRAMME', 'Programme')], []), 'fixture');

function appWith(lines: RequestLogLine[]) {
  const observability = createObservability({
    log: (line) => lines.push(line as RequestLogLine),
    defaultMetrics: false,
  });
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
    const on = createApp({ current: kg });
    expect((await on.fetch('http://test/metrics')).status).toBe(200);
    const off = createApp({ current: kg }, { ...DEFAULT_CONFIG, metrics: false });
    expect((await off.fetch('http://test/metrics')).status).toBe(404);
  });

  it('names its worker and the data version it serves in /metrics', async () => {
    const text = await (
      await createApp({ current: kg }, DEFAULT_CONFIG, { worker: 3 }).fetch('http://test/metrics')
    ).text();
    expect(text).toMatch(/^graph_workers 1$/m);
    expect(text).toContain(`graph_data_version_info{worker="3",version="${kg.version}"} 1`);
  });

  it('answers /metrics with 503 when the sum over the workers cannot be made', async () => {
    const app = createApp({ current: kg }, DEFAULT_CONFIG, {
      metricsText: () => Promise.reject(new Error('the primary did not answer')),
    });
    const response = await app.fetch('http://test/metrics');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('the primary did not answer');
  });
});

describe('bounded observability (issue 12)', () => {
  const send = (app: ReturnType<typeof createApp>, query: string) =>
    Promise.resolve(
      app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    );

  it('keeps /metrics small whatever operation names clients send: names cut, their number bounded', async () => {
    const app = createApp({ current: kg }, { ...DEFAULT_CONFIG, costBudget: 0 });
    for (let i = 0; i < 120; i++) await send(app, `query N${i}_${'x'.repeat(99_000)} { stats { version } }`);
    const text = await (await app.fetch('http://test/metrics')).text();
    const names = [...text.matchAll(/graphql_requests_total\{operation="([^"]*)"/g)].map(
      (match) => match[1]!,
    );
    expect(new Set(names).size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 1);
    expect(Math.max(...names.map((name) => name.length))).toBe(MAX_OPERATION_NAME_LENGTH);
    expect(names.find((name) => name.startsWith('N0_'))).toMatch(/^N0_x+\.\.\.$/);
    expect(text.length).toBeLessThan(1_000_000);
  });

  it('counts and logs a cached answer under its operation name, marked as cached', async () => {
    const lines: LogLine[] = [];
    const app = createApp({ current: kg }, DEFAULT_CONFIG, { log: (line) => lines.push(line) });
    for (let i = 0; i < 3; i++) await send(app, 'query Same { stats { entityCount } }');
    const requests = lines.filter((line) => line.event === 'request');
    expect(requests.map((line) => [line.operation, line.cached ?? false])).toEqual([
      ['Same', false],
      ['Same', true],
      ['Same', true],
    ]);
    const text = await (await app.fetch('http://test/metrics')).text();
    expect(text).toContain('graphql_requests_total{operation="Same",status="200"} 3');
    expect(text).toContain('graphql_response_cache_hits_total 2');
  });

  it('counts errors by their code', async () => {
    const app = createApp({ current: kg }, { ...DEFAULT_CONFIG, maxCost: 100 });
    await send(app, '{ entities(first: 100) { key name } }');
    await send(app, '{ nope }');
    await send(app, '{ broken');
    await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '200000' },
      body: 'x',
    });
    const text = await (await app.fetch('http://test/metrics')).text();
    expect(text).toContain('graphql_errors_total{code="QUERY_TOO_COMPLEX"} 1');
    expect(text).toContain('graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toContain('graphql_errors_total{code="GRAPHQL_PARSE_FAILED"} 1');
    expect(text).toContain('graphql_errors_total{code="REQUEST_TOO_LARGE"} 1');
  });

  it('writes every line as JSON with a level and the request id the response carries', async () => {
    const written: string[] = [];
    const app = createApp({ current: kg }, DEFAULT_CONFIG, {
      log: (line) => written.push(JSON.stringify(line)),
    });
    const response = await send(app, 'query Named { stats { entityCount } }');
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = written.map((text) => JSON.parse(text) as LogLine);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        event: 'request',
        requestId: id,
        operation: 'Named',
        status: 200,
      }),
    );
  });

  it('logs an unexpected error once, as JSON with its request id and stack, and masks it in the answer', async () => {
    const written: LogLine[] = [];
    const broken = Object.create(kg, {
      citationCount: {
        get: () => {
          throw new Error('secret detail at /srv/app/src/graph.ts:12');
        },
      },
    }) as KnowledgeGraph;
    const app = createApp({ current: broken }, DEFAULT_CONFIG, { log: (line) => written.push(line) });
    const response = await send(app, '{ stats { citationCount } }');
    const text = await response.text();
    expect(text).not.toMatch(/secret|\.ts:/);
    const errors = written.filter((line) => line.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      event: 'unexpected-error',
      requestId: response.headers.get('x-request-id'),
      message: 'secret detail at /srv/app/src/graph.ts:12',
    });
    expect((errors[0]!.error as { stack: string }).stack).toContain('secret detail');
  });

  it('serves metrics that promtool accepts, when promtool is installed', async () => {
    const promtool = spawnSync('promtool', ['--version']);
    if (promtool.error) return;
    const app = createApp({ current: kg });
    await send(app, 'query Checked { stats { entityCount } }');
    await send(app, '{ nope }');
    const text = await (await app.fetch('http://test/metrics')).text();
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toBe('');
    expect(check.status).toBe(0);
  });
});
