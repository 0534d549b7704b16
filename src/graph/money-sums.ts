import { formatMoney } from './money.js';
import type { Money } from './types.js';
import type { AmountQualifier, Currency } from './vocabulary.js';

/**
 * Adding amounts, and the one place where the qualifier of a sum is decided.
 *
 * Each qualifier is a kind of certainty: EXACT is certain, OVER and AT_LEAST are lower bounds,
 * UP_TO is an upper bound, ABOUT is an approximation. The sum of amounts is as certain as its
 * least certain part, and two different kinds of uncertainty do not make one word:
 *
 * | parts                            | sum        |
 * | -------------------------------- | ---------- |
 * | EXACT + EXACT                    | EXACT      |
 * | EXACT + q, q + q (same q)        | q          |
 * | OVER + AT_LEAST                  | OVER (a strict bound plus a bound is strict: x > a, y >= b, so x + y > a + b) |
 * | lower bound + UP_TO or ABOUT     | MIXED      |
 * | UP_TO + ABOUT                    | MIXED      |
 *
 * A MIXED sum keeps its parts: one sub-sum per kind ("EUR 35 billion + over EUR 41.2 billion +
 * up to EUR 50 million"), so nothing is rounded into a word the source never used. Amounts in
 * different currencies are never added: that is a bug in the caller, and throws.
 */

/** A qualifier of a single amount, or MIXED for a sum whose parts are uncertain in different ways. */
export type SumQualifier = AmountQualifier | 'MIXED';

export interface MoneySum {
  /** The sum of the stated values, in units of the currency. */
  value: number;
  /** Null for a single amount whose currency the source does not state. */
  currency: Currency | null;
  qualifier: SumQualifier;
  /** One sub-sum per kind of qualifier: a single part unless the sum is MIXED. */
  parts: Money[];
}

type Certainty = 'EXACT' | 'LOWER_BOUND' | 'UPPER_BOUND' | 'APPROXIMATE';

const CERTAINTY: Record<AmountQualifier, Certainty> = {
  EXACT: 'EXACT',
  OVER: 'LOWER_BOUND',
  AT_LEAST: 'LOWER_BOUND',
  UP_TO: 'UPPER_BOUND',
  ABOUT: 'APPROXIMATE',
};

/** The order parts of a MIXED sum are listed in. */
const PART_ORDER: readonly Certainty[] = ['EXACT', 'LOWER_BOUND', 'APPROXIMATE', 'UPPER_BOUND'];

/** The qualifier of `a + b`, by the table above. Commutative and associative; EXACT is neutral. */
export function combineQualifiers(a: SumQualifier, b: SumQualifier): SumQualifier {
  if (a === 'MIXED' || b === 'MIXED') return 'MIXED';
  if (a === 'EXACT') return b;
  if (b === 'EXACT' || a === b) return a;
  if (CERTAINTY[a] === 'LOWER_BOUND' && CERTAINTY[b] === 'LOWER_BOUND') return 'OVER';
  return 'MIXED';
}

function addSameKind(currency: Currency | null, amounts: readonly Money[]): Money {
  let value = 0;
  let qualifier: SumQualifier = 'EXACT';
  for (const amount of amounts) {
    value += amount.value;
    qualifier = combineQualifiers(qualifier, amount.qualifier);
  }
  // Amounts of one kind of certainty never combine to MIXED.
  return { value, currency, qualifier: qualifier as AmountQualifier };
}

/**
 * Adds amounts of one currency. An empty list sums to an EXACT zero. Throws when an amount is
 * in another currency (converting is never this service's business), and when asked to add an
 * amount whose currency the source does not state (currency null) to anything: such an amount
 * is only ever "summed" alone.
 */
export function sumMoney(currency: Currency | null, amounts: readonly Money[]): MoneySum {
  const wrong = amounts.find((amount) => amount.currency !== currency);
  if (wrong)
    throw new Error(
      `Refusing to add ${wrong.currency ?? 'an amount in no stated currency'} to ${currency ?? 'an amount in no stated currency'}: totals are per currency`,
    );
  if (currency === null && amounts.length > 1)
    throw new Error('Refusing to add amounts whose currency the source does not state: they may differ');
  const total = addSameKind(currency, amounts);
  const qualifier = amounts.reduce<SumQualifier>(
    (acc, amount) => combineQualifiers(acc, amount.qualifier),
    'EXACT',
  );
  if (qualifier !== 'MIXED')
    return { value: total.value, currency, qualifier, parts: [{ ...total, qualifier }] };
  const parts = PART_ORDER.map((certainty) =>
    amounts.filter((amount) => CERTAINTY[amount.qualifier] === certainty),
  )
    .filter((group) => group.length > 0)
    .map((group) => addSameKind(currency, group));
  return { value: total.value, currency, qualifier, parts };
}

/** "over USD 4 billion", or for a MIXED sum its parts: "EUR 35 billion + up to EUR 50 million". */
export function formatMoneySum(sum: MoneySum): string {
  return sum.parts.map(formatMoney).join(' + ');
}
