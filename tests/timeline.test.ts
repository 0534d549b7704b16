import { readDoc } from './support/docs.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureApp, realApp, runText } from './support/client.js';
import { entity, graphData, relation } from './support/fixtures.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { timeline } from '../src/graph/timeline.js';
import { InvalidArgumentError } from '../src/graph/errors.js';
import { periodOf } from '../src/graph/time.js';
import type { App } from '../src/yoga.js';

let app: App;
beforeAll(async () => {
  app = await realApp();
});

interface EntryJson {
  key: string;
  date: string;
  kind: 'RELATION' | 'ENTITY';
  summary: string;
  relation: { key: string; from: { key: string }; to: { key: string } } | null;
  entity: { key: string; kind: string } | null;
  citations: { quote: string; source: { title: string } }[];
}
interface TimelineJson {
  timeline: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: EntryJson }[];
  };
}

const ENTRY_FIELDS = `key date kind summary relation { key from { key } to { key } } entity { key kind } citations { quote source { title } }`;

async function page(args: string, target: App = app) {
  const response = await runText<TimelineJson>(
    target,
    `{ timeline(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY_FIELDS} } } } }`,
  );
  return response;
}

async function entries(args: string): Promise<EntryJson[]> {
  const response = await page(args);
  expect(response.errors).toBeUndefined();
  return response.data!.timeline.edges.map((edge) => edge.node);
}

/** Seventy events, one a day from 1 March 2025, each concerning a country (undated relations). */
const seventyDays = () =>
  fixtureApp(
    graphData(
      [
        entity('alpha', 'COUNTRY', 'Alphaland'),
        ...Array.from({ length: 70 }, (_, i) =>
          entity(`event-${i}`, 'EVENT', `Event ${i}`, {
            date: new Date(Date.UTC(2025, 2, 1 + i)).toISOString().slice(0, 10),
          }),
        ),
      ],
      Array.from({ length: 70 }, (_, i) =>
        relation(`event-${i}-concerns-alpha`, 'CONCERNS', `event-${i}`, 'alpha'),
      ),
    ),
  );

describe('timeline: bad input', () => {
  const fixture = seventyDays();

  it.each([
    ['from: "2025-02-30"', 'from', 'from: "2025-02-30" is not a calendar date'],
    ['to: "August"', 'to', 'to: "August" is not a calendar date'],
    ['from: "2025", to: "2024-12"', 'to', 'to (2024-12) must not be before from (2025)'],
    ['about: "atlantis"', 'about', 'there is no entity "atlantis"'],
    ['first: 101', 'first', 'first must be at most 100 (the page size cap), got 101'],
    ['after: "garbage"', 'after', 'after is not a cursor this service issued'],
  ])('refuses %s with an error naming the argument', async (args, argument, message) => {
    const response = await page(args, fixture);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toContain(message);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('timeline, as a graph function', () => {
  const kg = () =>
    buildKnowledgeGraph(
      graphData(
        [
          entity('summit', 'SUMMIT', 'Summit', { date: '2024-07-10' }),
          entity('decision', 'DECISION', 'Decision', { date: '2024-07' }),
          entity('prog', 'PROGRAMME', 'Programme'),
          entity('far-event', 'EVENT', 'Far event', { date: '2024-07-10' }),
          entity('alpha', 'COUNTRY', 'Alphaland'),
        ],
        [
          relation('summit-decided', 'DECIDED', 'summit', 'decision', { date: '2024-07-10' }),
          relation('decision-concerns-prog', 'CONCERNS', 'decision', 'prog'),
          relation('alpha-joins', 'PARTICIPATES_IN', 'alpha', 'prog', { date: '2024' }),
          relation('alpha-at-far-event', 'PARTICIPATES_IN', 'alpha', 'far-event', { date: '2024-07-10' }),
        ],
      ),
    );

  it('refuses an unknown about key', () => {
    expect(() => timeline(kg(), { about: 'nowhere' })).toThrow(InvalidArgumentError);
  });

  it('orders by date, a coarser date before the days in it, an entity before relations on its day', () => {
    expect(timeline(kg()).map((entry) => [entry.date, entry.key])).toEqual([
      ['2024', 'relation:alpha-joins'],
      ['2024-07', 'entity:decision'],
      ['2024-07-10', 'entity:far-event'],
      ['2024-07-10', 'entity:summit'],
      ['2024-07-10', 'relation:alpha-at-far-event'],
      ['2024-07-10', 'relation:summit-decided'],
    ]);
  });

  it('about an entity: relations at either end, and dated entities one relation away, not two', () => {
    expect(timeline(kg(), { about: 'prog' }).map((entry) => entry.key)).toEqual([
      'relation:alpha-joins',
      'entity:decision',
    ]);
  });

  it('keeps entries whose period overlaps the range', () => {
    expect(timeline(kg(), { from: '2024-07-05', to: '2024-07-09' }).map((entry) => entry.key)).toEqual([
      'relation:alpha-joins',
      'entity:decision',
    ]);
  });
});

describe('timeline through the API', () => {
  it('pages through the whole timeline without repeats or gaps', async () => {
    const fixture = seventyDays();
    const whole = await page('first: 100', fixture);
    expect(whole.data!.timeline.totalCount).toBe(70);
    const total = whole.data!.timeline.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof page>> = await page(
        `first: 25${after ? `, after: "${after}"` : ''}`,
        fixture,
      );
      const connection = response.data!.timeline;
      seen.push(...connection.edges.map((edge) => edge.node.key));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after !== null);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(whole.data!.timeline.edges.map((edge) => edge.node.key));
  });
});

describe('timeline, on the real graph', () => {
  it('tells the story of PURL in date order, each entry cited', async () => {
    const purl = await entries('about: "purl", first: 100');
    expect(purl.map((entry) => [entry.date, entry.kind, entry.entity?.key ?? entry.relation?.key])).toEqual([
      ['2025-08-04', 'ENTITY', 'purl-package-netherlands-2025-08-04'],
      ['2025-08-04', 'RELATION', 'purl-package-netherlands-2025-08-04-package-of-purl'],
      ['2025-08-05', 'ENTITY', 'purl-package-denmark-norway-sweden-2025-08-05'],
      ['2025-08-05', 'RELATION', 'purl-package-denmark-norway-sweden-2025-08-05-package-of-purl'],
      ['2025-08-13', 'ENTITY', 'purl-package-germany-2025-08-13'],
      ['2025-08-13', 'RELATION', 'purl-package-germany-2025-08-13-package-of-purl'],
      ['2025-08-24', 'ENTITY', 'purl-package-canada-2025-08-24'],
      ['2025-08-24', 'RELATION', 'purl-package-canada-2025-08-24-package-of-purl'],
      ['2025-11-13', 'ENTITY', 'purl-package-nordic-baltic-2025-11-13'],
      ['2025-11-13', 'RELATION', 'purl-package-nordic-baltic-2025-11-13-package-of-purl'],
      ['2025-12-10', 'RELATION', 'nato-allies-and-partners-fund-purl-over-4-billion-2025-12-10'],
    ]);
    const last = purl.at(-1)!;
    expect(last.summary).toBe(
      'NATO Allies and partners announced funding for Prioritised Ukraine Requirements List: over 4 billion (currency not stated)',
    );
    // Each sentence reads with its stage's verb: the packages were announced, not yet funded.
    expect(purl.find((entry) => entry.key.endsWith('germany-2025-08-13-package-of-purl'))?.summary).toBe(
      'PURL package to be funded by Germany (13 August 2025) is a package of Prioritised Ukraine Requirements List: USD 500 million',
    );
    expect(last.citations[0]!.quote).toBe(
      'NATO Allies and partners fund over 4 billion in PURL packages for Ukraine, 10 December 2025',
    );
    expect(purl.every((entry) => entry.citations.length > 0)).toBe(true);
  });

  it('dates no country into the Nordic and Baltic Allies by the year it joined NATO', async () => {
    const nordic = await entries('about: "nordic-and-baltic-allies", first: 100');
    expect(nordic.map((entry) => entry.summary)).not.toContainEqual(expect.stringMatching(/is a member of/));
    // Only the group's own package, of 13 November 2025.
    expect(new Set(nordic.map((entry) => entry.date))).toEqual(new Set(['2025-11-13']));
  });

  it('keeps August 2025 to facts dated in it, and not a sum that is for 2025 but undated', async () => {
    const august = await entries('from: "2025-08", to: "2025-08", first: 100');
    expect(august.map((entry) => entry.date)).toEqual([...august.map((entry) => entry.date)].sort());
    for (const entry of august) {
      const period = periodOf(entry.date)!;
      expect(period.start <= '2025-08-31' && period.end >= '2025-08-01').toBe(true);
    }
    const keys = august.map((entry) => entry.key);
    expect(keys).toContain('relation:canada-funds-purl-package-canada-2025-08-24');
    // "In 2025, Allies have so far committed an additional EUR 35 billion": 2025 is the period
    // the money is for, not a date of the fact, so it is not on the timeline.
    expect(keys).not.toContain(
      'relation:nato-allies-pledges-long-term-security-assistance-pledge-2025-eur-35-billion',
    );
    expect(keys).not.toContain(
      'relation:nordic-and-baltic-allies-funds-purl-package-nordic-baltic-2025-11-13',
    );
  });

  it('keeps only what is known by asOf, by the same known-from bound as every asOf view', async () => {
    const purl = await entries('about: "purl", asOf: "2025-08-15", first: 100');
    expect(purl.map((entry) => entry.date)).toEqual([
      '2025-08-04',
      '2025-08-04',
      '2025-08-05',
      '2025-08-05',
      '2025-08-13',
      '2025-08-13',
    ]);
  });

  it("leaves undated facts out: CAP's timeline is its 2016 launch, not its undated pledge", async () => {
    const cap = await entries('about: "cap", first: 100');
    expect(cap.map((entry) => [entry.date, entry.key])).toEqual([
      ['2016', 'entity:cap-launch-2016'],
      ['2016', 'relation:nato-established-cap'],
    ]);
  });
});

describe('docs/api.md', () => {
  it('has a Timeline example that runs and answers', async () => {
    const readme = readDoc('docs/api.md');
    const query = /## Timeline\n[\s\S]*?```graphql\n([\s\S]*?)```/.exec(readme)![1]!;
    const response = await runText(app, query);
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data)).toContain('"totalCount":11');
  });
});
