import { builder } from './builder.js';
import { CitationRef, EntityRef, RelationRef } from './refs.js';
import { DirectionEnum, RelationTypeEnum } from './vocabulary.js';
import {
  DEFAULT_PATHS_HOPS,
  DEFAULT_SHORTEST_PATH_HOPS,
  MAX_PATHS,
  MAX_PATHS_HOPS,
  MAX_SHORTEST_PATH_HOPS,
  describeStep,
  paths,
  shortestPath,
  type Path,
  type PathList,
  type PathStep,
} from '../graph/paths.js';
import type { WalkOptions } from '../graph/traversal.js';
import type { Direction } from '../graph/relations.js';
import type { RelationType } from '../graph/vocabulary.js';

const PathStepRef = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One hop of a path, with the relation that makes it and the sentences that relation rests on.',
  fields: (t) => ({
    from: t.expose('from', { type: EntityRef, description: 'Where this hop starts, in walking order.' }),
    to: t.expose('to', { type: EntityRef, description: 'Where this hop ends.' }),
    relation: t.expose('relation', { type: RelationRef }),
    direction: t.expose('direction', {
      type: DirectionEnum,
      description: 'OUT when the relation points the way the path walks, IN when the path walks against it.',
    }),
    text: t.string({
      description: 'The hop as a sentence in the relation\'s own direction: "NSATU is based in Wiesbaden".',
      resolve: (step) => describeStep(step),
    }),
    citations: t.field({ type: [CitationRef], resolve: (step) => step.relation.citations }),
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
    steps: t.expose('steps', { type: [PathStepRef] }),
    explanation: t.string({
      description: 'The hops as one text, "; " between them.',
      resolve: (path) => path.steps.map(describeStep).join('; '),
    }),
  }),
});

const PathListRef = builder.objectRef<PathList>('PathList').implement({
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
  }),
});

const walkArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  from: t.arg.string({ required: true, description: 'Key of the entity to start from.' }),
  to: t.arg.string({ required: true, description: 'Key of the entity to reach.' }),
  types: t.arg({
    type: [RelationTypeEnum],
    required: false,
    description: 'Walk only relations of these types.',
  }),
  direction: t.arg({
    type: DirectionEnum,
    required: false,
    defaultValue: 'BOTH',
    description: 'OUT follows relations the way they point, IN against it, BOTH either way.',
  }),
  asOf: t.arg.string({
    required: false,
    description:
      'Walk only relations known by this date (YYYY, YYYY-MM or YYYY-MM-DD); undated relations stay.',
  }),
});

/** The walk arguments both fields share, as the graph functions take them. */
const walkOptions = (args: {
  types?: readonly RelationType[] | null;
  direction?: Direction | null;
  asOf?: string | null;
}): WalkOptions => ({
  types: args.types,
  direction: args.direction ?? 'BOTH',
  asOf: args.asOf,
});

builder.queryFields((t) => ({
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description:
      'The shortest chain of relations from one entity to another, each hop cited; null when none is within maxHops. Among equally short paths the first found wins, the same one for the same data; `paths` lists them all.',
    args: {
      ...walkArgs(t),
      maxHops: t.arg.int({
        required: false,
        defaultValue: DEFAULT_SHORTEST_PATH_HOPS,
        description: `At most ${MAX_SHORTEST_PATH_HOPS}.`,
      }),
    },
    resolve: (_root, args, { kg }) =>
      shortestPath(kg, args.from, args.to, {
        ...walkOptions(args),
        maxHops: args.maxHops ?? DEFAULT_SHORTEST_PATH_HOPS,
      }),
  }),
  paths: t.field({
    type: PathListRef,
    description:
      'Every simple path (no entity twice) between two entities within maxHops, shortest first, each hop cited.',
    complexity: (args) => ({ field: 5, multiplier: Math.min(Math.max(1, args.first ?? 10), MAX_PATHS) }),
    args: {
      ...walkArgs(t),
      maxHops: t.arg.int({
        required: false,
        defaultValue: DEFAULT_PATHS_HOPS,
        description: `At most ${MAX_PATHS_HOPS}.`,
      }),
      first: t.arg.int({ required: false, defaultValue: 10, description: `At most ${MAX_PATHS}.` }),
    },
    resolve: (_root, args, { kg }) =>
      paths(kg, args.from, args.to, {
        ...walkOptions(args),
        maxHops: args.maxHops ?? DEFAULT_PATHS_HOPS,
        first: args.first ?? 10,
      }),
  }),
}));
