import { InvalidArgumentError } from './errors.js';
import { mergeCitations } from './funding.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { sumMoney, type MoneySum } from './money-sums.js';
import { formatMoney } from './money.js';
import { asOfDay, isKnownBy, overlaps, parseDateArgument, periodOf } from './time.js';
import type { Citation, EntityData, Money, PartialDate, RelationData } from './types.js';
import { RELATION_TYPES, type Currency } from './vocabulary.js';

/**
 * Funding totals: how much, per currency, pledged apart from provided, by programme, funder or
 * year, each total with the records it sums and what it left out and why.
 *
 * The unit that is counted is a **funded sum**: one package (its amount sits on its PACKAGE_OF
 * relation, so a joint package is one sum with several funders, never one per funder), or one
 * FUNDS or PLEDGES relation straight to a programme with the sum the source states for it as a
 * whole (a **programme-wide figure**). Rules, applied in this order to the whole selection before
 * grouping, so no money is counted twice anywhere in one answer:
 *
 * 1. `asOf` hides facts dated after it (undated facts stay); `from`/`to` keep dated sums whose
 *    date falls in the range, and set undated ones aside as UNDATED.
 * 2. A sum with no stated amount cannot be added: it is set aside as NO_AMOUNT.
 * 3. A programme-wide figure is a total to its date: the source states what the programme had
 *    received (or been promised) by then, packages included ("over USD 4 billion in PURL
 *    packages" as of 10 December 2025). So it **covers** the packages of its programme at the same
 *    stage (pledged or provided) dated on or before its date: every package when the figure is
 *    undated, and undated packages always, since nothing places them after it. Where partial
 *    dates leave it open (a package of "2025-12" and a figure of 2025-12-10), the package counts
 *    as covered: a figure such as "over USD 4 billion" stays true that way, while adding the
 *    package to it might count money twice.
 * 4. With `from`, a programme-wide figure that covers a package dated before `from` (a package
 *    of any funder, whatever the `funder` filter: the figure includes it all the same) holds money
 *    from before the range, so it is no total for the range: it is set aside as
 *    INCLUDES_MONEY_BEFORE_RANGE and the packages in the range count on their own.
 * 5. Every other programme-wide figure is counted, and each package it covers is set aside as
 *    INCLUDED_IN_PROGRAMME_TOTAL, pointing at the figure (`includedIn`); packages dated after the
 *    figure are counted in addition to it. A package covered by several figures is included in
 *    the earliest (undated ones last). In totals by FUNDER the figure's funder is the one the
 *    source names, often a group (NATO Allies), so the covered packages' money shows under that
 *    group rather than under the countries that funded them; each exclusion says so. With a
 *    `funder` filter that does not select the figure (a single country, without expandGroups),
 *    that country's packages are counted as they stand.
 *    Several programme-wide figures of one programme and stage are all counted: the only such
 *    pair in the data, the Pledge's EUR 40 billion baseline for 2024 and 2025's "additional EUR
 *    35 billion", are sums for separate years, not a running total restated. Nothing in the data
 *    marks a figure as restating an earlier one; two running totals of one programme would need
 *    such a marker before the later could supersede the earlier.
 * 6. Pledges (a promise) and provided money are never added together, nor are two currencies:
 *    every total is for one stage and one currency; conversions appear only as the source states
 *    them (`statedEquivalent`). Qualifiers combine by the algebra in money-sums.ts.
 */

export type FundingDimension = 'PROGRAMME' | 'FUNDER' | 'YEAR' | 'CURRENCY';
export const FUNDING_DIMENSIONS: Record<FundingDimension, string> = {
  PROGRAMME: 'One total per programme (or per package that belongs to no programme).',
  FUNDER:
    'One total per funder, or per set of funders for joint packages, which are counted once under all their funders together, never once per funder.',
  YEAR: 'One total per year of the funding date; undated sums get a total of their own (year null).',
  CURRENCY:
    'One total per currency. Always in effect, listed or not: amounts in different currencies are never added.',
};

export type FundingExclusionReason =
  | 'INCLUDED_IN_PROGRAMME_TOTAL'
  | 'INCLUDES_MONEY_BEFORE_RANGE'
  | 'NO_AMOUNT'
  | 'UNDATED';
export const FUNDING_EXCLUSION_REASONS: Record<FundingExclusionReason, string> = {
  INCLUDED_IN_PROGRAMME_TOTAL:
    'A package dated on or before a counted sum stated for its programme as a whole (at the same stage, pledged or provided), or undated: that sum is a total to its date and already includes the package, so adding the package would count its money twice. `includedIn` is that sum; packages dated after it are counted in addition.',
  INCLUDES_MONEY_BEFORE_RANGE:
    'A sum stated for a programme as a whole that is a total to its date and includes packages dated before `from`: it is no total for the range asked for, so the packages in the range are counted instead.',
  NO_AMOUNT: 'The source states no amount, so there is nothing to add.',
  UNDATED: 'Undated, so it cannot be placed in the from/to range asked for.',
};

/** One sum that can be counted: a package, or a sum stated for a programme as a whole. */
export interface FundedSum {
  /** The key of the relation that carries the amount: the package's PACKAGE_OF, or the FUNDS/PLEDGES relation. */
  key: string;
  /** PACKAGE: a package's whole amount. PROGRAMME_WIDE: a sum the source states for the recipient as a whole, a total to its date. */
  scope: 'PACKAGE' | 'PROGRAMME_WIDE';
  /** The programme the money goes to; the package itself when it belongs to no programme. */
  recipient: EntityData;
  package: EntityData | null;
  /** Who funded or pledged it, as the source names them (groups stay groups), in name order. */
  funders: EntityData[];
  amount: Money | null;
  statedEquivalent: Money | null;
  date: PartialDate | null;
  /** True for a promise (PLEDGES), false for money provided or committed (FUNDS). */
  pledged: boolean;
  /** The funders' FUNDS/PLEDGES relations, then the package's PACKAGE_OF. */
  relations: RelationData[];
  citations: Citation[];
}

export interface FundingExclusion {
  sum: FundedSum;
  reason: FundingExclusionReason;
  /** A sentence saying why, naming the programme-wide figure or packages concerned. */
  explanation: string;
  /** For INCLUDED_IN_PROGRAMME_TOTAL: the counted programme-wide figure that includes this package. */
  includedIn: FundedSum | null;
}

export interface FundingTotal {
  pledged: boolean;
  currency: Currency;
  /** The programme (or package), when grouped by PROGRAMME. */
  programme: EntityData | null;
  /** The funder set, when grouped by FUNDER: one entity, or several for joint packages. */
  funders: EntityData[] | null;
  /** The year, when grouped by YEAR; null for undated sums or when not grouped by year. */
  year: string | null;
  total: MoneySum;
  /** The sum of the source's own stated conversions, when every counted sum states one in the same currency. */
  statedEquivalent: MoneySum | null;
  /** What was added, in date order (undated last). */
  sums: FundedSum[];
  /** What would have belonged here and was left out. NO_AMOUNT sums, whose currency is unknown, show under every currency. */
  excluded: FundingExclusion[];
}

export interface FundingTotals {
  totals: FundingTotal[];
  /** Everything set aside, once each. */
  excluded: FundingExclusion[];
}

export interface FundingTotalsOptions {
  groupBy?: readonly FundingDimension[] | null;
  /** Only money to this programme, or to this package. */
  programme?: string | null;
  /** Only money from this funder (a country, group or organisation). */
  funder?: string | null;
  /** A group funder stands for its members: in the `funder` filter and in FUNDER totals. */
  expandGroups?: boolean | null;
  /** true: pledges only; false: provided money only; null: both, in separate totals. */
  pledged?: boolean | null;
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
}

const FUNDER_KINDS: readonly string[] = RELATION_TYPES.FUNDS.from;

function checkEntityArgument(
  kg: KnowledgeGraph,
  argument: string,
  key: string,
  kinds: readonly string[],
): EntityData {
  const entity = kg.graph.hasNode(key) ? kg.graph.getNodeAttributes(key) : null;
  if (entity === null)
    throw new InvalidArgumentError(
      argument,
      `${argument} must be an entity key, and there is no entity "${key.slice(0, 60)}"`,
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

/**
 * Every funded sum known by `day` (all when null): one per package with a known funder, and one
 * per FUNDS or PLEDGES relation straight to a programme. A package is dated by its PACKAGE_OF
 * relation, else by itself, else by its earliest funder; it is pledged only when every known
 * funder merely pledges it. With `recipient`, only the sums that reach that programme or
 * package, found from its own relations.
 */
export function fundedSums(
  kg: KnowledgeGraph,
  day: string | null = null,
  recipient: string | null = null,
): FundedSum[] {
  const { graph } = kg;
  const sums: FundedSum[] = [];
  const packageFunding = new Map<string, RelationData[]>();
  const collect = (relation: RelationData) => {
    if ((relation.type !== 'FUNDS' && relation.type !== 'PLEDGES') || !isKnownBy(relation.date, day)) return;
    const target = graph.getNodeAttributes(relation.to);
    if (target.kind === 'PACKAGE') {
      packageFunding.set(target.key, [...(packageFunding.get(target.key) ?? []), relation]);
      return;
    }
    sums.push({
      key: relation.key,
      scope: 'PROGRAMME_WIDE',
      recipient: target,
      package: null,
      funders: [graph.getNodeAttributes(relation.from)],
      amount: relation.amount,
      statedEquivalent: relation.statedEquivalent,
      date: relation.date,
      pledged: relation.type === 'PLEDGES',
      relations: [relation],
      citations: relation.citations,
    });
  };
  if (recipient === null) {
    graph.forEachEdge((_edge, relation) => collect(relation));
  } else {
    // Only the money that reaches this recipient: paid to it, or to one of its packages.
    // Walking its relations instead of the whole graph keeps a programme's totals cheap at any size.
    graph.forEachInEdge(recipient, (_edge, relation, source) => {
      collect(relation);
      if (relation.type === 'PACKAGE_OF') graph.forEachInEdge(source, (_inner, funding) => collect(funding));
    });
  }
  for (const [packageKey, funding] of packageFunding) {
    const pkg = graph.getNodeAttributes(packageKey);
    const linkEdge = graph.findOutEdge(packageKey, (_edge, relation) => relation.type === 'PACKAGE_OF');
    const link = linkEdge === undefined ? null : graph.getEdgeAttributes(linkEdge);
    const earliestFunding =
      funding
        .map((relation) => relation.date)
        .filter((date) => date !== null)
        .sort()[0] ?? null;
    const date = link?.date ?? pkg.date ?? earliestFunding;
    if (!isKnownBy(date, day) || (link !== null && !isKnownBy(link.date, day))) continue;
    funding.sort((a, b) => byName(graph.getNodeAttributes(a.from), graph.getNodeAttributes(b.from)));
    sums.push({
      key: link?.key ?? packageKey,
      scope: 'PACKAGE',
      recipient: link ? graph.getNodeAttributes(link.to) : pkg,
      package: pkg,
      funders: funding.map((relation) => graph.getNodeAttributes(relation.from)),
      amount: link?.amount ?? null,
      statedEquivalent: link?.statedEquivalent ?? null,
      date,
      pledged: funding.every((relation) => relation.type === 'PLEDGES'),
      relations: link ? [...funding, link] : funding,
      citations: mergeCitations(...funding.map((relation) => relation.citations), link?.citations ?? []),
    });
  }
  return sums.sort(compareSums);
}

function compareSums(a: FundedSum, b: FundedSum): number {
  return (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.key.localeCompare(b.key);
}

/** The members of a group known by `day`, in name order; any other funder stands for itself. */
function expandFunder(kg: KnowledgeGraph, funder: EntityData, day: string | null): EntityData[] {
  if (funder.kind !== 'GROUP') return [funder];
  const members = kg.graph
    .filterInEdges(
      funder.key,
      (_edge, relation) => relation.type === 'MEMBER_OF' && isKnownBy(relation.date, day),
    )
    .map((edge) => kg.graph.getNodeAttributes(kg.graph.source(edge)));
  return members.length > 0 ? members : [funder];
}

function funderSet(
  kg: KnowledgeGraph,
  funders: readonly EntityData[],
  expand: boolean,
  day: string | null,
): EntityData[] {
  if (!expand) return [...funders];
  const set = new Map<string, EntityData>();
  for (const funder of funders)
    for (const member of expandFunder(kg, funder, day)) set.set(member.key, member);
  return [...set.values()].sort(byName);
}

function nameOf(sum: FundedSum): string {
  return sum.package?.name ?? sum.key;
}

/** "over USD 4 billion from NATO Allies as of 2025-12-10 (its relation key)". */
function describeFigure(figure: FundedSum): string {
  const funders = figure.funders.map((entity) => entity.name).join(', ');
  const when = figure.date === null ? 'undated' : `as of ${figure.date}`;
  return `${formatMoney(figure.amount!)} from ${funders} ${when} (${figure.key})`;
}

/** True when `sum` is a package of the programme a programme-wide figure is for, at the same stage. */
function isPackageOf(sum: FundedSum, figure: FundedSum): boolean {
  return (
    sum.scope === 'PACKAGE' && sum.recipient.key === figure.recipient.key && sum.pledged === figure.pledged
  );
}

/**
 * True when a programme-wide figure, a total to its date, includes a package of its programme:
 * when either is undated, or the package's period starts by the figure's last day.
 */
function isCoveredBy(pkg: FundedSum, figure: FundedSum): boolean {
  if (pkg.date === null || figure.date === null) return true;
  return isKnownBy(pkg.date, periodOf(figure.date)?.end ?? figure.date);
}

/**
 * Funding totals per currency and stage (pledged or provided), grouped further by programme,
 * funder and year as asked, each with the sums it adds and the ones it set aside (see the rules
 * at the top of this file). Throws InvalidArgumentError naming the argument for an unknown or
 * wrong-kind programme or funder key, an unreadable date, or a `from` after `to`.
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
  const wantedFunders = funder
    ? new Set(funderSet(kg, [funder], expand, day).map((entity) => entity.key))
    : null;

  const excluded: FundingExclusion[] = [];
  const setAside = (
    sum: FundedSum,
    reason: FundingExclusionReason,
    explanation: string,
    includedIn: FundedSum | null = null,
  ) => excluded.push({ sum, reason, explanation, includedIn });

  const known = fundedSums(kg, day, programme?.key ?? null);
  const selected = known.filter(
    (sum) =>
      (options.pledged == null || sum.pledged === options.pledged) &&
      (programme === null || sum.recipient.key === programme.key || sum.package?.key === programme.key) &&
      (wantedFunders === null ||
        funderSet(kg, sum.funders, expand, day).some((entity) => wantedFunders.has(entity.key))),
  );
  const inRange: FundedSum[] = [];
  for (const sum of selected) {
    if ((from !== null || to !== null) && sum.date === null) {
      setAside(
        sum,
        'UNDATED',
        `${sum.key} is undated, so it cannot be placed between ${options.from ?? 'the start'} and ${options.to ?? 'now'}.`,
      );
    } else if (sum.date === null || overlaps(sum.date, from, to)) {
      inRange.push(sum);
    }
  }
  const withAmount: FundedSum[] = [];
  for (const sum of inRange) {
    if (sum.amount === null) setAside(sum, 'NO_AMOUNT', `The source states no amount for ${nameOf(sum)}.`);
    else withAmount.push(sum);
  }
  const figures: FundedSum[] = [];
  for (const figure of withAmount) {
    if (figure.scope !== 'PROGRAMME_WIDE') continue;
    // Every known package counts here, whatever the funder filter: the figure includes them all.
    const earlier =
      from === null
        ? []
        : known.filter(
            (other) =>
              isPackageOf(other, figure) &&
              other.date !== null &&
              periodOf(other.date)!.end < from &&
              isCoveredBy(other, figure),
          );
    if (earlier.length > 0) {
      setAside(
        figure,
        'INCLUDES_MONEY_BEFORE_RANGE',
        `The figure for ${figure.recipient.name} as a whole, ${describeFigure(figure)}, is a total to its date and includes ` +
          `packages dated before ${options.from}: ${earlier.map(nameOf).join('; ')}. It is no total for the range, so the packages in the range are counted instead.`,
      );
    } else {
      figures.push(figure);
    }
  }
  const counted: FundedSum[] = [];
  for (const sum of withAmount) {
    if (sum.scope === 'PROGRAMME_WIDE') {
      if (figures.includes(sum)) counted.push(sum);
      continue;
    }
    // `figures` is in date order, undated last: the earliest figure that covers the package includes it.
    const figure = figures.find((candidate) => isPackageOf(sum, candidate) && isCoveredBy(sum, candidate));
    if (figure === undefined) {
      counted.push(sum);
      continue;
    }
    const funders = figure.funders.map((entity) => entity.name).join(', ');
    const why =
      sum.date === null
        ? 'nothing places this undated package after it'
        : figure.date === null
          ? 'undated, so taken to include every package'
          : `this package is dated ${sum.date}, on or before it`;
    setAside(
      sum,
      'INCLUDED_IN_PROGRAMME_TOTAL',
      `${nameOf(sum)}, ${formatMoney(sum.amount!)}, is included in the figure for ${figure.recipient.name} as a whole: ` +
        `${describeFigure(figure)}, a total to its date, and ${why}. ` +
        `That figure is counted instead, so the money is not added twice; in totals by funder it shows under ${funders}, not under this package's own funders.`,
      figure,
    );
  }

  // Group: stage and currency always, then the dimensions asked for.
  const groupOf = (sum: FundedSum) =>
    [
      sum.pledged ? 'pledged' : 'provided',
      groupBy.has('PROGRAMME') ? sum.recipient.key : '',
      groupBy.has('FUNDER')
        ? funderSet(kg, sum.funders, expand, day)
            .map((entity) => entity.key)
            .join(',')
        : '',
      groupBy.has('YEAR') ? (sum.date?.slice(0, 4) ?? 'undated') : '',
    ].join('|');
  const groups = new Map<string, FundedSum[]>();
  for (const sum of counted) {
    const key = `${sum.amount!.currency}|${groupOf(sum)}`;
    groups.set(key, [...(groups.get(key) ?? []), sum]);
  }
  const totals: FundingTotal[] = [...groups.values()].map((sums) => {
    const first = sums[0]!;
    const group = groupOf(first);
    const currency = first.amount!.currency;
    const equivalents = sums.map((sum) => sum.statedEquivalent);
    const equivalentCurrency = equivalents[0]?.currency;
    const statedEquivalent =
      equivalentCurrency !== undefined && equivalents.every((money) => money?.currency === equivalentCurrency)
        ? sumMoney(equivalentCurrency, equivalents as Money[])
        : null;
    return {
      pledged: first.pledged,
      currency,
      programme: groupBy.has('PROGRAMME') ? first.recipient : null,
      funders: groupBy.has('FUNDER') ? funderSet(kg, first.funders, expand, day) : null,
      year: groupBy.has('YEAR') ? (first.date?.slice(0, 4) ?? null) : null,
      total: sumMoney(
        currency,
        sums.map((sum) => sum.amount!),
      ),
      statedEquivalent,
      sums,
      // A sum with no amount has no currency: it belongs under every currency of its group. A
      // package included in a figure shows also where that figure is counted.
      excluded: excluded.filter(
        (exclusion) =>
          (groupOf(exclusion.sum) === group &&
            (exclusion.sum.amount === null || exclusion.sum.amount.currency === currency)) ||
          (exclusion.includedIn !== null && sums.includes(exclusion.includedIn)),
      ),
    };
  });
  totals.sort(compareTotals);
  return { totals, excluded };
}

function compareTotals(a: FundingTotal, b: FundingTotal): number {
  return (
    Number(a.pledged) - Number(b.pledged) ||
    (a.programme?.name ?? '').localeCompare(b.programme?.name ?? '') ||
    (a.funders ?? [])
      .map((entity) => entity.name)
      .join(', ')
      .localeCompare((b.funders ?? []).map((entity) => entity.name).join(', ')) ||
    (a.year ?? '\uffff').localeCompare(b.year ?? '\uffff') ||
    a.currency.localeCompare(b.currency)
  );
}
