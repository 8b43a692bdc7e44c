import { Text } from '@mantine/core';
import type { Schemas } from '@ziba/api-client';
import type { Column } from '../components/DataTable.tsx';
import { TestModeBadge } from '../components/TestModeBadge.tsx';
import { paymentWords } from '../pages/trips/trip-words.ts';
import { tripName } from './settlements/settlement-words.ts';

type TripFacts = Pick<Schemas['Trip'], 'id' | 'serviceType' | 'paymentMethod' | 'holdState' | 'status' | 'mode'>;

/** An admin list's Trip column: the trip as a busy admin names it, how it is paid, and a badge for test money. */
export const tripColumn = <T extends TripFacts>(): Column<T> => ({
  header: 'Trip',
  nowrap: true,
  cell: (t) => (
    <>
      <Text size="sm">{tripName(t)}</Text>
      <Text size="xs" c="dimmed">
        {paymentWords(t)}
      </Text>
      <TestModeBadge mode={t.mode} />
    </>
  ),
});
