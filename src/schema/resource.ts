import { builder } from './builder.js';
import { RelationRef } from './refs.js';
import { entityTypes } from './entity.js';
import { relationsOf } from '../graph/relations.js';

builder.objectFields(entityTypes.RESOURCE, (t) => ({
  suppliedBy: t.field({
    type: [RelationRef],
    description:
      'Each SUPPLIES relation into this resource: who supplies it (`from`), to whom (`recipient`), and the quotes.',
    resolve: (resource, _args, context) =>
      (relationsOf(context.kg, resource.key, { types: ['SUPPLIES'], direction: 'IN' }) ?? []).map(
        (hit) => hit.relation,
      ),
  }),
}));
