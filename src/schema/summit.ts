import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { entityTypes } from './entity.js';
import { neighboursOf } from '../graph/relations.js';

builder.objectFields(entityTypes.SUMMIT, (t) => ({
  heldIn: t.field({
    type: [EntityRef],
    resolve: (summit, _args, context) => neighboursOf(context.kg, summit.key, ['HELD_IN'], 'OUT'),
  }),
  decisions: t.field({
    type: [EntityRef],
    description: 'Decisions taken and programmes or pledges made at the summit.',
    resolve: (summit, _args, context) => neighboursOf(context.kg, summit.key, ['DECIDED'], 'OUT'),
  }),
}));

builder.objectFields(entityTypes.DECISION, (t) => ({
  decidedBy: t.field({
    type: [EntityRef],
    description: 'The summit or body that took the decision.',
    resolve: (decision, _args, context) => neighboursOf(context.kg, decision.key, ['DECIDED'], 'IN'),
  }),
  concerns: t.field({
    type: [EntityRef],
    resolve: (decision, _args, context) => neighboursOf(context.kg, decision.key, ['CONCERNS'], 'OUT'),
  }),
}));

builder.objectFields(entityTypes.EVENT, (t) => ({
  carriedOutBy: t.field({
    type: [EntityRef],
    resolve: (event, _args, context) => neighboursOf(context.kg, event.key, ['CARRIED_OUT'], 'IN'),
  }),
  concerns: t.field({
    type: [EntityRef],
    resolve: (event, _args, context) => neighboursOf(context.kg, event.key, ['CONCERNS'], 'OUT'),
  }),
}));
