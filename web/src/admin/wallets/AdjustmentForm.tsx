import { Alert, Button, NativeSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { assertCurrencyCode } from '@ziba/money';
import { useState } from 'react';
import { useAttemptMutation } from '../../api/attempt-keys.ts';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { ConfirmMoneyDialog } from '../../components/ConfirmMoneyDialog.tsx';
import { Money } from '../../components/Money.tsx';
import { AttemptFailedAlert } from '../../components/ProblemAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitForm } from '../../components/SubmitForm.tsx';
import { parseAmountInput } from '../../money/format-money.ts';
import { CappedAmountInput } from '../../components/CappedAmountInput.tsx';
import { jsonInteger } from '../../money/minor-units-json.ts';

type Kind = 'REFUND' | 'CREDIT' | 'DEBIT';

interface Adjustment {
  kind: Kind;
  amount: string;
  reason: string;
  tripId: string | null;
}

/** A trip or order this wallet paid for, as the ledger's lines show it: what a refund gives back. */
export interface ChargedTrip {
  tripId: string;
  label: string;
}

/** What each choice sends and says: a refund is a credit that reads "Refund" on the owner's statement. */
const KINDS: Record<Kind, { label: string; direction: 'CREDIT' | 'DEBIT'; ledgerKind: 'REFUND' | 'ADJUSTMENT'; verb: string; effect: string }> = {
  REFUND: { label: 'Refund', direction: 'CREDIT', ledgerKind: 'REFUND', verb: 'Refund', effect: 'added to' },
  CREDIT: { label: 'Add', direction: 'CREDIT', ledgerKind: 'ADJUSTMENT', verb: 'Add', effect: 'added to' },
  DEBIT: { label: 'Take', direction: 'DEBIT', ledgerKind: 'ADJUSTMENT', verb: 'Take', effect: 'taken from' },
};

/**
 * An admin refunds a customer (a disputed trip that was charged) or corrects a wallet either way:
 * one new ledger entry against the platform's revenue, with the reason on the owner's statement.
 * Nothing already posted changes. A retry after no answer goes under the same Idempotency-Key
 * (AttemptKeys), so it is made once.
 */
export function AdjustmentForm({
  walletId,
  owner,
  ownerType,
  currency,
  available,
  trips,
}: {
  walletId: string;
  owner: string;
  ownerType: string;
  currency: string;
  available: string;
  /** The trips the ledger shows this wallet paid for, newest first: a refund gives one of them back. */
  trips: ChargedTrip[];
}) {
  // Customers are refunded; a driver's or restaurant's wallet is corrected (the server says the same).
  const offered = (Object.keys(KINDS) as Kind[]).filter((k) => k !== 'REFUND' || ownerType === 'RIDER');
  const [kind, setKind] = useState<Kind>(offered[0]!);
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const [tripId, setTripId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Adjustment | null>(null);
  const queryClient = useQueryClient();
  const typed = parseAmountInput(amountText, currency);
  // The server's figure, compared, never computed here; the server refuses more anyway (INSUFFICIENT_FUNDS).
  const tooMuch = kind === 'DEBIT' && typed !== null && BigInt(typed) > BigInt(available);
  const amount = tooMuch ? null : typed;
  const ready = amount !== null && reason.trim() !== '' && (kind !== 'REFUND' || tripId !== null);
  const adjust = useAttemptMutation(
    (request, key) => {
      const a = JSON.parse(request) as Adjustment;
      return read(
        api.POST('/api/admin/wallets/{walletId}/adjustments', {
          params: { path: { walletId }, header: { 'idempotency-key': key } },
          body: {
            direction: KINDS[a.kind].direction,
            kind: KINDS[a.kind].ledgerKind,
            amount: jsonInteger(a.amount),
            currency: assertCurrencyCode(currency),
            reason: a.reason,
            ...(a.tripId ? { tripId: a.tripId } : {}),
          },
        }),
      );
    },
    {
      onSuccess: () => {
        setAmountText('');
        setReason('');
        setTripId(null);
      },
      onSettled: async () => {
        setConfirming(null);
        // Also after a failure: an adjustment made after all shows in the balances and the ledger.
        await queryClient.invalidateQueries({ queryKey: ['admin-wallet'] });
        await queryClient.invalidateQueries({ queryKey: ['admin-wallet-lines'] });
      },
    },
  );
  const edit = (set: (text: string) => void, text: string) => {
    set(text);
    if (adjust.isSuccess) adjust.reset();
  };
  const chosen = KINDS[confirming?.kind ?? kind];
  return (
    <Section title="Refund or correct this wallet" id="adjust-wallet">
      <SubmitForm
        onSubmit={() => {
          if (ready && amount) setConfirming({ kind, amount, reason: reason.trim(), tripId: kind === 'REFUND' ? tripId : null });
        }}
      >
        <Stack gap="sm" maw={520}>
          <Text size="sm" c="dimmed">
            {ownerType === 'RIDER' && 'A refund gives the customer back what a trip or order charged them, or part of it. '}
            Add or Take corrects the balance either way. Each is a new ledger entry against the platform’s revenue, of at most NGN 500,000, USD 5,000 or BDT
            50,000 (and what Add gives one wallet in 24 hours, all admins together, stays within that); the reason shows on the owner’s statement.
          </Text>
          {adjust.isError && (
            <AttemptFailedAlert
              error={adjust.error}
              refused="Nothing was moved"
              unknown="No answer: the adjustment may have been made"
              check="Check the balance and the ledger below, or send the same adjustment again: it is made once."
            />
          )}
          {adjust.isSuccess && (
            <Alert color="blue" title={adjust.data.replayed ? 'This adjustment was made already' : 'Recorded in the ledger'} role="status">
              <Money amount={adjust.data.amount.amount} currency={adjust.data.amount.currency} /> {adjust.data.entryType === 'CREDIT' ? 'added' : 'taken'};
              available now: <Money amount={adjust.data.availableAfter} currency={currency} />.
            </Alert>
          )}
          <SegmentedControl
            aria-label="What to do"
            value={kind}
            onChange={(v) => {
              setKind(v as Kind);
              if (adjust.isSuccess) adjust.reset();
            }}
            data={offered.map((k) => ({ value: k, label: KINDS[k].label }))}
            fullWidth
          />
          {kind === 'REFUND' && (
            <NativeSelect
              label="Trip or order refunded"
              data={[
                { value: '', label: trips.length ? 'Choose one it paid for' : 'No paid trip in the lines below' },
                ...trips.map((t) => ({ value: t.tripId, label: t.label })),
              ]}
              value={tripId ?? ''}
              onChange={(e) => {
                setTripId(e.currentTarget.value || null);
                if (adjust.isSuccess) adjust.reset();
              }}
              description="One refund a trip, at most what it charged."
            />
          )}
          <CappedAmountInput
            label={`Amount (${currency})`}
            text={amountText}
            onText={(text) => edit(setAmountText, text)}
            currency={currency}
            cap={{ amount: available, what: 'available' }}
            over={tooMuch}
          />
          <Textarea
            label="Reason (shown on the owner’s statement)"
            value={reason}
            onChange={(e) => edit(setReason, e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={500}
          />
          <Button type="submit" disabled={!ready} loading={adjust.isPending} style={{ alignSelf: 'flex-start' }}>
            {KINDS[kind].verb}
          </Button>
        </Stack>
      </SubmitForm>
      <ConfirmMoneyDialog
        opened={confirming !== null}
        title={`${chosen.verb} this amount?`}
        question={
          <>
            {chosen.verb}{' '}
            <strong>
              <Money amount={confirming?.amount ?? '0'} currency={currency} />
            </strong>{' '}
            {chosen.direction === 'CREDIT' ? 'to' : 'from'} {owner}’s wallet?
          </>
        }
        note={`It is ${chosen.effect} their available balance now, with the reason “${confirming?.reason ?? ''}” on their statement and your name in the audit trail.`}
        action={chosen.verb}
        danger={chosen.direction === 'DEBIT'}
        pending={adjust.isPending}
        onConfirm={() => confirming && adjust.mutate(JSON.stringify(confirming))}
        onClose={() => setConfirming(null)}
      />
    </Section>
  );
}
