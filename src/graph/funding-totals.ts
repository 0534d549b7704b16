import { InvalidArgumentError } from './errors.js';
import { didYouMeanEntity } from './key-suggestion.js';
import { combinedFundsOf, mergeCitations } from './funding.js';
import { coMembers, groupsOf, sellersTo, type FundingCredit } from './funding-groups.js';
import {
  FUNDING_STAGE_NAMES,
  stageOf,
  stageWord,
  sumKindOf,
  type FundingStage,
  type SumKind,
} from './funding-stages.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { isRelationKnownBy, laterKnownFrom, relationKnownFrom, type KnownFrom } from './known-from.js';
import { formatMoneySum, sumMoney, type MoneySum } from './money-sums.js';
import { formatMoney } from './money.js';
import { asOfDay, isKnownBy, parseDateArgument, periodOf } from './time.js';
import type { Citation, EntityData, Money, PartialDate, RelationData } from './types.js';
import { RELATION_TYPES, type Currency, type EntityKind } from './vocabulary.js';

/**
 * Funding totals: how much, as faithfully as the source allows. Every line of the answer is
 * either a figure the source states or a sum of figures the source makes additive; anything
 * that cannot be added honestly is a separate line, listed side by side with the reason.
 *
 * The unit is a **funded sum**: one package (its amount sits on its PACKAGE_OF relation, so a
 * joint package is one sum however many funders it has), or one FUNDS or PLEDGES relation
 * straight to a programme with the sum the source states for it. Each has a stage (ANNOUNCED,
 * PLEDGED, PROVIDED: src/graph/funding-stages.ts), a kind (DISCRETE, RUNNING_TOTAL,
 * PERIOD_TOTAL, TARGET), a currency (or none stated), a date and a period where the source
 * gives them, and a known-from bound (src/graph/known-from.ts).
 *
 * The rules, in the order applied (docs/api.md, "Funding totals", says the same in prose;
 * tests/funding-rules.test.ts has one test per rule):
 *
 * 1. KNOWN: `asOf` keeps the sums known by then. `from`/`to` keep the sums whose period (else
 *    date) lies within the range; undated ones are set aside as UNDATED, and those reaching
 *    outside it (a 2024 total in a range from July 2024) as EXTENDS_BEYOND_RANGE.
 * 2. NO_AMOUNT: a sum whose amount the source does not state is listed, never added.
 * 3. STATED TOTALS ARE THE ANSWER: a running total (everything to its date) or a period total
 *    (everything in its period) that the source states includes the discrete sums of the same
 *    programme and stage (in its currency, or in any when it names none) dated on or before it,
 *    or within its period. Those are set aside as INCLUDED_IN_PROGRAMME_TOTAL, pointing at it
 *    (`includedIn`), never added to it. A sum covered by several is included in the earliest.
 *    With `from`, a running total of a programme that has sums dated before the range (at any
 *    stage) since it began counting (the programme's start, or the start of the period it is
 *    for) counts money from before it, so it is no total for the range: it is set aside as
 *    INCLUDES_MONEY_BEFORE_RANGE.
 * 4. WHAT ADDS UP: only sums of one programme, one stage and one currency, each a discrete sum
 *    (a package or a contribution) or a period total, whose periods do not overlap. So, each on
 *    a line of its own, never added to anything:
 *    - every running total (RUNNING_TOTAL: a later one may restate an earlier one);
 *    - every target, baseline, minimum or ceiling (TARGET: a level to reach, not money given);
 *    - every amount whose currency the source does not state (CURRENCY_NOT_STATED);
 *    - a period total whose period overlaps another's (OVERLAPPING_PERIODS).
 *    Lines of one programme are listed side by side with the reason they are not added
 *    (DIFFERENT_STAGES, DIFFERENT_CURRENCIES, CURRENCY_NOT_STATED, TARGET, RUNNING_TOTAL,
 *    OVERLAPPING_PERIODS); lines of different programmes are never added either
 *    (DIFFERENT_PROGRAMMES: the source never says two programmes' money is disjoint).
 * 5. GROUP CREDIT: totals name funders as the source does; a group stays a group. With `funder`
 *    and `expandGroups`, the funder's own sums, its joint sums and the sums of each group it
 *    belongs to are separate lines (credit OWN, JOINT, VIA_GROUP); a VIA_GROUP line names the
 *    group as funder, gives the group's whole amount and the members it is shared with, and is
 *    never the member's own.
 * Qualifiers of added amounts combine by the algebra in money-sums.ts; conversions appear only
 * where the source states them (`statedEquivalent`).
 */

export type FundingDimension = 'PROGRAMME' | 'FUNDER' | 'YEAR' | 'CURRENCY';
export const FUNDING_DIMENSIONS: Record<FundingDimension, string> = {
  PROGRAMME:
    'One line per programme (or per package that belongs to no programme). Always in effect, listed or not: the money of different programmes is never added, since the source never says it is disjoint.',
  FUNDER:
    'One line per funder as the source names it (a group stays a group), or per set of funders for joint packages, which are counted once under all their funders together, never once per funder.',
  YEAR: 'One line per year the money is for: its period where the source gives one, else its date; undated sums get a line of their own (year null).',
  CURRENCY:
    'One line per currency. Always in effect, listed or not: amounts in different currencies are never added, nor is an amount whose currency the source does not state.',
};

export type FundingExclusionReason =
  | 'INCLUDED_IN_PROGRAMME_TOTAL'
  | 'INCLUDES_MONEY_BEFORE_RANGE'
  | 'EXTENDS_BEYOND_RANGE'
  | 'NO_AMOUNT'
  | 'UNDATED';
export const FUNDING_EXCLUSION_REASONS: Record<FundingExclusionReason, string> = {
  INCLUDED_IN_PROGRAMME_TOTAL:
    'A discrete sum that a total the source states already includes: a running total of the same programme and stage dated on or after it (or undated), or a period total whose period holds it. `includedIn` is that total; adding the sum would count its money twice.',
  INCLUDES_MONEY_BEFORE_RANGE:
    "A running total of a programme with sums dated before `from` since it began counting (the programme's start, or the start of the period it is for): it holds money from before the range, so it is no total for the range asked for; the sums in the range are counted instead.",
  EXTENDS_BEYOND_RANGE:
    'Its period or date reaches outside the from/to range (a total for 2024 in a range from July 2024), so it cannot be counted as money of the range.',
  NO_AMOUNT: 'The source states no amount, so there is nothing to add.',
  UNDATED: 'Undated, so it cannot be placed between `from` and `to`.',
};

export type NotAddedReason =
  | 'DIFFERENT_PROGRAMMES'
  | 'GROUP_CREDIT'
  | 'DIFFERENT_STAGES'
  | 'DIFFERENT_CURRENCIES'
  | 'CURRENCY_NOT_STATED'
  | 'TARGET'
  | 'RUNNING_TOTAL'
  | 'OVERLAPPING_PERIODS';
export const NOT_ADDED_REASONS: Record<NotAddedReason, string> = {
  DIFFERENT_PROGRAMMES:
    'Money for different programmes: the source never says their money is disjoint (CAP\'s figure covers "related funds" too), so it is never added across programmes.',
  GROUP_CREDIT:
    "One is a group's money, shared with the group's other members, and the other is the funder's own or another group's: a group's amount is never added to a member's own.",
  DIFFERENT_STAGES:
    'Announced, pledged and provided money are different stages, often of the same money (a pledge later provided): never added.',
  DIFFERENT_CURRENCIES: 'Different currencies: never converted, never added.',
  CURRENCY_NOT_STATED:
    'The source names no currency for one of them ("over 4 billion"): it is not inferred, so the amount is added to nothing.',
  TARGET:
    'One is a baseline, minimum, ceiling or target: a level to reach, not money given, so nothing is added to it.',
  RUNNING_TOTAL:
    'One is a running total to its date: it may include, or be restated by, the other, so it is never added to anything.',
  OVERLAPPING_PERIODS: 'Totals for periods that overlap: one may include the other, so they are not added.',
};

/** What a line of the answer is. */
export type FundingLineBasis = 'SUM' | 'STATED_TOTAL' | 'TARGET';
export const FUNDING_LINE_BASES: Record<FundingLineBasis, string> = {
  SUM: 'This service added the sums listed (discrete sums, or period totals of periods that do not overlap): the source states no total for them.',
  STATED_TOTAL:
    'A total the source itself states (a running total to its date, or a total for a period): it is the answer, and the sums it includes are listed as INCLUDED_IN_PROGRAMME_TOTAL.',
  TARGET: 'A baseline, minimum, ceiling or target the source states: a level to reach, not money given.',
};

/** One sum that can be counted: a package, or a sum stated for a programme as a whole. */
export interface FundedSum {
  /** The key of the relation that carries the amount: the package's PACKAGE_OF, or the FUNDS/PLEDGES relation. */
  key: string;
  /** PACKAGE: a package's whole amount. PROGRAMME_WIDE: a sum the source states for the recipient as a whole. */
  scope: 'PACKAGE' | 'PROGRAMME_WIDE';
  /** The programme the money goes to; the package itself when it belongs to no programme. */
  recipient: EntityData;
  package: EntityData | null;
  /** Who funded or pledged it, as the source names them (groups stay groups), in name order. */
  funders: EntityData[];
  amount: Money | null;
  statedEquivalent: Money | null;
  date: PartialDate | null;
  /** The period the money is for, where the source gives one. */
  period: PartialDate | null;
  stage: FundingStage;
  sumKind: SumKind;
  /** True for announced or pledged money. Deprecated: see `stage`. */
  pledged: boolean;
  knownFrom: KnownFrom | null;
  /** The funders' FUNDS/PLEDGES relations, then the package's PACKAGE_OF. */
  relations: RelationData[];
  citations: Citation[];
}

export interface FundingExclusion {
  sum: FundedSum;
  reason: FundingExclusionReason;
  /** A sentence saying why, naming the total or sums concerned. */
  explanation: string;
  /** For INCLUDED_IN_PROGRAMME_TOTAL: the stated total that includes this sum. */
  includedIn: FundedSum | null;
}

/** Two or more lines shown side by side, and why they are not added. */
export interface SideBySide {
  reason: NotAddedReason;
  explanation: string;
  totals: FundingTotal[];
}

export interface FundingTotal {
  /** Stable within an answer: programme, stage, currency, grouping and what the line holds. */
  key: string;
  stage: FundingStage;
  /** True for announced or pledged money. Deprecated: see `stage`. */
  pledged: boolean;
  /** Null where the source names no currency. */
  currency: Currency | null;
  basis: FundingLineBasis;
  /** The programme (or package that belongs to none): always set, since programmes are never added. */
  programme: EntityData;
  /** The funder set, when grouped by FUNDER (as the source names them; groups stay groups). */
  funders: EntityData[] | null;
  /** The year, when grouped by YEAR; null for undated sums or when not grouped by year. */
  year: string | null;
  /** With `funder`: how that funder takes part in this line (null without `funder`). */
  credit: FundingCredit | null;
  /** For credit VIA_GROUP: the group the source credits. */
  viaGroup: EntityData | null;
  /** For credit VIA_GROUP: the group's other members, with whom the amount is shared. */
  sharedWith: EntityData[];
  total: MoneySum;
  /** The sum of the source's own stated conversions, when every counted sum states one in the same currency. */
  statedEquivalent: MoneySum | null;
  /** What was added (or the one figure stated), in date order (undated last). */
  sums: FundedSum[];
  /** What would have belonged here and was left out, or is included in this line's figure. */
  excluded: FundingExclusion[];
  /** The other lines of this programme (and funder, year, credit) shown beside it, and why. */
  besides: SideBySide[];
  /** When the line could first have been known: the latest bound of its sums. */
  knownFrom: KnownFrom | null;
  /** One sentence on what the line is. */
  explanation: string;
}

export interface FundingTotals {
  totals: FundingTotal[];
  /** Everything set aside, once each. */
  excluded: FundingExclusion[];
  /** Every group of lines shown side by side instead of added, with the reason. */
  sideBySide: SideBySide[];
}

export interface FundingTotalsOptions {
  groupBy?: readonly FundingDimension[] | null;
  /** Only money to this programme or package (and to combined funds it is part of). */
  programme?: string | null;
  /** Only money from this funder (a country, group or organisation). */
  funder?: string | null;
  /** With `funder`: also money of groups it belongs to, as separate VIA_GROUP lines. */
  expandGroups?: boolean | null;
  /** Only these stages. */
  stages?: readonly FundingStage[] | null;
  /** Deprecated: true keeps ANNOUNCED and PLEDGED, false keeps PROVIDED. */
  pledged?: boolean | null;
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
}

const FUNDER_KINDS: readonly EntityKind[] = RELATION_TYPES.FUNDS.from;

function checkEntityArgument(
  kg: KnowledgeGraph,
  argument: string,
  key: string,
  kinds: readonly EntityKind[],
): EntityData {
  const entity = kg.graph.hasNode(key) ? kg.graph.getNodeAttributes(key) : null;
  if (entity === null)
    throw new InvalidArgumentError(
      argument,
      `${argument} must be an entity key, and there is no entity "${key.slice(0, 60)}"${didYouMeanEntity(kg, key, kinds)}`,
    );
  if (!kinds.includes(entity.kind)) {
    throw new InvalidArgumentError(
      argument,
      `${argument} must name a ${kinds.join(' or ')}, and "${key}" is a ${entity.kind}`,
    );
  }
  return entity;
}

const byName = (a: EntityData, b: EntityData) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key);
const startOf = (date: PartialDate) => periodOf(date)?.start ?? date;
const endOf = (date: PartialDate) => periodOf(date)?.end ?? date;

/**
 * Every funded sum known by `day` (all when null): one per package with a known funder, and one
 * per FUNDS or PLEDGES relation straight to a programme. A package is dated by its PACKAGE_OF
 * relation, else by itself, else by its earliest funder; its stage is its PACKAGE_OF's, else
 * its funders'. With `recipients`, only the sums that reach those programmes or packages.
 */
export function fundedSums(
  kg: KnowledgeGraph,
  day: string | null = null,
  recipients: readonly string[] | null = null,
): FundedSum[] {
  const { graph } = kg;
  const sums: FundedSum[] = [];
  const packageFunding = new Map<string, RelationData[]>();
  const collect = (relation: RelationData) => {
    if (relation.type !== 'FUNDS' && relation.type !== 'PLEDGES') return;
    if (!isRelationKnownBy(kg, relation, day)) return;
    const target = graph.getNodeAttributes(relation.to);
    if (target.kind === 'PACKAGE') {
      packageFunding.set(target.key, [...(packageFunding.get(target.key) ?? []), relation]);
      return;
    }
    const stage = stageOf(relation) ?? 'PROVIDED';
    sums.push({
      key: relation.key,
      scope: 'PROGRAMME_WIDE',
      recipient: target,
      package: null,
      funders: [graph.getNodeAttributes(relation.from)],
      amount: relation.amount,
      statedEquivalent: relation.statedEquivalent,
      date: relation.date,
      period: relation.period ?? null,
      stage,
      sumKind: sumKindOf(relation),
      pledged: stage !== 'PROVIDED',
      knownFrom: relationKnownFrom(kg, relation),
      relations: [relation],
      citations: relation.citations,
    });
  };
  if (recipients === null) {
    graph.forEachEdge((_edge, relation) => collect(relation));
  } else {
    // Only the money that reaches these recipients: paid to them, or to their packages.
    // Walking their relations instead of the whole graph keeps a programme's totals cheap at any size.
    for (const recipient of recipients) {
      graph.forEachInEdge(recipient, (_edge, relation, source) => {
        collect(relation);
        if (relation.type === 'PACKAGE_OF')
          graph.forEachInEdge(source, (_inner, funding) => collect(funding));
      });
    }
  }
  for (const [packageKey, funding] of packageFunding) {
    const pkg = graph.getNodeAttributes(packageKey);
    const linkEdge = graph.findOutEdge(packageKey, (_edge, relation) => relation.type === 'PACKAGE_OF');
    const link = linkEdge === undefined ? null : graph.getEdgeAttributes(linkEdge);
    if (link !== null && !isRelationKnownBy(kg, link, day)) continue;
    const earliestFunding =
      funding
        .map((relation) => relation.date)
        .filter((date) => date !== null)
        .sort()[0] ?? null;
    funding.sort((a, b) => byName(graph.getNodeAttributes(a.from), graph.getNodeAttributes(b.from)));
    const stage = (link ? link.stage : null) ?? stageOf(funding[0]!) ?? 'PROVIDED';
    const firstFunder = funding
      .map((relation) => relationKnownFrom(kg, relation))
      .reduce<KnownFrom | null>(
        (earliest, bound) =>
          earliest === null || (bound !== null && startOf(bound.date) < startOf(earliest.date))
            ? bound
            : earliest,
        null,
      );
    sums.push({
      key: link?.key ?? packageKey,
      scope: 'PACKAGE',
      recipient: link ? graph.getNodeAttributes(link.to) : pkg,
      package: pkg,
      funders: funding.map((relation) => graph.getNodeAttributes(relation.from)),
      amount: link?.amount ?? null,
      statedEquivalent: link?.statedEquivalent ?? null,
      date: link?.date ?? pkg.date ?? earliestFunding,
      period: link?.period ?? null,
      stage,
      sumKind: link ? sumKindOf(link) : 'DISCRETE',
      pledged: stage !== 'PROVIDED',
      knownFrom: laterKnownFrom(link ? relationKnownFrom(kg, link) : null, firstFunder),
      relations: link ? [...funding, link] : funding,
      citations: mergeCitations(...funding.map((relation) => relation.citations), link?.citations ?? []),
    });
  }
  return sums.sort(compareSums);
}

function compareSums(a: FundedSum, b: FundedSum): number {
  const when = (sum: FundedSum) => sum.date ?? sum.period ?? '\uffff';
  return when(a).localeCompare(when(b)) || a.key.localeCompare(b.key);
}

function nameOf(sum: FundedSum): string {
  return sum.package?.name ?? sum.key;
}

/** The date a stated total speaks as of: its own, else its known-from bound; null when neither. */
function asOfDate(total: FundedSum): PartialDate | null {
  return total.date ?? total.knownFrom?.date ?? null;
}

/** "over USD 4 billion from NATO Allies as of 2025-12-10 (its relation key)". */
function describeTotal(total: FundedSum): string {
  const funders = total.funders.map((entity) => entity.name).join(', ');
  const when =
    total.sumKind === 'PERIOD_TOTAL' && total.period !== null
      ? `for ${total.period}`
      : asOfDate(total) === null
        ? 'undated'
        : `as of ${asOfDate(total)}`;
  return `${formatMoney(total.amount!)} from ${funders} ${when} (${total.key})`;
}

/** When a sum is placed in time: its period's or date's first and last day; null when undated. */
function spanOf(sum: FundedSum): { start: string; end: string } | null {
  const when = sum.period ?? sum.date;
  return when === null ? null : { start: startOf(when), end: endOf(when) };
}

/** True when a stated total `total` includes the discrete sum `sum` (rule 3). */
function includes(total: FundedSum, sum: FundedSum): boolean {
  if (sum.sumKind !== 'DISCRETE' || sum.recipient.key !== total.recipient.key || sum.stage !== total.stage)
    return false;
  if (total.amount!.currency !== null && sum.amount!.currency !== total.amount!.currency) return false;
  const span = spanOf(sum);
  if (total.sumKind === 'PERIOD_TOTAL') {
    if (total.period === null || span === null) return false;
    return span.start >= startOf(total.period) && span.end <= endOf(total.period);
  }
  if (total.period !== null && span !== null && !(span.start >= startOf(total.period))) return false;
  const asOf = asOfDate(total);
  // An undated package: nothing places it after the total. An undated total: taken to include all.
  if (span === null || asOf === null) return true;
  return isKnownBy(sum.date ?? sum.period, endOf(asOf));
}

/** True when a funder takes part in both sums the same way (always, when no funder is asked about). */
function sameCredit(credits: ReadonlyMap<FundedSum, Credit>, a: FundedSum, b: FundedSum): boolean {
  const creditA = credits.get(a);
  const creditB = credits.get(b);
  if (creditA === undefined || creditB === undefined) return true;
  return creditA.credit === creditB.credit && creditA.viaGroup?.key === creditB.viaGroup?.key;
}

/** The order stated totals claim the sums they include: the earliest first, undated last. */
function compareTotalsByDate(a: FundedSum, b: FundedSum): number {
  const end = (sum: FundedSum) => {
    const date = sum.sumKind === 'PERIOD_TOTAL' ? sum.period : asOfDate(sum);
    return date === null ? '\uffff' : endOf(date);
  };
  return end(a).localeCompare(end(b)) || a.key.localeCompare(b.key);
}

interface Credit {
  credit: FundingCredit;
  viaGroup: EntityData | null;
  sharedWith: EntityData[];
}

/**
 * How `funder` takes part in a sum: directly (OWN, or JOINT with named co-funders), or through
 * a group among the sum's funders that it belongs to (VIA_GROUP). Null when it does not.
 */
function creditOf(kg: KnowledgeGraph, sum: FundedSum, funder: EntityData, day: string | null): Credit | null {
  if (sum.funders.some((entity) => entity.key === funder.key)) {
    return { credit: sum.funders.length > 1 ? 'JOINT' : 'OWN', viaGroup: null, sharedWith: [] };
  }
  // A country the money buys from is no part of a group's money for it (funding-groups.ts).
  const sellers = sellersTo(kg, [sum.recipient, sum.package]);
  if (sellers.has(funder.key)) return null;
  const groups = new Set(groupsOf(kg, funder.key, day).map((group) => group.key));
  for (const group of sum.funders) {
    if (groups.has(group.key)) {
      return { credit: 'VIA_GROUP', viaGroup: group, sharedWith: coMembers(kg, group, funder, day, sellers) };
    }
  }
  return null;
}

/**
 * Funding lines per programme, stage and currency, grouped further by funder and year as asked,
 * each with the sums it adds (or the one figure the source states), what it left out and why,
 * and the lines beside it that are not added to it (see the rules at the top of this file).
 * Throws InvalidArgumentError naming the argument for an unknown or wrong-kind programme or
 * funder key, an unreadable date, or a `from` after `to`.
 */
export function fundingTotals(kg: KnowledgeGraph, options: FundingTotalsOptions = {}): FundingTotals {
  const groupBy = new Set(options.groupBy ?? []);
  const expand = options.expandGroups ?? false;
  const day = asOfDay(options.asOf);
  const from = options.from == null ? null : parseDateArgument('from', options.from).start;
  const to = options.to == null ? null : parseDateArgument('to', options.to).end;
  if (from !== null && to !== null && from > to) {
    throw new InvalidArgumentError('to', `to (${options.to}) must not be before from (${options.from})`);
  }
  const programme =
    options.programme == null
      ? null
      : checkEntityArgument(kg, 'programme', options.programme, ['PROGRAMME', 'COMMITMENT', 'PACKAGE']);
  const funder =
    options.funder == null ? null : checkEntityArgument(kg, 'funder', options.funder, FUNDER_KINDS);
  const stages = new Set<FundingStage>(
    options.stages && options.stages.length > 0 ? options.stages : FUNDING_STAGE_NAMES,
  );
  if (options.pledged != null) {
    for (const stage of [...stages]) if ((stage !== 'PROVIDED') !== options.pledged) stages.delete(stage);
  }

  const excluded: FundingExclusion[] = [];
  const setAside = (
    sum: FundedSum,
    reason: FundingExclusionReason,
    explanation: string,
    includedIn: FundedSum | null = null,
  ) => excluded.push({ sum, reason, explanation, includedIn });

  // A programme's money includes what goes to a combined fund it is part of ("CAP and related
  // funds"): that money stays under the combined fund, never booked to the programme alone.
  const recipients = programme === null ? null : [programme.key, ...combinedFundsOf(kg, programme.key)];
  const known = fundedSums(kg, day, recipients);
  const credits = new Map<FundedSum, Credit>();
  const selected = known.filter((sum) => {
    if (!stages.has(sum.stage)) return false;
    if (programme !== null && !recipients!.includes(sum.recipient.key) && sum.package?.key !== programme.key)
      return false;
    if (programme?.kind === 'PACKAGE' && sum.package?.key !== programme.key) return false;
    if (funder === null) return true;
    const credit = creditOf(kg, sum, funder, day);
    if (credit === null || (credit.credit === 'VIA_GROUP' && !expand)) return false;
    credits.set(sum, credit);
    return true;
  });

  // Rule 1: the range.
  const inRange: FundedSum[] = [];
  for (const sum of selected) {
    const span = spanOf(sum);
    if (from === null && to === null) inRange.push(sum);
    else if (span === null) {
      setAside(
        sum,
        'UNDATED',
        `${nameOf(sum)} is undated, so it cannot be placed between ${options.from ?? 'the start'} and ${options.to ?? 'now'}.`,
      );
    } else if ((from !== null && span.end < from) || (to !== null && span.start > to)) {
      // Outside the range: not part of the question.
    } else if ((from !== null && span.start < from) || (to !== null && span.end > to)) {
      setAside(
        sum,
        'EXTENDS_BEYOND_RANGE',
        `${nameOf(sum)} is for ${sum.period ?? sum.date}, which reaches outside ${options.from ?? 'the start'} to ${options.to ?? 'now'}, so it cannot be counted as money of the range.`,
      );
    } else inRange.push(sum);
  }
  // Rule 2: no amount.
  const withAmount: FundedSum[] = [];
  for (const sum of inRange) {
    if (sum.amount === null) setAside(sum, 'NO_AMOUNT', `The source states no amount for ${nameOf(sum)}.`);
    else withAmount.push(sum);
  }
  // Rule 3: stated totals include what they cover.
  const stated: FundedSum[] = [];
  for (const total of withAmount) {
    if (total.sumKind !== 'RUNNING_TOTAL' && total.sumKind !== 'PERIOD_TOTAL') continue;
    // A running total counts from the programme's start, or from the start of the period it is
    // for ("In 2025, Allies have so far committed an additional EUR 35 billion"): any known sum of
    // the programme dated before the range but not before that start (at any stage, with an
    // amount or not) shows it holds money from before the range.
    const countsFrom = total.period === null ? null : (periodOf(total.period)?.start ?? null);
    const earlier =
      from === null || total.sumKind !== 'RUNNING_TOTAL'
        ? []
        : known.filter((other) => {
            const span = spanOf(other);
            return (
              other !== total &&
              other.recipient.key === total.recipient.key &&
              span !== null &&
              span.end < from &&
              (countsFrom === null || span.start >= countsFrom)
            );
          });
    if (earlier.length > 0) {
      setAside(
        total,
        'INCLUDES_MONEY_BEFORE_RANGE',
        `The running total for ${total.recipient.name}, ${describeTotal(total)}, counts from ${countsFrom === null ? "the programme's start" : `the start of ${total.period}`}, and the programme has sums dated before ${options.from}: ` +
          `${earlier.map(nameOf).join('; ')}. It is no total for the range, so the sums in the range are counted instead.`,
      );
    } else stated.push(total);
  }
  stated.sort(compareTotalsByDate);
  const lineable: FundedSum[] = [];
  for (const sum of withAmount) {
    if (sum.sumKind === 'RUNNING_TOTAL' || sum.sumKind === 'PERIOD_TOTAL') {
      if (stated.includes(sum)) lineable.push(sum);
      continue;
    }
    // In a funder's view, a group's total never swallows the funder's own or joint sums: those
    // are its own lines (rule 5), side by side with the group's (GROUP_CREDIT), never added.
    const total = stated.find((candidate) => includes(candidate, sum) && sameCredit(credits, candidate, sum));
    if (total === undefined) {
      lineable.push(sum);
      continue;
    }
    const funders = total.funders.map((entity) => entity.name).join(', ');
    const why =
      spanOf(sum) === null
        ? 'nothing places this undated sum after it'
        : total.sumKind === 'PERIOD_TOTAL'
          ? `this sum, dated ${sum.date ?? sum.period}, falls within ${total.period}`
          : asOfDate(total) === null
            ? 'the total is undated, so taken to include every sum of its stage'
            : `this sum is dated ${sum.date ?? sum.period}, on or before it`;
    setAside(
      sum,
      'INCLUDED_IN_PROGRAMME_TOTAL',
      `${nameOf(sum)}, ${formatMoney(sum.amount!)}, is included in the total the source states for ${total.recipient.name}: ` +
        `${describeTotal(total)}, and ${why}. That total is the answer, so the sum is not added to it; ` +
        `by funder, the total shows under ${funders}, not under this sum's own funders.`,
      total,
    );
  }

  const lines = buildLines(lineable, credits, groupBy, excluded);
  const sideBySide = compareLines(lines);
  lines.sort(compareTotals);
  return { totals: lines, excluded, sideBySide };
}

/** Rule 4: the lines, each a set of sums that add up, or one figure that stands alone. */
function buildLines(
  sums: readonly FundedSum[],
  credits: ReadonlyMap<FundedSum, Credit>,
  groupBy: ReadonlySet<FundingDimension>,
  excluded: readonly FundingExclusion[],
): FundingTotal[] {
  const yearOf = (sum: FundedSum) => (sum.period ?? sum.date)?.slice(0, 4) ?? null;
  const groupKey = (sum: FundedSum) => {
    const credit = credits.get(sum);
    return [
      sum.recipient.key,
      groupBy.has('FUNDER') ? sum.funders.map((entity) => entity.key).join(',') : '',
      groupBy.has('YEAR') ? (yearOf(sum) ?? 'undated') : '',
      credit ? `${credit.credit}:${credit.viaGroup?.key ?? ''}` : '',
    ].join('|');
  };
  // Each group of lines: the sums that could add, then split by what may not be added.
  const lineSums = new Map<string, FundedSum[]>();
  const addTo = (key: string, sum: FundedSum) => lineSums.set(key, [...(lineSums.get(key) ?? []), sum]);
  const periodLayers = new Map<string, FundedSum[][]>();
  for (const sum of sums) {
    const base = `${groupKey(sum)}|${sum.stage}|${sum.amount!.currency ?? 'UNSTATED'}`;
    if (sum.sumKind === 'RUNNING_TOTAL' || sum.sumKind === 'TARGET' || sum.amount!.currency === null) {
      addTo(`${base}|${sum.sumKind}|${sum.key}`, sum);
      continue;
    }
    if (sum.sumKind === 'PERIOD_TOTAL') {
      // The first layer where no other period total overlaps it.
      const layers = periodLayers.get(base) ?? [[]];
      periodLayers.set(base, layers);
      const span = spanOf(sum)!;
      let layer = layers.findIndex((totals) =>
        totals.every((other) => {
          const otherSpan = spanOf(other)!;
          return otherSpan.end < span.start || otherSpan.start > span.end;
        }),
      );
      if (layer === -1) layer = layers.push([]) - 1;
      layers[layer]!.push(sum);
      addTo(`${base}|SUM|${layer}`, sum);
      continue;
    }
    addTo(`${base}|SUM|0`, sum);
  }
  return [...lineSums.entries()].map(([key, lineSumList]) => {
    const first = lineSumList[0]!;
    const currency = first.amount!.currency;
    const basis: FundingLineBasis =
      first.sumKind === 'TARGET'
        ? 'TARGET'
        : lineSumList.length === 1 && (first.sumKind === 'RUNNING_TOTAL' || first.sumKind === 'PERIOD_TOTAL')
          ? 'STATED_TOTAL'
          : 'SUM';
    const equivalents = lineSumList.map((sum) => sum.statedEquivalent);
    const equivalentCurrency = equivalents[0]?.currency;
    const statedEquivalent =
      equivalentCurrency !== undefined && equivalents.every((money) => money?.currency === equivalentCurrency)
        ? sumMoney(equivalentCurrency, equivalents as Money[])
        : null;
    const credit = credits.get(first) ?? null;
    const group = groupKey(first);
    const line: FundingTotal = {
      key,
      stage: first.stage,
      pledged: first.stage !== 'PROVIDED',
      currency,
      basis,
      programme: first.recipient,
      funders: groupBy.has('FUNDER') ? [...first.funders] : null,
      year: groupBy.has('YEAR') ? yearOf(first) : null,
      credit: credit?.credit ?? null,
      viaGroup: credit?.viaGroup ?? null,
      sharedWith: credit?.sharedWith ?? [],
      total: sumMoney(
        currency,
        lineSumList.map((sum) => sum.amount!),
      ),
      statedEquivalent,
      sums: lineSumList,
      // What is included in this line's figure, and what was set aside from its group (a sum
      // with no amount has no currency: it shows under every line of its group and stage).
      excluded: excluded.filter(
        (exclusion) =>
          (exclusion.includedIn !== null && lineSumList.includes(exclusion.includedIn)) ||
          (exclusion.includedIn === null &&
            basis !== 'TARGET' &&
            groupKey(exclusion.sum) === group &&
            exclusion.sum.stage === first.stage &&
            (exclusion.sum.amount === null || exclusion.sum.amount.currency === currency)),
      ),
      besides: [],
      knownFrom: lineSumList.reduce<KnownFrom | null>(
        (bound, sum) => laterKnownFrom(bound, sum.knownFrom),
        null,
      ),
      explanation: '',
    };
    line.explanation = explainLine(line);
    return line;
  });
}

/** One sentence on what a line is. */
function explainLine(line: FundingTotal): string {
  const stage = stageWord(line.stage);
  const [first] = line.sums;
  const unnamed = line.sharedWith.filter((entity) => entity.kind === 'GROUP').map((entity) => entity.name);
  const via =
    line.credit === 'VIA_GROUP' && line.viaGroup !== null
      ? ` Credited to ${line.viaGroup.name} as a whole: its whole amount, shared with ${line.sharedWith.length} other member${line.sharedWith.length === 1 ? '' : 's'}` +
        `${unnamed.length > 0 ? ` (among them ${unnamed.join(', ')})` : ''}; the source does not say what any one member gave.`
      : '';
  const currencyNote =
    line.currency === null
      ? ' The source names no currency for it; none is inferred, and nothing is added to it.'
      : '';
  if (line.basis === 'TARGET') {
    return `A level ${stage} for ${line.programme.name}${first!.period ? ` for ${first!.period}` : ''}, as the source states it: ${formatMoney(first!.amount!)}, a baseline, minimum, ceiling or target, not money given; nothing is added to it.${via}${currencyNote}`;
  }
  if (line.basis === 'STATED_TOTAL') {
    const included = line.excluded.filter((exclusion) => exclusion.includedIn === first).length;
    const asOf = asOfDate(first!);
    const when =
      asOf === null ? '' : first!.date === null ? ` as of the source's own date (${asOf})` : ` as of ${asOf}`;
    const what =
      first!.sumKind === 'PERIOD_TOTAL'
        ? `its total for ${first!.period}`
        : `its running total${first!.period ? ` for ${first!.period}` : ''}${when}`;
    return (
      `The source states ${what} of money ${stage} for ${line.programme.name}: ${formatMoney(first!.amount!)}. It is the answer` +
      (included > 0
        ? `; the ${included} sum${included === 1 ? '' : 's'} it includes are listed as included, not added.`
        : '.') +
      via +
      currencyNote
    );
  }
  const count = line.sums.length;
  if (count === 1) {
    return `One sum ${stage} for ${line.programme.name}, as the source states it: ${formatMoneySum(line.total)}.${via}${currencyNote}`;
  }
  return (
    `The sum of ${count} sums ${stage} for ${line.programme.name} that the source states one by one: ${formatMoneySum(line.total)}. ` +
    `The source states no total for them; it covers only the sums the source lists.${via}${currencyNote}`
  );
}

/** Why two lines of one programme (and funder, year) are not added. */
function reasonBetween(a: FundingTotal, b: FundingTotal): NotAddedReason {
  if (a.credit !== b.credit || a.viaGroup?.key !== b.viaGroup?.key) return 'GROUP_CREDIT';
  if (a.stage !== b.stage) return 'DIFFERENT_STAGES';
  if (a.currency === null || b.currency === null) return 'CURRENCY_NOT_STATED';
  if (a.currency !== b.currency) return 'DIFFERENT_CURRENCIES';
  if (a.basis === 'TARGET' || b.basis === 'TARGET') return 'TARGET';
  if ([a, b].some((line) => line.sums.some((sum) => sum.sumKind === 'RUNNING_TOTAL'))) return 'RUNNING_TOTAL';
  return 'OVERLAPPING_PERIODS';
}

const REASON_ORDER: readonly NotAddedReason[] = [
  'DIFFERENT_PROGRAMMES',
  'GROUP_CREDIT',
  'DIFFERENT_STAGES',
  'DIFFERENT_CURRENCIES',
  'CURRENCY_NOT_STATED',
  'TARGET',
  'RUNNING_TOTAL',
  'OVERLAPPING_PERIODS',
];

/** The side-by-side groups: one for lines of different programmes, one per pair of lines of one programme. */
function compareLines(lines: FundingTotal[]): SideBySide[] {
  const sideBySide: SideBySide[] = [];
  // Lines of different funders are parts of one whole, unless they are one funder's own money
  // and its groups' (a `funder` was asked for): those are compared, and never added.
  const comparable = (line: FundingTotal) =>
    [
      line.programme.key,
      line.credit === null ? (line.funders ?? []).map((entity) => entity.key).join(',') : '',
      line.year ?? '',
    ].join('|');
  const sorted = [...lines].sort(compareTotals);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (comparable(a) !== comparable(b)) continue;
      const reason = reasonBetween(a, b);
      const entry: SideBySide = {
        reason,
        explanation: `${formatMoneySumShort(a)} and ${formatMoneySumShort(b)} for ${a.programme.name} are not added: ${NOT_ADDED_REASONS[reason]}`,
        totals: [a, b],
      };
      sideBySide.push(entry);
      a.besides.push(entry);
      b.besides.push(entry);
    }
  }
  const programmes = new Map(lines.map((line) => [line.programme.key, line.programme]));
  if (programmes.size > 1) {
    sideBySide.push({
      reason: 'DIFFERENT_PROGRAMMES',
      explanation: `${[...programmes.values()]
        .map((entity) => entity.name)
        .sort()
        .join('; ')}: listed side by side, never added. ${NOT_ADDED_REASONS.DIFFERENT_PROGRAMMES}`,
      totals: sorted,
    });
  }
  return sideBySide.sort(
    (a, b) =>
      REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
      a.totals[0]!.key.localeCompare(b.totals[0]!.key),
  );
}

function formatMoneySumShort(line: FundingTotal): string {
  return `${stageWord(line.stage)} ${line.total.parts.map(formatMoney).join(' + ')}`;
}

const STAGE_ORDER: Record<FundingStage, number> = { ANNOUNCED: 0, PLEDGED: 1, PROVIDED: 2 };
const BASIS_ORDER: Record<FundingLineBasis, number> = { STATED_TOTAL: 0, SUM: 1, TARGET: 2 };

/** By programme, funders, credit, year, stage (announced, pledged, provided), currency, then basis. */
function compareTotals(a: FundingTotal, b: FundingTotal): number {
  return (
    a.programme.name.localeCompare(b.programme.name) ||
    (a.funders ?? [])
      .map((entity) => entity.name)
      .join(', ')
      .localeCompare((b.funders ?? []).map((entity) => entity.name).join(', ')) ||
    (a.viaGroup?.name ?? '').localeCompare(b.viaGroup?.name ?? '') ||
    (a.year ?? '\uffff').localeCompare(b.year ?? '\uffff') ||
    STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
    (a.currency ?? '\uffff').localeCompare(b.currency ?? '\uffff') ||
    BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis] ||
    a.key.localeCompare(b.key)
  );
}
