import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { LAYOUT_MAX_ENTITIES, layoutOf, type Position } from '../graph/layout.js';

const PositionRef = builder.objectRef<Position>('Position').implement({
  description:
    "A point of the drawing, in the layout's own units; only positions relative to each other mean anything.",
  fields: (t) => ({
    x: t.exposeFloat('x'),
    y: t.exposeFloat('y'),
  }),
});

builder.interfaceFields(EntityRef, (t) => ({
  position: t.field({
    type: PositionRef,
    nullable: true,
    description: `Where to draw the entity: a force-directed layout (ForceAtlas2) of the whole graph, computed once per data version, so everyone sees the same picture. Null on graphs of more than ${LAYOUT_MAX_ENTITIES} entities.`,
    resolve: (entity, _args, { kg }) => layoutOf(kg)?.get(entity.key) ?? null,
  }),
}));
