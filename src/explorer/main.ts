import { byId, h, replaceChildren } from './dom.js';
import { QueryError, runQuery, ServiceUnavailableError } from './client.js';
import {
  ExplorerEntityDocument,
  ExplorerFundingDocument,
  ExplorerGraphDocument,
  ExplorerPathDocument,
  type EntityKind,
  type ExplorerEntityQuery,
  type RelationType,
} from './generated/graphql.js';
import { GraphView, type ExplorerEntity, type ExplorerRelation } from './graph-view.js';
import { entityPanel, formatDate, quote } from './panel.js';
import { fundingView } from './funding-view.js';
import { searchBox, type Suggestion } from './search-box.js';
import { formatViewState, parseViewState, type ViewState } from './url-state.js';
import { changeDays, dateRange, sliderStop, visibleParts } from './visibility.js';
import { KIND_STYLE, RELATION_LABELS } from './vocabulary.js';
import { watchGraphChanges } from './live-updates.js';

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
/** The graph's size when it is too large to draw; null when it is drawn. */
let tooLargeToDraw: number | null = null;
/** The controls are set up once, after the first successful load (a retry does not repeat it). */
let wired = false;
/** The data version the page was drawn from; a newer one announced by the service reloads it. */
let loadedVersion: string | null = null;
/** Each async view keeps the number of its latest request, so a slow answer never overwrites a newer one. */
const latest = { entity: 0, path: 0, funding: 0 };
let pathEnds: { from: string | null; to: string | null } = { from: null, to: null };

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
  const setAsOf = (asOf: string | null) => {
    update({ asOf });
    applyFilters();
    scheduleDateDependents();
  };
  range.addEventListener('input', () => {
    setAsOf(changes[Number(range.value)] ?? null);
  });
  date.addEventListener('change', () => {
    if (date.value === '') return setAsOf(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return;
    // biome-ignore lint/complexity/useMathMinMax: these are ISO date strings, which Math.min would turn into NaN
    setAsOf(date.value < span.first ? span.first : date.value > span.last ? span.last : date.value);
  });
  byId('as-of-clear').addEventListener('click', () => setAsOf(null));
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

/** Applies kinds, types and date to the drawing, the counts and the list of entities shown. */
function applyFilters(): void {
  const visible = visibleParts(entities, relations, {
    hiddenKinds: new Set(state.hiddenKinds),
    hiddenTypes: new Set(state.hiddenTypes),
    asOf: state.asOf,
  });
  graphView?.setVisible(visible.entities, visible.relations);
  const range = byId<HTMLInputElement>('as-of-range');
  const date = byId<HTMLInputElement>('as-of-date');
  range.value = String(state.asOf ? sliderStop(changes, state.asOf) : changes.length);
  range.setAttribute('aria-valuetext', state.asOf ? (formatDate(state.asOf) ?? state.asOf) : 'All dates');
  date.value = state.asOf ?? '';
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
  setStatus(
    `Showing ${visible.entities.size} of ${entities.length} entities and ${visible.relations.size} of ${relations.length} relations` +
      (state.asOf ? `, as known on ${formatDate(state.asOf)}.` : '.'),
  );
}

// --- the side panel ---------------------------------------------------------------------------

function openEntity(key: string | null): void {
  if (key === state.entity) {
    if (key) graphView?.focus(key);
    return;
  }
  update({ entity: key }, { push: true });
  void applyEntity({ focus: true });
}

async function applyEntity({ focus = false } = {}): Promise<void> {
  const panel = byId('panel');
  const request = ++latest.entity;
  const key = state.entity;
  graphView?.select(key);
  if (key === null) {
    panel.hidden = true;
    replaceChildren(panel);
    return;
  }
  if (focus) graphView?.focus(key);
  panel.hidden = false;
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
          onNavigate: (neighbour) => openEntity(neighbour),
          onMore: next ? () => void load(next) : null,
        }),
      );
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
    const answer = await runQuery(ExplorerPathDocument, { from, to, asOf: state.asOf, types });
    if (request !== latest.path) return;
    result.removeAttribute('aria-busy');
    const path = answer.pathsConnection?.edges[0]?.node;
    const name = (key: string) => byKey.get(key)?.name ?? key;
    if (!path) {
      graphView?.showPath([]);
      const why = answer.pathsConnection?.noPath?.explanation;
      replaceChildren(
        result,
        h(
          'p',
          { class: 'empty' },
          `No chain of relations joins ${name(from)} and ${name(to)} within 6 steps`,
          state.hiddenTypes.length > 0 ? ' over the relation types shown' : null,
          state.asOf ? ` as known on ${formatDate(state.asOf)}` : null,
          why ? `: ${why}.` : '.',
        ),
      );
      return;
    }
    graphView?.showPath(
      path.entities.map((entity) => entity.key),
      path.steps.map((step) => step.relation.key),
    );
    replaceChildren(
      result,
      h(
        'p',
        { class: 'path-summary' },
        `${path.length} step${path.length === 1 ? '' : 's'} from ${name(from)} to ${name(to)}:`,
      ),
      h(
        'ol',
        { class: 'path-steps' },
        path.steps.map((step) =>
          h(
            'li',
            { 'data-relation': step.relation.key },
            h('span', { class: 'step-text' }, step.text),
            step.citations.map((citation) => quote(citation)),
          ),
        ),
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
  const fromBox = searchBox(fromInput, (pick: Suggestion) => (pathEnds.from = pick.key));
  const toBox = searchBox(toInput, (pick: Suggestion) => (pathEnds.to = pick.key));
  // The ends shown, and the ones the next "Find path" uses, follow the address (Back included).
  const showEnds = () => {
    pathEnds = { from: state.from, to: state.to };
    fromBox.show(state.from ? (byKey.get(state.from)?.name ?? state.from) : '');
    toBox.show(state.to ? (byKey.get(state.to)?.name ?? state.to) : '');
  };
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
  window.addEventListener('popstate', showEnds);
}

// --- the funding view -------------------------------------------------------------------------

/** Shows the view the state names: the drawing, or the funding view with fresh figures. */
function applyView(): void {
  const funding = state.view === 'funding';
  byId('graph-view').hidden = funding;
  byId('funding-view').hidden = !funding;
  byId('tab-graph').setAttribute('aria-selected', String(!funding));
  byId('tab-funding').setAttribute('aria-selected', String(funding));
  if (funding) void applyFunding();
  else graphView?.shown();
}

async function applyFunding(): Promise<void> {
  if (state.view !== 'funding') return;
  const request = ++latest.funding;
  const programme = state.programme ?? DEFAULT_PROGRAMME;
  const content = byId('funding-content');
  content.setAttribute('aria-busy', 'true');
  try {
    const result = await runQuery(ExplorerFundingDocument, {
      programme: programme === ALL_PROGRAMMES ? null : programme,
      asOf: state.asOf,
    });
    if (request !== latest.funding) return;
    content.removeAttribute('aria-busy');
    const select = byId<HTMLSelectElement>('programme');
    const programmes = new Map<string, string>();
    if (!result.programmes || !result.funding)
      throw new ServiceUnavailableError('The service answered without the funding.');
    for (const total of result.programmes.totals)
      if (total.programme) programmes.set(total.programme.key, total.programme.name);
    replaceChildren(
      select,
      h(
        'option',
        { value: ALL_PROGRAMMES, selected: programme === ALL_PROGRAMMES },
        'All programmes and packages',
      ),
      [...programmes]
        .sort((a, b) => a[1].localeCompare(b[1]))
        .map(([key, name]) => h('option', { value: key, selected: key === programme }, name)),
    );
    const title =
      programme === ALL_PROGRAMMES
        ? 'all programmes and packages'
        : (programmes.get(programme) ?? byKey.get(programme)?.name ?? programme);
    replaceChildren(content, fundingView(result.funding, title, state.asOf));
  } catch (error) {
    if (request !== latest.funding) return;
    content.removeAttribute('aria-busy');
    replaceChildren(content, h('p', { class: 'empty error' }, describe(error)));
    if (error instanceof ServiceUnavailableError) showAlert(error, () => void applyFunding());
  }
}

function setUpViews(): void {
  const show = (view: ViewState['view']) => {
    update({ view }, { push: true });
    applyView();
  };
  byId('tab-graph').addEventListener('click', () => show('graph'));
  byId('tab-funding').addEventListener('click', () => show('funding'));
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

function applyAll(): void {
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
    graphView =
      tooLargeToDraw === null
        ? new GraphView(byId('graph'), entities, relations, (key) => openEntity(key))
        : null;
    searchBox(byId<HTMLInputElement>('search'), (pick) => {
      if (state.view !== 'graph') {
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
