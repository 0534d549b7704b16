import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { entityTypes, neighbours } from './entity.js';

for (const kind of ['CITY', 'REGION'] as const) {
  builder.objectFields(entityTypes[kind], (t) => ({
    locatedIn: t.field({
      type: [EntityRef],
      description: 'The region or country this place lies in.',
      resolve: neighbours(['LOCATED_IN'], 'OUT'),
    }),
    basedHere: t.field({
      type: [EntityRef],
      description: 'Bodies and programmes based here, and summits and events held here.',
      resolve: neighbours(['BASED_IN', 'HELD_IN'], 'IN'),
    }),
  }));
}
