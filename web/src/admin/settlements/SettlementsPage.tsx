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
import { age } from '../age.ts';
import { CountrySelect } from '../CountrySelect.tsx';
import { FilterBar } from '../FilterBar.tsx';
import { ModeSelect } from '../ModeSelect.tsx';
import { usePermission } from '../permissions.ts';
import { PersonCell } from '../PersonCell.tsx';
import { useTripAction } from '../use-trip-action.ts';
import { tripColumn } from '../trip-column.tsx';
import { useUrlFilters } from '../use-url-filters.ts';
import { StuckHoldsSection } from './StuckHoldsSection.tsx';
import { doneAt, settledWords, settleNote, tripName } from './settlement-words.ts';
import { problemOf } from '../../api/queries.ts';

type Trip = Schemas['UnsettledTrip'];
type Settlement = Schemas['Settlement'];

/**
 * What waits for an admin's money decision on trips: the completed rides and delivered orders that
 * no one has settled (settlement is explicit: nobody is paid before it), and the fare holds automatic
 * recovery could not decide on. The server splits every fare; this page only asks for the settle.
 */
export function SettlementsPage() {
  const { search, filter } = useUrlFilters('/admin/settlements');
  const mayDecide = usePermission('MANAGE_PAYOUTS');
  return (
    <Stack>
      <Title order={2}>Settlements</Title>
      <Text c="dimmed" size="sm">
        A completed ride or a delivered order pays its driver (and a food order its restaurant) only once it is settled. Settling splits the fare the customer
        was quoted by the commission rule in force when the trip was completed, whenever it is settled (the rule used is recorded on the settlement): the
        earner’s share to their wallet, the commission to the platform. For a cash trip the driver already has the fare, so they owe the commission instead.
      </Text>
      {!mayDecide && <Text c="dimmed">Settling a trip or giving a hold back needs the MANAGE_PAYOUTS permission.</Text>}
      <FilterBar>
        <CountrySelect value={search.countryCode} onChange={(countryCode) => filter({ countryCode })} />
        <ModeSelect value={search.mode} onChange={(mode) => filter({ mode: mode === 'test' ? 'test' : undefined })} />
      </FilterBar>
      <WaitingTrips countryCode={search.countryCode} mode={search.mode} mayDecide={mayDecide} />
      <StuckHoldsSection countryCode={search.countryCode} mode={search.mode} mayDecide={mayDecide} />
    </Stack>
  );
}

function WaitingTrips({ countryCode, mode, mayDecide }: { countryCode?: string; mode?: 'test'; mayDecide: boolean }) {
  const trips = usePagedList(
    ['unsettled-trips', countryCode, mode],
    (paging) => read(api.GET('/api/admin/trips/unsettled', { params: { query: { countryCode, mode, ...paging } } })),
    (page) => page.trips,
    50,
    // Drivers complete trips all day: the queue grows while it is open.
    30_000,
  );
  // A refusal is said above the list, where the dialog was opened from. Both lists are read again:
  // a settled trip's hold is no longer stuck.
  const settle = useTripAction<Trip, Settlement>(
    (kind, tripId, header) =>
      kind === 'FOOD'
        ? read(api.POST('/api/food-orders/{orderId}/settle', { params: { header, path: { orderId: tripId } }, body: {} }))
        : read(api.POST('/api/trips/{tripId}/settle', { params: { header, path: { tripId } }, body: {} })),
    [['unsettled-trips'], ['stuck-holds']],
  );
  const { asked, sent, answer: settled } = settle;
  const columns: Column<Trip>[] = [
    tripColumn<Trip>(),
    { header: 'Customer', cell: (t) => <PersonCell kind="RIDER" id={t.riderId} email={t.riderEmail} /> },
    {
      header: 'Paid to',
      cell: (t) => (
        <>
          {t.restaurantId && <PersonCell kind="RESTAURANT" id={t.restaurantId} email={t.restaurantEmail} />}
          {t.driverId && <PersonCell kind="DRIVER" id={t.driverId} email={t.driverEmail} />}
        </>
      ),
    },
    { header: 'Country', cell: (t) => t.countryCode },
    moneyColumn('Fare', (t) => t.fare),
    { header: 'Waiting', nowrap: true, cell: (t) => age(doneAt(t)) },
  ];
  if (mayDecide)
    columns.push({
      header: '',
      cell: (t) => (
        <Button size="xs" aria-label={`Settle ${tripName(t)}`} onClick={() => settle.ask(t)}>
          Settle
        </Button>
      ),
    });
  return (
    <Section title="Waiting to be settled">
      <Stack>
        {settle.mutation.isError && sent && problemOf(settle.mutation.error)?.code === 'TRIP_ALREADY_SETTLED' && (
          <Alert color="blue" title={`${tripName(sent)} was settled already`} role="status">
            Another admin (or another tab) settled it first. It was paid once; nothing more was paid now.
          </Alert>
        )}
        {settle.mutation.isError && sent && problemOf(settle.mutation.error)?.code !== 'TRIP_ALREADY_SETTLED' && (
          <AttemptFailedAlert
            error={settle.mutation.error}
            refused={`${tripName(sent)} was not settled`}
            unknown={`No answer about ${tripName(sent)}`}
            check="It may have been settled. Settling it again now is safe: the repeat goes under the same key, and the trip is settled once."
          />
        )}
        {settled && sent && (
          <Alert
            ref={settle.status}
            color="teal"
            title={`${tripName(sent)} settled`}
            role="status"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={settle.dismiss}
          >
            {settledWords(settled).map((line) => (
              <Text key={line.label} size="sm">
                {line.label}: <Money amount={line.money.amount} currency={line.money.currency} />
              </Text>
            ))}
          </Alert>
        )}
        <PagedTable
          list={trips}
          label="Trips waiting to be settled"
          minWidth={820}
          columns={columns}
          rowKey={(t) => t.id}
          empty="No completed trip or delivered order is waiting to be settled."
        />
      </Stack>
      <ConfirmMoneyDialog
        opened={asked !== null}
        title="Settle this trip?"
        question={
          asked &&
          (asked.fare ? (
            <>
              Settle the fare of <Money amount={asked.fare.amount} currency={asked.fare.currency} /> for {tripName(asked)}?
            </>
          ) : (
            `Settle ${tripName(asked)}?`
          ))
        }
        note={asked ? settleNote(asked) : ''}
        action="Settle"
        pending={settle.mutation.isPending}
        onConfirm={settle.confirm}
        onClose={settle.close}
      />
    </Section>
  );
}
