import { builder } from './builder.js';
import { CitationRef, EntityRef, MoneyRef, RelationRef } from './refs.js';
import {
  FUNDING_DIMENSIONS,
  FUNDING_EXCLUSION_REASONS,
  fundingTotals,
  type FundedSum,
  type FundingDimension,
  type FundingExclusion,
  type FundingExclusionReason,
  type FundingTotal,
  type FundingTotals,
} from '../graph/funding-totals.js';
import { formatMoneySum, type MoneySum, type SumQualifier } from '../graph/money-sums.js';
import { AMOUNT_QUALIFIERS } from '../graph/vocabulary.js';

function describedValues<K extends string>(descriptions: Record<K, string>) {
  return Object.fromEntries(
    Object.entries(descriptions).map(([name, description]) => [name, { value: name, description }]),
  ) as Record<K, { value: K; description: string }>;
}

const FundingDimensionEnum = builder.enumType('FundingDimension', {
  description:
    'What `funding` groups its totals by, besides currency and stage (pledged or provided), which always split them.',
  values: describedValues<FundingDimension>(FUNDING_DIMENSIONS),
});

const FundingExclusionReasonEnum = builder.enumType('FundingExclusionReason', {
  description: 'Why a funded sum was left out of a total.',
  values: describedValues<FundingExclusionReason>(FUNDING_EXCLUSION_REASONS),
});

const TotalQualifierEnum = builder.enumType('TotalQualifier', {
  description:
    'The qualifier of a sum. EXACT is neutral (EXACT + q = q); a qualifier added to itself stays; OVER + AT_LEAST = OVER; a lower bound (OVER, AT_LEAST) with UP_TO or ABOUT, or UP_TO with ABOUT, is MIXED.',
  values: describedValues<SumQualifier>({
    ...AMOUNT_QUALIFIERS,
    MIXED:
      'Parts qualified in different ways (say "over" and "up to"): no one word is true of the sum, so `parts` gives one sub-sum per qualifier.',
  }),
});

const FundedSumScopeEnum = builder.enumType('FundedSumScope', {
  description: 'What a funded sum is.',
  values: describedValues<FundedSum['scope']>({
    PACKAGE: "A package's whole amount, from its PACKAGE_OF relation: one sum however many funders it had.",
    PROGRAMME_WIDE:
      'A sum the source states for a programme as a whole, on a FUNDS or PLEDGES relation straight to it: a total to its date, which includes the packages of the programme at the same stage dated on or before it.',
  }),
});

interface MoneyTotalShape {
  sum: MoneySum;
  /** True for the source's own stated conversions. */
  conversion: boolean;
}

const MoneyTotalRef = builder.objectRef<MoneyTotalShape>('MoneyTotal').implement({
  description: 'A sum of amounts in one currency, with the qualifier the parts allow. Never converted.',
  fields: (t) => ({
    value: t.float({
      description: 'The sum of the stated values, in units of the currency.',
      resolve: ({ sum }) => sum.value,
    }),
    currency: t.string({ description: 'ISO 4217 code.', resolve: ({ sum }) => sum.currency }),
    qualifier: t.field({ type: TotalQualifierEnum, resolve: ({ sum }) => sum.qualifier }),
    parts: t.field({
      type: [MoneyRef],
      description:
        'One sub-sum per kind of qualifier: a single part (equal to the sum) unless the qualifier is MIXED.',
      resolve: ({ sum }) => sum.parts,
    }),
    conversion: t.exposeBoolean('conversion', {
      description:
        'True when this adds conversions the source itself states (CAP\'s "approximately USD 1.4 billion"); never a conversion computed here.',
    }),
    text: t.string({
      description:
        'In words: "over USD 4 billion"; a MIXED sum lists its parts: "EUR 35 billion + up to EUR 50 million".',
      resolve: ({ sum, conversion }) =>
        formatMoneySum(sum) + (conversion ? ' (as stated by the source)' : ''),
    }),
  }),
});

const FundedSumRef = builder.objectRef<FundedSum>('FundedSum').implement({
  description:
    'One sum that a total counts: a package (once, however many funders it had) or a sum stated for a programme as a whole.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description:
        "The key of the relation carrying the amount: the package's PACKAGE_OF, or the FUNDS or PLEDGES relation.",
    }),
    scope: t.expose('scope', { type: FundedSumScopeEnum }),
    recipient: t.expose('recipient', {
      type: EntityRef,
      description: 'The programme, or the package when it belongs to none.',
    }),
    package: t.expose('package', { type: EntityRef, nullable: true }),
    funders: t.expose('funders', {
      type: [EntityRef],
      description: 'Who funded or pledged it, as the source names them (a group stays a group here).',
    }),
    amount: t.expose('amount', {
      type: MoneyRef,
      nullable: true,
      description: 'Null where the source states none.',
    }),
    statedEquivalent: t.expose('statedEquivalent', {
      type: MoneyRef,
      nullable: true,
      description: 'A conversion the source itself states; never computed.',
    }),
    date: t.exposeString('date', { nullable: true }),
    pledged: t.exposeBoolean('pledged', {
      description: 'True for a promise (PLEDGES), false for money provided or committed (FUNDS).',
    }),
    relations: t.expose('relations', {
      type: [RelationRef],
      description: "The funders' relations, then the package's PACKAGE_OF.",
    }),
    citations: t.expose('citations', { type: [CitationRef] }),
  }),
});

const FundingExclusionRef = builder.objectRef<FundingExclusion>('FundingExclusion').implement({
  description: 'A funded sum left out of the totals, and why.',
  fields: (t) => ({
    sum: t.expose('sum', { type: FundedSumRef }),
    reason: t.expose('reason', { type: FundingExclusionReasonEnum }),
    explanation: t.exposeString('explanation'),
    includedIn: t.expose('includedIn', {
      type: FundedSumRef,
      nullable: true,
      description:
        'For INCLUDED_IN_PROGRAMME_TOTAL: the counted sum for the programme as a whole that already includes this package (a total to its date); null for other reasons.',
    }),
  }),
});

const FundingTotalRef = builder.objectRef<FundingTotal>('FundingTotal').implement({
  description:
    'The total of one group: one currency, one stage (pledged or provided), and the programme, funders or year asked for.',
  fields: (t) => ({
    pledged: t.exposeBoolean('pledged', {
      description: 'True: promises (PLEDGES). False: money provided or committed (FUNDS).',
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code. Totals never add two currencies.' }),
    programme: t.expose('programme', {
      type: EntityRef,
      nullable: true,
      description: 'When grouped by PROGRAMME: the programme (or a package that belongs to none).',
    }),
    funders: t.expose('funders', {
      type: [EntityRef],
      nullable: true,
      description:
        'When grouped by FUNDER: the funder, or the funders of joint packages together; members instead of groups with expandGroups.',
    }),
    year: t.exposeString('year', {
      nullable: true,
      description:
        'When grouped by YEAR: the year of the funding date; null for undated sums (and when not grouped by year).',
    }),
    total: t.field({ type: MoneyTotalRef, resolve: (total) => ({ sum: total.total, conversion: false }) }),
    statedEquivalent: t.field({
      type: MoneyTotalRef,
      nullable: true,
      description:
        'The sum of the conversions the source itself states, when every counted sum states one in the same currency; null otherwise. Marked `conversion: true`.',
      resolve: (total) => (total.statedEquivalent ? { sum: total.statedEquivalent, conversion: true } : null),
    }),
    count: t.int({ description: 'How many funded sums were added.', resolve: (total) => total.sums.length }),
    sums: t.expose('sums', {
      type: [FundedSumRef],
      description: 'What was added, in date order, undated last.',
    }),
    excluded: t.expose('excluded', {
      type: [FundingExclusionRef],
      description:
        'What would have belonged here and was left out, with why. A sum with no amount shows under every currency of its group; a package INCLUDED_IN_PROGRAMME_TOTAL shows under its own group and under the total that counts the programme-wide sum including it.',
    }),
  }),
});

const FundingTotalsRef = builder.objectRef<FundingTotals>('FundingTotals').implement({
  description: 'Funding totals and everything set aside.',
  fields: (t) => ({
    totals: t.expose('totals', {
      type: [FundingTotalRef],
      description: 'Provided before pledged, then by programme, funders, year (undated last) and currency.',
    }),
    excluded: t.expose('excluded', {
      type: [FundingExclusionRef],
      description: 'Every sum left out, once each.',
    }),
  }),
});

builder.queryFields((t) => ({
  funding: t.field({
    type: FundingTotalsRef,
    description:
      'Funding totals, per currency and with pledges (promises) kept apart from money provided. Each total lists the sums it adds and what it left out and why. A joint package counts once. A sum stated for a programme as a whole is a total to its date: it is counted, and the packages of that programme at the same stage dated on or before it (or undated, or all of them when it is undated) are left out as INCLUDED_IN_PROGRAMME_TOTAL, while later packages add to it; with `from`, such a sum that includes packages dated before the range is left out instead (INCLUDES_MONEY_BEFORE_RANGE). So nothing is counted twice. A conversion appears only where the source states one. Qualifiers combine as `TotalQualifier` describes.',
    args: {
      groupBy: t.arg({ type: [FundingDimensionEnum], required: false, defaultValue: [] }),
      programme: t.arg.string({
        required: false,
        description: 'Only money to this programme or package (an entity key).',
      }),
      funder: t.arg.string({
        required: false,
        description: 'Only money from this country, group or organisation (an entity key).',
      }),
      expandGroups: t.arg.boolean({
        required: false,
        defaultValue: false,
        description:
          'A group funder stands for its members: `funder` then also matches money given through a group it belongs to, and FUNDER totals name the members. Amounts stay whole, never split between members.',
      }),
      pledged: t.arg.boolean({
        required: false,
        description: 'true: pledges only; false: money provided only; omitted: both, in separate totals.',
      }),
      asOf: t.arg.string({
        required: false,
        description: 'YYYY, YYYY-MM or YYYY-MM-DD: leave out what is dated after it (undated facts stay).',
      }),
      from: t.arg.string({
        required: false,
        description:
          'YYYY, YYYY-MM or YYYY-MM-DD: only sums dated in the range from here; undated ones are set aside as UNDATED.',
      }),
      to: t.arg.string({
        required: false,
        description: 'YYYY, YYYY-MM or YYYY-MM-DD: only sums dated in the range up to here.',
      }),
    },
    resolve: (_root, args, context) => fundingTotals(context.kg, args),
  }),
}));
