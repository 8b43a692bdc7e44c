import { formatMoney } from '../money/format-money.ts';

/** An amount exactly as the server sent it (minor units as a decimal string), formatted for the reader. */
export function Money({ amount, currency }: { amount: string; currency: string }) {
  return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatMoney(amount, currency)}</span>;
}

/** An amount the server may leave out (null when there is none), shown as a dash then. */
export function OptionalMoney({ money }: { money: { amount: string | null; currency: string } | null | undefined }) {
  return money && money.amount !== null ? <Money amount={money.amount} currency={money.currency} /> : <>—</>;
}

/** A ledger line's amount with the way it went: + for a credit, − for a debit. */
export function SignedMoney({ line }: { line: { direction: 'credit' | 'debit'; amount: string; currency: string } }) {
  // The sign stays on the amount's line in a narrow column.
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {line.direction === 'credit' ? '+' : '−'}
      <Money amount={line.amount} currency={line.currency} />
    </span>
  );
}
