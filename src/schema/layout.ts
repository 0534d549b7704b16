import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { LAYOUT_MAX_ENTITIES, layoutOf, type Position } from '../graph/layout.js';

const PositionRef = builder.objectRef<Position>('Position').implement({
  description:
    "A point of the drawing, in the layout's own units; only positions relative to each other mean anything.",
  fields: (t) => ({
    x: t.exposeFloat('x', { description: 'Horizontal.' }),
    y: t.exposeFloat('y', { description: 'Vertical.' }),
  }),
});

builder.interfaceFields(EntityRef, (t) => ({
  position: t.field({
    type: PositionRef,
    nullable: true,
    // One ForceAtlas2 layout of the whole graph per data version, so everyone sees the same picture.
    description: `Where to draw it (ForceAtlas2); null above ${LAYOUT_MAX_ENTITIES} entities.`,
    resolve: (entity, _args, { kg }) => layoutOf(kg)?.get(entity.key) ?? null,
  }),
}));
