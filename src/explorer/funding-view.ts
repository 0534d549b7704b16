import { h } from './dom.js';
import type { ExplorerFundingQuery, ExplorerSumFragment } from './generated/graphql.js';
import { formatDate, quote } from './panel.js';

type Funding = NonNullable<ExplorerFundingQuery['funding']>;

type Line = Funding['totals'][number];
type Exclusion = Funding['excluded'][number];

/** One sum as the page shows it: on a line (added, or the total itself), or set aside with the reason. */
export interface Row {
  sum: ExplorerSumFragment;
  /** The line that holds it; null when set aside. */
  basis: Line['basis'] | null;
  /** Null when on a line; otherwise why not, as the service's code and the total that includes it. */
  setAside: { reason: Exclusion['reason']; includedIn: Exclusion['includedIn'] } | null;
}

type Stage = ExplorerSumFragment['stage'];
const STAGE_LABELS: Record<Stage, string> = {
  ANNOUNCED: 'Announced',
  PLEDGED: 'Pledged or committed',
  PROVIDED: 'Provided',
};
const STAGE_ORDER: Record<Stage, number> = { ANNOUNCED: 0, PLEDGED: 1, PROVIDED: 2 };
const BASIS_LABELS: Record<Funding['totals'][number]['basis'], string> = {
  SUM: 'Sum of the amounts listed',
  STATED_TOTAL: 'Total stated by the source',
  TARGET: 'Target or baseline (not money given)',
};
const STAGE_WORDS: Record<Stage, string> = {
  ANNOUNCED: 'announced',
  PLEDGED: 'pledged',
  PROVIDED: 'provided',
};
/** Why two lines are not added, in a few words (the service's codes; docs/api.md "Funding totals"). */
const NOT_ADDED_WORDS: Record<Line['besides'][number]['reason'], string> = {
  CURRENCY_NOT_STATED: 'the source names no currency for one of them',
  DIFFERENT_CURRENCIES: 'different currencies, never converted',
  DIFFERENT_PROGRAMMES: 'money of different programmes',
  DIFFERENT_STAGES: 'a different stage, perhaps the same money',
  GROUP_CREDIT: "one is a group's money, shared with its members",
  OVERLAPPING_PERIODS: 'their periods overlap, so one may include the other',
  RUNNING_TOTAL: 'a running total may already include the other',
  TARGET: 'a target is a level to reach, not money given',
};
const currencyOf = (currency: string | null | undefined) => currency ?? 'currency not stated';
const fundersOf = (sum: ExplorerSumFragment) =>
  sum.funders.map((funder) => funder.name).join(' + ') || 'Funders not named';
const byDate = (a: Row, b: Row) =>
  (a.sum.date ?? '9999').localeCompare(b.sum.date ?? '9999') || a.sum.key.localeCompare(b.sum.key);

/**
 * What kind of figure a sum is, when it is more than one package or contribution: "a running
 * total for 2025", "a running total to 10 December 2025", "a total for 2024", "a target for 2026".
 */
export function sumKindWords(sum: Pick<ExplorerSumFragment, 'sumKind' | 'period' | 'date'>): string | null {
  const period = sum.period ? ` for ${formatDate(sum.period)}` : '';
  switch (sum.sumKind) {
    case 'RUNNING_TOTAL':
      return `a running total${period || (sum.date ? ` to ${formatDate(sum.date)}` : '')}`;
    case 'PERIOD_TOTAL':
      return `a total${period}`;
    case 'TARGET':
      return `a target${period}`;
    default:
      return null;
  }
}

/** The table's "In the totals" cell: what the lines made of a sum, in the page's words. */
export function inTheTotals(row: Row): string {
  const setAside = row.setAside;
  if (!setAside) {
    if (row.basis === 'STATED_TOTAL') return 'The total the source states';
    if (row.basis === 'TARGET') return 'A target: added to nothing';
    return 'Added';
  }
  switch (setAside.reason) {
    case 'INCLUDED_IN_PROGRAMME_TOTAL': {
      const total = setAside.includedIn;
      if (!total) return 'Already in a total the source states: not added';
      const funders = total.funders.map((funder) => funder.name).join(' + ');
      const kind = sumKindWords(total);
      return `Already in ${total.amount?.text ?? 'the total'}${funders ? ` from ${funders}` : ''}${kind ? `, ${kind}` : ''}: not added`;
    }
    case 'NO_AMOUNT':
      return 'No amount stated: nothing to add';
    case 'UNDATED':
      return 'Undated: not placed in the range';
    case 'EXTENDS_BEYOND_RANGE':
      return 'Reaches outside the range: not added';
    case 'INCLUDES_MONEY_BEFORE_RANGE':
      return 'Holds money from before the range: not added';
  }
}

/**
 * The lines a line is not added to, and why, one sentence each: "Not added to pledged at least
 * EUR 40 billion: a target is a level to reach, not money given."
 */
export function besidesWords(line: Line, lines: readonly Line[]): string[] {
  const byKey = new Map(lines.map((other) => [other.key, other]));
  return line.besides.map((entry) => {
    const others = entry.keys.filter((key) => key !== line.key).map((key) => byKey.get(key));
    const named = others
      .filter((other) => other !== undefined)
      .map(
        (other) =>
          `${STAGE_WORDS[other.stage]} ${other.total.text}${other.programme.key === line.programme.key ? '' : ` (${other.programme.name})`}`,
      );
    const what =
      entry.reason === 'DIFFERENT_PROGRAMMES' || named.length === 0 ? 'the other lines' : named.join(', ');
    return `Not added to ${what}: ${NOT_ADDED_WORDS[entry.reason]}.`;
  });
}

/**
 * The money of one programme (or of all). For each stage and currency (announced, pledged and
 * provided apart; currencies never added): the service's lines, each a sum, a total the source
 * states or a target, none added to another, then a bar per sum labelled with its funders (a
 * sum included in a total the source states is marked so). Then every sum with its quote, and
 * what was left out and why.
 */
export function fundingView(funding: Funding, title: string, asOf: string | null): HTMLElement {
  const rows: Row[] = [];
  for (const total of funding.totals)
    for (const sum of total.sums) rows.push({ sum, basis: total.basis, setAside: null });
  for (const exclusion of funding.excluded) {
    rows.push({
      sum: exclusion.sum,
      basis: null,
      setAside: { reason: exclusion.reason, includedIn: exclusion.includedIn ?? null },
    });
  }
  // A joint package is one sum, however many totals list it.
  const unique = [...new Map(rows.map((row) => [row.sum.key, row])).values()].sort(byDate);
  const groups = new Map<string, { stage: Stage; currency: string | null; rows: Row[] }>();
  const byKey = new Map(unique.map((row) => [row.sum.key, row.sum]));
  for (const row of unique) {
    const amount = row.sum.amount;
    // Bars only for sums with an amount that a total counts or that a programme total includes.
    if (!amount || (row.setAside && row.setAside.reason !== 'INCLUDED_IN_PROGRAMME_TOTAL')) continue;
    // A sum included in a total the source states is drawn (faded) under that total, whose
    // currency may be unstated ("over 4 billion in PURL packages"), not in a chart of its own.
    const home = (row.setAside?.includedIn && byKey.get(row.setAside.includedIn.key)) || row.sum;
    const currency = home.amount?.currency ?? null;
    const id = `${home.stage}:${currency ?? ''}`;
    const group = groups.get(id) ?? { stage: home.stage, currency, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  const charts = [...groups.values()].sort(
    (a, b) =>
      STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
      (a.currency ?? '\uffff').localeCompare(b.currency ?? '\uffff'),
  );
  return h(
    'article',
    { class: 'funding', 'aria-labelledby': 'funding-heading' },
    h(
      'h2',
      { id: 'funding-heading', tabindex: '-1' },
      `Funding: ${title}`,
      asOf ? ` as of ${formatDate(asOf)}` : null,
    ),
    unique.length === 0
      ? h(
          'p',
          { class: 'empty' },
          asOf
            ? `No funding of ${title} is known by ${formatDate(asOf)}.`
            : `The source states no funding of ${title}.`,
        )
      : null,
    charts.map((chart) => {
      const max = Math.max(...chart.rows.map((row) => row.sum.amount?.value ?? 0), 1);
      const lines = funding.totals.filter(
        (candidate) => candidate.stage === chart.stage && (candidate.currency ?? null) === chart.currency,
      );
      return h(
        'figure',
        {
          class: 'chart',
          'data-stage': chart.stage.toLowerCase(),
          'data-currency': chart.currency ?? 'unstated',
        },
        h('figcaption', {}, `${STAGE_LABELS[chart.stage]}, ${currencyOf(chart.currency)}`),
        // Each line stands alone: the service never adds one to another, and each says what it
        // is (a running total for 2025) and what it is not added to, and why.
        lines.map((line) => {
          const kind = line.basis !== 'SUM' && line.sums.length === 1 ? sumKindWords(line.sums[0]!) : null;
          const besides = besidesWords(line, funding.totals);
          return h(
            'div',
            { class: 'line', 'data-line': line.key },
            h(
              'p',
              { class: 'total' },
              `${BASIS_LABELS[line.basis]}${lines.length > 1 || !title.includes(line.programme.name) ? `, ${line.programme.name}` : ''}: `,
              h('strong', {}, line.total.text),
              line.basis === 'SUM' ? ` (${line.count} sum${line.count === 1 ? '' : 's'} added)` : null,
              kind ? h('span', { class: 'line-kind' }, `, ${kind}`) : null,
            ),
            besides.length > 0
              ? h(
                  'ul',
                  { class: 'besides' },
                  besides.map((text) => h('li', {}, text)),
                )
              : null,
          );
        }),
        lines.length > 1
          ? h('p', { class: 'bar-note' }, 'These figures are not added to each other: each says why.')
          : null,
        h(
          'ul',
          { class: 'bars' },
          chart.rows.map((row) => {
            const amount = row.sum.amount!;
            const programmeWide = row.sum.scope === 'PROGRAMME_WIDE';
            return h(
              'li',
              { class: `bar-row${row.setAside ? ' included' : ''}`, 'data-sum': row.sum.key },
              h(
                'span',
                { class: 'bar-label' },
                fundersOf(row.sum),
                // A package's name carries its date; a programme-wide sum is a total to its date.
                h(
                  'span',
                  { class: 'bar-note' },
                  programmeWide
                    ? `${row.sum.recipient.name} as a whole${row.sum.period ? `, for ${formatDate(row.sum.period)}` : row.sum.date ? `, to ${formatDate(row.sum.date)}` : ''}`
                    : (row.sum.package?.name ?? row.sum.recipient.name),
                ),
              ),
              h(
                'span',
                { class: 'bar-track' },
                h('span', {
                  class: `bar qualifier-${amount.qualifier.toLowerCase()}`,
                  style: `width:${Math.max(1, (100 * amount.value) / max).toFixed(1)}%`,
                }),
              ),
              // The amount's text carries its qualifier ("over", "up to") in the service's words;
              // the bar's pattern shows it too.
              h(
                'span',
                { class: 'bar-value' },
                amount.text,
                row.setAside
                  ? h(
                      'span',
                      { class: 'bar-note' },
                      `included in the source's total to ${formatDate(row.setAside.includedIn?.date) ?? 'its date'}`,
                    )
                  : null,
              ),
            );
          }),
        ),
      );
    }),
    unique.length > 0
      ? h(
          'table',
          { class: 'sums' },
          h('caption', {}, 'Every sum, with the sentence it comes from'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Date', 'Funders', 'To', 'Amount', 'Stage', 'In the totals', 'Source'].map((name) =>
                h('th', { scope: 'col' }, name),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            unique.map((row) =>
              h(
                'tr',
                { 'data-sum': row.sum.key },
                // Each cell names its column, which a phone shows beside it (one card per row).
                h(
                  'td',
                  { 'data-label': 'Date' },
                  formatDate(row.sum.date) ?? (row.sum.period ? `for ${row.sum.period}` : 'undated'),
                ),
                h('td', { 'data-label': 'Funders' }, row.sum.funders.map((funder) => funder.name).join(', ')),
                h('td', { 'data-label': 'To' }, row.sum.package?.name ?? row.sum.recipient.name),
                h('td', { 'data-label': 'Amount' }, row.sum.amount?.text ?? 'not stated'),
                h('td', { 'data-label': 'Stage' }, row.sum.stage.toLowerCase()),
                h('td', { 'data-label': 'In the totals' }, inTheTotals(row)),
                h(
                  'td',
                  { 'data-label': 'Source' },
                  row.sum.citations.map((citation) => quote(citation)),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
