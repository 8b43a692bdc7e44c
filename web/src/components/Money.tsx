import { formatMoney } from '../money/format-money.ts';

/** An amount exactly as the server sent it (minor units as a decimal string), formatted for the reader. */
export function Money({ amount, currency }: { amount: string; currency: string }) {
  return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatMoney(amount, currency)}</span>;
}
