import { CitationRef, EntityRef, FundingRef, MoneyRef } from './refs.js';
import { RelationRef } from './refs.js';

FundingRef.implement({
  description:
    "One funder's part in funding a programme or package. A jointly funded package shows its whole amount on each funder's record (never a share) and lists the others in `cofunders`.",
  fields: (t) => ({
    funder: t.expose('funder', { type: EntityRef }),
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
        "The package's whole amount, or the sum the source states; null where the source gives none.",
    }),
    statedEquivalent: t.expose('statedEquivalent', {
      type: MoneyRef,
      nullable: true,
      description: 'A conversion the source itself states; never computed.',
    }),
    date: t.exposeString('date', { nullable: true }),
    cofunders: t.expose('cofunders', {
      type: [EntityRef],
      description: 'The other funders of the same package.',
    }),
    jointly: t.boolean({
      description: 'True when the package had more than one funder.',
      resolve: (record) => record.cofunders.length > 0,
    }),
    pledged: t.exposeBoolean('pledged', {
      description: 'True for a promise (PLEDGES), false for money provided or committed (FUNDS).',
    }),
    citations: t.expose('citations', { type: [CitationRef] }),
    relations: t.expose('relations', {
      type: [RelationRef],
      description: 'The relations this record rests on.',
    }),
  }),
});
