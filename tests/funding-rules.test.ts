import { describe, expect, it } from 'vitest';
import { FIXTURE_SOURCE, entity, graphData, relation, usd } from './support/fixtures.js';
import { buildKnowledgeGraph, type KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { fundingTotals, type FundingTotals } from '../src/graph/funding-totals.js';
import { formatMoneySum, sumMoney } from '../src/graph/money-sums.js';
import type { EntityData, Money, RelationData } from '../src/graph/types.js';

// One test per rule of src/graph/funding-totals.ts (and docs/api.md, "Funding totals"), each on
// the smallest graph that shows it. The same rules on the real data: tests/funding-totals.test.ts.

const eur = (value: number, qualifier: Money['qualifier'] = 'EXACT'): Money => ({
  value,
  currency: 'EUR',
  qualifier,
});
const unstated = (value: number, qualifier: Money['qualifier'] = 'EXACT'): Money => ({
  value,
  currency: null,
  qualifier,
});

/** A graph of the given money relations, over programmes, packages and funders made on demand. */
function moneyGraph(
  relations: RelationData[],
  extra: EntityData[] = [],
  asOf: string | null = null,
): KnowledgeGraph {
  const keys = new Set(relations.flatMap((r) => [r.from, r.to]));
  const defined = new Set(extra.map((e) => e.key));
  const kindOf = (key: string) =>
    key.startsWith('pkg')
      ? 'PACKAGE'
      : key.startsWith('prog')
        ? 'PROGRAMME'
        : key.startsWith('group')
          ? 'GROUP'
          : 'COUNTRY';
  const entities = [
    ...extra,
    ...[...keys].filter((key) => !defined.has(key)).map((key) => entity(key, kindOf(key), key)),
  ];
  return buildKnowledgeGraph({ ...graphData(entities, relations), sources: [{ ...FIXTURE_SOURCE, asOf }] });
}

/** A package of `programme`: its funders' relations, and its PACKAGE_OF with the amount. */
function pkg(
  key: string,
  funders: string[],
  amount: Money | null,
  date: string | null,
  stage: RelationData['stage'] = 'PROVIDED',
  programme = 'prog',
): RelationData[] {
  return [
    ...funders.map((funder) => relation(`${funder}-funds-${key}`, 'FUNDS', funder, key, { date, stage })),
    relation(`${key}-of-${programme}`, 'PACKAGE_OF', key, programme, {
      amount,
      date,
      stage,
      sumKind: amount === null ? null : 'DISCRETE',
    }),
  ];
}

/** A sum stated for a programme as a whole. */
function figure(
  key: string,
  funder: string,
  amount: Money,
  sumKind: NonNullable<RelationData['sumKind']>,
  extra: Partial<RelationData> = {},
  programme = 'prog',
): RelationData {
  const type = extra.stage === 'PROVIDED' || extra.stage == null ? 'FUNDS' : 'PLEDGES';
  return relation(key, type, funder, programme, { amount, sumKind, stage: 'PROVIDED', ...extra });
}

const lines = (result: FundingTotals) =>
  result.totals.map((line) => [
    line.programme.key,
    line.stage,
    line.basis,
    formatMoneySum(line.total),
    line.sums.map((sum) => sum.key),
  ]);
const reasons = (result: FundingTotals) =>
  result.excluded.map((exclusion) => [
    exclusion.reason,
    exclusion.sum.key,
    exclusion.includedIn?.key ?? null,
  ]);
const sideBySide = (result: FundingTotals) =>
  result.sideBySide.map((entry) => [entry.reason, entry.totals.map((line) => line.sums[0]!.key)]);

describe('rule 1: only what is known, and only what lies in the range', () => {
  it('hides a sum before its known-from bound: an undated running total until its source’s date', () => {
    const kg = moneyGraph(
      [
        ...pkg('pkg-a', ['alpha'], usd(100e6), '2025-08-01'),
        figure('so-far', 'alpha', usd(1e9), 'RUNNING_TOTAL', { stage: 'PLEDGED' }),
      ],
      [],
      '2025-12-10',
    );
    expect(lines(fundingTotals(kg, { asOf: '2025-12-09' }))).toEqual([
      ['prog', 'PROVIDED', 'SUM', 'USD 100 million', ['pkg-a-of-prog']],
    ]);
    expect(lines(fundingTotals(kg, { asOf: '2025-12-10' })).map((line) => line[4])).toEqual([
      ['so-far'],
      ['pkg-a-of-prog'],
    ]);
  });

  it('sets aside an undated sum in a range as UNDATED, and one reaching outside it as EXTENDS_BEYOND_RANGE', () => {
    const kg = moneyGraph([
      figure('year-2024', 'alpha', eur(50e9, 'OVER'), 'PERIOD_TOTAL', { period: '2024' }),
      figure('undated', 'alpha', eur(1e9), 'DISCRETE'),
      ...pkg('pkg-b', ['beta'], eur(1e6), '2024-09-01'),
    ]);
    const result = fundingTotals(kg, { from: '2024-07', to: '2024-12' });
    expect(lines(result)).toEqual([['prog', 'PROVIDED', 'SUM', 'EUR 1 million', ['pkg-b-of-prog']]]);
    expect(reasons(result)).toEqual([
      ['EXTENDS_BEYOND_RANGE', 'year-2024', null],
      ['UNDATED', 'undated', null],
    ]);
  });
});

describe('rule 2: a sum with no stated amount is listed, never added', () => {
  it('sets it aside as NO_AMOUNT under its line', () => {
    const result = fundingTotals(
      moneyGraph([...pkg('pkg-a', ['alpha'], usd(5), '2025-01'), ...pkg('pkg-b', ['beta'], null, '2025-02')]),
    );
    expect(lines(result)).toEqual([['prog', 'PROVIDED', 'SUM', 'USD 5', ['pkg-a-of-prog']]]);
    expect(result.totals[0]!.excluded.map((exclusion) => exclusion.reason)).toEqual(['NO_AMOUNT']);
  });
});

describe('rule 3: a total the source states is the answer, and the sums it includes say so', () => {
  it('includes the discrete sums of its programme and stage dated on or before a running total', () => {
    const result = fundingTotals(
      moneyGraph([
        ...pkg('pkg-early', ['alpha', 'beta'], usd(500e6), '2025-08-05'),
        ...pkg('pkg-late', ['gamma'], usd(200e6), '2026-01-15'),
        ...pkg('pkg-announced', ['gamma'], usd(300e6), '2025-09-01', 'ANNOUNCED'),
        figure('to-december', 'group-allies', usd(1e9, 'OVER'), 'RUNNING_TOTAL', { date: '2025-12-10' }),
      ]),
    );
    // The later package is not included, and is not added to a running total either.
    expect(lines(result)).toEqual([
      ['prog', 'ANNOUNCED', 'SUM', 'USD 300 million', ['pkg-announced-of-prog']],
      ['prog', 'PROVIDED', 'STATED_TOTAL', 'over USD 1 billion', ['to-december']],
      ['prog', 'PROVIDED', 'SUM', 'USD 200 million', ['pkg-late-of-prog']],
    ]);
    expect(reasons(result)).toEqual([['INCLUDED_IN_PROGRAMME_TOTAL', 'pkg-early-of-prog', 'to-december']]);
    expect(result.excluded[0]!.explanation).toContain('this sum is dated 2025-08-05, on or before it');
  });

  it('includes the discrete sums within a period total’s period, and only those', () => {
    const result = fundingTotals(
      moneyGraph([
        figure('year-2024', 'group-allies', eur(50e9, 'OVER'), 'PERIOD_TOTAL', { period: '2024' }),
        ...pkg('pkg-2024', ['alpha'], eur(1e9), '2024-06', 'PROVIDED'),
        ...pkg('pkg-2025', ['alpha'], eur(2e9), '2025-03', 'PROVIDED'),
      ]),
    );
    expect(reasons(result)).toEqual([['INCLUDED_IN_PROGRAMME_TOTAL', 'pkg-2024-of-prog', 'year-2024']]);
    // The 2025 package lies outside 2024: periods that do not overlap add up.
    expect(lines(result)).toEqual([
      ['prog', 'PROVIDED', 'SUM', 'over EUR 52 billion', ['year-2024', 'pkg-2025-of-prog']],
    ]);
  });

  it('sets aside a running total that counts money from before `from`', () => {
    const result = fundingTotals(
      moneyGraph([
        ...pkg('pkg-august', ['alpha'], usd(500e6), '2025-08-05'),
        ...pkg('pkg-november', ['beta'], usd(500e6), '2025-11-13'),
        figure('to-december', 'group-allies', usd(1e9, 'OVER'), 'RUNNING_TOTAL', { date: '2025-12-10' }),
      ]),
      { from: '2025-09', to: '2025-12' },
    );
    expect(lines(result)).toEqual([['prog', 'PROVIDED', 'SUM', 'USD 500 million', ['pkg-november-of-prog']]]);
    expect(reasons(result)).toEqual([['INCLUDES_MONEY_BEFORE_RANGE', 'to-december', null]]);
  });

  it('keeps a running total for a period in a range that holds the period: it counts from the period’s start', () => {
    const graph = moneyGraph([
      figure('year-2024', 'group-allies', eur(50e9, 'OVER'), 'PERIOD_TOTAL', { period: '2024' }),
      figure('so-far-2025', 'group-allies', eur(35e9), 'RUNNING_TOTAL', { stage: 'PLEDGED', period: '2025' }),
    ]);
    const year = fundingTotals(graph, { from: '2025-01', to: '2025-12' });
    expect(lines(year)).toEqual([['prog', 'PLEDGED', 'STATED_TOTAL', 'EUR 35 billion', ['so-far-2025']]]);
    expect(reasons(year)).toEqual([]);
    // Money of 2024 is before the range and before the period: it does not make the 2025 total
    // one that holds money from before the range. A range within 2025 cannot hold it whole.
    expect(reasons(fundingTotals(graph, { from: '2025-03', to: '2025-12' }))).toEqual([
      ['EXTENDS_BEYOND_RANGE', 'so-far-2025', null],
    ]);
  });
});

describe('rule 4: only sums of one programme, stage and currency, discrete or of separate periods, add up', () => {
  it('never adds two programmes, and says so (DIFFERENT_PROGRAMMES)', () => {
    const result = fundingTotals(
      moneyGraph([
        ...pkg('pkg-a', ['alpha'], usd(1e9), '2025-01'),
        ...pkg('pkg-b', ['alpha'], usd(2e9), '2025-02', 'PROVIDED', 'prog-other'),
      ]),
    );
    expect(lines(result)).toEqual([
      ['prog', 'PROVIDED', 'SUM', 'USD 1 billion', ['pkg-a-of-prog']],
      ['prog-other', 'PROVIDED', 'SUM', 'USD 2 billion', ['pkg-b-of-prog-other']],
    ]);
    expect(sideBySide(result)).toEqual([['DIFFERENT_PROGRAMMES', ['pkg-a-of-prog', 'pkg-b-of-prog-other']]]);
  });

  it('adds the discrete sums of one programme, stage and currency', () => {
    const result = fundingTotals(
      moneyGraph([
        ...pkg('pkg-a', ['alpha', 'beta'], usd(500e6), '2025-08-05'),
        ...pkg('pkg-b', ['gamma'], usd(300e6, 'OVER'), '2025-09-01'),
      ]),
    );
    expect(lines(result)).toEqual([
      ['prog', 'PROVIDED', 'SUM', 'over USD 800 million', ['pkg-a-of-prog', 'pkg-b-of-prog']],
    ]);
  });

  it('never adds two stages (DIFFERENT_STAGES)', () => {
    const result = fundingTotals(
      moneyGraph([
        ...pkg('pkg-a', ['alpha'], usd(1e9), '2025-01', 'ANNOUNCED'),
        ...pkg('pkg-b', ['beta'], usd(1e9), '2025-02', 'PROVIDED'),
      ]),
    );
    expect(lines(result).map((line) => [line[1], line[3]])).toEqual([
      ['ANNOUNCED', 'USD 1 billion'],
      ['PROVIDED', 'USD 1 billion'],
    ]);
    expect(sideBySide(result)).toEqual([['DIFFERENT_STAGES', ['pkg-a-of-prog', 'pkg-b-of-prog']]]);
  });

  it('never adds two currencies (DIFFERENT_CURRENCIES)', () => {
    const result = fundingTotals(
      moneyGraph([
        ...pkg('pkg-a', ['alpha'], usd(1e9), '2025-01'),
        ...pkg('pkg-b', ['beta'], eur(1e9), '2025-02'),
      ]),
    );
    expect(result.totals.map((line) => line.currency)).toEqual(['EUR', 'USD']);
    expect(sideBySide(result)).toEqual([['DIFFERENT_CURRENCIES', ['pkg-b-of-prog', 'pkg-a-of-prog']]]);
  });

  it('adds an amount with no stated currency to nothing, not even another such amount (CURRENCY_NOT_STATED)', () => {
    const result = fundingTotals(
      moneyGraph([
        ...pkg('pkg-a', ['alpha'], unstated(4e9, 'OVER'), '2025-01'),
        ...pkg('pkg-b', ['beta'], unstated(1e9), '2025-02'),
        ...pkg('pkg-c', ['beta'], usd(1e9), '2025-03'),
      ]),
    );
    expect(lines(result).map((line) => [line[3], line[4]])).toEqual([
      ['USD 1 billion', ['pkg-c-of-prog']],
      ['over 4 billion (currency not stated)', ['pkg-a-of-prog']],
      ['1 billion (currency not stated)', ['pkg-b-of-prog']],
    ]);
    expect(result.totals.map((line) => line.currency)).toEqual(['USD', null, null]);
    expect(new Set(sideBySide(result).map(([reason]) => reason))).toEqual(new Set(['CURRENCY_NOT_STATED']));
    expect(() => sumMoney(null, [unstated(1), unstated(2)])).toThrow('currency the source does not state');
    expect(() => sumMoney('USD', [usd(1), unstated(2)])).toThrow('Refusing to add');
  });

  it('adds nothing to a target, baseline or minimum (TARGET)', () => {
    // The Pledge's shape: a minimum baseline for 2024 and what was committed so far in 2025.
    const result = fundingTotals(
      moneyGraph([
        figure('baseline-2024', 'group-allies', eur(40e9, 'AT_LEAST'), 'TARGET', {
          stage: 'PLEDGED',
          date: '2024',
          period: '2024',
        }),
        figure('so-far-2025', 'group-allies', eur(35e9), 'RUNNING_TOTAL', {
          stage: 'PLEDGED',
          period: '2025',
        }),
      ]),
    );
    expect(lines(result)).toEqual([
      ['prog', 'PLEDGED', 'STATED_TOTAL', 'EUR 35 billion', ['so-far-2025']],
      ['prog', 'PLEDGED', 'TARGET', 'at least EUR 40 billion', ['baseline-2024']],
    ]);
    expect(result.totals.some((line) => line.total.value === 75e9)).toBe(false);
    expect(sideBySide(result)).toEqual([['TARGET', ['so-far-2025', 'baseline-2024']]]);
  });

  it('adds nothing to a running total, and no running total to another (RUNNING_TOTAL)', () => {
    const result = fundingTotals(
      moneyGraph([
        figure('to-august', 'group-allies', usd(1e9, 'OVER'), 'RUNNING_TOTAL', { date: '2025-08-31' }),
        figure('to-december', 'group-allies', usd(4e9, 'OVER'), 'RUNNING_TOTAL', { date: '2025-12-10' }),
      ]),
    );
    expect(lines(result).map((line) => line[3])).toEqual(['over USD 1 billion', 'over USD 4 billion']);
    expect(sideBySide(result)).toEqual([['RUNNING_TOTAL', ['to-august', 'to-december']]]);
  });

  it('adds period totals of periods that do not overlap, and keeps overlapping ones apart (OVERLAPPING_PERIODS)', () => {
    const result = fundingTotals(
      moneyGraph([
        figure('year-2024', 'group-allies', eur(50e9, 'OVER'), 'PERIOD_TOTAL', { period: '2024' }),
        figure('year-2025', 'group-allies', eur(45e9), 'PERIOD_TOTAL', { period: '2025' }),
        figure('summer-2025', 'group-allies', eur(10e9), 'PERIOD_TOTAL', { period: '2025-07' }),
      ]),
    );
    // July 2025 lies within 2025: one may hold the other, so they stand apart.
    expect(lines(result)).toEqual([
      ['prog', 'PROVIDED', 'STATED_TOTAL', 'EUR 10 billion', ['summer-2025']],
      ['prog', 'PROVIDED', 'SUM', 'over EUR 95 billion', ['year-2024', 'year-2025']],
    ]);
    expect(sideBySide(result)).toEqual([['OVERLAPPING_PERIODS', ['summer-2025', 'year-2024']]]);
  });
});

describe('rule 5: a group’s money stays the group’s', () => {
  const members = [
    relation('alpha-in-group', 'MEMBER_OF', 'alpha', 'group-allies'),
    relation('beta-in-group', 'MEMBER_OF', 'beta', 'group-allies'),
    relation('gamma-in-group', 'MEMBER_OF', 'gamma', 'group-allies'),
  ];
  const kg = () =>
    moneyGraph([
      ...members,
      ...pkg('pkg-alpha', ['alpha'], usd(100e6), '2025-08-01'),
      ...pkg('pkg-group', ['group-allies'], usd(500e6), '2025-09-01'),
    ]);

  it("shows a member its own money and, with expandGroups, its group's on a separate VIA_GROUP line, whole and shared", () => {
    const result = fundingTotals(kg(), { funder: 'alpha', expandGroups: true, groupBy: ['FUNDER'] });
    expect(
      result.totals.map((line) => [
        line.credit,
        line.viaGroup?.key ?? null,
        line.funders!.map((funder) => funder.key),
        line.sharedWith.map((member) => member.key),
        formatMoneySum(line.total),
      ]),
    ).toEqual([
      ['OWN', null, ['alpha'], [], 'USD 100 million'],
      ['VIA_GROUP', 'group-allies', ['group-allies'], ['beta', 'gamma'], 'USD 500 million'],
    ]);
    expect(result.totals[1]!.explanation).toContain('the source does not say what any one member gave');
    // Never added to the member's own money, and never presented as the member's own.
    expect(sideBySide(result)).toEqual([['GROUP_CREDIT', ['pkg-alpha-of-prog', 'pkg-group-of-prog']]]);
    for (const line of result.totals) {
      if (line.sums.some((sum) => sum.funders.some((funder) => funder.key === 'group-allies')))
        expect(line.funders!.map((funder) => funder.key)).not.toEqual(['alpha']);
    }
  });

  it("leaves a group's money out of a member's answer unless expandGroups is asked for", () => {
    expect(lines(fundingTotals(kg(), { funder: 'alpha' })).map((line) => line[4])).toEqual([
      ['pkg-alpha-of-prog'],
    ]);
  });

  it('names the group, not its members, in FUNDER lines, even with expandGroups', () => {
    const result = fundingTotals(kg(), { groupBy: ['FUNDER'], expandGroups: true });
    expect(result.totals.map((line) => line.funders!.map((funder) => funder.key))).toEqual([
      ['alpha'],
      ['group-allies'],
    ]);
    expect(result.totals.every((line) => line.credit === null)).toBe(true);
  });
});
