import { Alert, Stack, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { transactionsKey, verificationQuery, walletQuery } from '../api/queries.ts';
import { AddFundsForm } from '../components/AddFundsForm.tsx';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { BalanceGrid } from '../components/BalanceGrid.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { Section } from '../components/Section.tsx';
import { StatementSection } from '../components/StatementSection.tsx';

/** A rider's wallet: what is available, what a trip holds, top-ups and the payment history. */
export function RiderWalletPage() {
  // While a trip holds money, the balance moves under the rider's eyes: re-read it every few seconds.
  const wallet = useQuery({ ...walletQuery, refetchInterval: 5_000 });
  // Adding funds needs an identity profile (the server refuses PROFILE_MISSING): said before the form is used.
  // Unknown while the verification cannot be read: then the server alone says so.
  const verification = useQuery(verificationQuery);
  const noProfile = verification.data !== undefined && verification.data.profile === null;
  // Twenty lines at first, twenty more with each "Show more".
  // A balance that moved (a fare held, released or charged) has a line for it: read the history again.
  const queryClient = useQueryClient();
  const movedAt = wallet.data?.updatedAt;
  const seenMove = useRef(movedAt);
  useEffect(() => {
    if (seenMove.current && movedAt !== seenMove.current) void queryClient.invalidateQueries({ queryKey: transactionsKey(20) });
    seenMove.current = movedAt;
  }, [movedAt, queryClient]);
  return (
    <Stack>
      <Title order={2}>My wallet</Title>
      <QueryState query={wallet}>
        {(w) => {
          const onHold = w.lockedBalance !== '0';
          return (
            <Stack>
              {onHold && (
                <Alert color="blue" title="Funds on hold" role="status">
                  Part of your balance is held for a trip: one under way, or one finished that is waiting to be settled. It is charged when the trip is settled,
                  or given back if it is cancelled. Adding funds opens again when nothing is on hold.
                </Alert>
              )}
              {noProfile && (
                <Alert color="yellow" title="Add your identity profile first" role="status">
                  Adding funds and paying online need your legal name, date of birth and address. Add them on the{' '}
                  <AnchorLink to="/onboarding">Verification</AnchorLink> page; it takes a minute.
                </Alert>
              )}
              <BalanceGrid
                currency={w.currency}
                balances={[
                  { label: 'Available', amount: w.availableBalance },
                  { label: 'On hold', amount: w.lockedBalance, hint: onHold ? 'held for a trip until it is settled' : 'nothing held' },
                ]}
              />
              <Section title="Add funds">
                <AddFundsForm
                  currency={w.currency}
                  room={w.topUpRoom}
                  disabledReason={
                    noProfile
                      ? 'Add your identity profile on the Verification page first.'
                      : onHold
                        ? 'You can add funds again once the fare on hold is charged (the trip is settled) or given back.'
                        : undefined
                  }
                />
              </Section>
            </Stack>
          );
        }}
      </QueryState>
      <StatementSection title="Payment history" pageSize={20} />
    </Stack>
  );
}
