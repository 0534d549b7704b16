import { builder } from './builder.js';
import { CitationRef, EntityRef, MoneyRef, RelationRef } from './refs.js';
import { describedValues, FundingCreditEnum, FundingStageEnum, SumKindEnum } from './funding-stages.js';
import { KnownFromRef } from './known-from.js';
import {
  FUNDING_DIMENSIONS,
  FUNDING_EXCLUSION_REASONS,
  FUNDING_LINE_BASES,
  NOT_ADDED_REASONS,
  fundingTotals,
  type FundedSum,
  type FundingDimension,
  type FundingExclusion,
  type FundingExclusionReason,
  type FundingLineBasis,
  type FundingTotal,
  type FundingTotals,
  type NotAddedReason,
  type SideBySide,
} from '../graph/funding-totals.js';
import { formatMoneySum, type MoneySum, type SumQualifier } from '../graph/money-sums.js';
import { AMOUNT_QUALIFIERS } from '../graph/vocabulary.js';
import { CurrencyEnum } from './vocabulary.js';
import { AS_OF_RULE } from '../graph/known-from.js';

const FundingDimensionEnum = builder.enumType('FundingDimension', {
  description:
    'What `funding` groups its lines by, besides programme, stage and currency, which always split them.',
  values: describedValues<FundingDimension>(FUNDING_DIMENSIONS),
});

const FundingExclusionReasonEnum = builder.enumType('FundingExclusionReason', {
  description: 'Why a funded sum was left out of a line, or is included in another figure.',
  values: describedValues<FundingExclusionReason>(FUNDING_EXCLUSION_REASONS),
});

const NotAddedReasonEnum = builder.enumType('NotAddedReason', {
  description: 'Why two lines are shown side by side instead of added.',
  values: describedValues<NotAddedReason>(NOT_ADDED_REASONS),
});

const FundingLineBasisEnum = builder.enumType('FundingLineBasis', {
  description: 'What a funding line is: a sum this service added, a total the source states, or a target.',
  values: describedValues<FundingLineBasis>(FUNDING_LINE_BASES),
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
      'A sum the source states for a programme as a whole, on a FUNDS or PLEDGES relation straight to it; its `sumKind` says whether it is a contribution, a running or period total, or a target.',
  }),
});

interface MoneyTotalShape {
  sum: MoneySum;
  /** True for the source's own stated conversions. */
  conversion: boolean;
}

const MoneyTotalRef = builder.objectRef<MoneyTotalShape>('MoneyTotal').implement({
  description:
    'A sum of amounts in one currency, with the qualifier the parts allow. Never converted; an amount whose currency the source does not state is never added to anything.',
  fields: (t) => ({
    value: t.float({
      description: 'The sum of the stated values, in units of the currency.',
      resolve: ({ sum }) => sum.value,
    }),
    currency: t.field({
      type: CurrencyEnum,
      nullable: true,
      description: 'ISO 4217 code; null for a single amount whose currency the source does not state.',
      resolve: ({ sum }) => sum.currency,
    }),
    qualifier: t.field({
      type: TotalQualifierEnum,
      description: 'What the parts allow to be said of the sum.',
      resolve: ({ sum }) => sum.qualifier,
    }),
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
    'One sum: a package (once, however many funders it had) or a sum the source states for a programme as a whole.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description:
        "The key of the relation carrying the amount: the package's PACKAGE_OF, or the FUNDS or PLEDGES relation.",
    }),
    scope: t.expose('scope', {
      type: FundedSumScopeEnum,
      description: 'A package, or a programme-wide sum.',
    }),
    recipient: t.expose('recipient', {
      type: EntityRef,
      description: 'The programme, or the package when it belongs to none.',
    }),
    package: t.expose('package', {
      type: EntityRef,
      nullable: true,
      description: 'The package, if it is one.',
    }),
    funders: t.expose('funders', {
      type: [EntityRef],
      description: 'Who announced, pledged or provided it, as the source names them (a group stays a group).',
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
    date: t.expose('date', { type: 'PartialDate', nullable: true, description: 'When; null when undated.' }),
    period: t.expose('period', {
      type: 'PartialDate',
      nullable: true,
      description: 'The period the money is for ("in 2024", "for 2026"), where the source gives one.',
    }),
    stage: t.expose('stage', { type: FundingStageEnum, description: 'Announced, pledged or provided.' }),
    sumKind: t.expose('sumKind', { type: SumKindEnum, description: 'A discrete sum, a total or a target.' }),
    pledged: t.exposeBoolean('pledged', {
      description: 'True for money announced or pledged, not yet provided.',
      deprecationReason: 'Use `stage`, which tells announced from pledged money.',
    }),
    knownFrom: t.expose('knownFrom', {
      type: KnownFromRef,
      nullable: true,
      description: 'When the sum could first have been known.',
    }),
    relations: t.expose('relations', {
      type: [RelationRef],
      description: "The funders' relations, then the package's PACKAGE_OF.",
    }),
    citations: t.expose('citations', { type: [CitationRef], description: 'Where the source says so.' }),
  }),
});

const FundingExclusionRef = builder.objectRef<FundingExclusion>('FundingExclusion').implement({
  description: 'A funded sum left out of a line, or included in a figure the source states, and why.',
  fields: (t) => ({
    sum: t.expose('sum', { type: FundedSumRef, description: 'The sum left out.' }),
    reason: t.expose('reason', { type: FundingExclusionReasonEnum, description: 'Why, as a code.' }),
    explanation: t.exposeString('explanation', { description: 'Why, in words.' }),
    includedIn: t.expose('includedIn', {
      type: FundedSumRef,
      nullable: true,
      description:
        'For INCLUDED_IN_PROGRAMME_TOTAL: the total the source states that already includes this sum; null for other reasons.',
    }),
  }),
});

const FundingTotalRef = builder.objectRef<FundingTotal>('FundingTotal');

const SideBySideRef = builder.objectRef<SideBySide>('FundingSideBySide').implement({
  description: 'Lines shown side by side instead of added, and why.',
  fields: (t) => ({
    reason: t.expose('reason', {
      type: NotAddedReasonEnum,
      description: 'Why they are not added, as a code.',
    }),
    explanation: t.exposeString('explanation', {
      description: 'The figures concerned and the reason, in words.',
    }),
    totals: t.field({
      type: [FundingTotalRef],
      description: 'The lines concerned (for DIFFERENT_PROGRAMMES, every line of the answer).',
      resolve: (entry) => entry.totals,
    }),
    keys: t.stringList({
      description: 'The keys of the lines concerned.',
      resolve: (entry) => entry.totals.map((total) => total.key),
    }),
  }),
});

FundingTotalRef.implement({
  description:
    'One line of a funding answer: one programme, one stage, one currency (or none stated), and the funders or year asked for. Either a sum of figures the source makes additive, a total the source states, or a target. Lines are never added to each other.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description:
        'Identifies the line within the answer (programme, grouping, stage, currency, what it holds).',
    }),
    stage: t.expose('stage', { type: FundingStageEnum, description: 'Announced, pledged or provided.' }),
    pledged: t.exposeBoolean('pledged', {
      description: 'True: money announced or pledged. False: money provided.',
      deprecationReason: 'Use `stage`, which tells announced from pledged money.',
    }),
    currency: t.expose('currency', {
      type: CurrencyEnum,
      nullable: true,
      description: 'ISO 4217 code; null where the source names no currency. Lines never add two currencies.',
    }),
    basis: t.expose('basis', {
      type: FundingLineBasisEnum,
      description: 'A sum, a stated total or a target.',
    }),
    programme: t.expose('programme', {
      type: EntityRef,
      description:
        'The programme (or a package that belongs to none). Always set: money of different programmes is never added.',
    }),
    funders: t.expose('funders', {
      type: [EntityRef],
      nullable: true,
      description:
        'When grouped by FUNDER: the funder, or the funders of joint packages together, as the source names them (a group stays a group, even with expandGroups).',
    }),
    year: t.expose('year', {
      type: 'PartialDate',
      nullable: true,
      description:
        'When grouped by YEAR: the year the money is for (its period, else its date); null for undated sums (and when not grouped by year).',
    }),
    credit: t.expose('credit', {
      type: FundingCreditEnum,
      nullable: true,
      description:
        'With `funder`: how that funder takes part in this line (its own, jointly, or via a group); null without `funder`.',
    }),
    viaGroup: t.expose('viaGroup', {
      type: EntityRef,
      nullable: true,
      description: 'For credit VIA_GROUP: the group the source credits with this money.',
    }),
    sharedWith: t.expose('sharedWith', {
      type: [EntityRef],
      description: "For credit VIA_GROUP: the group's other members, with whom the whole amount is shared.",
    }),
    total: t.field({
      type: MoneyTotalRef,
      description: 'The sum, in the currency of the group.',
      resolve: (total) => ({ sum: total.total, conversion: false }),
    }),
    statedEquivalent: t.field({
      type: MoneyTotalRef,
      nullable: true,
      description:
        'The sum of the conversions the source itself states, when every counted sum states one in the same currency; null otherwise. Marked `conversion: true`.',
      resolve: (total) => (total.statedEquivalent ? { sum: total.statedEquivalent, conversion: true } : null),
    }),
    count: t.int({
      description: 'How many funded sums the line holds.',
      resolve: (total) => total.sums.length,
    }),
    sums: t.expose('sums', {
      type: [FundedSumRef],
      description: 'What was added (or the one figure the source states), in date order, undated last.',
    }),
    excluded: t.expose('excluded', {
      type: [FundingExclusionRef],
      description:
        "What this line's stated total includes (INCLUDED_IN_PROGRAMME_TOTAL), and what would have belonged to the line and was left out, with why.",
    }),
    besides: t.expose('besides', {
      type: [SideBySideRef],
      description:
        'The other lines of the same programme (and funder, year, credit) beside this one, and why they are not added.',
    }),
    knownFrom: t.expose('knownFrom', {
      type: KnownFromRef,
      nullable: true,
      description: 'When the line could first have been known: the latest bound of its sums.',
    }),
    explanation: t.exposeString('explanation', { description: 'What the line is, in one sentence.' }),
  }),
});

const FundingTotalsRef = builder.objectRef<FundingTotals>('FundingTotals').implement({
  description: 'Funding lines, what was set aside, and what is shown side by side instead of added.',
  fields: (t) => ({
    totals: t.expose('totals', {
      type: [FundingTotalRef],
      description:
        'By programme, then funders, group, year, stage (announced, pledged, provided), currency, and stated totals before sums before targets.',
    }),
    excluded: t.expose('excluded', {
      type: [FundingExclusionRef],
      description: 'Every sum left out or included in another figure, once each.',
    }),
    sideBySide: t.expose('sideBySide', {
      type: [SideBySideRef],
      description: 'Every group of lines shown side by side instead of added, with the reason.',
    }),
  }),
});

builder.queryFields((t) => ({
  funding: t.field({
    type: FundingTotalsRef,
    nullable: true,
    description:
      'How much money, as faithfully as the source allows: one line per programme, stage (announced, pledged, provided) and currency, each either a sum of figures the source makes additive (discrete sums, or totals of periods that do not overlap), a total the source states (the answer; the sums it includes say so), or a target. Running totals, targets, amounts with no stated currency and totals of overlapping periods are never added: they stand side by side, with the reason (`sideBySide`). A group\'s money stays the group\'s; with `funder` and `expandGroups` a member sees it on separate VIA_GROUP lines. The rules: docs/api.md, "Funding totals".',
    args: {
      groupBy: t.arg({
        type: [FundingDimensionEnum],
        required: false,
        defaultValue: [],
        description: 'One total per programme, funder and/or year, besides currency and stage.',
      }),
      programme: t.arg.string({
        required: false,
        description:
          'Only money to this programme or package (an entity key), and to any combined fund it is part of ("CAP and related funds"), which stays named as the recipient.',
      }),
      funder: t.arg.string({
        required: false,
        description: 'Only money from this country, group or organisation (an entity key).',
      }),
      expandGroups: t.arg.boolean({
        required: false,
        defaultValue: false,
        description:
          "With `funder`: also the money of each group it belongs to, on separate lines credited VIA_GROUP: the group's whole amount, shared with the group's other members, never the funder's own.",
      }),
      stages: t.arg({
        type: [FundingStageEnum],
        required: false,
        description: 'Only these stages (all when omitted).',
      }),
      pledged: t.arg.boolean({
        required: false,
        description: 'true: announced and pledged money only; false: money provided only.',
        deprecationReason: 'Use `stages`.',
      }),
      asOf: t.arg({
        type: 'PartialDate',
        required: false,
        description: AS_OF_RULE,
      }),
      from: t.arg({
        type: 'PartialDate',
        required: false,
        description:
          'Only money whose period (else date) lies in the range from here; undated sums are set aside as UNDATED, those reaching outside as EXTENDS_BEYOND_RANGE.',
      }),
      to: t.arg({
        type: 'PartialDate',
        required: false,
        description: 'Only money whose period (else date) lies in the range up to here.',
      }),
    },
    resolve: (_root, args, context) => fundingTotals(context.kg, args),
  }),
}));
