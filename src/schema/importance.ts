import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import type { Importance, ImportanceMeasure } from '../graph/importance.js';
import { BETWEENNESS_MAX_ENTITIES } from '../graph/importance.js';

export const ImportanceMeasureEnum = builder.enumType('ImportanceMeasure', {
  description: 'A measure of how central an entity is, for ordering lists most important first.',
  values: {
    DEGREE: { value: 'DEGREE' as ImportanceMeasure, description: 'Number of relations: the most connected.' },
    PAGERANK: {
      value: 'PAGERANK' as ImportanceMeasure,
      description: 'PageRank: pointed at by entities that are themselves pointed at.',
    },
    BETWEENNESS: {
      value: 'BETWEENNESS' as ImportanceMeasure,
      description: 'Betweenness: the brokers that shortest paths pass through.',
    },
  },
});

const ImportanceRef = builder.objectRef<Importance>('Importance').implement({
  description: 'How central an entity is in the graph, computed once when the data is loaded.',
  fields: (t) => ({
    degree: t.exposeInt('degree', { description: 'Relations at either end.' }),
    pageRank: t.exposeFloat('pageRank', {
      description: 'PageRank over relations as they point (damping 0.85); sums to 1 over the graph.',
    }),
    betweenness: t.exposeFloat('betweenness', {
      nullable: true,
      description: `Normalised betweenness (0 to 1) over relations taken either way. Null on graphs of more than ${BETWEENNESS_MAX_ENTITIES} entities, where it is too costly to compute exactly.`,
    }),
  }),
});

builder.interfaceFields(EntityRef, (t) => ({
  importance: t.field({
    type: ImportanceRef,
    description: 'How central it is: degree, PageRank, betweenness.',
    resolve: (entity, _args, { kg }) =>
      kg.importance.get(entity.key) ?? { degree: 0, pageRank: 0, betweenness: null },
  }),
}));
