import { byId, h, replaceChildren } from './dom.js';
import { QueryError, runQuery, ServiceUnavailableError } from './client.js';
import {
  ExplorerEntityDocument,
  ExplorerFundingDocument,
  ExplorerGraphDocument,
  ExplorerProgrammesDocument,
  ExplorerRouteDocument,
  type EntityKind,
  type ExplorerEntityQuery,
  type RelationType,
} from './generated/graphql.js';
import {
  canDrawWebGL,
  type Emphasis,
  GraphView,
  type ExplorerEntity,
  type ExplorerRelation,
} from './graph-view.js';
import { entityPanel, focusRelation, formatDate, type SentencePlace } from './panel.js';
import { fundingView } from './funding-view.js';
import { searchBox, type Suggestion } from './search-box.js';
import { formatViewState, parseViewState, type View, type ViewState } from './url-state.js';
import { changeDays, dateRange, describeChange, knownSince, sliderStop, visibleParts } from './visibility.js';
import { KIND_STYLE, RELATION_LABELS } from './vocabulary.js';
import { watchGraphChanges } from './live-updates.js';
import { graphHint, isNarrow, isTouch, NARROW_SCREEN } from './device.js';
import { readDayField } from './day-field.js';
import { entityTable, type TableColumn } from './entity-table.js';
import { pathList } from './path-list.js';
import {
  type Coverage,
  factsOf,
  type SourceSentence,
  type SourceSummary,
  type SourceText,
  sourceReader,
} from './source-reader.js';
import { sourceView } from './source-view.js';

/** The programme the funding view opens on: the one the page is most asked about. */
const DEFAULT_PROGRAMME = 'purl';
/** The funding view's choice for every programme together, in the select and in the address. */
const ALL_PROGRAMMES = 'all';
/**
 * Above this the page does not fetch the drawing: thousands of requests, and a picture no one
 * can read. It matches the service's layout cap (LAYOUT_MAX_ENTITIES in src/graph/layout.ts).
 * Search, the panel, paths and funding still work.
 */
const MAX_DRAWN_ENTITIES = 5_000;

let state: ViewState = parseViewState(location.search);
let entities: ExplorerEntity[] = [];
let relations: ExplorerRelation[] = [];
/** The relation types the graph has, in label order: the type filter's choices. */
let relationTypes: RelationType[] = [];
let byKey = new Map<string, ExplorerEntity>();
let graphView: GraphView | null = null;
/** The days on which facts become known, in order: the slider's stops. */
let changes: string[] = [];
/** The first and last day the graph's facts cover: a date outside them is moved inside. */
let dateSpan: { first: string; last: string } | null = null;
/** What the page did with a date the address asked for, shown under the slider until the date moves. */
let dateNotice: string | null = null;
/** What the reading view did with a sentence the address named, shown until another is chosen. */
let sourceNotice: string | null = null;
/** The graph's size when it is too large to draw; null when it is drawn. */
let tooLargeToDraw: number | null = null;
/** False when the browser offers no WebGL: the page shows a table of entities instead. */
let webgl = true;
/** The entity table's order (the table stands in for the drawing without WebGL). */
let tableSort: TableColumn = 'name';
/** The entities the filters showed last time, to say what a move of the date changed. */
let shownBefore: ReadonlySet<string> | null = null;
/** The reading view: the service's sources, each source's text once read, and the coverage filter. */
const reader = sourceReader();
let sourceList: SourceSummary[] | null = null;
const sourceTexts = new Map<string, SourceText>();
const hiddenCoverage = new Set<Coverage>();
/** The chosen sentence's facts while they are highlighted (the table marks them too). */
let sentenceFacts: Emphasis | null = null;
/** The sentence whose facts the camera last framed, so a re-render does not move it again. */
let framedSentence: string | null = null;
/** The reading view scrolls to the chosen sentence when it opens from a link or a quote. */
let scrollToSentence = state.sentence !== null;
/** The entities the filters and the date leave in the drawing. */
let drawnEntities: ReadonlySet<string> = new Set();
/** The entities the date alone leaves (kind filters aside): the panel says when one is not yet known. */
let knownEntities: ReadonlySet<string> = new Set();
/** The controls are set up once, after the first successful load (a retry does not repeat it). */
let wired = false;
/** The data version the page was drawn from; a newer one announced by the service reloads it. */
let loadedVersion: string | null = null;
/** Each async view keeps the number of its latest request, so a slow answer never overwrites a newer one. */
const latest = { entity: 0, path: 0, funding: 0, source: 0 };
let pathEnds: { from: string | null; to: string | null } = { from: null, to: null };
/** Sets the path finder's fields and "Forward only" from the state (set up by setUpPathFinder). */
let showPathEnds: () => void = () => {};

// --- errors and status -----------------------------------------------------------------------

function describe(error: unknown): string {
  if (error instanceof ServiceUnavailableError)
    return `${error.message} The explorer needs the GraphQL service at /graphql.`;
  if (error instanceof QueryError) return error.message;
  return `Something went wrong: ${(error as Error).message}`;
}

function showAlert(error: unknown, retry: () => void): void {
  const alert = byId('alert');
  const down = error instanceof ServiceUnavailableError;
  replaceChildren(
    alert,
    h('strong', {}, down ? 'The service is not answering. ' : 'The request failed. '),
    describe(error),
    ' ',
    h(
      'button',
      {
        type: 'button',
        class: 'retry',
        onclick: () => {
          alert.hidden = true;
          retry();
        },
      },
      'Try again',
    ),
  );
  alert.hidden = false;
  alert.dataset.state = down ? 'service-down' : 'error';
}

function setStatus(text: string): void {
  byId('status').textContent = text;
}

// --- state and the address bar ----------------------------------------------------------------

function update(patch: Partial<ViewState>, { push = false } = {}): void {
  state = { ...state, ...patch };
  const url = `${location.pathname}${formatViewState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

// --- loading the graph ------------------------------------------------------------------------

async function loadGraph(): Promise<void> {
  const first = await runQuery(ExplorerGraphDocument, {
    withStats: true,
    withEntities: true,
    withRelations: true,
  });
  const stats = first.stats;
  if (!stats) throw new ServiceUnavailableError("The service answered without the graph's size.");
  loadedVersion = stats.version;
  if (stats.entityCount > MAX_DRAWN_ENTITIES) {
    tooLargeToDraw = stats.entityCount;
    return;
  }
  entities = [];
  relations = [];
  // Each list is paged by its own cursor; a list whose last page is in is left out of the next call.
  for (let page = first; ; ) {
    for (const { node: entity } of page.entitiesConnection?.edges ?? []) {
      entities.push({
        key: entity.key,
        name: entity.name,
        kind: entity.kind,
        date: entity.date ?? null,
        knownFrom: entity.knownFrom?.date ?? null,
        pageRank: entity.importance.pageRank,
        position: entity.position ?? null,
      });
    }
    for (const { node: relation } of page.relationsConnection?.edges ?? []) {
      relations.push({
        key: relation.key,
        type: relation.type,
        knownFrom: relation.knownFrom?.date ?? null,
        from: relation.from.key,
        to: relation.to.key,
      });
    }
    const moreEntities = page.entitiesConnection?.pageInfo.hasNextPage ?? false;
    const moreRelations = page.relationsConnection?.pageInfo.hasNextPage ?? false;
    if (!moreEntities && !moreRelations) break;
    page = await runQuery(ExplorerGraphDocument, {
      withStats: false,
      withEntities: moreEntities,
      entitiesAfter: page.entitiesConnection?.pageInfo.endCursor ?? null,
      withRelations: moreRelations,
      relationsAfter: page.relationsConnection?.pageInfo.endCursor ?? null,
    });
  }
  byKey = new Map(entities.map((entity) => [entity.key, entity]));
  relationTypes = [...new Set(relations.map((relation) => relation.type))].sort((a, b) =>
    RELATION_LABELS[a].out.localeCompare(RELATION_LABELS[b].out),
  );
}

// --- filters ----------------------------------------------------------------------------------

function setUpDateControls(): void {
  const range = byId<HTMLInputElement>('as-of-range');
  const date = byId<HTMLInputElement>('as-of-date');
  const span = dateRange([...entities, ...relations]);
  dateSpan = span;
  if (!span) {
    byId('as-of').hidden = true;
    return;
  }
  // The slider steps from one change to the next (the days on which facts become known), so
  // its whole length is the story rather than 1949 to 2024 in equal days; one step past the
  // last change means "no cut-off". The date field takes any day.
  changes = changeDays([...entities, ...relations]);
  range.min = '0';
  range.max = String(changes.length);
  date.min = span.first;
  date.max = span.last;
  const error = byId('as-of-date-error');
  const setAsOf = (asOf: string | null) => {
    if (asOf === state.asOf) return;
    dateNotice = null;
    update({ asOf });
    applyFilters({ animate: true });
    scheduleDateDependents();
  };
  range.addEventListener('input', () => {
    setAsOf(changes[Number(range.value)] ?? null);
  });
  // The field takes a day in ISO (what it shows) or in the page's words ("8 November 2024"); a
  // day written out in full applies as it is typed, and leaving the field (or Enter) reads what
  // is there, saying what is wrong, if anything. A wrong day leaves the date in force as it was.
  const readField = (final: boolean) => {
    const text = date.value.trim();
    const reading = readDayField(text, final);
    if (reading.kind === 'wait') return;
    const valid = reading.kind === 'day';
    error.hidden = valid;
    date.setAttribute('aria-invalid', String(!valid));
    error.textContent = valid ? '' : `“${text}” is not a day: write it as 2024-11-08 or 8 November 2024.`;
    if (reading.kind !== 'day') return;
    const day = reading.day;
    // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings, which Math.min would turn into NaN
    const clamped = day === null ? null : day < span.first ? span.first : day > span.last ? span.last : day;
    setAsOf(clamped);
    if (final) date.value = clamped ?? '';
  };
  date.addEventListener('input', () => readField(false));
  date.addEventListener('change', () => readField(true));
  date.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') readField(true);
  });
  byId('as-of-clear').addEventListener('click', () => {
    date.value = '';
    readField(true);
  });
}

/**
 * A day in the address before or after every fact the graph holds (?asOf=1800-01-01) is moved to
 * the first or last day, as the date field does with a typed one, and the line under the slider
 * says so.
 */
function clampAddressDate(): void {
  const asked = state.asOf;
  if (!asked || !dateSpan) return;
  // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings, which Math.min would turn into NaN
  const clamped = asked < dateSpan.first ? dateSpan.first : asked > dateSpan.last ? dateSpan.last : asked;
  if (clamped === asked) return;
  update({ asOf: clamped });
  dateNotice = `${formatDate(asked)} is ${asked < clamped ? 'before the first' : 'after the last'} day the graph has facts for: showing ${formatDate(clamped)}.`;
}

let dateTimer: ReturnType<typeof setTimeout> | undefined;
/** The panel, path and funding ask the service again once the slider rests. */
function scheduleDateDependents(): void {
  clearTimeout(dateTimer);
  dateTimer = setTimeout(() => {
    void applyEntity();
    void applyPath();
    void applyFunding();
  }, 250);
}

/**
 * A checkbox per value: checked means shown. Unchecking adds the value to the hidden list that
 * `hidden()` reads and `onChange` stores.
 */
function checkboxes<T extends string>(
  name: string,
  values: readonly T[],
  hidden: () => readonly T[],
  onChange: (hidden: T[]) => void,
  label: (value: T) => (Node | string)[],
): HTMLElement[] {
  return values.map((value) =>
    h(
      'label',
      { class: 'filter' },
      h('input', {
        type: 'checkbox',
        name,
        value,
        checked: !hidden().includes(value),
        onchange: (event: Event) => {
          const next = new Set(hidden());
          if ((event.target as HTMLInputElement).checked) next.delete(value);
          else next.add(value);
          onChange([...next]);
        },
      }),
      label(value),
    ),
  );
}

/** How many entities of each kind the graph has: the denominators of the legend's counts. */
let kindTotals = new Map<EntityKind, number>();

function setUpFilters(): void {
  kindTotals = new Map();
  for (const entity of entities) kindTotals.set(entity.kind, (kindTotals.get(entity.kind) ?? 0) + 1);
  const kinds = [...kindTotals.keys()].sort((a, b) => KIND_STYLE[a].label.localeCompare(KIND_STYLE[b].label));
  replaceChildren(
    byId('kind-filters'),
    h('legend', { class: 'visually-hidden' }, 'Show entities of these kinds'),
    checkboxes(
      'kind',
      kinds,
      () => state.hiddenKinds,
      (hiddenKinds) => {
        update({ hiddenKinds });
        applyFilters();
      },
      (kind) => [
        h('span', { class: 'swatch', style: `background:${KIND_STYLE[kind].colour}` }),
        KIND_STYLE[kind].label,
        h('span', { class: 'count', 'data-kind-count': kind }, ` ${kindTotals.get(kind) ?? 0}`),
      ],
    ),
  );
  replaceChildren(
    byId('type-filters'),
    h('legend', { class: 'visually-hidden' }, 'Show relations of these types'),
    checkboxes(
      'type',
      relationTypes,
      () => state.hiddenTypes,
      (hiddenTypes) => {
        update({ hiddenTypes });
        applyFilters();
        void applyPath();
      },
      (type) => [RELATION_LABELS[type].out],
    ),
  );
}

/**
 * Applies kinds, types and date to the drawing (or the table), the counts and the list of
 * entities shown. With `animate` (a move of the date) the drawing shows what left and what
 * joined, and a line under the slider names them.
 */
function applyFilters({ animate = false } = {}): void {
  const visible = visibleParts(entities, relations, {
    hiddenKinds: new Set(state.hiddenKinds),
    hiddenTypes: new Set(state.hiddenTypes),
    asOf: state.asOf,
  });
  graphView?.setVisible(visible.entities, visible.relations, { animate });
  drawnEntities = visible.entities;
  knownEntities = visible.known;
  const change = byId('as-of-change');
  change.textContent =
    animate && shownBefore
      ? (describeChange(shownBefore, visible.entities, (key) => byKey.get(key)?.name ?? key) ??
        'The drawing is the same on this day.')
      : (dateNotice ?? '');
  shownBefore = visible.entities;
  const range = byId<HTMLInputElement>('as-of-range');
  const date = byId<HTMLInputElement>('as-of-date');
  range.value = String(state.asOf ? sliderStop(changes, state.asOf) : changes.length);
  range.setAttribute('aria-valuetext', state.asOf ? (formatDate(state.asOf) ?? state.asOf) : 'All dates');
  // The field keeps what the reader is typing; otherwise it shows the day in ISO.
  if (document.activeElement !== date) date.value = state.asOf ?? '';
  byId('as-of-label').textContent = state.asOf
    ? `The graph as known on ${formatDate(state.asOf)}`
    : 'All dates: everything the source says';
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=kind]'))
    input.checked = !state.hiddenKinds.includes(input.value as EntityKind);
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=type]'))
    input.checked = !state.hiddenTypes.includes(input.value as RelationType);
  const shown = entities
    .filter((entity) => visible.entities.has(entity.key))
    .sort((a, b) => a.name.localeCompare(b.name));
  // Each kind's count says how many of its entities the date leaves, out of how many (a hidden
  // kind still says what it holds).
  const knownByKind = new Map<EntityKind, number>();
  for (const entity of entities) {
    if (visible.known.has(entity.key)) knownByKind.set(entity.kind, (knownByKind.get(entity.kind) ?? 0) + 1);
  }
  for (const count of document.querySelectorAll<HTMLElement>('[data-kind-count]')) {
    const kind = count.dataset.kindCount as EntityKind;
    const total = kindTotals.get(kind) ?? 0;
    const left = knownByKind.get(kind) ?? 0;
    count.textContent = left === total ? ` ${total}` : ` ${left} of ${total}`;
  }
  byId('entity-count').textContent = String(shown.length);
  replaceChildren(
    byId('entity-list'),
    shown.length === 0
      ? h(
          'li',
          { class: 'empty' },
          'Nothing to show: every kind is filtered out, or nothing is known by this date.',
        )
      : shown.map((entity) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'entity-link',
                'data-key': entity.key,
                onclick: () => openEntity(entity.key),
              },
              h('span', { class: 'swatch', style: `background:${KIND_STYLE[entity.kind].colour}` }),
              entity.name,
            ),
          ),
        ),
  );
  lastTable = { shown, relations: visible.relations };
  if (!webgl) showEntityTable();
  // A chosen sentence's facts say whether the filters leave them in the drawing.
  if (state.view === 'source' && state.sentence !== null) renderSource();
  setStatus(
    `Showing ${visible.entities.size} of ${entities.length} entities and ${visible.relations.size} of ${relations.length} relations` +
      (state.asOf ? `, as known on ${formatDate(state.asOf)}.` : '.'),
  );
}

/** What the filters last left: the table's rows. */
let lastTable: { shown: readonly ExplorerEntity[]; relations: ReadonlySet<string> } = {
  shown: [],
  relations: new Set(),
};

/**
 * Without WebGL, the entities the filters leave, as a table (entity-table.ts); a chosen sentence's
 * entities are marked and listed first, as the drawing would light them up.
 */
function showEntityTable(): void {
  const { shown, relations: visibleRelations } = lastTable;
  const counts = new Map<string, number>();
  for (const relation of relations) {
    if (!visibleRelations.has(relation.key)) continue;
    counts.set(relation.from, (counts.get(relation.from) ?? 0) + 1);
    counts.set(relation.to, (counts.get(relation.to) ?? 0) + 1);
  }
  replaceChildren(
    byId('entity-table'),
    entityTable(
      shown.map((entity) => ({ entity, relations: counts.get(entity.key) ?? 0 })),
      {
        sortBy: tableSort,
        onSort: (column) => {
          tableSort = column;
          applyFilters();
          // The table is built anew: the focus goes back to the heading pressed, not to the page.
          document
            .querySelector<HTMLButtonElement>(`#entity-table button.sort[data-column="${column}"]`)
            ?.focus();
        },
        onOpen: (key) => openEntity(key),
        marked: sentenceFacts?.entities ?? new Set(),
      },
    ),
  );
}

// --- the side panel ---------------------------------------------------------------------------

/** A relation the panel scrolls to and marks once it lists it (a fact chosen in the reading view). */
let relationToFocus: string | null = null;

function openEntity(key: string | null, relation: string | null = null): void {
  if (key === state.entity) {
    if (key) graphView?.focus(key);
    // Already open: scroll to the relation, or load the pages until it shows.
    if (relation && !focusRelation(byId('panel'), relation)) {
      relationToFocus = relation;
      void applyEntity();
    }
    return;
  }
  relationToFocus = relation;
  update({ entity: key }, { push: true });
  void applyEntity({ focus: true });
}

async function applyEntity({ focus = false } = {}): Promise<void> {
  const panel = byId('panel');
  const request = ++latest.entity;
  const key = state.entity;
  const wanted = relationToFocus;
  relationToFocus = null;
  graphView?.select(key);
  if (key === null) {
    applyPanelVisibility();
    replaceChildren(panel);
    return;
  }
  if (focus) graphView?.focus(key);
  applyPanelVisibility();
  panel.setAttribute('aria-busy', 'true');
  const edges: NonNullable<ExplorerEntityQuery['entity']>['relations']['edges'][number][] = [];
  const load = async (after: string | null): Promise<void> => {
    try {
      const result = await runQuery(ExplorerEntityDocument, { key, asOf: state.asOf, after });
      if (request !== latest.entity) return;
      panel.removeAttribute('aria-busy');
      const entity = result.entity;
      if (!entity) {
        replaceChildren(
          panel,
          closeButton(),
          h(
            'p',
            { class: 'empty' },
            `No entity has the key “${key}”. It may have been removed from the data since the link was made.`,
          ),
        );
        return;
      }
      edges.push(...entity.relations.edges);
      const next = entity.relations.pageInfo.hasNextPage
        ? (entity.relations.pageInfo.endCursor ?? null)
        : null;
      replaceChildren(
        panel,
        closeButton(),
        entityPanel(entity, edges, {
          asOf: state.asOf,
          notYetKnown:
            state.asOf && byKey.has(entity.key) && !knownEntities.has(entity.key)
              ? { since: knownSince(byKey.get(entity.key)!, relations) }
              : null,
          onNavigate: (neighbour) => openEntity(neighbour),
          onMore: next ? () => void load(next) : null,
          onReadInSource: readInSource,
        }),
      );
      // A relation asked for is scrolled to, the pages before it loaded first; else the name has the focus.
      if (wanted && focusRelation(panel, wanted)) return;
      if (wanted && next) return load(next);
      if (focus && after === null) byId('entity-name').focus({ preventScroll: true });
    } catch (error) {
      if (request !== latest.entity) return;
      panel.removeAttribute('aria-busy');
      replaceChildren(panel, closeButton(), h('p', { class: 'empty error' }, describe(error)));
      if (error instanceof ServiceUnavailableError) showAlert(error, () => void applyEntity());
    }
  };
  await load(null);
}

function closeButton(): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'close',
      'aria-label': 'Close the panel',
      title: 'Close (Escape)',
      onclick: () => openEntity(null),
    },
    '×',
  );
}

// --- the path finder --------------------------------------------------------------------------

async function applyPath(): Promise<void> {
  const result = byId('path-result');
  const request = ++latest.path;
  const { from, to } = state;
  if (!from || !to) {
    graphView?.showPath(null);
    replaceChildren(result);
    return;
  }
  result.setAttribute('aria-busy', 'true');
  try {
    // The path walks only the relation types shown, so hiding "Member of" asks how else two
    // entities are connected.
    const hidden = new Set(state.hiddenTypes);
    const types = hidden.size === 0 ? null : relationTypes.filter((type) => !hidden.has(type));
    const answer = await runQuery(ExplorerRouteDocument, {
      from,
      to,
      asOf: state.asOf,
      types,
      direction: state.forwardOnly ? 'OUT' : 'BOTH',
    });
    if (request !== latest.path) return;
    result.removeAttribute('aria-busy');
    const path = answer.pathsConnection?.edges[0]?.node;
    const name = (key: string) => byKey.get(key)?.name ?? key;
    if (!path) {
      graphView?.showPath({ entities: new Set(), relations: new Set() });
      const why = answer.pathsConnection?.noPath?.explanation;
      replaceChildren(
        result,
        h(
          'p',
          { class: 'empty' },
          state.forwardOnly
            ? `No chain of relations leads from ${name(from)} to ${name(to)} within 6 steps, following each relation the way it points`
            : `No chain of relations joins ${name(from)} and ${name(to)} within 6 steps`,
          state.hiddenTypes.length > 0 ? ' over the relation types shown' : null,
          state.asOf ? ` as known on ${formatDate(state.asOf)}` : null,
          why ? `: ${why}.` : '.',
        ),
      );
      return;
    }
    const onPath = new Set(path.entities.map((entity) => entity.key));
    graphView?.showPath({
      entities: onPath,
      relations: new Set(path.steps.map((step) => step.relation.key)),
      backwards: new Set(
        path.steps.filter((step) => step.direction === 'IN').map((step) => step.relation.key),
      ),
    });
    replaceChildren(
      result,
      pathList(
        path,
        { from: name(from), to: name(to) },
        {
          forwardOnly: state.forwardOnly,
          // On a phone the drawing is another tab: it opens framing the path, as a sentence's facts are.
          onShow: graphView
            ? () => {
                showView('graph');
                graphView?.fit(onPath);
              }
            : null,
          onReadInSource: readInSource,
        },
      ),
    );
  } catch (error) {
    if (request !== latest.path) return;
    result.removeAttribute('aria-busy');
    graphView?.showPath(null);
    replaceChildren(result, h('p', { class: 'empty error' }, describe(error)));
  }
}

function setUpPathFinder(): void {
  const fromInput = byId<HTMLInputElement>('path-from');
  const toInput = byId<HTMLInputElement>('path-to');
  const forward = byId<HTMLInputElement>('path-forward');
  const fromBox = searchBox(fromInput, (pick: Suggestion) => (pathEnds.from = pick.key));
  const toBox = searchBox(toInput, (pick: Suggestion) => (pathEnds.to = pick.key));
  // The ends shown, and the ones the next "Find path" uses, follow the address (Back included).
  const showEnds = () => {
    pathEnds = { from: state.from, to: state.to };
    fromBox.show(state.from ? (byKey.get(state.from)?.name ?? state.from) : '');
    toBox.show(state.to ? (byKey.get(state.to)?.name ?? state.to) : '');
    forward.checked = state.forwardOnly;
  };
  forward.addEventListener('change', () => {
    update({ forwardOnly: forward.checked }, { push: true });
    void applyPath();
  });
  // Back and Forward call it through applyAll, once the state has been read from the address.
  showPathEnds = showEnds;
  showEnds();
  byId<HTMLFormElement>('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!pathEnds.from || !pathEnds.to) {
      replaceChildren(
        byId('path-result'),
        h('p', { class: 'empty' }, 'Pick both ends from the suggestions first.'),
      );
      return;
    }
    update({ from: pathEnds.from, to: pathEnds.to }, { push: true });
    void applyPath();
  });
  byId('path-clear').addEventListener('click', () => {
    update({ from: null, to: null }, { push: true });
    showEnds();
    void applyPath();
  });
}

// --- the funding view -------------------------------------------------------------------------

/**
 * Shows the view the state names. On a wide screen the path finder and filters sit beside the
 * drawing, so "path" and "filters" show the drawing, and the source's reading view takes the
 * filters' place beside it. On a phone each is a tab of its own, and the side panel opens below
 * the drawing.
 */
function applyView(): void {
  const view = state.view;
  const narrow = isNarrow();
  const beside = view === 'graph' || view === 'path' || view === 'filters' || view === 'source';
  document.body.dataset.view = view;
  byId('graph-view').hidden = narrow ? view !== 'graph' : !beside;
  byId('funding-view').hidden = view !== 'funding';
  byId('source-view').hidden = view !== 'source';
  const controls = document.querySelector<HTMLElement>('.controls')!;
  controls.hidden = narrow ? view !== 'path' && view !== 'filters' : view === 'source';
  byId('path-finder').hidden = narrow && view !== 'path';
  byId('filters').hidden = narrow && view !== 'filters';
  const selected: View = !narrow && (view === 'path' || view === 'filters') ? 'graph' : view;
  for (const tab of document.querySelectorAll<HTMLElement>('[role=tab]'))
    tab.setAttribute('aria-selected', String(tab.dataset.view === selected));
  applyPanelVisibility();
  if (view === 'funding') void applyFunding();
  if (!byId('graph-view').hidden) graphView?.shown();
  // A chosen sentence's facts light up beside the reading view, and on a phone in the Graph tab
  // that "Show on the graph" opens; the source is read first when an address names a sentence.
  if (view === 'source' || state.sentence !== null) void applySource();
  else applyFacts();
}

/** The panel shows while an entity is open; on a phone only under the drawing. */
function applyPanelVisibility(): void {
  byId('panel').hidden = state.entity === null || (isNarrow() && state.view !== 'graph');
}

function showView(view: View): void {
  if (view === state.view) return;
  update({ view }, { push: true });
  applyView();
}

/** The programmes there is money for (key to name), asked once: the funding view's choices. */
let programmeChoices: Map<string, string> | null = null;

/** Fills the programme drop-down, with `programme` chosen. */
function showProgrammeChoices(choices: ReadonlyMap<string, string>, programme: string): void {
  replaceChildren(
    byId<HTMLSelectElement>('programme'),
    h(
      'option',
      { value: ALL_PROGRAMMES, selected: programme === ALL_PROGRAMMES },
      'All programmes and packages',
    ),
    [...choices]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([key, name]) => h('option', { value: key, selected: key === programme }, name)),
  );
}

/**
 * The funding of the programme the address names. The drop-down is filled first, from its own
 * query, so that a programme the service refuses (a key that is not a programme, or was removed
 * since the link was made) leaves a choice: the view says so in words and shows the default.
 */
async function applyFunding(): Promise<void> {
  if (state.view !== 'funding') return;
  const request = ++latest.funding;
  const asked = state.programme ?? DEFAULT_PROGRAMME;
  const content = byId('funding-content');
  content.setAttribute('aria-busy', 'true');
  let programme = asked;
  let notice: string | null = null;
  try {
    if (!programmeChoices) {
      const list = await runQuery(ExplorerProgrammesDocument, {});
      if (!list.programmes) throw new ServiceUnavailableError('The service answered without the programmes.');
      programmeChoices = new Map();
      for (const total of list.programmes.totals)
        if (total.programme) programmeChoices.set(total.programme.key, total.programme.name);
    }
    if (request !== latest.funding) return;
    const choices = programmeChoices;
    showProgrammeChoices(choices, programme);
    const ask = () =>
      runQuery(ExplorerFundingDocument, {
        programme: programme === ALL_PROGRAMMES ? null : programme,
        asOf: state.asOf,
      });
    let result: Awaited<ReturnType<typeof ask>>;
    try {
      result = await ask();
    } catch (error) {
      const fallback = choices.has(DEFAULT_PROGRAMME) ? DEFAULT_PROGRAMME : ALL_PROGRAMMES;
      if (!(error instanceof QueryError) || programme === fallback || programme === ALL_PROGRAMMES)
        throw error;
      if (request !== latest.funding) return;
      const named = byKey.get(asked)?.name;
      notice = `${named ?? `“${asked}”`} ${named ? 'is not a programme with funding' : 'is not a programme the graph knows'}; showing ${fallback === ALL_PROGRAMMES ? 'all programmes' : choices.get(fallback)} instead.`;
      programme = fallback;
      // The address follows what is shown, so that a shared link does not repeat the error.
      update({ programme: programme === DEFAULT_PROGRAMME ? null : programme });
      showProgrammeChoices(choices, programme);
      result = await ask();
    }
    if (request !== latest.funding) return;
    content.removeAttribute('aria-busy');
    if (!result.funding) throw new ServiceUnavailableError('The service answered without the funding.');
    const title =
      programme === ALL_PROGRAMMES
        ? 'all programmes and packages'
        : (choices.get(programme) ?? byKey.get(programme)?.name ?? programme);
    replaceChildren(
      content,
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      fundingView(result.funding, title, state.asOf),
    );
  } catch (error) {
    if (request !== latest.funding) return;
    content.removeAttribute('aria-busy');
    replaceChildren(content, h('p', { class: 'empty error' }, describe(error)));
    if (error instanceof ServiceUnavailableError) showAlert(error, () => void applyFunding());
  }
}

function setUpViews(): void {
  for (const tab of document.querySelectorAll<HTMLElement>('[role=tab]')) {
    const view = tab.dataset.view as View;
    tab.addEventListener('click', () => showView(view));
  }
  // Turning a phone, or resizing a window across the breakpoint, changes which views are tabs.
  matchMedia(NARROW_SCREEN).addEventListener('change', () => applyView());
  byId<HTMLSelectElement>('programme').addEventListener('change', (event) => {
    update({ programme: (event.target as HTMLSelectElement).value }, { push: true });
    void applyFunding();
  });
}

// --- keyboard and start-up --------------------------------------------------------------------

function setUpKeyboard(): void {
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLInputElement ||
      event.target instanceof HTMLSelectElement ||
      event.target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search').focus();
    } else if (event.key === 'Escape' && state.entity) {
      openEntity(null);
    } else if (
      !typing &&
      state.view === 'graph' &&
      (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '0')
    ) {
      graphView?.zoom(event.key === '-' ? 'out' : event.key === '0' ? 'reset' : 'in');
    }
  });
  for (const [id, direction] of [
    ['zoom-in', 'in'],
    ['zoom-out', 'out'],
    ['zoom-reset', 'reset'],
  ] as const) {
    byId(id).addEventListener('click', () => graphView?.zoom(direction));
  }
}

/**
 * The drawing, or, when the browser has no WebGL (or sigma cannot start), one sentence saying so
 * and a table of the entities in its place; search, panel, path and funding work the same.
 */
function drawGraph(): GraphView | null {
  const hasWebGL = canDrawWebGL();
  if (hasWebGL) {
    try {
      return new GraphView(byId('graph'), entities, relations, {
        onClick: (key) => openEntity(key),
        obstacles: () => [
          ...document.querySelectorAll('#graph-view .zoom, #graph-view .graph-hint, #graph-view .facts-bar'),
        ],
      });
    } catch (error) {
      console.warn('The drawing could not start; showing the table of entities instead.', error);
    }
  }
  webgl = false;
  document.body.dataset.drawing = 'none';
  byId('graph').hidden = true;
  replaceChildren(
    byId('no-drawing'),
    `${hasWebGL ? 'The drawing could not start in this browser' : 'This browser does not offer WebGL, which the drawing needs'}, so the entities are listed in a table instead: search, the side panel, the path finder and the funding view work as usual.`,
  );
  byId('no-drawing').hidden = false;
  byId('entity-table').hidden = false;
  byId('tab-graph').textContent = 'Entities';
  byId('graph-view').setAttribute('aria-label', 'Entities');
  return null;
}

// --- the source's reading view ----------------------------------------------------------------

/** The source the reading view shows: the address's, else the first the service lists (published first). */
function currentSourceKey(): string | null {
  return state.source ?? sourceList?.[0]?.key ?? null;
}

/** The chosen sentence, once its source is read. */
function currentSentence(): SourceSentence | null {
  const key = currentSourceKey();
  const text = key ? sourceTexts.get(key) : undefined;
  if (!text || state.sentence === null) return null;
  return text.sentences[state.sentence] ?? null;
}

/** Reads the source the state names (once; every sentence, page by page) and shows it. */
async function applySource(): Promise<void> {
  const container = byId('source-view');
  const request = ++latest.source;
  try {
    sourceList ??= await reader.sources();
    const key = currentSourceKey();
    if (request !== latest.source) return;
    if (!key) {
      replaceChildren(container, h('p', { class: 'empty' }, 'The graph cites no source.'));
      return;
    }
    if (!sourceTexts.has(key)) {
      container.setAttribute('aria-busy', 'true');
      replaceChildren(container, h('p', { class: 'empty' }, 'Reading the source…'));
      const text = await reader.read(key);
      if (request !== latest.source) return;
      container.removeAttribute('aria-busy');
      if (!text) {
        replaceChildren(
          container,
          h(
            'p',
            { class: 'empty' },
            `No source has the key “${key}”. It may have been removed since the link was made.`,
          ),
        );
        return;
      }
      sourceTexts.set(key, text);
    }
  } catch (error) {
    if (request !== latest.source) return;
    container.removeAttribute('aria-busy');
    replaceChildren(container, h('p', { class: 'empty error' }, describe(error)));
    if (error instanceof ServiceUnavailableError) showAlert(error, () => void applySource());
    return;
  }
  renderSource();
}

function renderSource(): void {
  const key = currentSourceKey();
  const text = key ? sourceTexts.get(key) : undefined;
  if (!text) return;
  const selected = currentSentence();
  // A sentence the source does not have (?sentence=9999) is said, not silently dropped.
  if (state.sentence !== null && selected === null) {
    sourceNotice = `“${text.title}” has no sentence ${state.sentence} (its ${text.sentences.length} are numbered from 0), so none is chosen.`;
    update({ sentence: null });
  }
  const scroll = scrollToSentence && selected !== null;
  // A sentence opened from a quote or a link is shown even if its coverage was filtered out.
  if (scroll && selected) hiddenCoverage.delete(selected.coverage);
  replaceChildren(
    byId('source-view'),
    sourceNotice ? h('p', { class: 'notice', role: 'status' }, sourceNotice) : null,
    sourceView(text, {
      selected: selected?.index ?? null,
      hidden: hiddenCoverage,
      sources: sourceList ?? [],
      onChooseSource: (source) => {
        sourceNotice = null;
        update({ source, sentence: null }, { push: true });
        void applySource();
      },
      onSelect: (index) => {
        sourceNotice = null;
        update({ source: text.key, sentence: index }, { push: true });
        renderSource();
        if (index !== null) revealFacts(index);
      },
      onToggle: (coverage, shown) => {
        if (shown) hiddenCoverage.delete(coverage);
        else hiddenCoverage.add(coverage);
        renderSource();
      },
      onOpenEntity: (entity, relation) => {
        if (isNarrow()) showView('graph');
        openEntity(entity, relation ?? null);
      },
      onShowOnGraph: () => showView('graph'),
      isShown: (entity) => drawnEntities.has(entity),
    }),
  );
  applyFacts();
  if (scroll) {
    scrollToSentence = false;
    const button = document.getElementById(`sentence-${selected.index}`);
    button?.scrollIntoView({ block: 'center' });
    button?.focus({ preventScroll: true });
  }
}

/** A sentence opened near the bottom of the reading view moves up, so that its facts show below it. */
function revealFacts(index: number): void {
  const item = document.querySelector(`#source-view .sentence-item[data-index="${index}"]`);
  if (!item) return;
  const view = byId('source-view').getBoundingClientRect();
  if (item.getBoundingClientRect().bottom > view.bottom) item.scrollIntoView({ block: 'start' });
}

/**
 * Lights up the chosen sentence's facts on the drawing (or marks them in the table), framing them
 * the first time, while the reading view shows, or on a phone in the Graph tab it leads to. There
 * a bar over the drawing names the sentence, with the way back and a button that clears it.
 */
function applyFacts(): void {
  const sentence = currentSentence();
  const showing = sentence !== null && (state.view === 'source' || (isNarrow() && state.view === 'graph'));
  sentenceFacts = showing ? factsOf(sentence) : null;
  graphView?.showFacts(sentenceFacts);
  if (!webgl) showEntityTable();
  const bar = byId('facts-bar');
  bar.hidden = !showing || state.view === 'source';
  if (sentence && !bar.hidden)
    replaceChildren(
      bar,
      h('span', { class: 'facts-bar-text' }, 'Facts of ', h('q', {}, sentence.text)),
      h(
        'span',
        { class: 'facts-bar-buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'facts-back',
            title: 'Back to the sentence in the source',
            onclick: () => showView('source'),
          },
          h('span', { 'aria-hidden': 'true' }, '↩ '),
          'Source',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'facts-clear',
            title: "Clear the sentence's highlight",
            onclick: () => {
              update({ sentence: null }, { push: true });
              applyFacts();
              renderSource();
            },
          },
          'Clear',
        ),
      ),
    );
  const id = sentence ? `${currentSourceKey()}#${sentence.index}` : null;
  if (!sentenceFacts) framedSentence = null;
  else if (id !== framedSentence && !byId('graph-view').hidden) {
    graphView?.fit(sentenceFacts.entities);
    framedSentence = id;
  }
}

/** From a quote in the panel or the path to its sentence, in the reading view. */
function readInSource(place: SentencePlace): void {
  scrollToSentence = true;
  update({ view: 'source', source: place.source, sentence: place.sentence }, { push: true });
  applyView();
}

function applyAll(): void {
  clampAddressDate();
  showPathEnds();
  applyFilters();
  void applyEntity({ focus: true });
  void applyPath();
  applyView();
}

async function start(): Promise<void> {
  setStatus('Loading the graph…');
  performance.mark('explorer-start');
  document.body.dataset.state = 'loading';
  try {
    await loadGraph();
  } catch (error) {
    document.body.dataset.state = 'error';
    setStatus('The graph could not be loaded.');
    showAlert(error, () => void start());
    return;
  }
  performance.mark('explorer-data');
  byId('alert').hidden = true;
  if (tooLargeToDraw !== null) {
    replaceChildren(
      byId('graph'),
      h(
        'p',
        { class: 'empty too-large' },
        `This graph has ${tooLargeToDraw.toLocaleString('en')} entities: the explorer draws graphs of up to ${MAX_DRAWN_ENTITIES.toLocaleString('en')}. Search, the panel, paths and funding still work.`,
      ),
    );
  }
  if (!wired) {
    wired = true;
    // The hints follow the device: no keyboard shortcuts advertised on a touch screen.
    const touch = isTouch();
    byId('graph-hint').textContent = graphHint(touch);
    byId<HTMLInputElement>('search').placeholder = touch
      ? 'Search: Wiesbaden, PURL, North Korea…'
      : 'Search: Wiesbaden, PURL, North Korea…  (press /)';
    graphView = tooLargeToDraw === null ? drawGraph() : null;
    searchBox(byId<HTMLInputElement>('search'), (pick) => {
      if (state.view !== 'graph' && (isNarrow() || state.view === 'funding')) {
        update({ view: 'graph' });
        applyView();
      }
      openEntity(pick.key);
    });
    setUpDateControls();
    setUpFilters();
    setUpPathFinder();
    setUpViews();
    setUpKeyboard();
    window.addEventListener('popstate', () => {
      state = parseViewState(location.search);
      applyAll();
    });
    // When the service reloads its data, load the page again: the address holds the whole view.
    watchGraphChanges((change) => {
      if (change.version === loadedVersion) return;
      setStatus(
        `The data changed (${change.counts.entities} entities, ${change.counts.relations} relations): reloading…`,
      );
      location.reload();
    });
  }
  document.body.dataset.state = 'ready';
  // For anyone profiling the page: from navigation to the graph drawn and the controls live.
  performance.mark('explorer-ready');
  applyAll();
}

void start();
