import { h } from './dom.js';
import type { ExplorerEntityQuery } from './generated/graphql.js';
import { KIND_STYLE, RELATION_LABELS } from './vocabulary.js';

type Entity = NonNullable<ExplorerEntityQuery['entity']>;
type Edge = Entity['relations']['edges'][number];
type Citation = Entity['citations'][number];

/** Where a quote is in its source: the reading view opens there. */
export interface SentencePlace {
  source: string;
  sentence: number;
}

/** Opens the source's reading view at a sentence. */
export type ReadInSource = (place: SentencePlace) => void;

/** A citation as the page's queries give it: the quote, its link, its source, its sentences. */
export interface QuotedCitation {
  quote: string;
  link?: string | null;
  source?: { key?: string; title: string; kind?: 'PUBLISHED' | 'COMPILED' };
  sentences?: readonly { index: number }[];
}

/** The first sentence a quote is part of, in its source; null when the query did not ask. */
export function placeOf(citation: QuotedCitation): SentencePlace | null {
  const source = citation.source?.key;
  const sentence = citation.sentences?.[0]?.index;
  return source !== undefined && sentence !== undefined ? { source, sentence } : null;
}

/**
 * A quote, word for word, with a link that opens the source at it, and (given `onRead`) a button
 * that opens the sentence in the page's reading view. A quote from a source this project
 * compiled (its own reference data, not the publisher's words) is marked as such.
 */
export function quote(citation: QuotedCitation, onRead: ReadInSource | null = null): HTMLElement {
  const compiled = citation.source?.kind === 'COMPILED';
  const place = onRead ? placeOf(citation) : null;
  return h(
    'blockquote',
    { class: compiled ? 'quote compiled' : 'quote' },
    h('q', {}, citation.quote),
    compiled
      ? h(
          'span',
          {
            class: 'compiled-marker',
            title: "This project's own reference data, not a quote from a published page",
          },
          'Compiled by this project',
        )
      : null,
    citation.link
      ? h(
          'a',
          { href: citation.link, target: '_blank', rel: 'noopener noreferrer', class: 'source-link' },
          citation.source ? `Source: ${citation.source.title}` : 'Source',
        )
      : citation.source
        ? h('span', { class: 'source-link' }, `Source: ${citation.source.title}`)
        : null,
    place && onRead
      ? h(
          'button',
          {
            type: 'button',
            class: 'read-in-source',
            'data-source': place.source,
            'data-sentence': place.sentence,
            onclick: () => onRead(place),
          },
          'Read it in the source',
        )
      : null,
  );
}

function kindBadge(kind: Entity['kind']): HTMLElement {
  return h(
    'span',
    { class: 'kind-badge' },
    h('span', { class: 'swatch', style: `background:${KIND_STYLE[kind].colour}` }),
    KIND_STYLE[kind].label,
  );
}

/** "13 August 2025", "August 2025" or "2025": a partial date at its own precision. */
export function formatDate(date: string | null | undefined): string | null {
  if (!date) return null;
  const [year, month, day] = date.split('-');
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const monthName = month ? months[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : null, monthName ?? null, year].filter(Boolean).join(' ');
}

/**
 * The side panel for one entity: what it is, the sentences that introduce it, and its relations
 * grouped by type and direction, each with its quote. A neighbour's name moves the panel there.
 */
export function entityPanel(
  entity: Entity,
  edges: readonly Edge[],
  options: {
    asOf: string | null;
    onNavigate: (key: string) => void;
    onMore: (() => void) | null;
    /** Opens the source's reading view at the sentence a quote is part of; null without that view. */
    onReadInSource: ReadInSource | null;
    /**
     * Set when the date (`asOf`) leaves the entity out of the graph: from when it is known (its
     * bound as the API gives it, or null when none is known). The panel then says so instead of
     * showing what was not yet known.
     */
    notYetKnown?: { since: string | null } | null;
  },
): HTMLElement {
  if (options.notYetKnown && options.asOf) {
    const since = formatDate(options.notYetKnown.since);
    return h(
      'article',
      { class: 'entity', 'aria-labelledby': 'entity-name' },
      h('h2', { id: 'entity-name', tabindex: '-1' }, entity.name),
      h('p', { class: 'meta' }, kindBadge(entity.kind), entity.date ? ` · ${formatDate(entity.date)}` : null),
      h(
        'p',
        { class: 'notice not-yet-known' },
        `Not yet known on ${formatDate(options.asOf)}`,
        since ? `: the graph knows it from ${since}.` : '.',
        ' Move the date later, or clear it, to see it.',
      ),
    );
  }
  const groups = new Map<string, Edge[]>();
  for (const edge of edges) {
    const label = RELATION_LABELS[edge.relation.type][edge.direction === 'IN' ? 'in' : 'out'];
    const group = groups.get(label) ?? [];
    group.push(edge);
    groups.set(label, group);
  }
  const total = entity.relations.totalCount;
  return h(
    'article',
    { class: 'entity', 'aria-labelledby': 'entity-name' },
    h('h2', { id: 'entity-name', tabindex: '-1' }, entity.name),
    h('p', { class: 'meta' }, kindBadge(entity.kind), entity.date ? ` · ${formatDate(entity.date)}` : null),
    entity.aliases.length > 0
      ? h('p', { class: 'aliases' }, 'Also known as: ', entity.aliases.join(', '))
      : null,
    entity.citations.length > 0
      ? h(
          'section',
          { class: 'intro' },
          entity.citations.map((citation: Citation) => quote(citation, options.onReadInSource)),
        )
      : null,
    h(
      'h3',
      { class: 'relations-heading' },
      total === 0 ? 'No relations' : `${total} relation${total === 1 ? '' : 's'}`,
      options.asOf ? ` known by ${formatDate(options.asOf)}` : null,
    ),
    [...groups].map(([label, group]) =>
      h(
        'section',
        { class: 'relation-group' },
        h('h4', {}, `${label} (${group.length})`),
        h(
          'ul',
          {},
          group.map((edge) =>
            h(
              'li',
              { class: 'relation', 'data-relation': edge.relation.key },
              h(
                'button',
                {
                  type: 'button',
                  class: 'neighbour',
                  'data-key': edge.node.key,
                  onclick: () => options.onNavigate(edge.node.key),
                },
                h('span', { class: 'swatch', style: `background:${KIND_STYLE[edge.node.kind].colour}` }),
                edge.node.name,
              ),
              edge.relation.date || edge.relation.amount
                ? h(
                    'span',
                    { class: 'relation-meta' },
                    [formatDate(edge.relation.date), edge.relation.amount?.text].filter(Boolean).join(' · '),
                  )
                : null,
              edge.relation.citations.map((citation) => quote(citation, options.onReadInSource)),
            ),
          ),
        ),
      ),
    ),
    options.onMore
      ? h(
          'button',
          { type: 'button', class: 'more', onclick: options.onMore },
          `Show more (${edges.length} of ${total})`,
        )
      : null,
  );
}

/**
 * Scrolls the panel to one of its relations, marks it and gives it the focus (a fact chosen in
 * the reading view). False when the panel does not list it (yet): not loaded, or not known on
 * the date.
 */
export function focusRelation(panel: HTMLElement, key: string): boolean {
  for (const marked of panel.querySelectorAll('.relation.focused')) marked.classList.remove('focused');
  const item = [...panel.querySelectorAll<HTMLElement>('.relation')].find(
    (candidate) => candidate.dataset.relation === key,
  );
  if (!item) return false;
  item.classList.add('focused');
  item.tabIndex = -1;
  item.scrollIntoView({ block: 'center' });
  item.focus({ preventScroll: true });
  return true;
}
