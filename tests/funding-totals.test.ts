import { readDoc } from './support/docs.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureApp, realApp, run, runText, type Response } from './support/client.js';
import { FundingLinesDocument, MemberFundingDocument } from '../src/generated/graphql.js';
import { entity, graphData, relation, usd } from './support/fixtures.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { fundingTotals } from '../src/graph/funding-totals.js';
import { combineQualifiers, formatMoneySum, sumMoney } from '../src/graph/money-sums.js';
import { InvalidArgumentError } from '../src/graph/errors.js';
import { AMOUNT_QUALIFIER_NAMES } from '../src/graph/vocabulary.js';
import type { Money } from '../src/graph/types.js';
import type { App } from '../src/yoga.js';

const eur = (value: number, qualifier: Money['qualifier'] = 'EXACT'): Money => ({
  value,
  currency: 'EUR',
  qualifier,
});

let app: App;
beforeAll(async () => {
  app = await realApp();
});

function errorOf(response: Response<unknown>) {
  return { message: response.errors?.[0]?.message, extensions: response.errors?.[0]?.extensions };
}

describe('funding: bad input', () => {
  // Refusals need only a programme and a country to be refused by.
  const fixture = fixtureApp(
    graphData([entity('purl', 'PROGRAMME', 'Programme'), entity('germany', 'COUNTRY', 'Germany')], []),
  );

  it.each([
    ['programme: "no-such-programme"', 'programme', 'there is no entity "no-such-programme"'],
    ['programme: "germany"', 'programme', '"germany" is a COUNTRY'],
    ['funder: "atlantis"', 'funder', 'there is no entity "atlantis"'],
    ['funder: "purl"', 'funder', '"purl" is a PROGRAMME'],
    // Dates are checked while the query is validated: no data at all, and the argument named.
    ['asOf: "2025-02-30"', 'asOf', 'asOf: "2025-02-30" is not a calendar date'],
    ['from: "last year"', 'from', 'from: "last year" is not a calendar date'],
    ['from: "2025-09", to: "2025-08"', 'to', 'to (2025-08) must not be before from (2025-09)'],
  ])('refuses %s with an error naming the argument', async (args, argument, message) => {
    const response = await runText<{ funding: unknown }>(
      fixture,
      `{ funding(${args}) { totals { currency } } }`,
    );
    expect(response.data?.funding ?? null).toBeNull();
    expect(errorOf(response).message).toContain(message);
    expect(errorOf(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('suggests the key of the funder the text names, as search resolves it: "UK" is united-kingdom', async () => {
    const response = await runText<{ funding: unknown }>(
      await realApp(),
      '{ funding(funder: "UK") { totals { currency } } }',
    );
    expect(errorOf(response)).toEqual({
      message:
        'funder must be an entity key, and there is no entity "UK"; did you mean "united-kingdom" (United Kingdom)?',
      extensions: { code: 'BAD_USER_INPUT', argument: 'funder' },
    });
  });

  it('refuses an asOf on Programme.funders that is not a date', async () => {
    const response = await runText(
      fixture,
      '{ entity(key: "purl") { ... on Programme { funders(asOf: "soon") { date } } } }',
    );
    expect(errorOf(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });

  it('refuses an unknown dimension before running', async () => {
    const response = await runText(fixture, '{ funding(groupBy: [COUNTRY]) { totals { currency } } }');
    expect(response.errors?.[0]?.message).toContain(
      'Value "COUNTRY" does not exist in "FundingDimension" enum',
    );
  });
});

describe('qualifier algebra', () => {
  it('refuses to add EUR to USD', () => {
    expect(() => sumMoney('USD', [usd(1), eur(1)])).toThrow('Refusing to add EUR to USD');
  });

  it('sums nothing to an exact zero', () => {
    expect(sumMoney('USD', [])).toEqual({ value: 0, currency: 'USD', qualifier: 'EXACT', parts: [usd(0)] });
  });

  it.each([
    ['EXACT', 'EXACT', 'EXACT'],
    ['EXACT', 'OVER', 'OVER'],
    ['AT_LEAST', 'EXACT', 'AT_LEAST'],
    ['OVER', 'OVER', 'OVER'],
    ['OVER', 'AT_LEAST', 'OVER'],
    ['AT_LEAST', 'AT_LEAST', 'AT_LEAST'],
    ['UP_TO', 'EXACT', 'UP_TO'],
    ['UP_TO', 'UP_TO', 'UP_TO'],
    ['ABOUT', 'EXACT', 'ABOUT'],
    ['ABOUT', 'ABOUT', 'ABOUT'],
    ['OVER', 'UP_TO', 'MIXED'],
    ['AT_LEAST', 'ABOUT', 'MIXED'],
    ['UP_TO', 'ABOUT', 'MIXED'],
    ['MIXED', 'EXACT', 'MIXED'],
  ] as const)('%s + %s is %s', (a, b, sum) => {
    expect(combineQualifiers(a, b)).toBe(sum);
    expect(combineQualifiers(b, a)).toBe(sum);
  });

  it('is associative, so the order of the records never changes a total', () => {
    const all = [...AMOUNT_QUALIFIER_NAMES, 'MIXED'] as const;
    for (const a of all)
      for (const b of all)
        for (const c of all) {
          expect(combineQualifiers(combineQualifiers(a, b), c)).toBe(
            combineQualifiers(a, combineQualifiers(b, c)),
          );
        }
  });

  it('adds the values and keeps a single part when one word is true of the sum', () => {
    const sum = sumMoney('USD', [usd(500e6), usd(500e6, 'OVER'), usd(1e9, 'AT_LEAST')]);
    expect(sum).toEqual({ value: 2e9, currency: 'USD', qualifier: 'OVER', parts: [usd(2e9, 'OVER')] });
    expect(formatMoneySum(sum)).toBe('over USD 2 billion');
  });

  it('keeps one sub-sum per kind of qualifier when the sum is MIXED', () => {
    const sum = sumMoney('EUR', [eur(35e9), eur(40e9, 'AT_LEAST'), eur(1.2e9, 'OVER'), eur(50e6, 'UP_TO')]);
    expect(sum.qualifier).toBe('MIXED');
    expect(sum.value).toBe(76.25e9);
    expect(sum.parts).toEqual([eur(35e9), eur(41.2e9, 'OVER'), eur(50e6, 'UP_TO')]);
    expect(formatMoneySum(sum)).toBe('EUR 35 billion + over EUR 41.2 billion + up to EUR 50 million');
  });
});

// A programme with a joint package and a package with no amount, a pledge for another
// programme stated with its conversion, and a group of two. The rules one by one are in
// tests/funding-rules.test.ts; these are the counting basics.
const fundingGraph = () =>
  buildKnowledgeGraph(
    graphData(
      [
        entity('prog', 'PROGRAMME', 'Programme'),
        entity('other-prog', 'PROGRAMME', 'Other programme'),
        entity('pkg-joint', 'PACKAGE', 'Joint package'),
        entity('pkg-unstated', 'PACKAGE', 'Package without amount'),
        entity('alpha', 'COUNTRY', 'Alphaland'),
        entity('beta', 'COUNTRY', 'Betaland'),
        entity('gamma', 'COUNTRY', 'Gammaland'),
        entity('allies', 'GROUP', 'Allies'),
      ],
      [
        relation('alpha-member', 'MEMBER_OF', 'alpha', 'allies'),
        relation('beta-member', 'MEMBER_OF', 'beta', 'allies'),
        relation('alpha-funds-joint', 'FUNDS', 'alpha', 'pkg-joint', {
          date: '2025-08-05',
          stage: 'PROVIDED',
        }),
        relation('beta-funds-joint', 'FUNDS', 'beta', 'pkg-joint', { date: '2025-08-05', stage: 'PROVIDED' }),
        relation('joint-of-prog', 'PACKAGE_OF', 'pkg-joint', 'prog', {
          amount: usd(500e6),
          date: '2025-08-05',
          stage: 'PROVIDED',
          sumKind: 'DISCRETE',
        }),
        relation('gamma-funds-unstated', 'FUNDS', 'gamma', 'pkg-unstated', {
          date: '2025-08-01',
          stage: 'PROVIDED',
        }),
        relation('unstated-of-prog', 'PACKAGE_OF', 'pkg-unstated', 'prog', {
          date: '2025-08-01',
          stage: 'PROVIDED',
        }),
        relation('allies-pledge-other', 'PLEDGES', 'allies', 'other-prog', {
          amount: eur(1.2e9, 'OVER'),
          statedEquivalent: usd(1.4e9, 'ABOUT'),
          stage: 'PLEDGED',
          sumKind: 'RUNNING_TOTAL',
        }),
      ],
    ),
  );

describe('fundingTotals: counting', () => {
  it('refuses a from after to, naming to', () => {
    expect(() => fundingTotals(fundingGraph(), { from: '2026', to: '2025' })).toThrow(InvalidArgumentError);
  });

  it('counts a joint package once, with all its funders', () => {
    const result = fundingTotals(fundingGraph(), { programme: 'pkg-joint' });
    expect(
      result.totals.map((line) => [line.stage, formatMoneySum(line.total), line.sums.map((sum) => sum.key)]),
    ).toEqual([['PROVIDED', 'USD 500 million', ['joint-of-prog']]]);
    expect(result.totals[0]!.sums[0]!.funders.map((funder) => funder.key)).toEqual(['alpha', 'beta']);
  });

  it('gives a joint package one FUNDER line naming its funders together', () => {
    const result = fundingTotals(fundingGraph(), { groupBy: ['FUNDER'], stages: ['PROVIDED'] });
    expect(
      result.totals.map((line) => [line.funders!.map((funder) => funder.key), formatMoneySum(line.total)]),
    ).toEqual([[['alpha', 'beta'], 'USD 500 million']]);
    expect(result.totals[0]!.excluded.map((exclusion) => exclusion.reason)).toEqual([]);
    expect(result.excluded.map((exclusion) => [exclusion.reason, exclusion.sum.key])).toEqual([
      ['NO_AMOUNT', 'unstated-of-prog'],
    ]);
  });

  it('sums stated equivalents only where the source states one', () => {
    const [cap, prog] = fundingTotals(fundingGraph(), {}).totals;
    expect(cap!.statedEquivalent).toEqual(sumMoney('USD', [usd(1.4e9, 'ABOUT')]));
    expect(prog!.statedEquivalent).toBeNull();
  });

  it('keeps the deprecated `pledged` filter: true is announced and pledged money, false money provided', () => {
    const keys = (pledged: boolean) =>
      fundingTotals(fundingGraph(), { pledged }).totals.map((line) => [line.stage, line.pledged]);
    expect(keys(true)).toEqual([['PLEDGED', true]]);
    expect(keys(false)).toEqual([['PROVIDED', false]]);
  });
});

interface MoneyJson {
  value: number;
  currency: string | null;
  qualifier: string;
  text: string;
}
interface SumJson {
  key: string;
  recipient: { key: string };
  stage: string;
  sumKind: string;
  amount: MoneyJson | null;
  funders: { key: string }[];
  citations: { quote: string }[];
}
interface TotalJson {
  key: string;
  stage: string;
  pledged: boolean;
  currency: string | null;
  basis: string;
  programme: { key: string };
  funders: { key: string }[] | null;
  year: string | null;
  credit: string | null;
  viaGroup: { key: string } | null;
  sharedWith: { key: string }[];
  count: number;
  explanation: string;
  knownFrom: { date: string; basis: string } | null;
  total: {
    value: number;
    currency: string | null;
    qualifier: string;
    text: string;
    conversion: boolean;
    parts: MoneyJson[];
  };
  statedEquivalent: { currency: string; qualifier: string; text: string; conversion: boolean } | null;
  sums: SumJson[];
  excluded: {
    reason: string;
    explanation: string;
    sum: { key: string };
    includedIn: { key: string } | null;
  }[];
  besides: { reason: string; keys: string[] }[];
}
type FundingJson = {
  funding: {
    totals: TotalJson[];
    excluded: { reason: string; sum: { key: string } }[];
    sideBySide: { reason: string; explanation: string; keys: string[] }[];
  };
};

const TOTAL_FIELDS = `
  key stage pledged currency basis programme { key } funders { key } year credit viaGroup { key } sharedWith { key }
  count explanation knownFrom { date basis }
  total { value currency qualifier text conversion parts { value currency qualifier text } }
  statedEquivalent { currency qualifier text conversion }
  sums { key stage sumKind recipient { key } amount { value currency qualifier text } funders { key } citations { quote } }
  excluded { reason explanation sum { key } includedIn { key } }
  besides { reason keys }`;

async function funding(args: string): Promise<FundingJson['funding']> {
  const response = await runText<FundingJson>(
    app,
    `{ funding${args ? `(${args})` : ''} { totals { ${TOTAL_FIELDS} } excluded { reason sum { key } } sideBySide { reason explanation keys } } }`,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.funding;
}

/** [programme, stage, currency, basis, total] per line. */
const summaryOf = (totals: TotalJson[]) =>
  totals.map((line) => [line.programme.key, line.stage, line.currency, line.basis, line.total.text]);

const PLEDGE = 'long-term-security-assistance-pledge';
const BASELINE_2024 = 'nato-allies-pledges-long-term-security-assistance-pledge-2024-eur-40-billion';
const PROVIDED_2024 = 'nato-allies-funds-long-term-security-assistance-pledge-2024-over-eur-50-billion';
const SO_FAR_2025 = 'nato-allies-pledges-long-term-security-assistance-pledge-2025-eur-35-billion';
const PURL_HEADLINE = 'nato-allies-and-partners-fund-purl-over-4-billion-2025-12-10';
const PURL_COMMITTED = 'nato-allies-pledges-purl-usd-4-billion';
const NETHERLANDS_PACKAGE = 'purl-package-netherlands-2025-08-04-package-of-purl';
const PURL_PACKAGES = [
  'purl-package-denmark-norway-sweden-2025-08-05-package-of-purl',
  'purl-package-germany-2025-08-13-package-of-purl',
  'purl-package-canada-2025-08-24-package-of-purl',
  'purl-package-nordic-baltic-2025-11-13-package-of-purl',
];

describe('funders as of a date, on the real graph', () => {
  interface FundersJson {
    entity: {
      funders: {
        funder: { key: string };
        via: { key: string } | null;
        date: string | null;
        stage: string;
        pledged: boolean;
        amount: { text: string } | null;
        knownFrom: { date: string; basis: string } | null;
      }[];
    };
  }
  const funders = async (key: string, asOf?: string) => {
    const fields = 'funder { key } via { key } date stage pledged amount { text } knownFrom { date basis }';
    const response = await runText<FundersJson>(
      app,
      `query($key: String!, $asOf: PartialDate) { entity(key: $key) { ... on Programme { funders(asOf: $asOf) { ${fields} } }
        ... on Package { funders(asOf: $asOf) { ${fields} } } } }`,
      { key, asOf },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.entity.funders;
  };

  it('had PURL packages from the Netherlands, Denmark, Norway, Sweden and Germany by 2025-08-15, not yet from Canada', async () => {
    const records = await funders('purl', '2025-08-15');
    expect(
      records.map((record) => [record.funder.key, record.date, record.stage, record.amount?.text ?? null]),
    ).toEqual([
      ['netherlands', '2025-08-04', 'PROVIDED', null],
      ['denmark', '2025-08-05', 'ANNOUNCED', 'USD 500 million'],
      ['norway', '2025-08-05', 'ANNOUNCED', 'USD 500 million'],
      ['sweden', '2025-08-05', 'ANNOUNCED', 'USD 500 million'],
      ['germany', '2025-08-13', 'ANNOUNCED', 'USD 500 million'],
    ]);
  });

  it('shows nothing at all for PURL in 2015, ten years before its first package', async () => {
    expect(await funders('purl', '2015-01-01')).toEqual([]);
    expect(await funders('unite', '2015-01-01')).toEqual([]);
  });

  it('adds the undated commitment and the December headline from the page’s date, each with its bound', async () => {
    const all = await funders('purl');
    expect(all.map((record) => record.funder.key)).toEqual([
      'netherlands',
      'denmark',
      'norway',
      'sweden',
      'germany',
      'canada',
      'nordic-and-baltic-allies',
      'nato-allies-and-partners',
      'nato-allies',
    ]);
    expect(all.at(-1)!.knownFrom).toEqual({ date: '2025-12-10', basis: 'SOURCE_DATE' });
    expect((await funders('purl', '2025-12-09')).map((record) => record.funder.key)).not.toContain(
      'nato-allies',
    );
  });

  it('reads a month as its last day, on a package too', async () => {
    expect(await funders('purl-package-canada-2025-08-24', '2025-08-23')).toEqual([]);
    expect(
      (await funders('purl-package-canada-2025-08-24', '2025-08')).map((record) => record.funder.key),
    ).toEqual(['canada']);
  });
});

describe('funding totals, on the real graph', () => {
  it('answers the Pledge with two pledged figures side by side and the money provided apart: never EUR 75 billion', async () => {
    const { totals, sideBySide } = await funding(`programme: "${PLEDGE}"`);
    expect(summaryOf(totals)).toEqual([
      [PLEDGE, 'PLEDGED', 'EUR', 'STATED_TOTAL', 'EUR 35 billion'],
      [PLEDGE, 'PLEDGED', 'EUR', 'TARGET', 'at least EUR 40 billion'],
      [PLEDGE, 'PROVIDED', 'EUR', 'STATED_TOTAL', 'over EUR 50 billion'],
    ]);
    expect(totals.map((line) => line.sums.map((sum) => sum.key))).toEqual([
      [SO_FAR_2025],
      [BASELINE_2024],
      [PROVIDED_2024],
    ]);
    expect(totals.some((line) => line.total.value === 75e9 || line.total.value === 90e9)).toBe(false);
    expect(sideBySide.map((entry) => entry.reason).sort()).toEqual([
      'DIFFERENT_STAGES',
      'DIFFERENT_STAGES',
      'TARGET',
    ]);
    expect(totals[1]!.explanation).toContain('a baseline, minimum, ceiling or target, not money given');
    expect(totals[0]!.explanation).toContain('running total for 2025');
  });

  it('never adds programmes: every line is one programme, and the whole answer says they stand side by side', async () => {
    const { totals, sideBySide } = await funding('');
    for (const line of totals) {
      expect(new Set(line.sums.map((sum) => sum.recipient.key))).toEqual(new Set([line.programme.key]));
    }
    expect([...new Set(totals.map((line) => line.programme.key))].sort()).toEqual([
      'cap-and-related-funds',
      PLEDGE,
      'purl',
      'unite',
    ]);
    const across = sideBySide.find((entry) => entry.reason === 'DIFFERENT_PROGRAMMES')!;
    expect(across.keys).toHaveLength(totals.length);
    expect(across.explanation).toContain('never added');
    // No line adds CAP, the Pledge and UNITE as before ("EUR 35 billion + over EUR 41.2 billion + ...").
    expect(totals.every((line) => line.count === 1 || line.basis === 'SUM')).toBe(true);
    expect(totals.map((line) => line.total.qualifier)).not.toContain('MIXED');
  });

  it('answers PURL with the totals the source states: over 4 billion in packages, including the dated ones, beside the USD 4 billion committed', async () => {
    const { totals, sideBySide, excluded } = await funding('programme: "purl"');
    expect(summaryOf(totals)).toEqual([
      ['purl', 'ANNOUNCED', null, 'STATED_TOTAL', 'over 4 billion (currency not stated)'],
      ['purl', 'PLEDGED', 'USD', 'STATED_TOTAL', 'USD 4 billion'],
    ]);
    // The headline totals "PURL packages", which Allies "agree to provide funding for": the
    // packages dated before it are in it, not added to it.
    expect(totals[0]!.sums.map((sum) => [sum.key, sum.funders.map((funder) => funder.key)])).toEqual([
      [PURL_HEADLINE, ['nato-allies-and-partners']],
    ]);
    expect(totals[0]!.excluded.map((exclusion) => [exclusion.reason, exclusion.sum.key])).toEqual(
      PURL_PACKAGES.map((key) => ['INCLUDED_IN_PROGRAMME_TOTAL', key]),
    );
    expect(totals[1]!.sums.map((sum) => sum.key)).toEqual([PURL_COMMITTED]);
    // The Netherlands' package, "funded" (provided), states no amount: listed, never added.
    expect(
      excluded.filter((exclusion) => exclusion.reason === 'NO_AMOUNT').map((exclusion) => exclusion.sum.key),
    ).toEqual([NETHERLANDS_PACKAGE]);
    expect(sideBySide.map((entry) => entry.reason)).toEqual(['DIFFERENT_STAGES']);
    expect(sideBySide[0]!.explanation).toContain('often of the same money');
  });

  it('knows nothing of any programme’s money in 2015, and of PURL by 2025-08-15 only two announced packages', async () => {
    expect((await funding('asOf: "2015-01-01"')).totals).toEqual([]);
    const { totals, excluded } = await funding('programme: "purl", asOf: "2025-08-15"');
    expect(summaryOf(totals)).toEqual([['purl', 'ANNOUNCED', 'USD', 'SUM', 'USD 1 billion']]);
    expect(totals[0]!.sums.map((sum) => sum.key)).toEqual(PURL_PACKAGES.slice(0, 2));
    expect(excluded.map((exclusion) => [exclusion.reason, exclusion.sum.key])).toEqual([
      ['NO_AMOUNT', NETHERLANDS_PACKAGE],
    ]);
  });

  it('dates UNITE’s money from its launch, not earlier, and keeps its 2026 ceiling apart from the first round', async () => {
    expect((await funding('programme: "unite", asOf: "2025-10-31"')).totals).toEqual([]);
    const { totals, sideBySide } = await funding('programme: "unite", asOf: "2025-11"');
    expect(summaryOf(totals)).toEqual([
      ['unite', 'ANNOUNCED', 'EUR', 'SUM', 'up to EUR 10 million'],
      ['unite', 'ANNOUNCED', 'EUR', 'TARGET', 'up to EUR 50 million'],
    ]);
    expect(totals.map((line) => line.knownFrom)).toEqual([
      { date: '2025-11', basis: 'TIED' },
      { date: '2025-11', basis: 'TIED' },
    ]);
    expect(sideBySide.map((entry) => entry.reason)).toEqual(['TARGET']);
  });

  it('books "CAP and related funds" to that combination, never to CAP alone', async () => {
    const { totals } = await funding('programme: "cap"');
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatchObject({
      programme: { key: 'cap-and-related-funds' },
      stage: 'PLEDGED',
      currency: 'EUR',
      basis: 'STATED_TOTAL',
      total: {
        value: 1.2e9,
        currency: 'EUR',
        qualifier: 'OVER',
        text: 'over EUR 1.2 billion',
        conversion: false,
      },
      statedEquivalent: {
        currency: 'USD',
        qualifier: 'ABOUT',
        text: 'about USD 1.4 billion (as stated by the source)',
        conversion: true,
      },
    });
  });

  it("gives Albania no money of its own: its PURL line is the Allies' whole amount via their group, shared with the other 30 (not the United States, which sells)", async () => {
    const { totals } = await funding('funder: "albania", expandGroups: true, groupBy: [FUNDER]');
    expect(totals.length).toBeGreaterThan(0);
    for (const line of totals) {
      expect(line.credit).toBe('VIA_GROUP');
      expect(line.funders!.map((funder) => funder.key)).not.toContain('albania');
      expect(line.sharedWith.map((member) => member.key)).not.toContain('albania');
      expect(line.explanation).toContain('the source does not say what any one member gave');
    }
    const purl = totals.filter((line) => line.programme.key === 'purl');
    expect(
      purl.map((line) => [
        line.stage,
        line.viaGroup!.key,
        line.funders!.map((funder) => funder.key),
        line.total.text,
        line.sharedWith.length,
      ]),
    ).toEqual([
      ['PLEDGED', 'nato-allies', ['nato-allies'], 'USD 4 billion', 30],
      [
        'ANNOUNCED',
        'nato-allies-and-partners',
        ['nato-allies-and-partners'],
        'over 4 billion (currency not stated)',
        31,
      ],
    ]);
    expect(purl[1]!.sharedWith.map((member) => member.key)).toContain('nato-partners');
    // PURL is "the purchase of critical defence equipment from the United States by other NATO Allies".
    for (const line of purl)
      expect(line.sharedWith.map((member) => member.key)).not.toContain('united-states');
    // Without expandGroups, Albania funded nothing the source names it for.
    expect((await funding('funder: "albania"')).totals).toEqual([]);
  });

  it("never presents the Allies' EUR figures as Denmark's own: no line over EUR 76.2 billion, each via the group", async () => {
    const { totals } = await funding('funder: "denmark", expandGroups: true');
    expect(totals.some((line) => line.total.text.includes('76.2'))).toBe(false);
    expect(
      totals.map((line) => [
        line.programme.key,
        line.stage,
        line.credit,
        line.viaGroup?.key ?? null,
        line.total.text,
      ]),
    ).toEqual([
      ['cap-and-related-funds', 'PLEDGED', 'VIA_GROUP', 'nato-allies', 'over EUR 1.2 billion'],
      [PLEDGE, 'PLEDGED', 'VIA_GROUP', 'nato-allies', 'EUR 35 billion'],
      [PLEDGE, 'PLEDGED', 'VIA_GROUP', 'nato-allies', 'at least EUR 40 billion'],
      [PLEDGE, 'PROVIDED', 'VIA_GROUP', 'nato-allies', 'over EUR 50 billion'],
      ['purl', 'ANNOUNCED', 'JOINT', null, 'USD 500 million'],
      ['purl', 'PLEDGED', 'VIA_GROUP', 'nato-allies', 'USD 4 billion'],
      ['purl', 'ANNOUNCED', 'VIA_GROUP', 'nato-allies-and-partners', 'over 4 billion (currency not stated)'],
      ['purl', 'ANNOUNCED', 'VIA_GROUP', 'nordic-and-baltic-allies', 'USD 500 million'],
    ]);
  });

  it("totals Germany's PURL money at the USD 500 million it announced", async () => {
    for (const args of ['programme: "purl", funder: "germany"', 'funder: "germany"']) {
      const { totals, excluded } = await funding(args);
      expect(
        totals.map((line) => [line.stage, line.credit, line.total.text, line.sums.map((sum) => sum.key)]),
      ).toEqual([
        ['ANNOUNCED', 'OWN', 'USD 500 million', ['purl-package-germany-2025-08-13-package-of-purl']],
      ]);
      expect(excluded).toEqual([]);
    }
  });

  it('sets the December headline aside in a range from September, and counts the package in the range', async () => {
    const { totals, excluded } = await funding('programme: "purl", from: "2025-09", to: "2025-12"');
    expect(totals.map((line) => [line.stage, line.total.text, line.sums.map((sum) => sum.key)])).toEqual([
      ['ANNOUNCED', 'USD 500 million', ['purl-package-nordic-baltic-2025-11-13-package-of-purl']],
    ]);
    expect(excluded.map((exclusion) => [exclusion.reason, exclusion.sum.key])).toEqual([
      ['UNDATED', PURL_COMMITTED],
      ['INCLUDES_MONEY_BEFORE_RANGE', PURL_HEADLINE],
    ]);
  });

  it('answers a 2025 range with what was committed "in 2025", a running total for that year', async () => {
    const { totals, excluded } = await funding(`programme: "${PLEDGE}", from: "2025-01", to: "2025-12"`);
    expect(totals.map((line) => [line.stage, line.basis, line.total.text])).toEqual([
      ['PLEDGED', 'STATED_TOTAL', 'EUR 35 billion'],
    ]);
    expect(excluded.map((exclusion) => exclusion.reason)).not.toContain('INCLUDES_MONEY_BEFORE_RANGE');
  });

  it('totals by the year the money is for: the Pledge’s 2024 and 2025 apart, UNITE’s 2026 ceiling in 2026', async () => {
    const { totals } = await funding('groupBy: [YEAR], stages: [PLEDGED, ANNOUNCED]');
    expect(totals.map((line) => [line.programme.key, line.year, line.stage, line.total.text])).toEqual([
      ['cap-and-related-funds', null, 'PLEDGED', 'over EUR 1.2 billion'],
      [PLEDGE, '2024', 'PLEDGED', 'at least EUR 40 billion'],
      [PLEDGE, '2025', 'PLEDGED', 'EUR 35 billion'],
      ['purl', '2025', 'ANNOUNCED', 'over 4 billion (currency not stated)'],
      ['purl', null, 'PLEDGED', 'USD 4 billion'],
      ['unite', '2026', 'ANNOUNCED', 'up to EUR 50 million'],
      ['unite', null, 'ANNOUNCED', 'up to EUR 10 million'],
    ]);
  });

  it('never adds two currencies, a target or a running total, whatever the grouping', async () => {
    for (const groupBy of [
      '[]',
      '[PROGRAMME]',
      '[FUNDER]',
      '[YEAR]',
      '[CURRENCY]',
      '[PROGRAMME, FUNDER, YEAR]',
    ]) {
      for (const expandGroups of [false, true]) {
        const { totals } = await funding(`groupBy: ${groupBy}, expandGroups: ${expandGroups}`);
        expect(totals.length).toBeGreaterThan(0);
        for (const line of totals) {
          const currencies = new Set([
            line.currency,
            line.total.currency,
            ...line.total.parts.map((part) => part.currency),
          ]);
          for (const sum of line.sums) currencies.add(sum.amount!.currency);
          expect([...currencies]).toEqual([line.currency]);
          expect(line.total.value).toBeCloseTo(line.sums.reduce((acc, sum) => acc + sum.amount!.value, 0));
          expect(new Set(line.sums.map((sum) => sum.stage))).toEqual(new Set([line.stage]));
          if (line.sums.some((sum) => sum.sumKind === 'TARGET' || sum.sumKind === 'RUNNING_TOTAL'))
            expect(line.count).toBe(1);
          if (line.currency === null) expect(line.count).toBe(1);
        }
      }
    }
  });
});

describe('group credit, through the typed documents', () => {
  it("lists Albania's own funding (none) apart from its groups', each via the group, whole, shared with named co-members", async () => {
    const own = await run(app, MemberFundingDocument, { key: 'albania' });
    const ownEntity = own.data!.entity!;
    if (!('contributions' in ownEntity)) throw new Error('albania has no contributions');
    expect(ownEntity.contributions).toEqual([]);
    const response = await run(app, MemberFundingDocument, { key: 'albania', expandGroups: true });
    expect(response.errors).toBeUndefined();
    const entity = response.data!.entity!;
    if (!('contributions' in entity)) throw new Error('albania has no contributions');
    const purl = entity.contributions.filter((record) => record.recipient.key === 'purl');
    expect(
      purl.map((record) => [
        record.credit,
        record.viaGroup?.key,
        record.stage,
        record.amount?.text,
        record.sharedWith.length,
      ]),
    ).toEqual([
      ['VIA_GROUP', 'nato-allies-and-partners', 'ANNOUNCED', 'over 4 billion (currency not stated)', 31],
      ['VIA_GROUP', 'nato-allies', 'PLEDGED', 'USD 4 billion', 30],
    ]);
    expect(entity.contributions.every((record) => record.credit === 'VIA_GROUP')).toBe(true);
    // PURL buys from the United States "by other NATO Allies": the seller shares in none of it.
    expect(purl[1]!.sharedWith.map((member) => member.key)).not.toContain('united-states');
    expect(purl[1]!.sharedWith.map((member) => member.key)).toContain('germany');
  });

  it("never credits the United States with the Allies' PURL money, which buys from it", async () => {
    const response = await run(app, MemberFundingDocument, { key: 'united-states', expandGroups: true });
    expect(response.errors).toBeUndefined();
    const entity = response.data!.entity!;
    if (!('contributions' in entity)) throw new Error('united-states has no contributions');
    expect(entity.contributions.length).toBeGreaterThan(0);
    expect(entity.contributions.map((record) => record.recipient.key)).not.toContain('purl');
    const { totals } = await funding('funder: "united-states", expandGroups: true, programme: "purl"');
    expect(totals).toEqual([]);
  });

  it('cites the membership a credit via a group rests on, from the compiled list of Allies', async () => {
    const response = await run(app, MemberFundingDocument, { key: 'finland', expandGroups: true });
    const entity = response.data!.entity!;
    if (!('contributions' in entity)) throw new Error('finland has no contributions');
    const nordic = entity.contributions.find((record) => record.viaGroup?.key === 'nordic-and-baltic-allies');
    expect(nordic).toBeDefined();
    expect(nordic!.citations.map((citation) => citation.quote)).toEqual([
      'Nordic and Baltic Allies to fund joint $500m PURL package for Ukraine, 13 November 2025',
      'The Nordic and Baltic Allies are Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden (the Nordic-Baltic Eight).',
      'Finland became a member of NATO in 2023.',
    ]);
  });

  it('answers the funding lines of a member with its own and its groups’ money apart, never added', async () => {
    const response = await run(app, FundingLinesDocument, {
      funder: 'sweden',
      expandGroups: true,
      programme: 'purl',
    });
    expect(response.errors).toBeUndefined();
    const { totals, sideBySide } = response.data!.funding!;
    expect(
      totals.map((line) => [line.credit, line.viaGroup?.key ?? null, line.stage, line.total.text]),
    ).toEqual([
      ['JOINT', null, 'ANNOUNCED', 'USD 500 million'],
      ['VIA_GROUP', 'nato-allies', 'PLEDGED', 'USD 4 billion'],
      ['VIA_GROUP', 'nato-allies-and-partners', 'ANNOUNCED', 'over 4 billion (currency not stated)'],
      ['VIA_GROUP', 'nordic-and-baltic-allies', 'ANNOUNCED', 'USD 500 million'],
    ]);
    expect(new Set(sideBySide.map((entry) => entry.reason))).toEqual(new Set(['GROUP_CREDIT']));
  });

  it('adds a VIA_GROUP record for each member of a group funder only when Programme.funders is asked to', async () => {
    const query = (expand: boolean) =>
      runText<{
        entity: { funders: { funder: { key: string }; credit: string; viaGroup: { key: string } | null }[] };
      }>(
        app,
        `{ entity(key: "purl") { ... on Programme { funders(expandGroups: ${expand}) { funder { key } credit viaGroup { key } } } } }`,
      );
    const plain = (await query(false)).data!.entity.funders;
    expect(plain.filter((record) => record.credit === 'VIA_GROUP')).toEqual([]);
    const expanded = (await query(true)).data!.entity.funders;
    const albania = expanded.filter((record) => record.funder.key === 'albania');
    expect(albania.map((record) => [record.credit, record.viaGroup?.key])).toEqual([
      ['VIA_GROUP', 'nato-allies-and-partners'],
      ['VIA_GROUP', 'nato-allies'],
    ]);
  });
});

describe('docs/api.md', () => {
  it('has a Funding totals example that runs and answers', async () => {
    const readme = readDoc('docs/api.md');
    const query = /## Funding totals\n[\s\S]*?```graphql\n([\s\S]*?)```/.exec(readme)![1]!;
    const response = await runText(app, query);
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data)).toContain('"text":"USD 1 billion"');
  });
});
