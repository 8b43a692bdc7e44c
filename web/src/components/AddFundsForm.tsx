import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAttemptMutation } from '../api/attempt-keys.ts';
import { api } from '../api/client.ts';
import { amountInputProblem, parseAmountInput } from '../money/format-money.ts';
import { jsonInteger } from '../money/minor-units-json.ts';
import { Money } from './Money.tsx';
import { ConfirmMoneyDialog } from './ConfirmMoneyDialog.tsx';
import { AttemptFailedAlert } from './ProblemAlert.tsx';
import { SubmitForm } from './SubmitForm.tsx';

/**
 * Top-up: the amount, then a confirmation naming what the card is charged (a slip of a finger adds
 * zeros); a retry after a timeout reuses the attempt's Idempotency-Key, so it charges once (AttemptKeys).
 * An amount the wallet cannot hold (`room`, the server's topUpRoom) is said on the field, before any confirmation.
 */
export function AddFundsForm({ currency, room, disabledReason }: { currency: string; room?: string; disabledReason?: string }) {
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const typed = parseAmountInput(text, currency);
  // The server's figure (topUpRoom), compared, never computed here; absent from an older server, then it alone refuses.
  const tooMuch = typed !== null && !!room && BigInt(typed) > BigInt(room);
  const minor = tooMuch ? null : typed;
  const addFunds = useAttemptMutation(
    async (amount, key) => {
      const { error } = await api.POST('/api/wallet/add-funds', { params: { header: { 'idempotency-key': key } }, body: { amount: jsonInteger(amount) } });
      if (error) throw error;
      return amount;
    },
    {
      onSuccess: () => setText(''),
      onSettled: async () => {
        setConfirming(null);
        // Also after a failure: funds that were added after all show in the balance.
        await queryClient.invalidateQueries({ queryKey: ['wallet'] });
        await queryClient.invalidateQueries({ queryKey: ['transactions'] });
      },
    },
  );
  return (
    <>
      <SubmitForm
        onSubmit={() => {
          if (minor) setConfirming(minor);
        }}
      >
        <Stack gap="xs">
          {addFunds.isError && (
            <AttemptFailedAlert
              error={addFunds.error}
              refused="Funds were not added"
              unknown="No answer: the funds may have been added"
              check="Check your balance, or send the same amount again: it is charged only once."
            />
          )}
          {addFunds.isSuccess && !disabledReason && (
            <Alert color="blue" title="Funds added" role="status">
              <Money amount={addFunds.data} currency={currency} /> added to your wallet.
            </Alert>
          )}
          <Group align="flex-end">
            <TextInput
              label={`Amount (${currency})`}
              inputMode="decimal"
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                // The news of the last top-up goes once another amount is being typed.
                if (addFunds.isSuccess) addFunds.reset();
              }}
              error={
                tooMuch ? (
                  <>
                    At most <Money amount={room!} currency={currency} /> can be added now
                  </>
                ) : text && !minor ? (
                  amountInputProblem(text, currency)
                ) : undefined
              }
              disabled={!!disabledReason}
              description={disabledReason}
            />
            <Button type="submit" disabled={!minor || !!disabledReason} loading={addFunds.isPending}>
              Add funds
            </Button>
          </Group>
        </Stack>
      </SubmitForm>
      <ConfirmMoneyDialog
        opened={confirming !== null}
        title="Confirm the top-up"
        question={
          <>
            Add{' '}
            <strong>
              <Money amount={confirming ?? '0'} currency={currency} />
            </strong>{' '}
            to your wallet?
          </>
        }
        note="Your card is charged this amount."
        action="Add funds"
        pending={addFunds.isPending}
        onConfirm={() => confirming && addFunds.mutate(confirming)}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
