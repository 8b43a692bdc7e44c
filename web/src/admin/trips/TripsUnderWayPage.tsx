import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useRef, useState } from 'react';
import { AttemptKeys } from '../../api/attempt-keys.ts';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import type { Column } from '../../components/DataTable.tsx';
import { Money } from '../../components/Money.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { Section } from '../../components/Section.tsx';
import { kindWord } from '../../pages/trips/trip-words.ts';
import { TripStatusBadge } from '../../pages/trips/TripStatusBadge.tsx';
import { age } from '../age.ts';
import { CountrySelect } from '../CountrySelect.tsx';
import { SERVICE_CHOICES } from '../earnings/earnings-search.ts';
import { FilterBar } from '../FilterBar.tsx';
import { FilterSelect } from '../FilterSelect.tsx';
import { ModeSelect } from '../ModeSelect.tsx';
import { usePermission } from '../permissions.ts';
import { PersonCell } from '../PersonCell.tsx';
import { ReasonDialog } from '../ReasonDialog.tsx';
import { tripName } from '../settlements/settlement-words.ts';
import { tripColumn } from '../trip-column.tsx';
import { useUrlFilters } from '../use-url-filters.ts';
import { cancelledWords, cancelNote, fareOnHold, nothingHeldWords } from './cancel-words.ts';

type Trip = Schemas['TripUnderWay'];

/** "Ride 1a2b3c4d" in the middle of a sentence. */
const lowerFirst = (words: string) => `${words.charAt(0).toLowerCase()}${words.slice(1)}`;

/** When the trip last moved: its latest step, else when it was requested. */
const lastStepAt = (t: Trip) => t.transitions.at(-1)?.at ?? t.createdAt;

/**
 * Support's view of the rides, parcels and food orders that have not ended, the longest waiting
 * first: a trip whose driver vanished, or a parcel that cannot be delivered, is cancelled from here
 * and any fare on hold goes back to the customer. Which trips an admin may still cancel is the
 * server's word (each trip's next actions); the cancel itself needs MANAGE_PAYOUTS.
 */
export function TripsUnderWayPage() {
  const { search, filter } = useUrlFilters('/admin/trips');
  const mayCancel = usePermission('MANAGE_PAYOUTS');
  const trips = usePagedList(
    ['trips-under-way', search.countryCode, search.kind, search.mode],
    (paging) =>
      read(api.GET('/api/admin/trips/under-way', { params: { query: { countryCode: search.countryCode, kind: search.kind, mode: search.mode, ...paging } } })),
    (page) => page.trips,
    50,
    // Trips move on all the time: the list is read again while it is open.
    30_000,
  );
  // The trip the dialog asks about, and what the last cancel answered (the line that says it takes the focus: the row and its button are gone).
  const [asked, setAsked] = useState<Trip | null>(null);
  const [cancelled, setCancelled] = useState<{ trip: Trip; answer: Schemas['Trip'] } | null>(null);
  const status = useRef<HTMLDivElement>(null);
  // One key per cancel asked: a retry of one whose answer was lost (same trip, same reason) goes under the same key and cancels once.
  const [keys] = useState(() => new AttemptKeys());
  const queryClient = useQueryClient();
  const readAgain = async () => {
    await queryClient.invalidateQueries({ queryKey: ['trips-under-way'] });
    await queryClient.invalidateQueries({ queryKey: ['stuck-holds'] });
  };
  const send = (t: Trip, reason: string) =>
    keys.attempt(`${t.id} ${reason}`, (key) => {
      const header = { 'idempotency-key': key };
      return t.serviceType === 'FOOD'
        ? read(api.POST('/api/food-orders/{orderId}/cancel', { params: { header, path: { orderId: t.id } }, body: { reason } }))
        : read(api.POST('/api/trips/{tripId}/cancel', { params: { header, path: { tripId: t.id } }, body: { reason } }));
    });
  const columns: Column<Trip>[] = [
    tripColumn<Trip>(),
    { header: 'Status', cell: (t) => <TripStatusBadge status={t.status} kind={t.serviceType} /> },
    { header: 'Customer', cell: (t) => <PersonCell kind="RIDER" id={t.riderId} email={t.riderEmail} /> },
    {
      header: 'Driver / restaurant',
      cell: (t) => (
        <>
          {t.restaurantId && <PersonCell kind="RESTAURANT" id={t.restaurantId} email={t.restaurantEmail} />}
          {t.driverId ? <PersonCell kind="DRIVER" id={t.driverId} email={t.driverEmail} /> : <Text size="sm">None yet</Text>}
        </>
      ),
    },
    { header: 'Country', cell: (t) => t.countryCode },
    moneyColumn('Fare', (t) => t.fare),
    { header: 'Requested', nowrap: true, cell: (t) => `${age(t.createdAt)} ago` },
    { header: 'Last step', nowrap: true, cell: (t) => `${age(lastStepAt(t))} ago` },
  ];
  if (mayCancel)
    columns.push({
      header: '',
      cell: (t) =>
        t.nextActions.includes('cancel') ? (
          <Button
            size="xs"
            color="red"
            variant="light"
            aria-label={`Cancel ${tripName(t)}`}
            onClick={() => {
              setCancelled(null);
              setAsked(t);
            }}
          >
            Cancel
          </Button>
        ) : null,
    });
  return (
    <Stack>
      <Title order={2}>Trips under way</Title>
      <Text c="dimmed" size="sm">
        Rides, parcels and food orders that have not ended: waiting for a driver, or on the road. The longest waiting come first. Cancel one that cannot go
        ahead (its driver has vanished, the goods cannot be delivered): any fare on hold goes back to the customer at once. Support can cancel any of them until
        it is completed or delivered.
      </Text>
      {!mayCancel && <Text c="dimmed">Cancelling a trip needs the MANAGE_PAYOUTS permission.</Text>}
      <FilterBar>
        <CountrySelect value={search.countryCode} onChange={(countryCode) => filter({ countryCode })} />
        <FilterSelect label="Service" data={SERVICE_CHOICES} value={search.kind} onChange={(kind) => filter({ kind })} w={120} />
        <ModeSelect value={search.mode} onChange={(mode) => filter({ mode: mode === 'test' ? 'test' : undefined })} />
      </FilterBar>
      {cancelled && (
        <Alert
          ref={status}
          color="teal"
          title={`${tripName(cancelled.trip)} cancelled`}
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setCancelled(null)}
        >
          {cancelled.answer.holdState === 'RELEASED' && cancelled.answer.fare ? (
            <>
              <Money amount={cancelled.answer.fare.amount} currency={cancelled.answer.fare.currency} /> on hold went back to{' '}
              {cancelled.trip.riderEmail ?? 'the customer'}’s wallet.
            </>
          ) : (
            cancelledWords(cancelled.answer)
          )}
        </Alert>
      )}
      <Section title="Not yet ended">
        <PagedTable
          list={trips}
          label="Trips under way"
          minWidth={980}
          columns={columns}
          rowKey={(t) => t.id}
          empty={search.kind ? `No ${kindWord(search.kind).toLowerCase()} is under way.` : 'No ride, parcel or food order is under way.'}
        />
      </Section>
      {asked && (
        <ReasonDialog
          title={`Cancel ${lowerFirst(tripName(asked))}?`}
          summary={
            <>
              {fareOnHold(asked) && asked.fare ? (
                <>
                  <Money amount={asked.fare.amount} currency={asked.fare.currency} /> on hold for {asked.riderEmail ?? 'the customer'} goes back to their wallet
                  at once.
                </>
              ) : (
                nothingHeldWords(asked)
              )}{' '}
              {cancelNote(asked)} Your reason goes to the audit trail.
            </>
          }
          unknownOutcome="The trip may have been cancelled: close this and look at the list. Cancelling it again with the same reason is safe: it is cancelled once."
          confirm={asked.serviceType === 'FOOD' ? 'Cancel order' : 'Cancel trip'}
          dismiss="Keep it"
          danger
          reasonRequired
          minLength={3}
          label="Reason (what happened)"
          onClose={() => setAsked(null)}
          send={async (reason) => {
            try {
              setCancelled({ trip: asked, answer: await send(asked, reason) });
            } catch (refused) {
              // The list as it is now: a trip another admin cancelled, or one that moved on, shows so behind the dialog.
              await readAgain();
              throw refused;
            }
          }}
          doneFocus={() => status.current}
          onDone={async () => {
            setAsked(null);
            await readAgain();
          }}
        />
      )}
    </Stack>
  );
}
