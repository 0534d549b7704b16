import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { EntityKind, RelationType } from './generated/graphql.js';
import { KIND_STYLE } from './vocabulary.js';

export interface ExplorerEntity {
  key: string;
  name: string;
  kind: EntityKind;
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

const EDGE_COLOUR = '#c3c9d2';
const FADED = '#e6e9ee';
const PATH_COLOUR = '#d1495b';

/**
 * The drawing: a graphology graph rendered by sigma (WebGL), with reducers that apply the
 * filters and highlights without rebuilding anything, so the date slider moves smoothly.
 */
export class GraphView {
  private readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private visibleEntities: ReadonlySet<string> | null = null;
  private visibleRelations: ReadonlySet<string> | null = null;
  private selected: string | null = null;
  private hovered: string | null = null;
  private path: { entities: Set<string>; relations: Set<string> } | null = null;

  constructor(
    container: HTMLElement,
    entities: readonly ExplorerEntity[],
    relations: readonly ExplorerRelation[],
    onClick: (key: string | null) => void,
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
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      // The funding view hides the drawing; filters still apply to it meanwhile.
      allowInvalidContainer: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      nodeReducer: (key, data) => this.reduceNode(key, data),
      edgeReducer: (key, data) => this.reduceEdge(key, data),
    });
    this.renderer.on('clickNode', ({ node }) => onClick(node));
    this.renderer.on('clickStage', () => onClick(null));
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
  }

  /** Call when the drawing is shown again after being hidden: it takes its container's size anew. */
  shown(): void {
    this.renderer.resize();
    this.renderer.refresh();
  }

  setVisible(entities: ReadonlySet<string>, relations: ReadonlySet<string>): void {
    this.visibleEntities = entities;
    this.visibleRelations = relations;
    this.renderer.refresh({ skipIndexation: true });
  }

  select(key: string | null): void {
    this.selected = key !== null && this.graph.hasNode(key) ? key : null;
    this.renderer.refresh({ skipIndexation: true });
  }

  showPath(entities: readonly string[] | null, relations: readonly string[] = []): void {
    this.path = entities ? { entities: new Set(entities), relations: new Set(relations) } : null;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Moves the camera to an entity, or back to the whole graph. */
  focus(key: string | null): void {
    const camera = this.renderer.getCamera();
    const display = key !== null ? this.renderer.getNodeDisplayData(key) : undefined;
    if (display)
      void camera.animate(
        { x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) },
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

  private isVisible(key: string): boolean {
    return this.visibleEntities === null || this.visibleEntities.has(key);
  }

  private reduceNode(key: string, data: NodeAttributes): Partial<NodeDisplayData> {
    if (!this.isVisible(key)) return { ...data, hidden: true };
    if (this.path) {
      return this.path.entities.has(key)
        ? { ...data, highlighted: true, forceLabel: true, zIndex: 2 }
        : { ...data, color: FADED, label: null, zIndex: 0 };
    }
    const focus = this.hovered ?? this.selected;
    if (focus === null) return data;
    if (key === focus) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
    if (this.graph.areNeighbors(key, focus)) return { ...data, forceLabel: true, zIndex: 1 };
    return { ...data, color: FADED, label: null, zIndex: 0 };
  }

  private reduceEdge(key: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    if (this.visibleRelations !== null && !this.visibleRelations.has(key)) return { ...data, hidden: true };
    if (this.path)
      return this.path.relations.has(key)
        ? { ...data, color: PATH_COLOUR, size: 4, zIndex: 2 }
        : { ...data, color: FADED };
    const focus = this.hovered ?? this.selected;
    if (focus === null) return data;
    return this.graph.hasExtremity(key, focus)
      ? { ...data, color: '#5b6675', size: 2, zIndex: 1 }
      : { ...data, hidden: true };
  }
}
