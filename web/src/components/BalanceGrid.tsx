import { Paper, SimpleGrid, Text } from '@mantine/core';
import { Money } from './Money.tsx';

export interface Balance {
  label: string;
  amount: string;
  hint?: string;
}

/**
 * A figure's size follows its box (container query units): on a phone's half-width box a balance in the
 * millions shrinks to fit rather than being cut off or pushing the page sideways; wider up it stays xl.
 */
const FIGURE_SIZE = 'clamp(var(--mantine-font-size-sm), 10.5cqi, var(--mantine-font-size-xl))';

/** The wallet's balances as the server computed them; the UI adds nothing up. */
export function BalanceGrid({ balances, currency }: { balances: Balance[]; currency: string }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: balances.length > 3 ? 3 : balances.length }} spacing="sm">
      {balances.map((b) => (
        <Paper key={b.label} withBorder p={{ base: 'sm', sm: 'md' }} role="group" aria-label={b.label} miw={0} style={{ containerType: 'inline-size' }}>
          <Text size="sm" c="dimmed">
            {b.label}
          </Text>
          <Text fw={700} fz={FIGURE_SIZE}>
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
