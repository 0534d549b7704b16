import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from './builder.js';
import { ENTITY_TYPE_NAMES } from './entity.js';
import { getEntity, getRelation, getSource, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import { InvalidArgumentError } from '../graph/errors.js';
import { MAX_PAGE_SIZE } from '../graph/pagination.js';
import type { EntityData, RelationData, SourceDoc } from '../graph/types.js';
import type { EntityKind } from '../graph/vocabulary.js';

// `node` and `nodes`, written here rather than taken from the relay plugin so that a malformed
// ID, or the ID of a type that is not a node, is a BAD_USER_INPUT naming the argument instead of
// the plugin's internals ("Expected ref to resolve to a Object type, but got Interface").

const KIND_OF_TYPE = new Map(
  Object.entries(ENTITY_TYPE_NAMES).map(([kind, typename]) => [typename, kind as EntityKind]),
);
const NODE_TYPES = [...KIND_OF_TYPE.keys(), 'Relation', 'Source'].sort();

/** The most global IDs one `nodes(ids)` takes, the page size cap: a longer list is refused. */
export const MAX_NODE_IDS = MAX_PAGE_SIZE;

/** The node a global ID names; null for a well-formed ID whose key is not in the graph. */
function nodeById(
  kg: KnowledgeGraph,
  id: string,
  argument: string,
): EntityData | RelationData | SourceDoc | null {
  let typename: string;
  let key: string;
  try {
    ({ typename, id: key } = decodeGlobalID(id));
  } catch {
    throw new InvalidArgumentError(
      argument,
      `${argument}: "${id.slice(0, 60)}" is not an ID this service issued; take IDs from an \`id\` field`,
    );
  }
  const kind = KIND_OF_TYPE.get(typename);
  if (kind !== undefined) {
    const entity = getEntity(kg, key);
    return entity?.kind === kind ? entity : null;
  }
  if (typename === 'Relation') return getRelation(kg, key);
  if (typename === 'Source') return getSource(kg, key);
  throw new InvalidArgumentError(
    argument,
    `${argument}: "${id.slice(0, 60)}" is an ID for ${typename.slice(0, 40)}, which is not a node type (${NODE_TYPES.join(', ')})`,
  );
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'The node with this global ID; null when its key is not in the graph.',
    args: { id: t.arg.id({ required: true, description: 'A global ID from an `id` field.' }) },
    resolve: (_root, { id }, { kg }) => nodeById(kg, String(id), 'id') as never,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `The nodes with these global IDs, in order; null (with an error) for each bad one. At most ${MAX_NODE_IDS} IDs.`,
    args: { ids: t.arg.idList({ required: true, description: 'Global IDs from `id` fields.' }) },
    // Each id is one node and everything selected under it (the ids themselves count one each).
    complexity: (args) => ({ field: 1, multiplier: Math.min(args.ids.length, MAX_NODE_IDS) }),
    // A bad ID becomes an error for its own item only: graphql-js nulls that item and keeps the rest.
    resolve: (_root, { ids }, { kg }) => {
      if (ids.length > MAX_NODE_IDS) {
        throw new InvalidArgumentError(
          'ids',
          `ids must hold at most ${MAX_NODE_IDS} global IDs (the nodes cap), got ${ids.length}`,
        );
      }
      return ids.map((id, index) => {
        try {
          return nodeById(kg, String(id), `ids[${index}]`);
        } catch (error) {
          return error as Error;
        }
      }) as never;
    },
  }),
}));
