import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { entityTypes, neighbours } from './entity.js';

builder.objectFields(entityTypes.SUMMIT, (t) => ({
  heldIn: t.field({
    type: [EntityRef],
    description: 'Where the summit took place.',
    resolve: neighbours(['HELD_IN'], 'OUT'),
  }),
  decisions: t.field({
    type: [EntityRef],
    description: 'Decisions taken and programmes or pledges made at the summit.',
    resolve: neighbours(['DECIDED'], 'OUT'),
  }),
}));

builder.objectFields(entityTypes.DECISION, (t) => ({
  decidedBy: t.field({
    type: [EntityRef],
    description: 'The summit or body that took the decision.',
    resolve: neighbours(['DECIDED'], 'IN'),
  }),
  concerns: t.field({
    type: [EntityRef],
    description: 'What the decision is about.',
    resolve: neighbours(['CONCERNS'], 'OUT'),
  }),
}));

builder.objectFields(entityTypes.EVENT, (t) => ({
  carriedOutBy: t.field({
    type: [EntityRef],
    description: 'Who carried it out.',
    resolve: neighbours(['CARRIED_OUT'], 'IN'),
  }),
  announcedBy: t.field({
    type: [EntityRef],
    description: 'Who announced it, where the source does not say it has happened.',
    resolve: neighbours(['ANNOUNCED'], 'IN'),
  }),
  concerns: t.field({
    type: [EntityRef],
    description: 'What the event is about.',
    resolve: neighbours(['CONCERNS'], 'OUT'),
  }),
}));
