import { responsePathAsArray } from 'graphql';
import { builder, connectionCost, traversalCost } from './builder.js';
import { CitationRef, EntityRef, RelationRef } from './refs.js';
import { DirectionEnum, RelationTypeEnum } from './vocabulary.js';
import { arrayConnection } from './paging.js';
import {
  DEFAULT_PATHS_HOPS,
  DEFAULT_SHORTEST_PATH_HOPS,
  MAX_PATHS,
  MAX_PATHS_HOPS,
  MAX_SHORTEST_PATH_HOPS,
  MAX_VISITED,
  describeStep,
  pathKey,
  paths,
  shortestPath,
  whyNoPath,
  type NoPath,
  type NoPathReason,
  type Path,
  type PathList,
  type PathStep,
} from '../graph/paths.js';
import { DEFAULT_PAGE_SIZE } from '../graph/pagination.js';
import type { WalkOptions, WorkMeter } from '../graph/traversal.js';
import type { Direction } from '../graph/relations.js';
import type { RelationType } from '../graph/vocabulary.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { addResponseNote } from '../response-notes.js';
import { AS_OF_RULE } from '../graph/known-from.js';

const PathStepRef = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One hop of a path, with the relation that makes it and the sentences that relation rests on.',
  fields: (t) => ({
    from: t.expose('from', { type: EntityRef, description: 'Where this hop starts, in walking order.' }),
    to: t.expose('to', { type: EntityRef, description: 'Where this hop ends.' }),
    relation: t.expose('relation', { type: RelationRef, description: 'The relation walked.' }),
    direction: t.expose('direction', {
      type: DirectionEnum,
      description: 'OUT when the path walks the way the relation points, IN against it.',
    }),
    text: t.string({
      description: 'The hop as a sentence: "NSATU is based in Wiesbaden".',
      resolve: (step) => describeStep(step),
    }),
    citations: t.field({
      type: [CitationRef],
      description: 'Where the source says so.',
      resolve: (step) => step.relation.citations,
    }),
  }),
});

const PathRef = builder.objectRef<Path>('Path').implement({
  description: 'A chain of cited relations joining two entities: an explanation of how they are connected.',
  fields: (t) => ({
    length: t.int({ description: 'Number of hops.', resolve: (path) => path.steps.length }),
    entities: t.expose('entities', {
      type: [EntityRef],
      description: 'The entities in walking order, both ends included.',
    }),
    steps: t.expose('steps', { type: [PathStepRef], description: 'The hops, in walking order.' }),
    explanation: t.string({
      description: 'The hops as one text, "; " between them.',
      resolve: (path) => path.steps.map(describeStep).join('; '),
    }),
  }),
});

const NoPathReasonEnum = builder.enumType('NoPathReason', {
  description: 'Why a path search found nothing.',
  values: {
    NOT_CONNECTED: {
      value: 'NOT_CONNECTED' as NoPathReason,
      description: 'No chain of relations joins the two, whatever the filters.',
    },
    FILTERED_OUT: {
      value: 'FILTERED_OUT' as NoPathReason,
      description:
        'One does, but not with the types, direction and date asked for (the explanation says when it is also longer than maxHops).',
    },
    BEYOND_MAX_HOPS: {
      value: 'BEYOND_MAX_HOPS' as NoPathReason,
      description: 'One with these filters does, longer than maxHops.',
    },
    SAME_ENTITY: { value: 'SAME_ENTITY' as NoPathReason, description: 'from and to are the same entity.' },
    SEARCH_LIMIT: {
      value: 'SEARCH_LIMIT' as NoPathReason,
      description: 'Looking beyond maxHops reached the search bound before it could tell.',
    },
  },
});

const NoPathRef = builder.objectRef<NoPath>('NoPath').implement({
  description: 'Why no path came back.',
  fields: (t) => ({
    reason: t.expose('reason', { type: NoPathReasonEnum, description: 'The reason.' }),
    explanation: t.exposeString('explanation', { description: 'The reason in words, with hop counts.' }),
  }),
});

interface PathListShape extends PathList {
  /** Why the list is empty, worked out only when asked. */
  noPath: () => NoPath | null;
}

const PathListRef = builder.objectRef<PathListShape>('PathList').implement({
  description: 'Paths between two entities, shortest first.',
  fields: (t) => ({
    // `paths` already multiplies its cost by `first`; the list adds no multiplier of its own.
    paths: t.expose('paths', {
      type: [PathRef],
      description: 'Shortest first.',
      complexity: { field: 0, multiplier: 1 },
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when more paths within maxHops exist than `first` allowed.',
    }),
    noPath: t.field({
      type: NoPathRef,
      nullable: true,
      description: 'Why the list is empty; null when it is not.',
      resolve: (list) => list.noPath(),
    }),
  }),
});

interface PathConnectionExtras {
  truncated: boolean;
  totalCount: () => number;
  noPath: () => NoPath | null;
}

const PathConnection = builder.connectionObject(
  {
    type: PathRef,
    name: 'PathConnection',
    description: 'A page of the paths between two entities, shortest first.',
    fields: (t) => ({
      totalCount: t.int({
        description: `How many paths there are within maxHops, counted up to ${MAX_PATHS}.`,
        resolve: (connection) => (connection as unknown as PathConnectionExtras).totalCount(),
      }),
      truncated: t.boolean({
        description: `True when there are more than ${MAX_PATHS}: only the first ${MAX_PATHS} can be paged.`,
        resolve: (connection) => (connection as unknown as PathConnectionExtras).truncated,
      }),
      noPath: t.field({
        type: NoPathRef,
        nullable: true,
        description: 'Why there is no path at all; null when there is one.',
        resolve: (connection) => (connection as unknown as PathConnectionExtras).noPath(),
      }),
    }),
  },
  { name: 'PathEdge', description: 'A path in a list.', nodeField: { description: 'The path.' } },
);

const walkArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  from: t.arg.string({ required: true, description: 'Key of the entity to start from.' }),
  to: t.arg.string({ required: true, description: 'Key of the entity to reach.' }),
  types: t.arg({ type: [RelationTypeEnum], required: false, description: 'Walk only these relation types.' }),
  direction: t.arg({
    type: DirectionEnum,
    required: false,
    defaultValue: 'BOTH',
    description: 'OUT follows relations the way they point, IN against it, BOTH either way.',
  }),
  asOf: t.arg({
    type: 'PartialDate',
    required: false,
    description: `Walk only relations known by then. ${AS_OF_RULE}`,
  }),
});

/** The walk arguments both fields share, as the graph functions take them, with the request's meter. */
const walkOptions = (
  args: {
    types?: readonly RelationType[] | null;
    direction?: Direction | null;
    asOf?: string | null;
  },
  meter: WorkMeter,
): WalkOptions => ({
  types: args.types,
  direction: args.direction ?? 'BOTH',
  asOf: args.asOf,
  meter,
});

/** A memo for why there is no path: a second search, run only when a client asks. */
function noPathWhen(
  empty: boolean,
  kg: KnowledgeGraph,
  from: string,
  to: string,
  options: WalkOptions & { maxHops: number },
): () => NoPath | null {
  let answer: NoPath | null | undefined;
  return () => {
    answer ??= empty ? whyNoPath(kg, from, to, options) : null;
    return answer;
  };
}

builder.queryFields((t) => ({
  pathsConnection: t.connection(
    {
      type: PathRef,
      nullable: true,
      description:
        'Every simple path (no entity twice) between two entities within maxHops, shortest first, each hop cited; `noPath` says why there is none.',
      // A search that may look at MAX_VISITED relations, then each path of the page.
      complexity: (args) => traversalCost(5, MAX_VISITED, connectionCost(args, DEFAULT_PAGE_SIZE)),
      args: {
        ...walkArgs(t),
        maxHops: t.arg.int({
          required: false,
          defaultValue: DEFAULT_PATHS_HOPS,
          description: `Longest path to look for, 1 to ${MAX_SHORTEST_PATH_HOPS}.`,
        }),
      },
      resolve: async (_root, args, { kg, work }) => {
        const maxHops = args.maxHops ?? DEFAULT_PATHS_HOPS;
        const options = { ...walkOptions(args, work), maxHops, hopCap: MAX_SHORTEST_PATH_HOPS };
        // Always the same bounded list, so that every page is cut from one order.
        const found = paths(kg, args.from, args.to, { ...options, first: MAX_PATHS });
        const page = await arrayConnection(found.paths, pathKey, args);
        return Object.assign(page, {
          truncated: found.truncated,
          totalCount: () => found.paths.length,
          noPath: noPathWhen(found.paths.length === 0 && !found.truncated, kg, args.from, args.to, options),
        });
      },
    },
    PathConnection,
  ),
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description:
      'A shortest chain of relations between two entities, each hop cited; null when none is within maxHops (extensions.noPath says why).',
    deprecationReason: 'Use pathsConnection(first: 1), whose noPath says why there is none.',
    args: {
      ...walkArgs(t),
      maxHops: t.arg.int({
        required: false,
        defaultValue: DEFAULT_SHORTEST_PATH_HOPS,
        description: `At most ${MAX_SHORTEST_PATH_HOPS}.`,
      }),
    },
    // A search that may look at MAX_VISITED relations, and when it finds nothing a second one
    // that says why (whyNoPath).
    complexity: traversalCost(1, 2 * MAX_VISITED),
    resolve: (_root, args, context, info) => {
      const maxHops = args.maxHops ?? DEFAULT_SHORTEST_PATH_HOPS;
      const options = { ...walkOptions(args, context.work), maxHops };
      const path = shortestPath(context.kg, args.from, args.to, options);
      if (path === null) {
        const why = whyNoPath(context.kg, args.from, args.to, options);
        addResponseNote(context, 'noPath', responsePathAsArray(info.path).join('.'), why);
      }
      return path;
    },
  }),
  paths: t.field({
    type: PathListRef,
    nullable: true,
    description: 'Every simple path between two entities within maxHops, shortest first, each hop cited.',
    deprecationReason: 'Use pathsConnection.',
    // A search that may look at MAX_VISITED relations, then each path found.
    complexity: (args) => traversalCost(5, MAX_VISITED, Math.min(Math.max(1, args.first ?? 10), MAX_PATHS)),
    args: {
      ...walkArgs(t),
      maxHops: t.arg.int({
        required: false,
        defaultValue: DEFAULT_PATHS_HOPS,
        description: `At most ${MAX_PATHS_HOPS}.`,
      }),
      first: t.arg.int({ required: false, defaultValue: 10, description: `At most ${MAX_PATHS}.` }),
    },
    resolve: (_root, args, { kg, work }) => {
      const options = { ...walkOptions(args, work), maxHops: args.maxHops ?? DEFAULT_PATHS_HOPS };
      const list = paths(kg, args.from, args.to, { ...options, first: args.first ?? 10 });
      return {
        ...list,
        noPath: noPathWhen(list.paths.length === 0 && !list.truncated, kg, args.from, args.to, options),
      };
    },
  }),
}));
