import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { entityTypes } from './entity.js';
import { neighboursOf } from '../graph/relations.js';

for (const kind of ['CITY', 'REGION'] as const) {
  builder.objectFields(entityTypes[kind], (t) => ({
    locatedIn: t.field({
      type: [EntityRef],
      description: 'The region or country this place lies in.',
      resolve: (place, _args, context) => neighboursOf(context.kg, place.key, ['LOCATED_IN'], 'OUT'),
    }),
    basedHere: t.field({
      type: [EntityRef],
      description: 'Bodies and programmes based here, and summits and events held here.',
      resolve: (place, _args, context) => neighboursOf(context.kg, place.key, ['BASED_IN', 'HELD_IN'], 'IN'),
    }),
  }));
}
