import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { Schemas } from '@ziba/api-client';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import type { Column } from '../../components/DataTable.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { WalletLink } from '../AdminLinks.tsx';
import { CountrySelect } from '../CountrySelect.tsx';
import { FilterBar } from '../FilterBar.tsx';
import { FilterSelect } from '../FilterSelect.tsx';
import { ModeSelect } from '../ModeSelect.tsx';
import { PersonCell } from '../PersonCell.tsx';
import { Money } from '../../components/Money.tsx';
import { useUrlFilters } from '../use-url-filters.ts';
import { BalanceRange } from './BalanceRange.tsx';
import { OWNER_CHOICES, ownerFilterOf, walletListQuery } from './wallet-search.ts';

type Wallet = Schemas['AdminWallet'];

const COLUMNS: Column<Wallet>[] = [
  { header: 'Wallet', cell: (w) => <WalletLink id={w.id} /> },
  { header: 'Owner', cell: (w) => <PersonCell kind={w.ownerType} id={w.ownerId} email={w.ownerEmail} /> },
  // Platform wallets (revenue, clearing) belong to no country: a dash, not a blank that reads as missing data.
  { header: 'Country', cell: (w) => w.countryCode || '—' },
  moneyColumn('Available', (w) => ({ amount: w.availableBalance, currency: w.currency })),
  moneyColumn('On hold', (w) => ({ amount: w.lockedBalance, currency: w.currency })),
  // Commission owed stands out from the rows that owe nothing (compared as the server's text, never as a number).
  {
    header: 'Owed',
    align: 'right',
    cell: (w) =>
      w.negativeBalance === '0' ? (
        <Money amount={w.negativeBalance} currency={w.currency} />
      ) : (
        <Text span inherit c="red.9" fw={700}>
          <Money amount={w.negativeBalance} currency={w.currency} />
        </Text>
      ),
  },
];

/** Every wallet, read-only, filtered in the URL. */
export function WalletsPage() {
  const { search, filter } = useUrlFilters('/admin/wallets');
  const wallets = usePagedList(
    ['admin-wallets', search],
    (paging) => read(api.GET('/api/admin/wallets', { params: { query: { ...walletListQuery(search), ...paging } } })),
    (page) => page.wallets,
  );
  return (
    <Stack>
      <Title order={2}>Wallets</Title>
      {search.ownerId && (
        <Group gap="xs">
          <Text size="sm">The wallets of {wallets.data?.[0]?.ownerEmail ?? `user ${search.ownerId.slice(0, 8)}`}, in either mode unless Mode says.</Text>
          <Anchor component="button" type="button" size="sm" onClick={() => filter({ ownerId: undefined })}>
            Show every wallet
          </Anchor>
        </Group>
      )}
      <FilterBar>
        {/* People's wallets unless asked; Everyone adds the platform's own accounts (so the filter is never empty, and offers no clear). */}
        <FilterSelect
          label="Owner"
          data={OWNER_CHOICES}
          value={ownerFilterOf(search)}
          onChange={(ownerType) => filter({ ownerType })}
          clearable={false}
          w={150}
        />
        {/* A balance range is in the country's currency: another country clears it. */}
        <CountrySelect value={search.country} onChange={(country) => filter({ country, minAvailable: undefined, maxAvailable: undefined })} />
        <ModeSelect value={search.mode} onChange={(mode) => filter({ mode: mode === 'test' ? 'test' : undefined })} />
        <BalanceRange search={search} onApply={filter} />
      </FilterBar>
      <PagedTable
        list={wallets}
        empty="No wallets match these filters."
        label="Wallets"
        minWidth={700}
        highlightOnHover
        columns={COLUMNS}
        rowKey={(w) => w.id}
      />
    </Stack>
  );
}
