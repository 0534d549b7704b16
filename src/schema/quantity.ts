import { builder } from './builder.js';
import { QuantityQualifierEnum, QuantityUnitEnum } from './vocabulary.js';
import type { Quantity } from '../graph/types.js';

/** A figure that is not money, as a relation carries it (`Relation.quantity`). */
export const QuantityRef = builder.objectRef<Quantity>('Quantity').implement({
  description:
    'A figure that is not money, as the source states it: "nearly 700 personnel" is 700 PERSONNEL NEARLY. Money is `Money`, never a quantity.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'The figure: 700, 500000, 3.5.' }),
    unit: t.expose('unit', { type: QuantityUnitEnum, description: 'What it counts or measures.' }),
    qualifier: t.expose('qualifier', {
      type: QuantityQualifierEnum,
      description: 'How the source qualifies it: EXACT when it does not.',
    }),
    text: t.exposeString('text', {
      description: 'The figure word for word from the relation\'s quote ("nearly 700 personnel").',
    }),
    targetYear: t.expose('targetYear', {
      type: 'PartialDate',
      nullable: true,
      description:
        'The year the figure is to be reached by ("5% of GDP by 2035": 2035); null when none is stated. Not the relation\'s date.',
    }),
  }),
});
