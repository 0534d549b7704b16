import { UndirectedGraph } from 'graphology';
import circularModule from 'graphology-layout/circular.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from './knowledge-graph.js';

// As in importance.ts: the typings declare an ES default export, the files set module.exports.
const circular = circularModule as unknown as typeof circularModule.default;
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** Where an entity sits in the drawing, in the layout's own units (centred near 0). */
export interface Position {
  x: number;
  y: number;
}

/** Every entity's position, by key. */
export type Layout = ReadonlyMap<string, Position>;

/**
 * ForceAtlas2 moves every entity against every other on each iteration (Barnes-Hut brings it
 * to n log n, still seconds per hundred thousand): above this the graph is no longer something
 * to look at as a whole, and no layout is computed.
 */
export const LAYOUT_MAX_ENTITIES = 5_000;

/** Enough for a few hundred entities to settle; the real graph's layout takes about 100 ms. */
const ITERATIONS = 600;

const layouts = new WeakMap<KnowledgeGraph, Layout | null>();

/**
 * A force-directed layout of the whole graph (ForceAtlas2 over the relations taken both ways,
 * from a circle in key order), computed once per loaded graph on first use, so every viewer of
 * the same data sees the same picture and a shared link shows what its sender saw. Null when
 * the graph has more than LAYOUT_MAX_ENTITIES entities.
 */
export function layoutOf(kg: KnowledgeGraph): Layout | null {
  if (layouts.has(kg)) return layouts.get(kg) ?? null;
  const layout = kg.graph.order > LAYOUT_MAX_ENTITIES ? null : computeLayout(kg);
  layouts.set(kg, layout);
  return layout;
}

/**
 * Takes the layout computed earlier for the same data and layout code (the snapshot cache keeps
 * it) as this graph's, instead of computing it again. A layout that does not place every entity
 * is not taken: the graph's own is computed on first use.
 */
export function adoptLayout(kg: KnowledgeGraph, layout: Layout): void {
  if (layouts.has(kg) || kg.graph.order > LAYOUT_MAX_ENTITIES || layout.size !== kg.graph.order) return;
  if (kg.graph.someNode((key) => !layout.has(key))) return;
  layouts.set(kg, layout);
}

function computeLayout(kg: KnowledgeGraph): Layout {
  // Undirected and simple: two facts between the same pair pull them together once, not twice,
  // so parallel relations (a country that funds and is a member) do not dominate the picture.
  const simple = new UndirectedGraph();
  // Key order rather than insertion order, so the picture does not change when a curator moves
  // an entry between files.
  const keys = kg.graph.nodes().sort();
  for (const key of keys) simple.addNode(key);
  kg.graph.forEachEdge((_edge, _attributes, from, to) => {
    if (from !== to) simple.mergeEdge(from, to);
  });
  circular.assign(simple, { scale: 100 });
  forceAtlas2.assign(simple, {
    iterations: ITERATIONS,
    settings: {
      ...forceAtlas2.inferSettings(simple),
      linLogMode: false,
      adjustSizes: false,
      barnesHutOptimize: simple.order > 500,
    },
  });
  const positions = new Map<string, Position>();
  simple.forEachNode((key, attributes) => {
    const { x, y } = attributes as Position;
    positions.set(key, { x: round(x), y: round(y) });
  });
  return positions;
}

/** Three decimals are far below a pixel and keep the answers short. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
