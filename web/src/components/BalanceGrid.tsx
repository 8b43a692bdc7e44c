import { Paper, SimpleGrid, Text } from '@mantine/core';
import { Money } from './Money.tsx';

export interface Balance {
  label: string;
  amount: string;
  hint?: string;
}

/** The wallet's balances as the server computed them; the UI adds nothing up. */
export function BalanceGrid({ balances, currency }: { balances: Balance[]; currency: string }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: balances.length > 3 ? 3 : balances.length }} spacing="sm">
      {balances.map((b) => (
        <Paper key={b.label} withBorder p="md" role="group" aria-label={b.label}>
          <Text size="sm" c="dimmed">
            {b.label}
          </Text>
          <Text fw={700} size="xl">
            <Money amount={b.amount} currency={currency} />
          </Text>
          {b.hint && (
            <Text size="xs" c="dimmed">
              {b.hint}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
