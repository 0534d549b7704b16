import { builder, pageCost } from './builder.js';
import { EntityRef } from './refs.js';
import { EntityKindEnum } from './vocabulary.js';
import { ImportanceMeasureEnum } from './importance.js';
import { listEntities } from '../graph/knowledge-graph.js';
import { MAX_PAGE_SIZE } from '../graph/pagination.js';

interface GraphStatsShape {
  entityCount: number;
  relationCount: number;
  citationCount: number;
  sourceCount: number;
  version: string;
}

const GraphStats = builder.objectRef<GraphStatsShape>('GraphStats').implement({
  description: 'Sizes of the graph being served.',
  fields: (t) => ({
    entityCount: t.exposeInt('entityCount'),
    relationCount: t.exposeInt('relationCount'),
    citationCount: t.exposeInt('citationCount'),
    sourceCount: t.exposeInt('sourceCount'),
    version: t.exposeString('version', { description: 'Changes whenever the data does.' }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: GraphStats,
    resolve: (_root, _args, { kg }) => ({
      entityCount: kg.graph.order,
      relationCount: kg.graph.size,
      citationCount: kg.citationCount,
      sourceCount: kg.sources.size,
      version: kg.version,
    }),
  }),
  entities: t.field({
    type: [EntityRef],
    complexity: (args) => ({ field: 1, multiplier: pageCost(args.first, MAX_PAGE_SIZE) }),
    description: `Entities of the given kinds (all when omitted), in name order or most important first; at most ${MAX_PAGE_SIZE} a call, \`offset\` for more.`,
    args: {
      kinds: t.arg({ type: [EntityKindEnum], required: false }),
      orderBy: t.arg({
        type: ImportanceMeasureEnum,
        required: false,
        description:
          'Most important first by this measure ("the most connected entities": DEGREE); name order when omitted.',
      }),
      first: t.arg.int({ required: false, defaultValue: MAX_PAGE_SIZE }),
      offset: t.arg.int({ required: false, defaultValue: 0 }),
    },
    resolve: (_root, args, { kg }) =>
      listEntities(kg, {
        kinds: args.kinds,
        orderBy: args.orderBy,
        first: args.first ?? MAX_PAGE_SIZE,
        offset: args.offset ?? 0,
      }),
  }),
}));
