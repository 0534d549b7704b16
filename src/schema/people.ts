import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { entityTypes, neighbours } from './entity.js';

builder.objectFields(entityTypes.PERSON, (t) => ({
  roles: t.field({
    type: [entityTypes.ROLE],
    description: 'Offices the person holds.',
    resolve: neighbours(['HOLDS_ROLE'], 'OUT'),
  }),
}));

builder.objectFields(entityTypes.ROLE, (t) => ({
  heldBy: t.field({
    type: [entityTypes.PERSON],
    description: 'Who holds the office.',
    resolve: neighbours(['HOLDS_ROLE'], 'IN'),
  }),
  heads: t.field({
    type: [EntityRef],
    description: 'What the office heads.',
    resolve: neighbours(['HEADS'], 'OUT'),
  }),
  partOf: t.field({
    type: [EntityRef],
    description: 'What the office is part of.',
    resolve: neighbours(['PART_OF'], 'OUT'),
  }),
}));

builder.objectFields(entityTypes.BODY, (t) => ({
  partOf: t.field({
    type: [EntityRef],
    description: 'The organisation or body it belongs to.',
    resolve: neighbours(['PART_OF'], 'OUT'),
  }),
  headedBy: t.field({
    type: [EntityRef],
    description: 'The office or person that heads it.',
    resolve: neighbours(['HEADS'], 'IN'),
  }),
  basedIn: t.field({
    type: [EntityRef],
    description: 'Where it is based.',
    resolve: neighbours(['BASED_IN'], 'OUT'),
  }),
}));
