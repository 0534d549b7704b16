import { builder, connectionCost } from './builder.js';
import { EntityRef, FundingRef, RelationRef } from './refs.js';
import { EntityConnection, entityTypes, neighbours } from './entity.js';
import { arrayConnection } from './paging.js';
import { contributionsOf } from '../graph/funding.js';
import { membershipOf, neighboursOf } from '../graph/relations.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { AS_OF_RULE } from '../graph/known-from.js';

const NATO_KEY = 'nato';

/** The members of a group or organisation, in name order. */
const membersOf = (kg: KnowledgeGraph, key: string) =>
  neighboursOf(kg, key, ['MEMBER_OF'], 'IN').sort((a, b) => a.name.localeCompare(b.name));

for (const kind of ['COUNTRY', 'GROUP', 'ORGANISATION'] as const) {
  builder.objectFields(entityTypes[kind], (t) => ({
    contributions: t.field({
      type: [FundingRef],
      description:
        "What this announced, pledged or provided, each record with its stage, amount, date, package and quotes. With `expandGroups`, also what each group it belongs to funded, as separate VIA_GROUP records: the group's whole amount, shared with the group's other members, never this one's own.",
      args: {
        asOf: t.arg({
          type: 'PartialDate',
          required: false,
          description: AS_OF_RULE,
        }),
        expandGroups: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: 'Also the money of the groups this belongs to, as VIA_GROUP records.',
        }),
      },
      resolve: (entity, args, context) =>
        contributionsOf(context.kg, entity.key, { asOf: args.asOf, expandGroups: args.expandGroups }) ?? [],
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
    membersConnection: t.connection(
      {
        type: EntityRef,
        description: 'Members, in name order.',
        complexity: (args) => ({ field: 1, multiplier: connectionCost(args) }),
        resolve: (group, args, { kg }) =>
          arrayConnection(membersOf(kg, group.key), (member) => member.key, args),
      },
      EntityConnection,
    ),
    members: t.field({
      type: [EntityRef],
      description: 'Members, in name order.',
      deprecationReason: 'Use membersConnection.',
      resolve: (group, _args, { kg }) => membersOf(kg, group.key),
    }),
  }));
}
