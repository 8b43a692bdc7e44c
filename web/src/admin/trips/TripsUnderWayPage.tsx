import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import type { Schemas } from '@ziba/api-client';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { ConfirmMoneyDialog } from '../../components/ConfirmMoneyDialog.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { Money } from '../../components/Money.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { AttemptFailedAlert } from '../../components/ProblemAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { TestModeBadge } from '../../components/TestModeBadge.tsx';
import { paymentWords } from '../../pages/trips/trip-words.ts';
import { TripStatusBadge } from '../../pages/trips/TripStatusBadge.tsx';
import { age } from '../age.ts';
import { CountrySelect } from '../CountrySelect.tsx';
import { SERVICE_CHOICES } from '../earnings/earnings-search.ts';
import { FilterBar } from '../FilterBar.tsx';
import { FilterSelect } from '../FilterSelect.tsx';
import { ModeSelect } from '../ModeSelect.tsx';
import { usePermission } from '../permissions.ts';
import { PersonCell } from '../PersonCell.tsx';
import { tripName } from '../settlements/settlement-words.ts';
import { useTripAction } from '../use-trip-action.ts';
import { useUrlFilters } from '../use-url-filters.ts';
import { cancelledWords, cancelNote, fareOnHold } from './cancel-words.ts';

type Trip = Schemas['TripUnderWay'];

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
  // Read again after a failure too: a trip that moved on (or a cancel that went through after all) shows as it is.
  const cancel = useTripAction<Trip, Schemas['Trip']>(
    (kind, tripId, header) =>
      kind === 'FOOD'
        ? read(api.POST('/api/food-orders/{orderId}/cancel', { params: { header, path: { orderId: tripId } }, body: {} }))
        : read(api.POST('/api/trips/{tripId}/cancel', { params: { header, path: { tripId } }, body: {} })),
    [['trips-under-way'], ['stuck-holds']],
  );
  const { asked, sent, answer: cancelled } = cancel;
  const columns: Column<Trip>[] = [
    {
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
    },
    { header: 'Status', cell: (t) => <TripStatusBadge status={t.status} kind={t.serviceType} /> },
    { header: 'Customer', cell: (t) => <PersonCell kind="RIDER" id={t.riderId} email={t.riderEmail} /> },
    {
      header: 'Driver',
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
          <Button size="xs" color="red" variant="light" aria-label={`Cancel ${tripName(t)}`} onClick={() => cancel.ask(t)}>
            Cancel
          </Button>
        ) : (
          // A food order its driver has picked up: only its delivery ends it.
          <Text size="xs" c="dimmed">
            With its driver
          </Text>
        ),
    });
  return (
    <Stack>
      <Title order={2}>Trips under way</Title>
      <Text c="dimmed" size="sm">
        Rides, parcels and food orders that have not ended: waiting for a driver, or on the road. The longest waiting come first. Cancel one that cannot go
        ahead (its driver has vanished, the goods cannot be delivered): any fare on hold goes back to the customer at once. A ride can be cancelled until it is
        completed, a parcel until it is delivered, a food order until its driver picks it up.
      </Text>
      {!mayCancel && <Text c="dimmed">Cancelling a trip needs the MANAGE_PAYOUTS permission.</Text>}
      <FilterBar>
        <CountrySelect value={search.countryCode} onChange={(countryCode) => filter({ countryCode })} />
        <FilterSelect label="Service" data={SERVICE_CHOICES} value={search.kind} onChange={(kind) => filter({ kind })} w={120} />
        <ModeSelect value={search.mode} onChange={(mode) => filter({ mode: mode === 'test' ? 'test' : undefined })} />
      </FilterBar>
      {cancel.mutation.isError && sent && (
        <AttemptFailedAlert
          error={cancel.mutation.error}
          refused={`${tripName(sent)} was not cancelled`}
          unknown={`No answer about ${tripName(sent)}`}
          check="It may have been cancelled: look for it in the list. Cancelling it again now is safe: the repeat goes under the same key, and it is cancelled once."
        />
      )}
      {cancelled && sent && (
        <Alert
          ref={cancel.status}
          color="teal"
          title={`${tripName(sent)} cancelled`}
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={cancel.dismiss}
        >
          {cancelledWords(cancelled)}
        </Alert>
      )}
      <Section title="Not yet ended">
        <PagedTable
          list={trips}
          label="Trips under way"
          minWidth={980}
          columns={columns}
          rowKey={(t) => t.id}
          empty="No ride, parcel or food order is under way."
        />
      </Section>
      <ConfirmMoneyDialog
        opened={asked !== null}
        title="Cancel this trip?"
        question={
          asked &&
          (fareOnHold(asked) && asked.fare ? (
            <>
              Cancel {tripName(asked)} and give <Money amount={asked.fare.amount} currency={asked.fare.currency} /> on hold back to the customer?
            </>
          ) : (
            `Cancel ${tripName(asked)}?`
          ))
        }
        note={asked ? cancelNote(asked) : ''}
        action="Cancel trip"
        dismiss="Keep it"
        danger
        pending={cancel.mutation.isPending}
        onConfirm={cancel.confirm}
        onClose={cancel.close}
      />
    </Stack>
  );
}
