import { Loader, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../api/client.ts';
import { meQuery, read, usePayouts, walletQuery } from '../api/queries.ts';
import { BalanceGrid } from '../components/BalanceGrid.tsx';
import { PayoutMethodForm } from '../components/PayoutMethodForm.tsx';
import { PayoutsList } from '../components/PayoutsList.tsx';
import { ProblemAlert, ReasonsAlert } from '../components/ProblemAlert.tsx';
import { Section } from '../components/Section.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { StatementSection } from '../components/StatementSection.tsx';
import { WithdrawForm } from '../components/WithdrawForm.tsx';
import { noPayoutAccountYet, payoutAccountState } from './payout-account-state.ts';
import { accountLabel } from '../components/account-label.ts';
import { withdrawBlocked } from './withdraw-blocked.ts';

type Earner = 'driver' | 'restaurant';

/** The payout states that keep a withdrawal open (the payout service's OPEN_STATUSES). */
const OPEN_PAYOUT_STATUSES = new Set(['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING', 'FAILED']);
/** The open states an admin or a provider moves on soon. */
const MOVING_PAYOUT_STATUSES = new Set(['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING']);

/** The driver's wallet page (a route of its own, loaded on demand). */
export const DriverWalletPage = () => <EarnerWalletPage earner="driver" />;
/** The restaurant's wallet page. */
export const RestaurantWalletPage = () => <EarnerWalletPage earner="restaurant" />;

/** A driver's or a restaurant's wallet: balances, the weekly rule, withdrawals, payout account, history. */
export function EarnerWalletPage({ earner }: { earner: Earner }) {
  // Read again every few seconds, as the rider's wallet is: settled trips credit it while the page is open.
  const wallet = useQuery({ ...walletQuery, refetchInterval: 5_000 });
  const method = useQuery({
    queryKey: ['payout-method', earner],
    // null: no account yet.
    queryFn: () =>
      read(api.GET(`/api/${earner}/bank-account`)).catch((error: unknown) => {
        if (noPayoutAccountYet(error)) return null;
        throw error;
      }),
    retry: 1,
  });
  const terms = useQuery({
    queryKey: ['withdrawal-terms', earner],
    queryFn: () => read(api.GET(`/api/${earner}/withdrawal-terms`)),
    // Read again on focus like the balances (an admin may have verified the account meanwhile), and
    // the form opens by itself once the hourly limit lifts or a changed account's waiting period ends.
    refetchInterval: (q) => {
      const opens = [q.state.data?.velocityLimitLiftsAt, q.state.data?.payoutMethodUsableFrom].filter((at) => !!at).map((at) => Date.parse(at!));
      // At most an hour: a browser timer longer than 2^31 ms fires at once (a waiting period is configurable).
      return opens.length ? Math.min(3_600_000, Math.max(1_000, Math.min(...opens) - Date.now() + 1_000)) : false;
    },
  });
  // Read again every few seconds while a withdrawal is on its way: an admin approves, pays or fails it
  // meanwhile. Not for a failed one, which waits for support (days, maybe).
  const payouts = usePayouts(earner, 20, (rows) => (rows.some((p) => MOVING_PAYOUT_STATUSES.has(p.status)) ? 5_000 : false));
  // The one withdrawal still open, if any (newest first): a failed one waits for support, and the form says so.
  const openPayout = payouts.data?.find((p) => OPEN_PAYOUT_STATUSES.has(p.status));
  const queryClient = useQueryClient();
  // The terms say whether a withdrawal is open: once it moves (paid, failed), they are read again
  // (not when the payouts are first read: the terms were read with them).
  const openPayoutState = payouts.data ? (openPayout ? `${openPayout.id}:${openPayout.status}` : 'none') : null;
  const seenPayoutState = useRef<string | null>(null);
  useEffect(() => {
    if (openPayoutState === null) return;
    if (seenPayoutState.current !== null && seenPayoutState.current !== openPayoutState)
      void queryClient.invalidateQueries({ queryKey: ['withdrawal-terms', earner] });
    seenPayoutState.current = openPayoutState;
  }, [openPayoutState, earner, queryClient]);
  return (
    <Stack>
      <Title order={2}>{earner === 'driver' ? 'Driver wallet' : 'Restaurant wallet'}</Title>
      {earner === 'driver' && <OnlineSwitch />}
      <QueryState query={wallet}>
        {(w) => (
          <Stack>
            <BalanceGrid
              currency={w.currency}
              balances={[
                { label: 'Available', amount: w.availableBalance },
                { label: 'Withdrawable', amount: w.withdrawableBalance, hint: 'available minus commission owed' },
                { label: 'On hold', amount: w.lockedBalance, hint: 'in withdrawals not paid out yet' },
                { label: 'Commission owed', amount: w.negativeBalance, hint: earner === 'driver' ? 'from cash trips' : 'from cash orders' },
                {
                  label: 'Total earned',
                  amount: w.totalEarned,
                  hint: earner === 'driver' ? 'paid into your wallet; not cash from cash trips' : 'paid into your wallet; not cash from cash orders',
                },
              ]}
            />
            <Text size="sm" c="dimmed">
              Weekly settlement: on cash {earner === 'driver' ? 'trips' : 'orders'} you keep the cash and owe the platform its commission. Every Monday the
              commission you owe by then is taken from your available balance; what it cannot cover stays owed, and withdrawals only pay out what is left after
              it. When your withdrawable balance is above the weekly payout threshold, the weekly run may also send it to your payout account.
            </Text>
            <Section title="Withdraw">
              <WithdrawForm
                earner={earner}
                currency={w.currency}
                withdrawable={w.withdrawableBalance}
                minimum={terms.data?.minimum.amount}
                account={method.data ? accountLabel(method.data.bankName ?? method.data.provider, method.data.maskedNumber, 'your payout account') : undefined}
                block={withdrawBlocked(terms.data, openPayout?.status)}
              />
            </Section>
          </Stack>
        )}
      </QueryState>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title="Payout account" id="payout-account">
          {method.isError ? (
            <ReasonsAlert title="Payout account unavailable" reasons={['Your payout account could not be loaded right now. Try again in a moment.']} />
          ) : (
            // The terms say whether the identity profile the form needs is in: waited for, so the form is not swapped out under the earner's typing.
            <QueryState query={method}>
              {(m) => (
                <>
                  {m && (
                    <Text mb="sm">
                      {/* The name as typed: a typo in it is what holds most accounts for review. */}
                      {m.bankName ?? m.provider} {m.maskedNumber} in the name of {m.accountName} ({payoutAccountState(m)})
                    </Text>
                  )}
                  {terms.isPending && !m ? (
                    <Loader size="sm" aria-label="Loading" />
                  ) : (
                    <PayoutMethodForm
                      earner={earner}
                      current={m?.maskedNumber}
                      currentType={m?.type}
                      currency={wallet.data?.currency}
                      needsProfile={terms.data?.reasons.includes('PROFILE_MISSING') ?? false}
                    />
                  )}
                </>
              )}
            </QueryState>
          )}
        </Section>
        <Section title="Payouts">
          <QueryState query={payouts}>
            {(p) => (
              <>
                <PayoutsList payouts={p} />
                <ShowMore list={payouts} />
              </>
            )}
          </QueryState>
        </Section>
      </SimpleGrid>
      <StatementSection title="Transactions" pageSize={10} />
    </Stack>
  );
}

/**
 * Online/offline as the server has it (a reload shows what the driver last chose); the server refuses
 * going online until the driver is verified, with its reasons.
 */
function OnlineSwitch() {
  const queryClient = useQueryClient();
  const presence = useMutation({
    mutationFn: async (online: boolean) => {
      const { data, error } = await api.POST(online ? '/api/driver/online' : '/api/driver/offline', { body: {} });
      if (error) throw error;
      return data;
    },
    onSuccess: (data) => queryClient.setQueryData(['presence'], data.online),
  });
  const current = useQuery({ queryKey: ['presence'], queryFn: async () => (await read(api.GET('/api/driver/presence'))).online });
  // A suspended driver is told before tapping, not by a refusal after (the server refuses anyway).
  const suspended = useQuery(meQuery).data?.driverStatus === 'SUSPENDED';
  const online = current.data ?? false;
  // A refusal takes the focus: the switch it answers stays as it was, so nothing else would say it.
  const refusal = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (presence.isError) refusal.current?.focus();
  }, [presence.isError, presence.submittedAt]);
  return (
    <Stack gap="xs">
      <Switch
        size="md"
        label={online ? 'Online: receiving trips' : 'Offline'}
        checked={online}
        disabled={current.isPending || presence.isPending || (suspended && !online)}
        onChange={(e) => presence.mutate(e.currentTarget.checked)}
      />
      {/* This site is the money side: offers are matched and taken in the driver app. */}
      <Text size="xs" c="dimmed">
        {suspended
          ? 'Your driver account is suspended: you cannot go online or take trips until it is reinstated. Contact support.'
          : `${online ? 'Trip offers come to your Ziba driver app.' : 'Go online to get trip offers in your Ziba driver app.'} The trips you take are under Trips, with their next step.`}
      </Text>
      {current.isError && <ProblemAlert title="Could not read whether you are online" error={current.error} />}
      {presence.isError && (
        <div ref={refusal} tabIndex={-1}>
          <ProblemAlert title="You cannot go online now" error={presence.error} />
        </div>
      )}
    </Stack>
  );
}
