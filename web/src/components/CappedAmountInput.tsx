import { TextInput } from '@mantine/core';
import { amountInputProblem, parseAmountInput } from '../money/format-money.ts';
import { Money } from './Money.tsx';

/**
 * An amount typed as a decimal, with what is wrong with it said on the field: more than the cap the
 * server gave (the owed commission, the available balance), or not an amount of this currency. The
 * form compares and parses for itself (it needs the minor units); this only says it.
 */
export function CappedAmountInput({
  label,
  text,
  onText,
  currency,
  cap,
  over,
}: {
  label: string;
  text: string;
  onText: (text: string) => void;
  currency: string;
  /** The server's figure it may not exceed, and what that figure is ("owed", "available"). */
  cap: { amount: string; what: string };
  over: boolean;
}) {
  return (
    <TextInput
      label={label}
      inputMode="decimal"
      value={text}
      onChange={(e) => onText(e.currentTarget.value)}
      error={
        over ? (
          <>
            That is more than the <Money amount={cap.amount} currency={currency} /> {cap.what}
          </>
        ) : text && parseAmountInput(text, currency) === null ? (
          amountInputProblem(text, currency)
        ) : undefined
      }
    />
  );
}
