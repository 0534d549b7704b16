import { h } from './dom.js';
import type { ExplorerEntity } from './graph-view.js';
import { formatDate } from './panel.js';
import { KIND_STYLE } from './vocabulary.js';

export type TableColumn = 'name' | 'kind' | 'date' | 'relations';
/** An entity and how many of its relations the filters show. */
export type Row = { entity: ExplorerEntity; relations: number };

const COLUMNS: { column: TableColumn; label: string }[] = [
  { column: 'name', label: 'Name' },
  { column: 'kind', label: 'Kind' },
  { column: 'date', label: 'Date' },
  { column: 'relations', label: 'Relations shown' },
];

/** Orders rows by a column: names and kinds A to Z, dates oldest first (undated last), relations most first. */
export function sortRows(rows: readonly Row[], column: TableColumn): Row[] {
  const byName = (a: Row, b: Row) => a.entity.name.localeCompare(b.entity.name);
  const compare: Record<TableColumn, (a: Row, b: Row) => number> = {
    name: byName,
    kind: (a, b) =>
      KIND_STYLE[a.entity.kind].label.localeCompare(KIND_STYLE[b.entity.kind].label) || byName(a, b),
    date: (a, b) => (a.entity.date ?? '9999').localeCompare(b.entity.date ?? '9999') || byName(a, b),
    relations: (a, b) => b.relations - a.relations || byName(a, b),
  };
  return [...rows].sort(compare[column]);
}

/**
 * The entities the filters leave, as a table: what a reader gets instead of the drawing when the
 * browser has no WebGL. Each name opens the side panel; each column heading sorts by it. The
 * `marked` entities (a chosen sentence's, which the drawing would light up) come first, each
 * saying so in words.
 */
export function entityTable(
  rows: readonly Row[],
  options: {
    sortBy: TableColumn;
    onSort: (column: TableColumn) => void;
    onOpen: (key: string) => void;
    marked: ReadonlySet<string>;
  },
): HTMLElement {
  const sorted = sortRows(rows, options.sortBy);
  const marked = sorted.filter(({ entity }) => options.marked.has(entity.key));
  const ordered =
    marked.length === 0 ? sorted : [...marked, ...sorted.filter((row) => !marked.includes(row))];
  const count = `${rows.length} entit${rows.length === 1 ? 'y' : 'ies'} shown`;
  return h(
    'table',
    { class: 'entities' },
    h(
      'caption',
      {},
      marked.length === 0
        ? count
        : `${count}; the ${marked.length === 1 ? 'one' : marked.length} in the chosen sentence first`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        COLUMNS.map(({ column, label }) =>
          h(
            'th',
            {
              scope: 'col',
              'aria-sort':
                column !== options.sortBy ? null : column === 'relations' ? 'descending' : 'ascending',
            },
            h(
              'button',
              { type: 'button', class: 'sort', 'data-column': column, onclick: () => options.onSort(column) },
              label,
            ),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ordered.map(({ entity, relations }) =>
        h(
          'tr',
          {
            'data-key': entity.key,
            class: options.marked.has(entity.key) ? 'in-sentence' : null,
          },
          h(
            'td',
            { 'data-label': 'Name' },
            h(
              'button',
              {
                type: 'button',
                class: 'entity-link',
                'data-key': entity.key,
                onclick: () => options.onOpen(entity.key),
              },
              entity.name,
            ),
            options.marked.has(entity.key)
              ? h('span', { class: 'in-sentence-tag' }, 'in the sentence')
              : null,
          ),
          h(
            'td',
            { 'data-label': 'Kind' },
            h('span', { class: 'swatch', style: `background:${KIND_STYLE[entity.kind].colour}` }),
            ` ${KIND_STYLE[entity.kind].label}`,
          ),
          h('td', { 'data-label': 'Date' }, formatDate(entity.date) ?? '–'),
          h('td', { 'data-label': 'Relations shown', class: 'number' }, String(relations)),
        ),
      ),
    ),
  );
}
