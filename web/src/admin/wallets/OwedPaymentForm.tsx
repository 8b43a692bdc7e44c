import { Alert, Button, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
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
import { assertCurrencyCode } from '@ziba/money';

interface Payment {
  amount: string;
  externalReference: string;
  reason: string;
}

/**
 * An earner paid the commission they owe outside the app (cash at a hub, a bank transfer): the admin
 * records it with the receipt's reference, and what they owe goes down by it. Recording posts a new
 * ledger entry; nothing already posted changes. The same receipt recorded twice moves nothing the
 * second time (the server keys it by its reference), and a retry after no answer goes under the
 * same Idempotency-Key (AttemptKeys).
 */
export function OwedPaymentForm({ ownerId, owner, currency, owed }: { ownerId: string; owner: string; currency: string; owed: string }) {
  const [amountText, setAmountText] = useState('');
  const [externalReference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState<Payment | null>(null);
  const queryClient = useQueryClient();
  const typed = parseAmountInput(amountText, currency);
  // The server's figure, compared, never computed here; the server refuses more anyway (OWED_EXCEEDED).
  const tooMuch = typed !== null && BigInt(typed) > BigInt(owed);
  const amount = tooMuch ? null : typed;
  const ready = amount !== null && externalReference.trim() !== '' && reason.trim() !== '';
  const record = useAttemptMutation(
    (request, key) => {
      const p = JSON.parse(request) as Payment;
      return read(
        api.POST('/api/admin/settlements/negative-balance', {
          params: { header: { 'idempotency-key': key } },
          body: { ownerId, amount: jsonInteger(p.amount), currency: assertCurrencyCode(currency), externalReference: p.externalReference, reason: p.reason },
        }),
      );
    },
    {
      onSuccess: () => {
        setAmountText('');
        setReference('');
        setReason('');
      },
      onSettled: async () => {
        setConfirming(null);
        // Also after a failure: a payment recorded after all shows in the balances and the ledger.
        await queryClient.invalidateQueries({ queryKey: ['admin-wallet'] });
        await queryClient.invalidateQueries({ queryKey: ['admin-wallet-lines'] });
      },
    },
  );
  // The news of the last payment goes once another is being typed.
  const edit = (set: (text: string) => void, text: string) => {
    set(text);
    if (record.isSuccess) record.reset();
  };
  return (
    <Section title="Record owed commission paid outside the app" id="record-owed-payment">
      <SubmitForm
        onSubmit={() => {
          if (ready && amount) setConfirming({ amount, externalReference: externalReference.trim(), reason: reason.trim() });
        }}
      >
        <Stack gap="sm" maw={520}>
          <Text size="sm" c="dimmed">
            When the earner pays what they owe at a hub or by bank transfer, record it here with the receipt’s reference. What they owe goes down by the amount.
          </Text>
          {record.isError && (
            <AttemptFailedAlert
              error={record.error}
              refused="The payment was not recorded"
              unknown="No answer: the payment may have been recorded"
              check="Check what the earner owes above, or record the same payment again: it is recorded once."
            />
          )}
          {record.isSuccess && (
            <Alert color="blue" title={record.data.replayed ? 'This receipt was recorded already' : 'Payment recorded'} role="status">
              <Money amount={record.data.amount.amount} currency={record.data.amount.currency} /> paid; still owed:{' '}
              <Money amount={record.data.owedAfter.amount} currency={record.data.owedAfter.currency} />.
            </Alert>
          )}
          <CappedAmountInput
            label={`Amount paid (${currency})`}
            text={amountText}
            onText={(text) => edit(setAmountText, text)}
            currency={currency}
            cap={{ amount: owed, what: 'owed' }}
            over={tooMuch}
          />
          <TextInput
            label="Receipt or transfer reference"
            value={externalReference}
            onChange={(e) => edit(setReference, e.currentTarget.value)}
            maxLength={200}
          />
          <Textarea
            label="Note (where and how it was paid)"
            value={reason}
            onChange={(e) => edit(setReason, e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={500}
          />
          <Button type="submit" disabled={!ready} loading={record.isPending} style={{ alignSelf: 'flex-start' }}>
            Record payment
          </Button>
        </Stack>
      </SubmitForm>
      <ConfirmMoneyDialog
        opened={confirming !== null}
        title="Record this payment?"
        question={
          <>
            Record{' '}
            <strong>
              <Money amount={confirming?.amount ?? '0'} currency={currency} />
            </strong>{' '}
            paid by {owner} outside the app?
          </>
        }
        note={`Receipt ${confirming?.externalReference ?? ''}. What they owe goes down by this amount; the note and the reference go to the audit trail.`}
        action="Record payment"
        pending={record.isPending}
        onConfirm={() => confirming && record.mutate(JSON.stringify(confirming))}
        onClose={() => setConfirming(null)}
      />
    </Section>
  );
}
