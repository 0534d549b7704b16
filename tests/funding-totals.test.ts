import { readDoc } from './support/docs.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { realApp, runText, type Response } from './support/client.js';
import { entity, graphData, relation, usd } from './support/fixtures.js';
import { buildKnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { fundingTotals, type FundingExclusion } from '../src/graph/funding-totals.js';
import { combineQualifiers, formatMoneySum, sumMoney } from '../src/graph/money-sums.js';
import { InvalidArgumentError } from '../src/graph/errors.js';
import { AMOUNT_QUALIFIER_NAMES } from '../src/graph/vocabulary.js';
import type { EntityData, Money, RelationData } from '../src/graph/types.js';
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
  it.each([
    ['programme: "no-such-programme"', 'programme', 'there is no entity "no-such-programme"'],
    ['programme: "germany"', 'programme', '"germany" is a COUNTRY'],
    ['funder: "atlantis"', 'funder', 'there is no entity "atlantis"'],
    ['funder: "purl"', 'funder', '"purl" is a PROGRAMME'],
    ['asOf: "2025-02-30"', 'asOf', 'asOf must be a calendar date'],
    ['from: "last year"', 'from', 'from must be a calendar date'],
    ['from: "2025-09", to: "2025-08"', 'to', 'to (2025-08) must not be before from (2025-09)'],
  ])('refuses %s with an error naming the argument', async (args, argument, message) => {
    const response = await runText(app, `{ funding(${args}) { totals { currency } } }`);
    expect(response.data).toBeNull();
    expect(errorOf(response).message).toContain(message);
    expect(errorOf(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('refuses an asOf on Programme.funders that is not a date', async () => {
    const response = await runText(
      app,
      '{ entity(key: "purl") { ... on Programme { funders(asOf: "soon") { date } } } }',
    );
    expect(errorOf(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });

  it('refuses an unknown dimension before running', async () => {
    const response = await runText(app, '{ funding(groupBy: [COUNTRY]) { totals { currency } } }');
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

// A programme with a joint package, a package funded alone, a package with no amount, a sum
// for the programme as a whole (provided, dated after those packages), an undated pledge for
// it, and a group with two members. Tests add what else they need.
const fundingGraph = (extraEntities: EntityData[] = [], extraRelations: RelationData[] = []) =>
  buildKnowledgeGraph(
    graphData(
      [
        entity('prog', 'PROGRAMME', 'Programme'),
        entity('other-prog', 'PROGRAMME', 'Other programme'),
        entity('pkg-joint', 'PACKAGE', 'Joint package'),
        entity('pkg-solo', 'PACKAGE', 'Solo package'),
        entity('pkg-unstated', 'PACKAGE', 'Package without amount'),
        entity('alpha', 'COUNTRY', 'Alphaland'),
        entity('beta', 'COUNTRY', 'Betaland'),
        entity('gamma', 'COUNTRY', 'Gammaland'),
        entity('allies', 'GROUP', 'Allies'),
        ...extraEntities,
      ],
      [
        relation('alpha-member', 'MEMBER_OF', 'alpha', 'allies'),
        relation('beta-member', 'MEMBER_OF', 'beta', 'allies'),
        relation('alpha-funds-joint', 'FUNDS', 'alpha', 'pkg-joint', { date: '2025-08-05' }),
        relation('beta-funds-joint', 'FUNDS', 'beta', 'pkg-joint', { date: '2025-08-05' }),
        relation('joint-of-prog', 'PACKAGE_OF', 'pkg-joint', 'prog', {
          amount: usd(500e6),
          date: '2025-08-05',
        }),
        relation('gamma-funds-solo', 'FUNDS', 'gamma', 'pkg-solo', { date: '2025-09-01' }),
        relation('solo-of-prog', 'PACKAGE_OF', 'pkg-solo', 'prog', {
          amount: usd(300e6),
          date: '2025-09-01',
        }),
        relation('gamma-funds-unstated', 'FUNDS', 'gamma', 'pkg-unstated', { date: '2025-08-01' }),
        relation('unstated-of-prog', 'PACKAGE_OF', 'pkg-unstated', 'prog', { date: '2025-08-01' }),
        relation('allies-fund-prog', 'FUNDS', 'allies', 'prog', {
          amount: usd(1e9, 'OVER'),
          date: '2025-12-10',
        }),
        relation('allies-pledge-prog', 'PLEDGES', 'allies', 'prog', { amount: usd(1e9) }),
        relation('allies-pledge-other', 'PLEDGES', 'allies', 'other-prog', {
          amount: eur(1.2e9, 'OVER'),
          statedEquivalent: usd(1.4e9, 'ABOUT'),
        }),
        ...extraRelations,
      ],
    ),
  );

/** A package of `prog` (or `programme`) funded or pledged by gamma. */
const gammaPackage = (
  key: string,
  date: string | null,
  amount: Money,
  type: 'FUNDS' | 'PLEDGES' = 'FUNDS',
  programme = 'prog',
) => ({
  entity: entity(key, 'PACKAGE', key),
  relations: [
    relation(`gamma-${type.toLowerCase()}-${key}`, type, 'gamma', key, { date }),
    relation(`${key}-of-${programme}`, 'PACKAGE_OF', key, programme, { amount, date }),
  ],
});
const withPackages = (...packages: ReturnType<typeof gammaPackage>[]) =>
  fundingGraph(
    packages.map((pkg) => pkg.entity),
    packages.flatMap((pkg) => pkg.relations),
  );

const summary = (result: ReturnType<typeof fundingTotals>) =>
  result.totals.map((total) => [
    total.pledged,
    formatMoneySum(total.total),
    total.sums.map((sum) => sum.key),
  ]);
const reasons = (exclusions: readonly FundingExclusion[]) =>
  exclusions.map((exclusion) => [exclusion.reason, exclusion.sum.key, exclusion.includedIn?.key ?? null]);

describe('fundingTotals: double counting', () => {
  it('refuses a from after to, naming to', () => {
    expect(() => fundingTotals(fundingGraph(), { from: '2026', to: '2025' })).toThrow(InvalidArgumentError);
  });

  it('counts a joint package once, with all its funders', () => {
    const result = fundingTotals(fundingGraph(), { programme: 'pkg-joint' });
    expect(summary(result)).toEqual([[false, 'USD 500 million', ['joint-of-prog']]]);
    expect(result.totals[0]!.sums[0]!.funders.map((funder) => funder.key)).toEqual(['alpha', 'beta']);
  });

  it('gives a joint package one FUNDER row naming its funders together, so rows add up', () => {
    // As of November the Allies' December figure is not known yet, so the packages count.
    const result = fundingTotals(fundingGraph(), { groupBy: ['FUNDER'], pledged: false, asOf: '2025-11' });
    expect(
      result.totals.map((total) => [total.funders!.map((funder) => funder.key), formatMoneySum(total.total)]),
    ).toEqual([
      [['alpha', 'beta'], 'USD 500 million'],
      [['gamma'], 'USD 300 million'],
    ]);
  });

  it('counts a programme-wide figure and sets aside the packages dated on or before it as included in it', () => {
    const result = fundingTotals(fundingGraph(), { programme: 'prog', pledged: false });
    expect(summary(result)).toEqual([[false, 'over USD 1 billion', ['allies-fund-prog']]]);
    expect(result.totals[0]!.total.qualifier).toBe('OVER');
    expect(reasons(result.totals[0]!.excluded)).toEqual([
      ['NO_AMOUNT', 'unstated-of-prog', null],
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'joint-of-prog', 'allies-fund-prog'],
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'solo-of-prog', 'allies-fund-prog'],
    ]);
    const joint = result.excluded.find((exclusion) => exclusion.sum.key === 'joint-of-prog')!;
    expect(joint.explanation).toBe(
      'Joint package, USD 500 million, is included in the figure for Programme as a whole: over USD 1 billion from Allies as of 2025-12-10 (allies-fund-prog), ' +
        'a total to its date, and this package is dated 2025-08-05, on or before it. ' +
        "That figure is counted instead, so the money is not added twice; in totals by funder it shows under Allies, not under this package's own funders.",
    );
  });

  it('counts the packages dated after a programme-wide figure in addition to it', () => {
    const result = fundingTotals(withPackages(gammaPackage('pkg-late', '2026-01-15', usd(200e6))), {
      programme: 'prog',
      pledged: false,
    });
    expect(summary(result)).toEqual([
      [false, 'over USD 1.2 billion', ['allies-fund-prog', 'pkg-late-of-prog']],
    ]);
    expect(reasons(result.excluded).map(([reason, key]) => [reason, key])).toEqual([
      ['NO_AMOUNT', 'unstated-of-prog'],
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'joint-of-prog'],
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'solo-of-prog'],
    ]);
  });

  it("takes a package whose month holds the figure's day, and an undated package, as included in it", () => {
    const graph = withPackages(
      gammaPackage('pkg-december', '2025-12', usd(100e6)),
      gammaPackage('pkg-undated', null, usd(50e6)),
    );
    const result = fundingTotals(graph, { programme: 'prog', pledged: false });
    expect(summary(result)).toEqual([[false, 'over USD 1 billion', ['allies-fund-prog']]]);
    expect(reasons(result.excluded).slice(-2)).toEqual([
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'pkg-december-of-prog', 'allies-fund-prog'],
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'pkg-undated-of-prog', 'allies-fund-prog'],
    ]);
    expect(result.excluded.at(-1)!.explanation).toContain('nothing places this undated package after it');
  });

  it('takes an undated programme-wide figure to include every package of its stage, and no package of the other stage', () => {
    const graph = withPackages(gammaPackage('pkg-promise', '2027', usd(100e6), 'PLEDGES'));
    const result = fundingTotals(graph, { programme: 'prog' });
    expect(summary(result)).toEqual([
      [false, 'over USD 1 billion', ['allies-fund-prog']],
      [true, 'USD 1 billion', ['allies-pledge-prog']],
    ]);
    expect(reasons(result.totals[1]!.excluded)).toEqual([
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'pkg-promise-of-prog', 'allies-pledge-prog'],
    ]);
    expect(result.totals[1]!.excluded[0]!.explanation).toContain(
      'from Allies undated (allies-pledge-prog), a total to its date, and undated, so taken to include every package',
    );
  });

  it('counts the packages when the programme-wide figure is not known yet (asOf)', () => {
    const result = fundingTotals(fundingGraph(), { programme: 'prog', pledged: false, asOf: '2025-12-09' });
    expect(summary(result)).toEqual([[false, 'USD 800 million', ['joint-of-prog', 'solo-of-prog']]]);
    expect(reasons(result.excluded)).toEqual([['NO_AMOUNT', 'unstated-of-prog', null]]);
  });

  it('counts every programme-wide figure of one programme and stage, each package included in the earliest that covers it', () => {
    // Sums for separate years, like the Pledge's 2024 baseline and its "additional" 2025 sum.
    const graph = fundingGraph(
      [entity('pkg-2024', 'PACKAGE'), entity('pkg-2025', 'PACKAGE')],
      [
        relation('allies-fund-other-2024', 'FUNDS', 'allies', 'other-prog', {
          amount: eur(40e9, 'AT_LEAST'),
          date: '2024',
        }),
        relation('allies-fund-other-2025', 'FUNDS', 'allies', 'other-prog', {
          amount: eur(35e9),
          date: '2025',
        }),
        ...gammaPackage('pkg-2024', '2024-06', eur(1e9), 'FUNDS', 'other-prog').relations,
        ...gammaPackage('pkg-2025', '2025-03', eur(2e9), 'FUNDS', 'other-prog').relations,
      ],
    );
    const result = fundingTotals(graph, { programme: 'other-prog', pledged: false });
    expect(summary(result)).toEqual([
      [false, 'at least EUR 75 billion', ['allies-fund-other-2024', 'allies-fund-other-2025']],
    ]);
    expect(reasons(result.excluded)).toEqual([
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'pkg-2024-of-other-prog', 'allies-fund-other-2024'],
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'pkg-2025-of-other-prog', 'allies-fund-other-2025'],
    ]);
  });

  it("counts a country's packages as they stand when the funder filter does not select its group's figure", () => {
    expect(summary(fundingTotals(fundingGraph(), { funder: 'gamma', pledged: false }))).toEqual([
      [false, 'USD 300 million', ['solo-of-prog']],
    ]);
    expect(summary(fundingTotals(fundingGraph(), { funder: 'alpha' }))).toEqual([
      [false, 'USD 500 million', ['joint-of-prog']],
    ]);
  });

  it('counts the programme-wide sum alone when its funder alone is asked about', () => {
    const result = fundingTotals(fundingGraph(), { funder: 'allies', pledged: false });
    expect(summary(result)).toEqual([[false, 'over USD 1 billion', ['allies-fund-prog']]]);
    expect(result.excluded).toEqual([]);
  });

  it("with expandGroups, a member matches its group's money, and its own package is included in the group's figure", () => {
    const result = fundingTotals(fundingGraph(), {
      funder: 'alpha',
      expandGroups: true,
      groupBy: ['PROGRAMME'],
    });
    expect(summary(result)).toEqual([
      [false, 'over USD 1 billion', ['allies-fund-prog']],
      [true, 'over EUR 1.2 billion', ['allies-pledge-other']],
      [true, 'USD 1 billion', ['allies-pledge-prog']],
    ]);
    expect(reasons(result.excluded)).toEqual([
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'joint-of-prog', 'allies-fund-prog'],
    ]);
  });

  it("shows a package included in a group's figure under the FUNDER row that counts the figure", () => {
    const result = fundingTotals(fundingGraph(), { groupBy: ['FUNDER'], pledged: false });
    expect(
      result.totals.map((total) => [total.funders!.map((funder) => funder.key), formatMoneySum(total.total)]),
    ).toEqual([[['allies'], 'over USD 1 billion']]);
    expect(reasons(result.totals[0]!.excluded)).toEqual([
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'joint-of-prog', 'allies-fund-prog'],
      ['INCLUDED_IN_PROGRAMME_TOTAL', 'solo-of-prog', 'allies-fund-prog'],
    ]);
  });

  it('names members instead of the group in FUNDER rows only when asked', () => {
    const rows = (expandGroups: boolean) =>
      fundingTotals(fundingGraph(), { groupBy: ['FUNDER'], pledged: true, expandGroups }).totals.map(
        (total) => total.funders!.map((funder) => funder.key).join(','),
      );
    expect(rows(false)).toEqual(['allies', 'allies']);
    expect(rows(true)).toEqual(['alpha,beta', 'alpha,beta']);
  });

  it('keeps pledges apart from money provided, and currencies apart', () => {
    const result = fundingTotals(fundingGraph(), {});
    expect(
      result.totals.map((total) => [total.pledged, total.currency, formatMoneySum(total.total)]),
    ).toEqual([
      [false, 'USD', 'over USD 1 billion'],
      [true, 'EUR', 'over EUR 1.2 billion'],
      [true, 'USD', 'USD 1 billion'],
    ]);
  });

  it('sums stated equivalents only when every counted sum states one', () => {
    const result = fundingTotals(fundingGraph(), { pledged: true });
    const [eurTotal, usdTotal] = result.totals;
    expect(eurTotal!.statedEquivalent).toEqual(sumMoney('USD', [usd(1.4e9, 'ABOUT')]));
    expect(usdTotal!.statedEquivalent).toBeNull();
  });

  it('hides what is dated after asOf, keeps what is undated', () => {
    const result = fundingTotals(fundingGraph(), { asOf: '2025-08', groupBy: ['PROGRAMME'] });
    expect(summary(result)).toEqual([
      [false, 'USD 500 million', ['joint-of-prog']],
      [true, 'over EUR 1.2 billion', ['allies-pledge-other']],
      [true, 'USD 1 billion', ['allies-pledge-prog']],
    ]);
  });

  it('sets undated sums aside when a from/to range is asked for, and a figure that includes packages before the range', () => {
    const result = fundingTotals(fundingGraph(), { from: '2025-09', to: '2025-12' });
    expect(summary(result)).toEqual([[false, 'USD 300 million', ['solo-of-prog']]]);
    expect(reasons(result.excluded)).toEqual([
      ['UNDATED', 'allies-pledge-other', null],
      ['UNDATED', 'allies-pledge-prog', null],
      ['INCLUDES_MONEY_BEFORE_RANGE', 'allies-fund-prog', null],
    ]);
    expect(result.excluded[2]!.explanation).toContain(
      'includes packages dated before 2025-09: Package without amount; Joint package.',
    );
  });

  it('sets aside a figure that includes packages before the range even when the funder filter leaves them out', () => {
    const result = fundingTotals(fundingGraph(), { funder: 'allies', pledged: false, from: '2025-10' });
    expect(result.totals).toEqual([]);
    expect(reasons(result.excluded)).toEqual([['INCLUDES_MONEY_BEFORE_RANGE', 'allies-fund-prog', null]]);
  });

  it('counts the figure in a range that starts before every package it includes', () => {
    const result = fundingTotals(fundingGraph(), { programme: 'prog', pledged: false, from: '2025' });
    expect(summary(result)).toEqual([[false, 'over USD 1 billion', ['allies-fund-prog']]]);
  });
});

interface MoneyJson {
  value: number;
  currency: string;
  qualifier: string;
  text: string;
}
interface TotalJson {
  pledged: boolean;
  currency: string;
  programme: { key: string } | null;
  funders: { key: string }[] | null;
  year: string | null;
  count: number;
  total: {
    value: number;
    currency: string;
    qualifier: string;
    text: string;
    conversion: boolean;
    parts: MoneyJson[];
  };
  statedEquivalent: { currency: string; qualifier: string; text: string; conversion: boolean } | null;
  sums: {
    key: string;
    amount: MoneyJson | null;
    funders: { key: string }[];
    citations: { quote: string }[];
  }[];
  excluded: {
    reason: string;
    explanation: string;
    sum: { key: string };
    includedIn: { key: string } | null;
  }[];
}
type FundingJson = { funding: { totals: TotalJson[]; excluded: { reason: string; sum: { key: string } }[] } };

const TOTAL_FIELDS = `
  pledged currency programme { key } funders { key } year count
  total { value currency qualifier text conversion parts { value currency qualifier text } }
  statedEquivalent { currency qualifier text conversion }
  sums { key amount { value currency qualifier text } funders { key } citations { quote } }
  excluded { reason explanation sum { key } includedIn { key } }`;

async function funding(args: string): Promise<FundingJson['funding']> {
  const response = await runText<FundingJson>(
    app,
    `{ funding${args ? `(${args})` : ''} { totals { ${TOTAL_FIELDS} } excluded { reason sum { key } } } }`,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.funding;
}

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
        pledged: boolean;
        amount: { text: string } | null;
      }[];
    };
  }
  const funders = async (key: string, asOf?: string) => {
    const response = await runText<FundersJson>(
      app,
      `query($key: String!, $asOf: String) { entity(key: $key) { ... on Programme { funders(asOf: $asOf) { funder { key } via { key } date pledged amount { text } } }
        ... on Package { funders(asOf: $asOf) { funder { key } via { key } date pledged amount { text } } } } }`,
      { key, asOf },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.entity.funders;
  };

  it('had PURL funded by the Netherlands, Denmark, Norway, Sweden and Germany by 2025-08-15, not yet by Canada', async () => {
    const records = await funders('purl', '2025-08-15');
    expect(
      records.map((record) => [record.funder.key, record.date, record.pledged, record.amount?.text ?? null]),
    ).toEqual([
      ['netherlands', '2025-08-04', false, null],
      ['denmark', '2025-08-05', false, 'USD 500 million'],
      ['norway', '2025-08-05', false, 'USD 500 million'],
      ['sweden', '2025-08-05', false, 'USD 500 million'],
      ['germany', '2025-08-13', false, 'USD 500 million'],
      // The Allies' undated commitment stays: an undated fact is always known.
      ['nato-allies', null, true, 'USD 4 billion'],
    ]);
  });

  it('adds Canada on 2025-08-24 and the later facts without asOf', async () => {
    expect((await funders('purl', '2025-08-24')).map((record) => record.funder.key)).toContain('canada');
    const all = await funders('purl');
    expect(all.map((record) => record.funder.key)).toEqual([
      'netherlands',
      'denmark',
      'norway',
      'sweden',
      'germany',
      'canada',
      'nordic-and-baltic-allies',
      'nato-allies',
      'nato-allies',
    ]);
  });

  it('reads a month as its last day, on a package too', async () => {
    expect(await funders('purl-package-canada-2025-08-24', '2025-08-23')).toEqual([]);
    expect(
      (await funders('purl-package-canada-2025-08-24', '2025-08')).map((record) => record.funder.key),
    ).toEqual(['canada']);
  });
});

const PURL_PROVIDED = 'nato-allies-funds-purl-over-usd-4-billion-2025-12-10';
const NETHERLANDS_PACKAGE = 'purl-package-netherlands-2025-08-04-package-of-purl';
const INCLUDED_IN_PURL_PROVIDED = PURL_PACKAGES.map((key) => [
  'INCLUDED_IN_PROGRAMME_TOTAL',
  key,
  PURL_PROVIDED,
]);
const exclusionsOf = (excluded: TotalJson['excluded']) =>
  excluded.map((exclusion) => [exclusion.reason, exclusion.sum.key, exclusion.includedIn?.key ?? null]);

describe('funding totals, on the real graph', () => {
  it('totals PURL provided at the Allies\' "over USD 4 billion", which includes the four packages dated before it', async () => {
    const { totals } = await funding('programme: "purl"');
    expect(totals.map((total) => [total.pledged, total.total.text, total.count])).toEqual([
      [false, 'over USD 4 billion', 1],
      [true, 'USD 4 billion', 1],
    ]);
    const [provided, pledged] = totals;
    expect(provided!.total).toMatchObject({
      value: 4e9,
      currency: 'USD',
      qualifier: 'OVER',
      conversion: false,
    });
    expect(provided!.sums.map((sum) => sum.key)).toEqual([PURL_PROVIDED]);
    expect(provided!.sums[0]!.funders.map((funder) => funder.key)).toEqual(['nato-allies']);
    expect(provided!.sums[0]!.citations[0]!.quote).toContain('fund over 4 billion in PURL packages');
    expect(exclusionsOf(provided!.excluded)).toEqual([
      ['NO_AMOUNT', NETHERLANDS_PACKAGE, null],
      ...INCLUDED_IN_PURL_PROVIDED,
    ]);
    expect(provided!.excluded[2]!.explanation).toBe(
      'PURL package funded by Germany (13 August 2025), USD 500 million, is included in the figure for Prioritised Ukraine Requirements List as a whole: ' +
        `over USD 4 billion from NATO Allies as of 2025-12-10 (${PURL_PROVIDED}), a total to its date, and this package is dated 2025-08-13, on or before it. ` +
        "That figure is counted instead, so the money is not added twice; in totals by funder it shows under NATO Allies, not under this package's own funders.",
    );
    expect(pledged!.sums.map((sum) => sum.key)).toEqual(['nato-allies-pledges-purl-usd-4-billion']);
    expect(pledged!.excluded).toEqual([]);
  });

  it('totals PURL provided as of 2025-08-15 at USD 1 billion, the December figure not being known yet', async () => {
    const { totals } = await funding('programme: "purl", pledged: false, asOf: "2025-08-15"');
    expect(totals.map((total) => [total.total.text, total.sums.map((sum) => sum.key)])).toEqual([
      ['USD 1 billion', PURL_PACKAGES.slice(0, 2)],
    ]);
    expect(exclusionsOf(totals[0]!.excluded)).toEqual([['NO_AMOUNT', NETHERLANDS_PACKAGE, null]]);
  });

  it('totals PURL pledged at USD 4 billion', async () => {
    const { totals } = await funding('programme: "purl", pledged: true');
    expect(
      totals.map((total) => [total.total.text, total.total.qualifier, total.sums.map((sum) => sum.key)]),
    ).toEqual([['USD 4 billion', 'EXACT', ['nato-allies-pledges-purl-usd-4-billion']]]);
  });

  it('counts the Allies-wide "over USD 4 billion" when the Allies alone are asked about', async () => {
    const { totals } = await funding('programme: "purl", funder: "nato-allies", pledged: false');
    expect(
      totals.map((total) => [total.total.text, total.total.qualifier, total.sums.map((sum) => sum.key)]),
    ).toEqual([['over USD 4 billion', 'OVER', [PURL_PROVIDED]]]);
  });

  it("totals Germany's PURL money at USD 500 million: the Allies' figure is not selected for Germany alone", async () => {
    for (const args of ['programme: "purl", funder: "germany"', 'funder: "germany"']) {
      const { totals, excluded } = await funding(args);
      expect(
        totals.map((total) => [total.pledged, total.total.text, total.sums.map((sum) => sum.key)]),
      ).toEqual([[false, 'USD 500 million', ['purl-package-germany-2025-08-13-package-of-purl']]]);
      expect(excluded).toEqual([]);
    }
  });

  it("with expandGroups, counts the Allies' figure for Germany and shows Germany's package included in it", async () => {
    const { totals } = await funding(
      'programme: "purl", funder: "germany", expandGroups: true, pledged: false',
    );
    expect(totals.map((total) => [total.total.text, total.sums.map((sum) => sum.key)])).toEqual([
      ['over USD 4 billion', [PURL_PROVIDED]],
    ]);
    expect(exclusionsOf(totals[0]!.excluded)).toEqual([INCLUDED_IN_PURL_PROVIDED[1]]);
  });

  it('sets the December figure aside in a range from September, and counts the package in the range', async () => {
    const { totals, excluded } = await funding('programme: "purl", from: "2025-09", to: "2025-12"');
    expect(
      totals.map((total) => [total.pledged, total.total.text, total.sums.map((sum) => sum.key)]),
    ).toEqual([[false, 'USD 500 million', ['purl-package-nordic-baltic-2025-11-13-package-of-purl']]]);
    expect(excluded.map((exclusion) => [exclusion.reason, exclusion.sum.key])).toEqual([
      ['UNDATED', 'nato-allies-pledges-purl-usd-4-billion'],
      ['INCLUDES_MONEY_BEFORE_RANGE', PURL_PROVIDED],
    ]);
  });

  it('totals CAP in euros, with the dollar figure only as the source states it', async () => {
    const { totals } = await funding('programme: "cap"');
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatchObject({
      pledged: true,
      currency: 'EUR',
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

  it('keeps every pledge apart from money provided, and shows a MIXED euro pledge total by its parts', async () => {
    const { totals, excluded } = await funding('');
    expect(
      totals.map((total) => [total.pledged, total.currency, total.total.qualifier, total.total.text]),
    ).toEqual([
      [false, 'EUR', 'MIXED', 'over EUR 50 billion + up to EUR 10 million'],
      [false, 'USD', 'OVER', 'over USD 4 billion'],
      [true, 'EUR', 'MIXED', 'EUR 35 billion + over EUR 41.2 billion + up to EUR 50 million'],
      [true, 'USD', 'EXACT', 'USD 4 billion'],
    ]);
    expect(excluded.map((exclusion) => [exclusion.reason, exclusion.sum.key])).toEqual([
      ['NO_AMOUNT', NETHERLANDS_PACKAGE],
      ...PURL_PACKAGES.map((key) => ['INCLUDED_IN_PROGRAMME_TOTAL', key]),
    ]);
  });

  it('gives the joint Danish-Norwegian-Swedish package one FUNDER row before December, and group money stays with the group', async () => {
    const { totals } = await funding('groupBy: [FUNDER], pledged: false, asOf: "2025-12-09"');
    expect(
      totals.map((total) => [total.funders!.map((funder) => funder.key).join(','), total.total.text]),
    ).toEqual([
      ['canada', 'USD 500 million'],
      ['denmark,norway,sweden', 'USD 500 million'],
      ['germany', 'USD 500 million'],
      ['nato-allies', 'over EUR 50 billion'],
      ['nato,ukraine', 'up to EUR 10 million'],
      ['nordic-and-baltic-allies', 'USD 500 million'],
    ]);
  });

  it('puts PURL money under NATO Allies by FUNDER once the December figure includes the packages, and says so', async () => {
    const { totals } = await funding('groupBy: [FUNDER], pledged: false');
    expect(
      totals.map((total) => [total.funders!.map((funder) => funder.key).join(','), total.total.text]),
    ).toEqual([
      ['nato-allies', 'over EUR 50 billion'],
      ['nato-allies', 'over USD 4 billion'],
      ['nato,ukraine', 'up to EUR 10 million'],
    ]);
    expect(exclusionsOf(totals[1]!.excluded)).toEqual(INCLUDED_IN_PURL_PROVIDED);
    for (const exclusion of totals[1]!.excluded)
      expect(exclusion.explanation).toContain('in totals by funder it shows under NATO Allies');
  });

  it('totals by year, with undated sums in a year of their own', async () => {
    // The Pledge's 2024 baseline and its "additional" 2025 sum both count: neither restates the other.
    const { totals } = await funding('groupBy: [YEAR], pledged: true');
    expect(totals.map((total) => [total.year, total.total.text])).toEqual([
      ['2024', 'at least EUR 40 billion'],
      ['2025', 'EUR 35 billion'],
      ['2026', 'up to EUR 50 million'],
      [null, 'over EUR 1.2 billion'],
      [null, 'USD 4 billion'],
    ]);
  });

  it('never adds two currencies, whatever the grouping', async () => {
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
        for (const total of totals) {
          const currencies = new Set([
            total.currency,
            total.total.currency,
            ...total.total.parts.map((part) => part.currency),
          ]);
          for (const sum of total.sums) currencies.add(sum.amount!.currency);
          expect([...currencies]).toEqual([total.currency]);
          expect(total.total.value).toBeCloseTo(total.sums.reduce((acc, sum) => acc + sum.amount!.value, 0));
        }
      }
    }
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
