import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { parseAmountInput, toDecimalString } from '../../money/format-money.ts';
import { COUNTRY_CURRENCY, isCountry } from '../countries.ts';
import type { WalletSearch } from './wallet-search.ts';
import { SubmitForm } from '../../components/SubmitForm.tsx';

/** Minor units of a bound as typed: empty is no bound, "0" is zero. */
const bound = (text: string, currency: string): string | undefined | null =>
  !text.trim() ? undefined : parseAmountInput(text, currency, { zeroAllowed: true });

/** Available balance from/to, in the chosen country's currency (wallets of different currencies cannot share a range). */
export function BalanceRange({ search, onApply }: { search: WalletSearch; onApply: (change: Partial<WalletSearch>) => void }) {
  const currency = isCountry(search.country) ? COUNTRY_CURRENCY[search.country] : null;
  const shown = (minor: string | undefined) => (minor && currency ? toDecimalString(minor, currency) : '');
  const [from, setFrom] = useState(shown(search.minAvailable));
  const [to, setTo] = useState(shown(search.maxAvailable));
  const min = currency ? bound(from, currency) : undefined;
  const max = currency ? bound(to, currency) : undefined;
  // A range that ends below its start matches nothing: said on the field rather than as an empty list.
  const inverted = typeof min === 'string' && typeof max === 'string' && BigInt(max) < BigInt(min);
  const hint = currency ? undefined : 'choose a country first';
  return (
    <SubmitForm
      onSubmit={() => {
        if (min !== null && max !== null && !inverted) onApply({ minAvailable: min, maxAvailable: max });
      }}
    >
      <Group gap="sm" align="flex-end">
        <TextInput
          label={`Available from${currency ? ` (${currency})` : ''}`}
          description={hint}
          disabled={!currency}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          error={min === null ? 'not an amount' : undefined}
          inputMode="decimal"
          w={170}
        />
        <TextInput
          label={`Available to${currency ? ` (${currency})` : ''}`}
          description={hint}
          disabled={!currency}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={max === null ? 'not an amount' : inverted ? 'less than “from”' : undefined}
          inputMode="decimal"
          w={170}
        />
        <Button type="submit" variant="default" disabled={!currency || min === null || max === null || inverted}>
          Apply range
        </Button>
      </Group>
    </SubmitForm>
  );
}
