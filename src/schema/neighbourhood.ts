import { builder } from './builder.js';
import { EntityRef, RelationRef } from './refs.js';
import { DirectionEnum, EntityKindEnum, RelationTypeEnum } from './vocabulary.js';
import {
  DEFAULT_NEIGHBOURHOOD_LIMIT,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_LIMIT,
  neighbourhood,
  neighbourhoodSize,
  type Neighbourhood,
  type NeighbourhoodNode,
  type NeighbourhoodOptions,
  type NeighbourhoodSize,
} from '../graph/neighbourhood.js';
import { AS_OF_RULE } from '../graph/known-from.js';

interface NeighbourhoodShape extends Neighbourhood {
  key: string;
  options: NeighbourhoodOptions;
  /** The full count, walked at most once per answer, and only when a field asks for it. */
  size?: NeighbourhoodSize;
}

function sizeOf(shape: NeighbourhoodShape, kg: Parameters<typeof neighbourhoodSize>[0]): NeighbourhoodSize {
  shape.size ??= neighbourhoodSize(kg, shape.key, shape.options);
  return shape.size;
}

const NeighbourhoodNodeRef = builder.objectRef<NeighbourhoodNode>('NeighbourhoodNode').implement({
  description: 'An entity near the centre, and how near.',
  fields: (t) => ({
    entity: t.expose('entity', { type: EntityRef, description: 'The entity.' }),
    depth: t.exposeInt('depth', { description: 'Hops from the centre.' }),
    via: t.field({
      type: [RelationRef],
      // As long as the walk is deep, at most MAX_NEIGHBOURHOOD_DEPTH, not the default list's 10.
      complexity: { field: 1, multiplier: MAX_NEIGHBOURHOOD_DEPTH },
      description:
        'The relations of the walk that first reached it, from the centre out, each cited (none for the centre): with `kinds`, how it came within reach through entities not returned.',
      resolve: (node) => node.via(),
    }),
  }),
});

const NeighbourhoodRef = builder.objectRef<NeighbourhoodShape>('Neighbourhood').implement({
  description: 'The entities around one entity and the relations among them: a subgraph ready to draw.',
  fields: (t) => ({
    center: t.expose('center', { type: EntityRef, description: 'The entity asked about.' }),
    nodes: t.expose('nodes', {
      type: [NeighbourhoodNodeRef],
      description: 'Nearest first; the centre is the first. Only the `kinds` asked for.',
    }),
    edges: t.expose('edges', {
      type: [RelationRef],
      description: 'Every allowed relation between two returned entities, once.',
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when entities within `depth` were left out to respect `limit`.',
    }),
    omittedNodes: t.int({
      description: `How many entities within \`depth\` were left out. Counted when asked, up to 100,000 (see omittedCountIsExact).`,
      resolve: (shape, _args, { kg }) =>
        shape.truncated ? sizeOf(shape, kg).entities - shape.nodes.length : 0,
    }),
    omittedCountIsExact: t.boolean({
      description: 'False when the count of left-out entities stopped at its bound and is a lower bound.',
      resolve: (shape, _args, { kg }) => !shape.truncated || sizeOf(shape, kg).exact,
    }),
  }),
});

builder.queryFields((t) => ({
  neighbourhood: t.field({
    type: NeighbourhoodRef,
    nullable: true,
    description:
      'The entities within `depth` hops of one entity (of `kinds`) and the relations among them, at most `limit`, nearest first.',
    complexity: (args) => ({
      field: 5,
      multiplier: Math.ceil(
        Math.min(Math.max(1, args.limit ?? DEFAULT_NEIGHBOURHOOD_LIMIT), MAX_NEIGHBOURHOOD_LIMIT) / 10,
      ),
    }),
    args: {
      key: t.arg.string({ required: true, description: 'Key of the entity at the centre.' }),
      depth: t.arg.int({
        required: false,
        defaultValue: 1,
        description: `Hops from the centre, 0 to ${MAX_NEIGHBOURHOOD_DEPTH}.`,
      }),
      types: t.arg({
        type: [RelationTypeEnum],
        required: false,
        description: 'Walk only relations of these types.',
      }),
      direction: t.arg({
        type: DirectionEnum,
        required: false,
        defaultValue: 'BOTH',
        description: 'Which way to walk relations.',
      }),
      kinds: t.arg({
        type: [EntityKindEnum],
        required: false,
        description: 'Return only these kinds (and the centre); the walk passes through every kind.',
      }),
      limit: t.arg.int({
        required: false,
        defaultValue: DEFAULT_NEIGHBOURHOOD_LIMIT,
        description: `Most entities to return, the centre included; at most ${MAX_NEIGHBOURHOOD_LIMIT}.`,
      }),
      asOf: t.arg({
        type: 'PartialDate',
        required: false,
        description: `Walk only relations known by then. ${AS_OF_RULE}`,
      }),
    },
    resolve: (_root, args, { kg, work }) => {
      const options: NeighbourhoodOptions = {
        depth: args.depth ?? 1,
        types: args.types,
        direction: args.direction ?? 'BOTH',
        limit: args.limit ?? DEFAULT_NEIGHBOURHOOD_LIMIT,
        asOf: args.asOf,
        kinds: args.kinds,
        meter: work,
      };
      return { ...neighbourhood(kg, args.key, options), key: args.key, options };
    },
  }),
}));
