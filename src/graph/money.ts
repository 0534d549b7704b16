import type { Money } from './types.js';
import type { AmountQualifier } from './vocabulary.js';

/** The word before an amount for each qualifier, with its trailing space (none for EXACT). */
export const QUALIFIER_WORDS: Record<AmountQualifier, string> = {
  EXACT: '',
  OVER: 'over ',
  AT_LEAST: 'at least ',
  UP_TO: 'up to ',
  ABOUT: 'about ',
};

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** What an amount reads when the source names no currency: the number, and a note that says so. */
export const UNSTATED_CURRENCY_NOTE = '(currency not stated)';

/**
 * "over EUR 1.2 billion": an amount in the words a reader expects, from its parts. Where the
 * source names no currency, none is supplied: "over 4 billion (currency not stated)".
 */
export function formatMoney(money: Money): string {
  const scale = SCALES.find(([size]) => Math.abs(money.value) >= size);
  const number = scale
    ? `${Number((money.value / scale[0]).toFixed(3))} ${scale[1]}`
    : money.value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  if (money.currency === null)
    return `${QUALIFIER_WORDS[money.qualifier]}${number} ${UNSTATED_CURRENCY_NOTE}`;
  return `${QUALIFIER_WORDS[money.qualifier]}${money.currency} ${number}`;
}
