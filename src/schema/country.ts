import { builder } from './builder.js';
import { EntityRef, FundingRef, RelationRef } from './refs.js';
import { entityTypes, neighbours } from './entity.js';
import { contributionsOf } from '../graph/funding.js';
import { membershipOf, neighboursOf } from '../graph/relations.js';

const NATO_KEY = 'nato';

for (const kind of ['COUNTRY', 'GROUP', 'ORGANISATION'] as const) {
  builder.objectFields(entityTypes[kind], (t) => ({
    contributions: t.field({
      type: [FundingRef],
      description: 'What this funded or pledged, each record with its amount, date, package and quotes.',
      resolve: (entity, _args, context) => contributionsOf(context.kg, entity.key) ?? [],
    }),
    memberOf: t.field({
      type: [EntityRef],
      description: 'Organisations and groups this is a member of.',
      resolve: neighbours(['MEMBER_OF'], 'OUT'),
    }),
  }));
}

builder.objectFields(entityTypes.COUNTRY, (t) => ({
  natoMembership: t.field({
    type: RelationRef,
    nullable: true,
    description: 'The cited MEMBER_OF relation to NATO, dated with the accession; null for a non-member.',
    resolve: (country, _args, context) => membershipOf(context.kg, country.key, NATO_KEY),
  }),
  isNatoMember: t.boolean({
    description: 'True for the 32 Allies.',
    resolve: (country, _args, context) => membershipOf(context.kg, country.key, NATO_KEY) !== null,
  }),
}));

for (const kind of ['GROUP', 'ORGANISATION'] as const) {
  builder.objectFields(entityTypes[kind], (t) => ({
    members: t.field({
      type: [EntityRef],
      description: 'Members, in name order.',
      resolve: (group, _args, context) =>
        neighboursOf(context.kg, group.key, ['MEMBER_OF'], 'IN').sort((a, b) => a.name.localeCompare(b.name)),
    }),
  }));
}
