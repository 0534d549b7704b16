import { builder } from './builder.js';
import { CitationRef, EntityRef, FundingRef, MoneyRef, RelationRef } from './refs.js';
import { FundingCreditEnum, FundingShareEnum, FundingStageEnum, SumKindEnum } from './funding-stages.js';
import { KnownFromRef } from './known-from.js';
import type { FundingShareAmount } from '../graph/funding.js';

const FundingShareAmountRef = builder.objectRef<FundingShareAmount>('FundingShareAmount').implement({
  description: "A funder's share of a package, as the source states the split.",
  fields: (t) => ({
    share: t.expose('share', { type: FundingShareEnum, description: 'Whose amount this is.' }),
    amount: t.expose('amount', {
      type: MoneyRef,
      description: "The share's amount: the package's amount divided as the source says, with its qualifier.",
    }),
    of: t.exposeInt('of', { description: 'How many funders the amount is divided between.' }),
  }),
});

FundingRef.implement({
  description:
    "One funder's part in funding a programme or package. A jointly funded package shows its whole amount on each funder's record (never a share, unless the source states one: `share`) and lists the others in `cofunders`. A record credited VIA_GROUP is a group's money seen from a member: the group's whole amount, shared with `sharedWith`, never the member's own.",
  fields: (t) => ({
    funder: t.expose('funder', { type: EntityRef, description: 'Who gave or pledged the money.' }),
    recipient: t.expose('recipient', {
      type: EntityRef,
      description: 'The programme (or package) the money goes to.',
    }),
    via: t.expose('via', {
      type: EntityRef,
      nullable: true,
      description: 'The package the money went through, if any.',
    }),
    amount: t.expose('amount', {
      type: MoneyRef,
      nullable: true,
      description:
        "The package's whole amount, or the sum the source states; null where the source gives none. For VIA_GROUP, the group's whole amount.",
    }),
    statedEquivalent: t.expose('statedEquivalent', {
      type: MoneyRef,
      nullable: true,
      description: 'A conversion the source itself states; never computed.',
    }),
    date: t.expose('date', { type: 'PartialDate', nullable: true, description: 'When; null when undated.' }),
    period: t.expose('period', {
      type: 'PartialDate',
      nullable: true,
      description:
        'The period the money is for ("in 2024", "for 2026"), where the source gives one: not the date.',
    }),
    cofunders: t.expose('cofunders', {
      type: [EntityRef],
      description: 'The other funders of the same package.',
    }),
    jointly: t.boolean({
      description:
        'True when the source names other funders of the same package beside the group or country it credits (`cofunders` is not empty). A group credited alone is one funder: false, even for a package the source calls joint (the Nordic and Baltic Allies\' "joint $500m PURL package"), whose members take part VIA_GROUP (`sharedWith`).',
      resolve: (record) => record.cofunders.length > 0,
    }),
    stage: t.expose('stage', {
      type: FundingStageEnum,
      description: "The stage the source's verb puts the money at: announced, pledged or provided.",
    }),
    sumKind: t.expose('sumKind', {
      type: SumKindEnum,
      nullable: true,
      description:
        'What the amount is (a discrete sum, a running or period total, a target); null without an amount.',
    }),
    pledged: t.exposeBoolean('pledged', {
      description: 'True for money announced or pledged, not yet provided.',
      deprecationReason: 'Use `stage`, which tells announced from pledged money.',
    }),
    credit: t.expose('credit', {
      type: FundingCreditEnum,
      description: 'How `funder` takes part: its own money, jointly with named co-funders, or via a group.',
    }),
    viaGroup: t.expose('viaGroup', {
      type: EntityRef,
      nullable: true,
      description: 'For VIA_GROUP: the group the source credits with the money.',
    }),
    sharedWith: t.expose('sharedWith', {
      type: [EntityRef],
      description: "For VIA_GROUP: the group's other members, with whom the whole amount is shared.",
    }),
    share: t.expose('share', {
      type: FundingShareAmountRef,
      nullable: true,
      description:
        "The funder's share of the package, where the source states the split (UNITE's first round: equally).",
    }),
    knownFrom: t.expose('knownFrom', {
      type: KnownFromRef,
      nullable: true,
      description:
        'When the record could first have been known: the latest bound of the relations it rests on.',
    }),
    citations: t.expose('citations', { type: [CitationRef], description: 'Where the source says so.' }),
    relations: t.expose('relations', {
      type: [RelationRef],
      description: 'The relations this record rests on.',
    }),
  }),
});
