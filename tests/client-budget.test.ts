import { describe, expect, it } from 'vitest';
import { fixtureApp } from './support/client.js';
import { entity, graphData } from './support/fixtures.js';
import type { App } from '../src/yoga.js';
import { clientKeyOf, createClientBudgets } from '../src/protections/client-budget.js';
import type { CostReport } from '../src/request-record.js';
import { REFUSED_COST, REQUEST_COST } from '../src/protections/cost.js';
import { readDoc } from './support/docs.js';

// Item 2 of issue 12: each client has a budget of cost points refilled over time; a greedy client
// is throttled with 429 and Retry-After while every other client is still served.

interface Answer {
  status: number;
  retryAfter: string | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
  extensions?: { cost?: CostReport };
}

async function send(app: App, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    ...((await response.json()) as Omit<Answer, 'status' | 'retryAfter'>),
  };
}

/** 140 cities: a page of 100 of them is a few hundred points of actual cost. */
const CITIES = graphData(
  Array.from({ length: 140 }, (_, i) => entity(`city-${i}`, 'CITY', `City ${i}`)),
  [],
);
const budgetedApp = (settings: Parameters<typeof fixtureApp>[1]) => fixtureApp(CITIES, settings);

/** A valid operation of a few hundred points, different each time (the response cache would answer a repeat). */
const expensive = (i: number) =>
  `{ entities(first: 100, offset: ${i % 40}) { key name relations(first: 2) { totalCount } } }`;

describe('fair shares', () => {
  it('throttles a greedy client with 429 and Retry-After while another client is served', async () => {
    const app = budgetedApp({
      maxCost: 2_000,
      costBudget: 2_000,
      costRefillPerSecond: 1,
      trustedProxyHeader: 'x-forwarded-for',
    });
    const greedy = { 'x-forwarded-for': '203.0.113.7' };
    const answers: Answer[] = [];
    for (let i = 0; i < 10; i++) answers.push(await send(app, expensive(i), greedy));
    const refused = answers.filter((answer) => answer.status === 429);
    expect(answers[0]!.status).toBe(200);
    expect(refused.length).toBeGreaterThan(0);
    const first = refused[0]!;
    expect(first.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      capacity: 2_000,
      refillPerSecond: 1,
    });
    expect(first.errors?.[0]?.message).toMatch(/^Rate limited: .* retry in \d+ s$/);
    expect(Number(first.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(first.errors?.[0]?.extensions?.retryAfterSeconds).toBe(Number(first.retryAfter));
    // Another client, at the same moment, is served from its own full budget.
    const other = await send(app, expensive(3), { 'x-forwarded-for': '198.51.100.20' });
    expect(other.status).toBe(200);
    expect(other.errors).toBeUndefined();
    expect(other.extensions?.cost?.budget).toMatchObject({ capacity: 2_000, refillPerSecond: 1 });
  });

  it('charges requests that fail before costing, and refuses a spent budget before parsing, for free', async () => {
    const app = budgetedApp({ maxCost: 2_000, costBudget: 2_000, costRefillPerSecond: 1 });
    // Each syntax error costs the request's own price (25 points): 80 of them spend 2,000.
    let answer = await send(app, '{ this is not graphql');
    for (let i = 1; answer.status !== 429 && i < 200; i++) answer = await send(app, '{ this is not graphql');
    expect(answer.status).toBe(429);
    expect(answer.errors?.[0]?.message).toMatch(/^Rate limited: your budget of cost points is spent/);
    const left = answer.errors?.[0]?.extensions?.available as number;
    expect(left).toBeLessThan(1);
    // Refused before anything was done for them, later requests cost nothing more.
    const again = await send(app, expensive(0));
    expect(again.status).toBe(429);
    expect(again.errors?.[0]?.extensions?.available as number).toBeGreaterThanOrEqual(left);
  });

  it('charges an operation a limit refuses 250 points: a client that keeps sending them runs out', async () => {
    const app = budgetedApp({ maxCost: 2_000, costBudget: 2_000, costRefillPerSecond: 1 });
    const tooManyAliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: stats { entityCount }`).join(' ')} }`;
    const codes: string[] = [];
    for (let i = 0; i < 10; i++) {
      const answer = await send(app, tooManyAliases);
      codes.push(String(answer.errors?.[0]?.extensions?.code));
    }
    // 2,000 points pay for eight refusals; the ninth is refused for the budget, before parsing.
    expect(codes.slice(0, 8)).toEqual(Array.from({ length: 8 }, () => 'QUERY_TOO_COMPLEX'));
    expect(codes.slice(8)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('answers refused while parsing or validating with no extensions, and charges them what the docs say', async () => {
    const app = budgetedApp({ maxCost: 2_000, costBudget: 100_000, costRefillPerSecond: 1 });
    const available = async () => (await send(app, '{ stats { entityCount } }')).extensions?.cost;
    const charged = async (query: string) => {
      const before = (await available())?.budget?.available as number;
      const answer = await send(app, query);
      const probe = (await available()) as CostReport;
      return { answer, points: before - (probe.budget?.available as number) - probe.actual };
    };
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { entityCount }`).join(' ')} }`;
    const refusals: [string, string, number][] = [
      ['{ stats {', 'GRAPHQL_PARSE_FAILED', REQUEST_COST],
      ['{ nope }', 'GRAPHQL_VALIDATION_FAILED', REQUEST_COST],
      ['{ entity(key: 5) { key } }', 'BAD_USER_INPUT', REQUEST_COST],
      [aliases, 'QUERY_TOO_COMPLEX', REFUSED_COST],
    ];
    for (const [query, code, price] of refusals) {
      const { answer, points } = await charged(query);
      expect(answer.errors?.[0]?.extensions?.code, query).toBe(code);
      expect(answer.extensions, query).toBeUndefined();
      expect(points, query).toBe(price);
    }
    // The docs once said every answer carries extensions.cost.
    const said = (path: string) => readDoc(path).replace(/\s+/g, ' ');
    expect(said('docs/api.md')).not.toContain('Every answer says what it cost');
    expect(said('docs/operations.md')).not.toContain('Every answer carries what its operation cost');
    expect(said('docs/operations.md')).toContain(
      `${REQUEST_COST} points (\`REQUEST_COST\`) for a syntax error`,
    );
    expect(said('docs/operations.md')).toContain(`${REFUSED_COST} (\`REFUSED_COST\`) for too many aliases`);
    expect(said('docs/api.md')).toContain(
      `${REQUEST_COST} points for a syntax error, an unknown field or a bad argument value, ${REFUSED_COST} for too many aliases`,
    );
  });

  it('keys budgets by the API key header when one is configured', async () => {
    const app = budgetedApp({
      maxCost: 2_000,
      costBudget: 2_000,
      costRefillPerSecond: 1,
      apiKeyHeader: 'x-api-key',
    });
    let answer: Answer | null = null;
    for (let i = 0; i < 20 && answer?.status !== 429; i++) {
      answer = await send(app, expensive(i), { 'x-api-key': 'greedy' });
    }
    expect(answer?.status).toBe(429);
    expect((await send(app, expensive(1), { 'x-api-key': 'patient' })).status).toBe(200);
  });

  it('turns off with COST_BUDGET=0: no budget in extensions.cost, no 429', async () => {
    const app = budgetedApp({ maxCost: 2_000, costBudget: 0 });
    for (let i = 0; i < 20; i++) {
      const answer = await send(app, expensive(i));
      expect(answer.status).toBe(200);
      expect(answer.extensions?.cost?.budget).toBeUndefined();
    }
  });
});

describe('clientKeyOf', () => {
  const request = (headers: Record<string, string>) => new Request('http://test/graphql', { headers });

  it('ignores forwarding headers unless one is trusted: a client could write any address there', () => {
    expect(clientKeyOf(request({ 'x-forwarded-for': '1.2.3.4' }), '10.0.0.1', {})).toBe('ip:10.0.0.1');
  });

  it("takes the trusted proxy header's last entry, the one the proxy wrote, not a forged first one", () => {
    const forwarded = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' });
    expect(clientKeyOf(forwarded, '10.0.0.1', { trustedProxyHeader: 'x-forwarded-for' })).toBe(
      'ip:203.0.113.9',
    );
  });

  it('falls back to the socket address when the trusted header is missing', () => {
    expect(clientKeyOf(request({}), '10.0.0.1', { trustedProxyHeader: 'x-forwarded-for' })).toBe(
      'ip:10.0.0.1',
    );
  });

  it('prefers the API key, cut to 200 characters', () => {
    const key = 'k'.repeat(1_000);
    expect(clientKeyOf(request({ 'x-api-key': key }), '10.0.0.1', { apiKeyHeader: 'x-api-key' })).toBe(
      `key:${'k'.repeat(200)}`,
    );
  });
});

describe('createClientBudgets', () => {
  it('admits while the budget is positive, charges into debt, says when to retry, and refills', () => {
    let now = 0;
    const budgets = createClientBudgets({ capacity: 100, refillPerSecond: 10 }, { now: () => now });
    expect(budgets.admit('a')).toEqual({ granted: true, available: 100, retryAfterSeconds: 0 });
    expect(budgets.charge('a', 80)).toBe(20);
    expect(budgets.admit('a').granted).toBe(true);
    // An operation that cost more than was left: the budget goes into debt.
    expect(budgets.charge('a', 50)).toBe(-30);
    expect(budgets.admit('a')).toEqual({ granted: false, available: -30, retryAfterSeconds: 4 });
    now += 4_000;
    expect(budgets.admit('a')).toEqual({ granted: true, available: 10, retryAfterSeconds: 0 });
    now += 1_000_000;
    expect(budgets.available('a')).toBe(100);
  });

  it('never holds more than its capacity', () => {
    const budgets = createClientBudgets({ capacity: 100, refillPerSecond: 10 }, { now: () => 0 });
    expect(budgets.charge('a', -500)).toBe(100);
  });

  it('remembers at most maxClients clients, forgetting the least recently seen', () => {
    const budgets = createClientBudgets(
      { capacity: 100, refillPerSecond: 1 },
      { now: () => 0, maxClients: 2 },
    );
    budgets.charge('a', 100);
    budgets.charge('b', 100);
    budgets.charge('c', 100);
    // "a" was forgotten: a full budget again; "c" is remembered.
    expect(budgets.available('a')).toBe(100);
    expect(budgets.available('c')).toBe(0);
  });
});
