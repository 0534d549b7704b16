import { Repeater } from 'graphql-yoga';
import { builder } from './builder.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { GraphChanges } from '../reload.js';

interface GraphCountsShape {
  entities: number;
  relations: number;
  citations: number;
  sources: number;
}

interface GraphStatsShape {
  entityCount: number;
  relationCount: number;
  citationCount: number;
  sourceCount: number;
  version: string;
}

const countsOf = (kg: KnowledgeGraph): GraphCountsShape => ({
  entities: kg.graph.order,
  relations: kg.graph.size,
  citations: kg.citationCount,
  sources: kg.sources.size,
});

const GraphStats = builder.objectRef<GraphStatsShape>('GraphStats').implement({
  description: 'Sizes of the graph being served.',
  fields: (t) => ({
    entityCount: t.exposeInt('entityCount', { description: 'How many entities.' }),
    relationCount: t.exposeInt('relationCount', { description: 'How many relations.' }),
    citationCount: t.exposeInt('citationCount', { description: 'How many citations, on both.' }),
    sourceCount: t.exposeInt('sourceCount', { description: 'How many sources are cited.' }),
    version: t.exposeString('version', { description: 'Changes whenever the data does.' }),
  }),
});

const GraphCounts = builder.objectRef<GraphCountsShape>('GraphCounts').implement({
  description: 'How much a graph holds.',
  fields: (t) => ({
    entities: t.exposeInt('entities', { description: 'How many entities.' }),
    relations: t.exposeInt('relations', { description: 'How many relations.' }),
    citations: t.exposeInt('citations', { description: 'How many citations, on both.' }),
    sources: t.exposeInt('sources', { description: 'How many sources are cited.' }),
  }),
});

const GraphChange = builder.objectRef<KnowledgeGraph>('GraphChange').implement({
  description: 'A new version of the data, now served.',
  fields: (t) => ({
    version: t.exposeString('version', { description: 'The new data version (as in `stats`).' }),
    counts: t.field({ type: GraphCounts, description: 'What it holds.', resolve: countsOf }),
  }),
});

/** Each graph a reload swaps in, until the client goes away. */
function graphChangesOf(changes: GraphChanges): AsyncIterable<KnowledgeGraph> {
  return new Repeater<KnowledgeGraph>(async (push, stop) => {
    const listener = (kg: KnowledgeGraph) => void push(kg);
    // The server is shutting down: the stream ends, so that it does not hold the server open.
    const closed = () => stop();
    if (changes.closed) stop();
    changes.on('changed', listener);
    changes.on('closed', closed);
    await stop;
    changes.off('changed', listener);
    changes.off('closed', closed);
  });
}

builder.queryFields((t) => ({
  stats: t.field({
    type: GraphStats,
    description: 'Sizes of the graph being served, and its data version.',
    resolve: (_root, _args, { kg }) => {
      const counts = countsOf(kg);
      return {
        entityCount: counts.entities,
        relationCount: counts.relations,
        citationCount: counts.citations,
        sourceCount: counts.sources,
        version: kg.version,
      };
    },
  }),
}));

builder.subscriptionType({
  description: 'Live updates, over server-sent events (send `accept: text/event-stream`).',
});

builder.subscriptionFields((t) => ({
  graphChanged: t.field({
    type: GraphChange,
    description: 'Fires each time the data is reloaded and a new version is served.',
    subscribe: (_root, _args, { changes }) => graphChangesOf(changes),
    resolve: (kg) => kg,
  }),
}));
