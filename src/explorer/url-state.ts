import type { EntityKind, RelationType } from './generated/graphql.js';

/** Everything a shared link restores: what is open, what is filtered, which date. */
/**
 * What the main area shows. On a phone the path finder and the filters are views of their own
 * (tabs); on a wide screen they sit beside the drawing, and those two views show the drawing.
 */
export type View = 'graph' | 'path' | 'filters' | 'funding' | 'source';
export const VIEWS: readonly View[] = ['graph', 'path', 'filters', 'funding', 'source'];

export interface ViewState {
  view: View;
  /** The entity open in the side panel. */
  entity: string | null;
  /** The path finder's two ends. */
  from: string | null;
  to: string | null;
  /** The path may only follow relations the way they point. */
  forwardOnly: boolean;
  /** YYYY-MM-DD: show the graph as known on that day; null for everything. */
  asOf: string | null;
  hiddenKinds: EntityKind[];
  hiddenTypes: RelationType[];
  /** The programme the funding view shows. */
  programme: string | null;
  /** The source the reading view shows, and the sentence selected in it (its index). */
  source: string | null;
  sentence: number | null;
}

export const DEFAULT_STATE: ViewState = {
  view: 'graph',
  entity: null,
  from: null,
  to: null,
  forwardOnly: false,
  asOf: null,
  hiddenKinds: [],
  hiddenTypes: [],
  programme: null,
  source: null,
  sentence: null,
};

const KEY = /^[a-z0-9][a-z0-9-]{0,199}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NAME = /^[A-Z_]{1,40}$/;

function list<T extends string>(text: string | null): T[] {
  if (!text) return [];
  return [...new Set(text.split(',').filter((name) => NAME.test(name)))].sort() as T[];
}

/**
 * Reads the state from a query string. Anything malformed is dropped rather than trusted: a
 * hand-edited or truncated link opens the page, with what could be read.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const key = (name: string) => {
    const value = params.get(name);
    return value !== null && KEY.test(value) ? value : null;
  };
  const asOf = params.get('asOf');
  const view = VIEWS.find((name) => name === params.get('view')) ?? 'graph';
  const sentence = params.get('sentence');
  return {
    view,
    entity: key('entity'),
    from: key('from'),
    to: key('to'),
    forwardOnly: params.get('direction') === 'forward',
    asOf: asOf !== null && DAY.test(asOf) ? asOf : null,
    hiddenKinds: list<EntityKind>(params.get('hideKinds')),
    hiddenTypes: list<RelationType>(params.get('hideTypes')),
    programme: key('programme'),
    source: key('source'),
    sentence: sentence !== null && /^\d{1,6}$/.test(sentence) ? Number(sentence) : null,
  };
}

/** The query string for a state, leaving defaults out so links stay short. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== 'graph') params.set('view', state.view);
  if (state.entity) params.set('entity', state.entity);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.forwardOnly) params.set('direction', 'forward');
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.hiddenKinds.length > 0) params.set('hideKinds', [...state.hiddenKinds].sort().join(','));
  if (state.hiddenTypes.length > 0) params.set('hideTypes', [...state.hiddenTypes].sort().join(','));
  if (state.programme) params.set('programme', state.programme);
  if (state.source) params.set('source', state.source);
  if (state.sentence !== null) params.set('sentence', String(state.sentence));
  const text = params.toString();
  return text ? `?${text}` : '';
}
