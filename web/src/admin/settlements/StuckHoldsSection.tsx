import { Button, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { AttemptKeys } from '../../api/attempt-keys.ts';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { OptionalMoney } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { TestModeBadge } from '../../components/TestModeBadge.tsx';
import { TripStatusBadge } from '../../pages/trips/TripStatusBadge.tsx';
import { age } from '../age.ts';
import { PersonCell } from '../PersonCell.tsx';
import { ReasonDialog } from '../ReasonDialog.tsx';
import { tripName } from './settlement-words.ts';

type Hold = Schemas['StuckHold'];

/**
 * Fare holds open past a day that automatic recovery cannot decide on (a completed trip nobody
 * settled, a trip whose end is unknown). The admin checks what happened: a trip that took place is
 * settled from the queue above; one that did not has its fare given back to the customer, with the
 * reason for the audit trail.
 */
export function StuckHoldsSection({ countryCode, mode, mayDecide }: { countryCode?: string; mode?: 'test'; mayDecide: boolean }) {
  const holds = useQuery({
    queryKey: ['stuck-holds', countryCode, mode],
    queryFn: () => read(api.GET('/api/admin/holds/stuck', { params: { query: { countryCode, mode } } })),
  });
  const [giving, setGiving] = useState<Hold | null>(null);
  // One key per release asked: a retry of one whose answer was lost (same trip, same reason) goes under the same key and is released once.
  const [keys] = useState(() => new AttemptKeys());
  const queryClient = useQueryClient();
  const columns: Column<Hold>[] = [
    {
      header: 'Trip',
      nowrap: true,
      cell: (h) => (
        <>
          <Text size="sm">{tripName({ id: h.tripId, serviceType: h.serviceType })}</Text>
          <TestModeBadge mode={h.mode} />
        </>
      ),
    },
    { header: 'Status', cell: (h) => <TripStatusBadge status={h.status} kind={h.serviceType} /> },
    { header: 'Customer', cell: (h) => <PersonCell kind="RIDER" id={h.riderId} email={h.riderEmail} /> },
    { header: 'Driver', cell: (h) => (h.driverId ? <PersonCell kind="DRIVER" id={h.driverId} email={h.driverEmail} /> : 'none') },
    moneyColumn('Held', (h) => h.amount),
    { header: 'Age', nowrap: true, cell: (h) => (h.openedAt ? age(h.openedAt) : '—') },
  ];
  if (mayDecide)
    columns.push({
      header: '',
      cell: (h) => (
        <Button
          size="xs"
          color="red"
          variant="light"
          aria-label={`Give back the fare of ${tripName({ id: h.tripId, serviceType: h.serviceType })}`}
          onClick={() => setGiving(h)}
        >
          Give back
        </Button>
      ),
    });
  return (
    <Section title="Holds recovery cannot decide">
      <Text size="sm" c="dimmed" mb="sm">
        Fares held for more than a day on trips whose end the system cannot tell. If the trip took place, settle it above; if it did not, give the fare back to
        the customer.
      </Text>
      <QueryState query={holds}>
        {(h) => (
          <DataTable
            label="Stuck fare holds"
            minWidth={760}
            columns={columns}
            rows={h.holds}
            rowKey={(x) => x.holdId}
            empty="No fare hold is waiting for a decision."
          />
        )}
      </QueryState>
      {giving && (
        <ReasonDialog
          title={`Give back the fare of ${tripName({ id: giving.tripId, serviceType: giving.serviceType })}?`}
          summary={
            <>
              <OptionalMoney money={giving.amount} /> held for {giving.riderEmail ?? 'the customer'} returns to their available balance, and the trip can no
              longer be settled. Your reason goes to the audit trail.
            </>
          }
          unknownOutcome="The fare may have been given back: close this and look at the list. Giving it back again with the same reason is safe: it is released once."
          confirm="Give back"
          danger
          reasonRequired
          minLength={3}
          label="Reason (what you checked)"
          onClose={() => setGiving(null)}
          send={(reason) =>
            keys.attempt(`${giving.tripId} ${reason}`, (key) =>
              read(
                api.POST('/api/admin/holds/{tripId}/release', {
                  params: { path: { tripId: giving.tripId }, header: { 'idempotency-key': key } },
                  body: { reason },
                }),
              ),
            )
          }
          onDone={async () => {
            setGiving(null);
            await queryClient.invalidateQueries({ queryKey: ['stuck-holds'] });
            await queryClient.invalidateQueries({ queryKey: ['unsettled-trips'] });
          }}
        />
      )}
    </Section>
  );
}
