import { h } from './dom.js';
import { QUALIFIER_WORDS } from '../graph/money.js';
import type { ExplorerFundingQuery, ExplorerSumFragment } from './generated/graphql.js';
import { formatDate, quote } from './panel.js';

type Funding = NonNullable<ExplorerFundingQuery['funding']>;

/** One sum as the page shows it: counted in a total, or set aside with the reason. */
interface Row {
  sum: ExplorerSumFragment;
  /** Null when counted; otherwise why not, in the service's words. */
  setAside: {
    reason: Funding['excluded'][number]['reason'];
    explanation: string;
    includedIn: { key: string; date: string | null } | null;
  } | null;
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
const currencyOf = (currency: string | null | undefined) => currency ?? 'currency not stated';
const fundersOf = (sum: ExplorerSumFragment) =>
  sum.funders.map((funder) => funder.name).join(' + ') || 'Funders not named';
const byDate = (a: Row, b: Row) =>
  (a.sum.date ?? '9999').localeCompare(b.sum.date ?? '9999') || a.sum.key.localeCompare(b.sum.key);

/**
 * The money of one programme (or of all). For each stage and currency (announced, pledged and
 * provided apart; currencies never added): the service's lines, each a sum, a total the source
 * states or a target, none added to another, then a bar per sum labelled with its funders (a
 * sum included in a total the source states is marked so). Then every sum with its quote, and
 * what was left out and why.
 */
export function fundingView(funding: Funding, title: string, asOf: string | null): HTMLElement {
  const rows: Row[] = [];
  for (const total of funding.totals) for (const sum of total.sums) rows.push({ sum, setAside: null });
  for (const exclusion of funding.excluded) {
    rows.push({
      sum: exclusion.sum,
      setAside: {
        reason: exclusion.reason,
        explanation: exclusion.explanation,
        includedIn: exclusion.includedIn ?? null,
      },
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
        // Each line stands alone: the service never adds one to another.
        lines.map((line) =>
          h(
            'p',
            { class: 'total', 'data-line': line.key, title: line.explanation },
            `${BASIS_LABELS[line.basis]}${lines.length > 1 || !title.includes(line.programme.name) ? `, ${line.programme.name}` : ''}: `,
            h('strong', {}, line.total.text),
            line.basis === 'SUM' ? ` (${line.count} sum${line.count === 1 ? '' : 's'} added)` : null,
          ),
        ),
        lines.length > 1
          ? h('p', { class: 'bar-note' }, 'These figures are not added to each other: each says why.')
          : null,
        h(
          'ul',
          { class: 'bars' },
          chart.rows.map((row) => {
            const amount = row.sum.amount!;
            // The service's own words for qualifiers, as in every amount's text.
            const qualifier = QUALIFIER_WORDS[amount.qualifier].trim() || null;
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
                    ? `${row.sum.recipient.name} as a whole${row.sum.period ? `, for ${row.sum.period}` : row.sum.date ? `, to ${formatDate(row.sum.date)}` : ''}`
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
              h(
                'span',
                { class: 'bar-value' },
                amount.text,
                qualifier ? h('span', { class: 'qualifier' }, qualifier) : null,
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
                h(
                  'td',
                  { 'data-label': 'In the totals' },
                  row.setAside ? row.setAside.explanation : 'counted',
                ),
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
