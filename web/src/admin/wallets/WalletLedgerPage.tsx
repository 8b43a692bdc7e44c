import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useParams } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { BalanceGrid } from '../../components/BalanceGrid.tsx';
import { moneyColumn } from '../../components/money-column.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { LineAmount, LineBadge } from '../../components/TransactionsTable.tsx';
import { serviceWord } from '../../components/statement-words.ts';
import { PayoutLink } from '../AdminLinks.tsx';
import { breakPoints, WRAP_LONG_WORDS } from '../EmailText.tsx';
import { kindWord } from '../person.ts';
import { shortId } from '../short-id.ts';
import { usePermission } from '../permissions.ts';
import { AdjustmentForm } from './AdjustmentForm.tsx';
import { chargedTrips } from './charged-trips.ts';
import { OwedPaymentForm } from './OwedPaymentForm.tsx';
import { dayAndTime } from '../../dates.ts';

/** Where a ledger line's reference leads: the trip, food order or payout it belongs to. */
function Reference({ t }: { t: Line }) {
  if (!t.referenceId) return <>—</>;
  if (t.referenceType === 'payout') return <PayoutLink id={t.referenceId}>payout {t.referenceId.slice(0, 8)}</PayoutLink>;
  return (
    <>
      {t.referenceType.replace(/_/g, ' ')} {shortId(t.referenceId)}
    </>
  );
}

type Line = Schemas['WalletTransaction'];
const COLUMNS: Column<Line>[] = [
  { header: 'Date', nowrap: true, cell: (t) => dayAndTime(t.createdAt) },
  { header: 'Service', cell: (t) => serviceWord(t) },
  // In the earner's words (a withdrawal's hold is "Held" then "Paid"), and under them the posting as
  // finance reconciles it: DEBIT, CREDIT, HOLD or RELEASE.
  {
    header: 'Line',
    cell: (t) => (
      <>
        <LineBadge line={t} />
        <Text size="xs" c="dimmed" ff="monospace">
          {t.type}
        </Text>
      </>
    ),
  },
  { header: 'Amount', align: 'right', cell: (t) => <LineAmount line={t} /> },
  moneyColumn('Available after', (t) => ({ amount: t.availableAfter, currency: t.currency })),
  moneyColumn('On hold after', (t) => ({ amount: t.lockedAfter, currency: t.currency })),
  moneyColumn('Owed after', (t) => ({ amount: t.negativeAfter, currency: t.currency })),
  // Whole, as finance reconciles it (a receipt's reference may hold an id); a long id breaks anywhere rather than squeeze the amounts.
  { header: 'Description', cell: (t) => <span style={{ overflowWrap: 'anywhere' }}>{t.description}</span> },
  { header: 'Reference', cell: (t) => <Reference t={t} /> },
];

/**
 * The platform's own accounts (revenue, funding, clearing) are kept as many balance rows, so that
 * concurrent settlements do not queue on one row; a line's "after" figures are those of the one row it
 * posted to, not the account's, and would read as wrong running balances. Their lines leave them out.
 */
const isPlatformAccount = (ownerType: string) => ownerType === 'PLATFORM' || ownerType === 'SYSTEM';
const ACCOUNT_COLUMNS = COLUMNS.filter((c) => !c.header.endsWith(' after'));

/** Whether this is an earner's wallet with commission owed (the server's figure, compared as text: never a number). */
const owesCommission = (w: Schemas['AdminWallet']) => (w.ownerType === 'DRIVER' || w.ownerType === 'RESTAURANT') && w.negativeBalance !== '0';

/**
 * A wallet's balances and its ledger. The ledger is read-only: nothing on this page changes a
 * posting. For an earner who owes commission, an admin who manages payouts records what they paid
 * outside the app, and an admin who adjusts wallets refunds or corrects a user's wallet: each posts a
 * new entry.
 */
export function WalletLedgerPage() {
  const { walletId } = useParams({ from: '/admin/wallets/$walletId' });
  const wallet = useQuery({
    queryKey: ['admin-wallet', walletId],
    queryFn: () => read(api.GET('/api/admin/wallets/{walletId}', { params: { path: { walletId } } })),
  });
  const lines = usePagedList(
    ['admin-wallet-lines', walletId],
    (paging) => read(api.GET('/api/admin/wallets/{walletId}/transactions', { params: { path: { walletId }, query: paging } })),
    (page) => page.transactions,
  );
  const w = wallet.data;
  const platform = w ? isPlatformAccount(w.ownerType) : false;
  const mayRecord = usePermission('MANAGE_PAYOUTS');
  const mayAdjust = usePermission('ADJUST_WALLETS');
  // Once offered, the form stays while the page is open: a payment of everything owed must not take away the form that says it was recorded.
  const offeredFor = useRef<string | null>(null);
  const offered = (w: Schemas['AdminWallet']) => {
    if (owesCommission(w)) offeredFor.current = w.id;
    return offeredFor.current === w.id;
  };
  // Which forms this admin gets under the ledger, decided once for the links at the top and the forms.
  const owedForm = !!w && mayRecord && offered(w);
  const adjustForm = !!w && mayAdjust && !platform;
  return (
    <Stack>
      <AnchorLink to="/admin/wallets" size="sm">
        Back to wallets
      </AnchorLink>
      <QueryState query={wallet}>
        {(shown) => (
          <Stack>
            <Title order={2}>
              {kindWord(shown.ownerType)} wallet {shown.id.slice(0, 8)} ({shown.currency}, {shown.mode})
            </Title>
            {shown.ownerEmail && <Text style={WRAP_LONG_WORDS}>Owner: {breakPoints(shown.ownerEmail)}</Text>}
            <BalanceGrid
              currency={shown.currency}
              balances={[
                { label: 'Available', amount: shown.availableBalance },
                { label: 'On hold', amount: shown.lockedBalance },
                { label: 'Owed', amount: shown.negativeBalance },
                ...(isPlatformAccount(shown.ownerType) ? [] : [{ label: 'Total earned', amount: shown.totalEarned }]),
              ]}
            />
            {/* The forms are under the ledger, which can be long: the way to them from the top. */}
            {(owedForm || adjustForm) && (
              <Group gap="md">
                {owedForm && (
                  <Anchor href="#record-owed-payment" size="sm">
                    Record owed commission paid outside the app
                  </Anchor>
                )}
                {adjustForm && (
                  <Anchor href="#adjust-wallet" size="sm">
                    Refund or correct this wallet
                  </Anchor>
                )}
              </Group>
            )}
          </Stack>
        )}
      </QueryState>
      <Section title="Ledger">
        {platform && (
          <Text size="sm" c="dimmed">
            A platform account is kept in many balance rows, so its lines show no running balance; the balances above are the account’s.
          </Text>
        )}
        <PagedTable
          list={lines}
          empty="No ledger lines yet."
          label="Ledger lines"
          minWidth={900}
          columns={platform ? ACCOUNT_COLUMNS : COLUMNS}
          rowKey={(t) => `${t.entryId}-${t.type}`}
        />
      </Section>
      {/* The ledger first (what an admin opens this page to read), then what may be posted to it. */}
      {w && owedForm && <OwedPaymentForm key={w.id} ownerId={w.ownerId} owner={w.ownerEmail ?? 'the earner'} currency={w.currency} owed={w.negativeBalance} />}
      {w && adjustForm && (
        <AdjustmentForm
          key={`adjust-${w.id}`}
          walletId={w.id}
          owner={w.ownerEmail ?? 'the owner'}
          ownerType={w.ownerType}
          currency={w.currency}
          available={w.availableBalance}
          trips={chargedTrips(lines.data ?? [])}
        />
      )}
    </Stack>
  );
}
