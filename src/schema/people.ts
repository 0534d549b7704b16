import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { entityTypes } from './entity.js';
import { neighboursOf } from '../graph/relations.js';

builder.objectFields(entityTypes.PERSON, (t) => ({
  roles: t.field({
    type: [entityTypes.ROLE],
    description: 'Offices the person holds.',
    resolve: (person, _args, context) => neighboursOf(context.kg, person.key, ['HOLDS_ROLE'], 'OUT'),
  }),
}));

builder.objectFields(entityTypes.ROLE, (t) => ({
  heldBy: t.field({
    type: [entityTypes.PERSON],
    resolve: (role, _args, context) => neighboursOf(context.kg, role.key, ['HOLDS_ROLE'], 'IN'),
  }),
  heads: t.field({
    type: [EntityRef],
    description: 'What the office heads.',
    resolve: (role, _args, context) => neighboursOf(context.kg, role.key, ['HEADS'], 'OUT'),
  }),
  partOf: t.field({
    type: [EntityRef],
    resolve: (role, _args, context) => neighboursOf(context.kg, role.key, ['PART_OF'], 'OUT'),
  }),
}));

builder.objectFields(entityTypes.BODY, (t) => ({
  partOf: t.field({
    type: [EntityRef],
    resolve: (body, _args, context) => neighboursOf(context.kg, body.key, ['PART_OF'], 'OUT'),
  }),
  headedBy: t.field({
    type: [EntityRef],
    resolve: (body, _args, context) => neighboursOf(context.kg, body.key, ['HEADS'], 'IN'),
  }),
  basedIn: t.field({
    type: [EntityRef],
    resolve: (body, _args, context) => neighboursOf(context.kg, body.key, ['BASED_IN'], 'OUT'),
  }),
}));
