import { builder } from './builder.js';
import { EntityRef, FundingRef, RelationRef } from './refs.js';
import { entityTypes, neighbours } from './entity.js';
import { fundersOf } from '../graph/funding.js';
import { relationsOf } from '../graph/relations.js';
import { AS_OF_RULE } from '../graph/known-from.js';

const AS_OF = AS_OF_RULE;

builder.objectFields(entityTypes.COMMITMENT, (t) => ({
  funders: t.field({
    type: [FundingRef],
    description:
      'Who funded or pledged money under the commitment (the Pledge of Long-Term Security Assistance), as `Programme.funders` does for a programme.',
    deprecationReason: 'Use fundersConnection.',
    args: { asOf: t.arg({ type: 'PartialDate', required: false, description: AS_OF }) },
    resolve: (commitment, args, context) => fundersOf(context.kg, commitment.key, { asOf: args.asOf }) ?? [],
  }),
  committedBy: t.field({
    type: [RelationRef],
    description:
      'Each COMMITS_TO relation into the commitment: who committed (`from`) and to what target (`quantity`, with its target year).',
    resolve: (commitment, _args, context) =>
      (relationsOf(context.kg, commitment.key, { types: ['COMMITS_TO'], direction: 'IN' }) ?? []).map(
        (hit) => hit.relation,
      ),
  }),
  decidedBy: t.field({
    type: [EntityRef],
    description: 'The summit or group that made the commitment.',
    resolve: neighbours(['DECIDED'], 'IN'),
  }),
  parts: t.field({
    type: [EntityRef],
    description: 'The commitments it includes (at least 3.5% and up to 1.5% of GDP within the 5%).',
    resolve: neighbours(['PART_OF'], 'IN'),
  }),
}));

builder.objectFields(entityTypes.STANCE, (t) => ({
  statedBy: t.field({
    type: [EntityRef],
    description: 'Who states the position or assessment.',
    resolve: neighbours(['STATES'], 'IN'),
  }),
  concerns: t.field({
    type: [EntityRef],
    description: 'What it is about.',
    resolve: neighbours(['CONCERNS'], 'OUT'),
  }),
}));
