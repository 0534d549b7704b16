import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { EntityKind, RelationType } from './generated/graphql.js';
import { type Box, type LabelCandidate, placeLabels } from './label-placement.js';
import { KIND_STYLE } from './vocabulary.js';
import { enteringScale, leavingSize, transitionProgress } from './transition.js';

export interface ExplorerEntity {
  key: string;
  name: string;
  kind: EntityKind;
  /** The entity's own date, as the source gives it (the table of entities shows it). */
  date: string | null;
  /** When the service says the entity is known from (its date, or the date the source ties it to). */
  knownFrom: string | null;
  pageRank: number;
  position: { x: number; y: number } | null;
}

export interface ExplorerRelation {
  key: string;
  type: RelationType;
  /** When the service says the relation is known from (src/graph/known-from.ts). */
  knownFrom: string | null;
  from: string;
  to: string;
}

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

interface EdgeAttributes {
  size: number;
  color: string;
}

/** A set of entities and relations drawn in colour while the rest fades: a path, or a sentence's facts. */
export interface Emphasis {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** Relations a path walks against their direction, drawn in their own colour. */
  backwards?: ReadonlySet<string>;
}

const EDGE_COLOUR = '#c3c9d2';
const FADED = '#e6e9ee';
export const PATH_COLOUR = '#c2185b';
export const BACKWARDS_COLOUR = '#e69500';
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';
const LABEL_SIZE = 13;
/** How long entities take to leave or join the drawing when the date moves. */
const TRANSITION_MS = 900;

/** True when this browser can give sigma a WebGL context (some machines and settings cannot). */
export function canDrawWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Mixes two "#rrggbb" colours: 0 gives `a`, 1 gives `b`. */
function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const parts = [0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t));
  return `#${parts.map((part) => part.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The drawing: a graphology graph rendered by sigma (WebGL), with reducers that apply the
 * filters and highlights without rebuilding anything, so the date slider moves smoothly. Labels
 * are placed by placeLabels (label-placement.ts) instead of sigma's own, so they avoid each
 * other and the controls laid over the drawing. When the date hides or shows entities, those
 * shrink away or grow in, ringed, so the change is seen.
 */
export class GraphView {
  private readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private visibleEntities: ReadonlySet<string> | null = null;
  private visibleRelations: ReadonlySet<string> | null = null;
  private selected: string | null = null;
  private hovered: string | null = null;
  private path: Emphasis | null = null;
  private facts: Emphasis | null = null;
  /** For each lit entity, how many of the lit facts it takes part in. */
  private factCounts = new Map<string, number>();
  /** Entities joining or leaving the drawing, and how far along (0 to 1). */
  private transition: { entering: Set<string>; leaving: Set<string>; progress: number } | null = null;
  private frame = 0;
  /** The labels sigma asked to draw in the current frame; placed and drawn after it. */
  private labelRequests: { key: string; x: number; y: number; size: number; label: string }[] = [];

  constructor(
    private readonly container: HTMLElement,
    entities: readonly ExplorerEntity[],
    relations: readonly ExplorerRelation[],
    private readonly options: {
      onClick: (key: string | null) => void;
      /** Controls laid over the drawing (zoom buttons, hints), in page coordinates. */
      obstacles: () => readonly Element[];
    },
  ) {
    const maxPageRank = Math.max(...entities.map((entity) => entity.pageRank), Number.MIN_VALUE);
    entities.forEach((entity, index) => {
      // A graph too large for the service's layout still opens, on a circle.
      const angle = (2 * Math.PI * index) / entities.length;
      this.graph.addNode(entity.key, {
        x: entity.position?.x ?? 100 * Math.cos(angle),
        y: entity.position?.y ?? 100 * Math.sin(angle),
        // Area, not radius, follows PageRank: the hubs stand out without hiding their neighbours.
        size: 3 + 13 * Math.sqrt(entity.pageRank / maxPageRank),
        color: KIND_STYLE[entity.kind].colour,
        label: entity.name,
      });
    });
    for (const relation of relations) {
      if (this.graph.hasNode(relation.from) && this.graph.hasNode(relation.to)) {
        this.graph.addDirectedEdgeWithKey(relation.key, relation.from, relation.to, {
          size: 1,
          color: EDGE_COLOUR,
        });
      }
    }
    this.renderer = new Sigma(this.graph, container, {
      defaultEdgeType: 'arrow',
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      zIndex: true,
      // The funding view hides the drawing; filters still apply to it meanwhile.
      allowInvalidContainer: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      nodeReducer: (key, data) => this.reduceNode(key, data),
      edgeReducer: (key, data) => this.reduceEdge(key, data),
      // Sigma says which labels it would show; they are placed and drawn after the frame.
      // (Sigma passes the node's key with its display data, though its type does not say so.)
      defaultDrawNodeLabel: (_context, data) => {
        const { key } = data as { key?: string };
        if (data.label && key)
          this.labelRequests.push({ key, x: data.x, y: data.y, size: data.size, label: data.label });
      },
      // The hovered or selected node gets a ring; its label is placed with the others.
      defaultDrawNodeHover: (context, data) => {
        context.beginPath();
        context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
        context.lineWidth = 2.5;
        context.strokeStyle = '#1d2430';
        context.stroke();
      },
    });
    this.renderer.on('beforeRender', () => {
      this.labelRequests = [];
    });
    this.renderer.on('afterRender', () => this.drawLabels());
    this.renderer.on('clickNode', ({ node }) => options.onClick(node));
    this.renderer.on('clickStage', () => options.onClick(null));
    this.renderer.on('enterNode', ({ node }) => {
      this.hovered = node;
      container.style.cursor = 'pointer';
      this.renderer.refresh({ skipIndexation: true });
    });
    this.renderer.on('leaveNode', () => {
      this.hovered = null;
      container.style.cursor = '';
      this.renderer.refresh({ skipIndexation: true });
    });
    // The drawing follows its box: a phone's panel opening below it, a window resized.
    new ResizeObserver(() => {
      if (container.offsetWidth > 0 && container.offsetHeight > 0) this.renderer.refresh();
    }).observe(container);
  }

  /** Call when the drawing is shown again after being hidden: it takes its container's size anew. */
  shown(): void {
    this.renderer.resize();
    this.renderer.refresh();
  }

  /**
   * Shows these entities and relations. With `animate`, entities that leave shrink away and
   * entities that join grow in, both ringed, over about a second (at once for readers who ask
   * their system for reduced motion).
   */
  setVisible(entities: ReadonlySet<string>, relations: ReadonlySet<string>, { animate = false } = {}): void {
    const before = this.visibleEntities;
    this.visibleEntities = entities;
    this.visibleRelations = relations;
    cancelAnimationFrame(this.frame);
    this.transition = null;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (animate && before && !still) {
      const entering = new Set([...entities].filter((key) => !before.has(key)));
      const leaving = new Set([...before].filter((key) => !entities.has(key)));
      if (entering.size + leaving.size > 0) {
        this.transition = { entering, leaving, progress: 0 };
        const start = performance.now();
        const step = (now: number) => {
          if (!this.transition) return;
          this.transition.progress = transitionProgress(now, start, TRANSITION_MS);
          if (this.transition.progress >= 1) this.transition = null;
          this.renderer.refresh({ skipIndexation: true });
          if (this.transition) this.frame = requestAnimationFrame(step);
        };
        this.frame = requestAnimationFrame(step);
      }
    }
    this.renderer.refresh({ skipIndexation: true });
  }

  select(key: string | null): void {
    this.selected = key !== null && this.graph.hasNode(key) ? key : null;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Highlights a path (null clears it; an empty one fades everything: no path was found). */
  showPath(path: Emphasis | null): void {
    this.path = path;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Highlights the facts of a sentence of the source (null clears them); they win over a path. */
  showFacts(facts: Emphasis | null): void {
    this.facts = facts;
    this.factCounts.clear();
    for (const relation of facts?.relations ?? []) {
      if (!this.graph.hasEdge(relation)) continue;
      for (const end of this.graph.extremities(relation))
        this.factCounts.set(end, (this.factCounts.get(end) ?? 0) + 1);
    }
    // What is lit, for the browser tests and anyone checking: the entities and relations, in order.
    if (facts) {
      this.container.dataset.facts = JSON.stringify({
        entities: [...facts.entities].sort(),
        relations: [...facts.relations].sort(),
      });
    } else delete this.container.dataset.facts;
    this.renderer.refresh({ skipIndexation: true });
  }

  /**
   * Moves the camera so that these entities (a sentence's) are all in view, as close as that
   * allows; the whole graph when none is drawn.
   */
  fit(keys: Iterable<string>): void {
    const points = [...keys]
      .filter((key) => this.isVisible(key))
      .map((key) => this.renderer.getNodeDisplayData(key))
      .filter((display) => display !== undefined);
    const camera = this.renderer.getCamera();
    if (points.length === 0) {
      void camera.animatedReset({ duration: 300 });
      return;
    }
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Camera ratio 1 shows the whole graph; leave a margin around the entities for their labels.
    const ratio = Math.min(1, Math.max(0.12, 1.5 * Math.max(maxX - minX, maxY - minY)));
    void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  }

  /** Moves the camera to an entity, or back to the whole graph. */
  focus(key: string | null): void {
    const camera = this.renderer.getCamera();
    const display = key !== null ? this.renderer.getNodeDisplayData(key) : undefined;
    // A phone's small drawing needs a closer look to tell the neighbours apart.
    const close = this.container.offsetWidth < 500 ? 0.35 : 0.6;
    if (display)
      void camera.animate(
        { x: display.x, y: display.y, ratio: Math.min(camera.ratio, close) },
        { duration: 400 },
      );
    else void camera.animatedReset({ duration: 300 });
  }

  zoom(direction: 'in' | 'out' | 'reset'): void {
    const camera = this.renderer.getCamera();
    if (direction === 'in') void camera.animatedZoom({ duration: 200 });
    else if (direction === 'out') void camera.animatedUnzoom({ duration: 200 });
    else void camera.animatedReset({ duration: 200 });
  }

  /** Where an entity is drawn, in page coordinates (for tests: a tap on it). */
  screenPosition(key: string): { x: number; y: number } | null {
    const display = this.renderer.getNodeDisplayData(key);
    if (!display) return null;
    const point = this.renderer.graphToViewport(display);
    const box = this.container.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }

  /**
   * The hovered, else the selected entity, while it is drawn: one the filters or the date hide
   * (a selection made before the date moved) fades nothing around its empty place.
   */
  private focusKey(): string | null {
    const focus = this.hovered ?? this.selected;
    return focus !== null && this.isVisible(focus) ? focus : null;
  }

  private isVisible(key: string): boolean {
    return this.visibleEntities === null || this.visibleEntities.has(key);
  }

  private reduceNode(key: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const transition = this.transition;
    if (transition?.leaving.has(key)) {
      // Shrinks away, ringed and labelled, so the eye finds what the date took out.
      const t = transition.progress;
      return {
        ...data,
        size: leavingSize(data.size, t),
        highlighted: t < 0.8,
        forceLabel: true,
        zIndex: 3,
      };
    }
    if (!this.isVisible(key)) return { ...data, hidden: true };
    const emphasis = this.facts ?? this.path;
    let reduced: Partial<NodeDisplayData>;
    if (emphasis) {
      reduced = emphasis.entities.has(key)
        ? { ...data, highlighted: true, forceLabel: true, zIndex: 2 }
        : { ...data, color: FADED, label: null, zIndex: 0 };
    } else {
      const focus = this.focusKey();
      if (focus === null) reduced = data;
      else if (key === focus) reduced = { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      else if (this.graph.areNeighbors(key, focus)) reduced = { ...data, forceLabel: true, zIndex: 1 };
      else reduced = { ...data, color: FADED, label: null, zIndex: 0 };
    }
    if (transition?.entering.has(key)) {
      // Grows in from nothing, past its size and back, ringed.
      const t = transition.progress;
      return {
        ...reduced,
        size: data.size * enteringScale(t),
        highlighted: t < 0.9,
        forceLabel: true,
        zIndex: 3,
      };
    }
    return reduced;
  }

  private reduceEdge(key: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const transition = this.transition;
    if (transition && !this.isRelationVisible(key)) {
      const [from, to] = this.graph.extremities(key);
      if (transition.leaving.has(from) || transition.leaving.has(to))
        return { ...data, color: mix(EDGE_COLOUR, '#ffffff', transition.progress) };
    }
    if (!this.isRelationVisible(key)) return { ...data, hidden: true };
    const emphasis = this.facts ?? this.path;
    if (emphasis) {
      if (!emphasis.relations.has(key)) return { ...data, color: FADED };
      const backwards = emphasis.backwards?.has(key) ?? false;
      return { ...data, color: backwards ? BACKWARDS_COLOUR : PATH_COLOUR, size: 4, zIndex: 2 };
    }
    const focus = this.focusKey();
    if (focus === null) return data;
    return this.graph.hasExtremity(key, focus)
      ? { ...data, color: '#5b6675', size: 2, zIndex: 1 }
      : { ...data, hidden: true };
  }

  private isRelationVisible(key: string): boolean {
    return this.visibleRelations === null || this.visibleRelations.has(key);
  }

  /** The priority of a label: what the reader is looking at first, then the larger nodes. */
  private priority(key: string, size: number): number {
    const focus = this.focusKey();
    if (key === focus) return 1e6;
    if (this.transition?.entering.has(key) || this.transition?.leaving.has(key)) return 1e5 + size;
    // Where a sentence's facts crowd a small screen, the entities it says most about are named
    // first ("Based in Wiesbaden, Germany, ...": Wiesbaden before the hubs it names in passing).
    if (this.facts)
      return this.facts.entities.has(key) ? 1e5 + 1e3 * (this.factCounts.get(key) ?? 0) + size : size;
    if (this.path?.entities.has(key)) return 1e5 + size;
    return size;
  }

  /** Places the labels sigma asked for (label-placement.ts) and draws them, each with a white halo. */
  private drawLabels(): void {
    const context = this.renderer.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const width = this.container.offsetWidth;
    const height = this.container.offsetHeight;
    const focus = this.focusKey();
    const font = (key: string) => `${key === focus ? '600 ' : ''}${LABEL_SIZE}px ${LABEL_FONT}`;
    const requests = new Map(this.labelRequests.map((request) => [request.key, request]));
    // No label is wider than the drawing less the zoom buttons' column: on a phone a long name
    // ends in "…" (the panel below gives it whole) rather than finding no room at all.
    const widest = Math.max(80, width - 72);
    const candidates: LabelCandidate[] = [...requests.values()].map((request) => {
      context.font = font(request.key);
      let text = request.label;
      while (text.length > 1 && context.measureText(text).width > widest) text = `${text.slice(0, -2)}…`;
      request.label = text;
      return {
        key: request.key,
        x: request.x,
        y: request.y,
        radius: request.size,
        width: context.measureText(text).width + 4,
        height: LABEL_SIZE + 4,
        priority: this.priority(request.key, request.size),
        required: request.key === focus,
      };
    });
    const origin = this.container.getBoundingClientRect();
    const obstacles: Box[] = this.options.obstacles().map((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height };
    });
    // No label covers the selected entity.
    const selected = focus ? requests.get(focus) : undefined;
    if (selected)
      obstacles.push({
        x: selected.x - selected.size - 2,
        y: selected.y - selected.size - 2,
        width: 2 * selected.size + 4,
        height: 2 * selected.size + 4,
      });
    const placed = placeLabels(candidates, { bounds: { x: 0, y: 0, width, height }, obstacles });
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    for (const label of placed) {
      const request = requests.get(label.key)!;
      context.font = font(label.key);
      const x = label.box.x + 2;
      const y = label.box.y + label.box.height / 2;
      context.lineWidth = 4;
      context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
      context.strokeText(request.label, x, y);
      context.fillStyle = '#1d2430';
      context.fillText(request.label, x, y);
    }
    // Where the labels went, in the drawing's pixels: for the browser tests, and anyone checking placement.
    this.container.dataset.labels = JSON.stringify(
      placed.map(({ key, box }) => [key, ...[box.x, box.y, box.width, box.height].map(Math.round)]),
    );
  }
}
