import { builder, connectionCost } from './builder.js';
import { EntityRef, FundingRef, MoneyRef } from './refs.js';
import { entityTypes, neighbours } from './entity.js';
import { arrayConnection, type Counted } from './paging.js';
import { fundersOf, packageDetails, type FundingRecord } from '../graph/funding.js';
import { getEntity } from '../graph/knowledge-graph.js';
import { AS_OF_RULE } from '../graph/known-from.js';

const AS_OF = AS_OF_RULE;
const EXPAND_GROUPS =
  "Also one record per member of each group funder: credit VIA_GROUP, the group's whole amount, shared with its other members (never a member's own).";

/** Funding records, a page at a time. */
const FundingConnection = builder.connectionObject(
  {
    type: FundingRef,
    name: 'FundingConnection',
    description: 'A page of funding records.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many records, across all pages.',
        resolve: (connection) => (connection as unknown as Counted).totalCount,
      }),
    }),
  },
  {
    name: 'FundingEdge',
    description: 'A funding record in a list.',
    nodeField: { description: 'The record.' },
  },
);

/** A funding record's stable key: the funder and the relation the record rests on (a group's, for its members). */
const recordKey = (record: FundingRecord) => `${record.funder.key} ${record.relations[0]?.key ?? ''}`;

for (const kind of ['PROGRAMME', 'PACKAGE', 'COMMITMENT'] as const) {
  builder.objectFields(entityTypes[kind], (t) => ({
    fundersConnection: t.connection(
      {
        type: FundingRef,
        description:
          'Who announced, pledged or provided money to it: directly, through a package (`via`), and for a programme to a combined fund it is part of ("CAP and related funds", named by the record\'s `recipient`), by date.',
        complexity: (args) => ({ field: 1, multiplier: connectionCost(args) }),
        args: {
          asOf: t.arg({ type: 'PartialDate', description: AS_OF }),
          expandGroups: t.arg.boolean({ defaultValue: false, description: EXPAND_GROUPS }),
        },
        resolve: (entity, args, { kg }) =>
          arrayConnection(
            fundersOf(kg, entity.key, { asOf: args.asOf, expandGroups: args.expandGroups }) ?? [],
            recordKey,
            args,
          ),
      },
      FundingConnection,
    ),
  }));
}

builder.objectFields(entityTypes.PROGRAMME, (t) => ({
  funders: t.field({
    type: [FundingRef],
    description:
      "Who announced, pledged or provided money to the programme: directly, through each of its packages (`via`), and to a combined fund it is part of (the record's `recipient`), each record with its stage. Dated records first, in date order.",
    deprecationReason: 'Use fundersConnection.',
    args: {
      asOf: t.arg({ type: 'PartialDate', required: false, description: AS_OF }),
      expandGroups: t.arg.boolean({ required: false, defaultValue: false, description: EXPAND_GROUPS }),
    },
    resolve: (programme, args, context) =>
      fundersOf(context.kg, programme.key, { asOf: args.asOf, expandGroups: args.expandGroups }) ?? [],
  }),
  packages: t.field({
    type: [entityTypes.PACKAGE],
    description: 'The funding packages delivered under this programme.',
    resolve: neighbours(['PACKAGE_OF'], 'IN'),
  }),
  basedIn: t.field({
    type: [EntityRef],
    description: 'Where the programme is based.',
    resolve: neighbours(['BASED_IN'], 'OUT'),
  }),
  coordinatedBy: t.field({
    type: [EntityRef],
    description: 'Who coordinates or runs it.',
    resolve: neighbours(['COORDINATES', 'RUNS'], 'IN'),
  }),
}));

builder.objectFields(entityTypes.PACKAGE, (t) => ({
  funders: t.field({
    type: [FundingRef],
    description: 'Each funder of the package, with its whole amount and date.',
    deprecationReason: 'Use fundersConnection.',
    args: {
      asOf: t.arg({ type: 'PartialDate', required: false, description: AS_OF }),
      expandGroups: t.arg.boolean({ required: false, defaultValue: false, description: EXPAND_GROUPS }),
    },
    resolve: (pkg, args, context) =>
      fundersOf(context.kg, pkg.key, { asOf: args.asOf, expandGroups: args.expandGroups }) ?? [],
  }),
  amount: t.field({
    type: MoneyRef,
    nullable: true,
    description: "The package's amount; null where the source does not state it.",
    resolve: (pkg, _args, context) => packageDetails(context.kg, pkg.key)?.amount ?? null,
  }),
  programme: t.field({
    type: entityTypes.PROGRAMME,
    nullable: true,
    description: 'The programme it is delivered under.',
    resolve: (pkg, _args, context) => {
      const link = packageDetails(context.kg, pkg.key);
      return link ? getEntity(context.kg, link.to) : null;
    },
  }),
}));
