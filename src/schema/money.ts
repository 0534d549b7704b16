import { MoneyRef } from './refs.js';
import { AmountQualifierEnum, CurrencyEnum } from './vocabulary.js';
import { formatMoney } from '../graph/money.js';

MoneyRef.implement({
  description: 'An amount as the source states it. Never converted: see `statedEquivalent` on relations.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'In units of the currency: USD 4 billion is 4000000000.' }),
    currency: t.expose('currency', {
      type: CurrencyEnum,
      nullable: true,
      description:
        'ISO 4217 code; null where the source names no currency ("over 4 billion"): it is never inferred. The one reading made: "$" in the PURL headlines ("$500 million PURL package") is USD, the currency the page prices PURL\'s US equipment in ("USD 4 billion of military equipment sourced from the US via PURL"); the citations keep the source\'s own "$".',
    }),
    currencyStated: t.boolean({
      description: 'False where the source names no currency for the amount.',
      resolve: (money) => money.currency !== null,
    }),
    qualifier: t.expose('qualifier', {
      type: AmountQualifierEnum,
      description: 'How the source qualifies it.',
    }),
    text: t.string({
      description:
        'The amount in words, as a reader would write it: "over EUR 1.2 billion"; "over 4 billion (currency not stated)" where the source names none.',
      resolve: (money) => formatMoney(money),
    }),
  }),
});
