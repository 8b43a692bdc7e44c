import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useAttemptMutation } from '../api/attempt-keys.ts';
import { api } from '../api/client.ts';
import { amountInputProblem, parseAmountInput } from '../money/format-money.ts';
import { jsonInteger } from '../money/minor-units-json.ts';
import type { WithdrawBlock } from '../pages/withdraw-blocked.ts';
import { AnchorLink } from './AnchorLink.tsx';
import { ConfirmMoneyDialog } from './ConfirmMoneyDialog.tsx';
import { Money } from './Money.tsx';
import { AttemptFailedAlert, ReasonsAlert } from './ProblemAlert.tsx';
import { SubmitForm } from './SubmitForm.tsx';
import { assertCurrencyCode } from '@ziba/money';

interface Props {
  earner: 'driver' | 'restaurant';
  currency: string;
  withdrawable: string;
  /** The country's minimum withdrawal in minor units, once known. */
  minimum: string | undefined;
  /** The payout account as the confirmation names it (accountLabel): "Zenith Bank ****1234". */
  account: string | undefined;
  /** The server's reasons, in words, why a withdrawal would be refused now; none when it may go ahead. */
  block: WithdrawBlock;
}

/** Withdraw: amount, a confirmation naming the amount and the account; a retry after a timeout reuses the attempt's Idempotency-Key (AttemptKeys). */
export function WithdrawForm({ earner, currency, withdrawable, minimum, account, block }: Props) {
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  // Where the focus goes once the confirmation has closed: the news of a requested withdrawal, else the Withdraw button.
  const success = useRef<HTMLParagraphElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  const amountInput = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const minor = parseAmountInput(text, currency);
  // The server decides; these only spare a refusal that would count against the hourly attempts.
  const tooMuch = minor !== null && BigInt(minor) > BigInt(withdrawable);
  // The minimum an amount falls short of, when it does.
  const shortOf = minor !== null && minimum !== undefined && BigInt(minor) < BigInt(minimum) ? minimum : null;
  const refusedHere = tooMuch || shortOf !== null;
  const withdraw = useAttemptMutation(
    async (amount, key) => {
      const { data, error } = await api.POST(`/api/${earner}/withdraw`, {
        params: { header: { 'idempotency-key': key } },
        body: { amount: jsonInteger(amount), currency: assertCurrencyCode(currency) },
      });
      if (error) throw error;
      return data;
    },
    {
      onSettled: async () => {
        setConfirming(null);
        await queryClient.invalidateQueries();
      },
      onSuccess: () => setText(''),
    },
  );
  const blocked = block.reasons.length > 0;
  // Where focus goes once an attempt has its answer: the news of a requested withdrawal, else Withdraw
  // (or the amount, when Withdraw cannot take it now). The answer is known only after the balances are
  // read again, usually after the dialog has closed, when the form may already be disabled.
  const focusAfter = () => {
    const target = withdraw.isSuccess ? success.current : submit.current && !submit.current.disabled ? submit.current : amountInput.current;
    target?.focus();
  };
  // Once per answer (its status and when it was asked), not on every render.
  useEffect(() => {
    if (withdraw.status === 'success' || withdraw.status === 'error') focusAfter();
  }, [withdraw.status, withdraw.submittedAt]);
  return (
    <Stack gap="xs">
      {/* First: the news of this withdrawal, then what it means for the form (a withdrawal in progress). */}
      {withdraw.isSuccess && (
        <Text ref={success} tabIndex={-1} c="teal.9" role="status">
          Withdrawal requested. It appears in your payouts below.
        </Text>
      )}
      {blocked && (
        <ReasonsAlert
          info={block.inProgress}
          title={
            block.lastFailed
              ? 'Your last withdrawal did not go through'
              : block.inProgress
                ? 'A withdrawal is in progress'
                : 'Withdrawals are not available now'
          }
          reasons={block.reasons}
        >
          {block.verification && (
            <Text size="sm" mt="xs">
              {/* In the alert's own dark text, underlined: the primary blue does not read on its pale red (AA). */}
              <AnchorLink to="/onboarding" inherit c="inherit" underline="always" fw={600}>
                Open Verification
              </AnchorLink>
            </Text>
          )}
          {block.payoutAccount && (
            <Text size="sm" mt="xs">
              <Anchor href="#payout-account" inherit c="inherit" underline="always" fw={600}>
                Add your payout account
              </Anchor>{' '}
              under Payout account on this page.
            </Text>
          )}
        </ReasonsAlert>
      )}
      {withdraw.isError && (
        <AttemptFailedAlert
          error={withdraw.error}
          refused="The withdrawal was refused"
          unknown="No answer: the withdrawal may have been requested"
          check="Check your payouts, or send the same amount again: it is requested only once."
        />
      )}
      <SubmitForm
        onSubmit={() => {
          if (minor && !refusedHere) setConfirming(minor);
        }}
      >
        <Group align="flex-end">
          <TextInput
            ref={amountInput}
            label={`Amount (${currency})`}
            inputMode="decimal"
            value={text}
            disabled={blocked}
            onChange={(e) => setText(e.currentTarget.value)}
            // While withdrawals are closed, the alert above says why; a range would read as an offer.
            description={
              blocked ? undefined : minimum === undefined || BigInt(withdrawable) < BigInt(minimum) ? (
                <>
                  You can withdraw up to <Money amount={withdrawable} currency={currency} />
                  {minimum !== undefined && (
                    <>
                      ; the smallest withdrawal is <Money amount={minimum} currency={currency} />
                    </>
                  )}
                </>
              ) : (
                <>
                  From <Money amount={minimum} currency={currency} /> up to <Money amount={withdrawable} currency={currency} />
                </>
              )
            }
            error={
              text && !minor ? (
                amountInputProblem(text, currency)
              ) : tooMuch ? (
                withdrawable === '0' ? (
                  'You have nothing to withdraw yet'
                ) : (
                  'That is more than you can withdraw'
                )
              ) : shortOf !== null ? (
                <>
                  The smallest withdrawal is <Money amount={shortOf} currency={currency} />
                </>
              ) : undefined
            }
          />
          <Button ref={submit} type="submit" disabled={blocked || !minor || refusedHere}>
            Withdraw
          </Button>
        </Group>
      </SubmitForm>
      <ConfirmMoneyDialog
        opened={confirming !== null}
        title="Confirm the withdrawal"
        question={
          <>
            Send{' '}
            <strong>
              <Money amount={confirming ?? '0'} currency={currency} />
            </strong>{' '}
            to {account ?? 'your payout account'}?
          </>
        }
        note="The amount is put on hold in your wallet until the payout is paid, or returned to your balance if it is rejected."
        action="Withdraw"
        pending={withdraw.isPending}
        onConfirm={() => confirming && withdraw.mutate(confirming)}
        onClose={() => setConfirming(null)}
        modalProps={{
          // The focus is ours to place once it closes: the button it opened from may be disabled by then.
          returnFocus: false,
          onExitTransitionEnd: () => {
            // Cancelled: back to Withdraw. An attempt still waiting for its answer places the focus when it comes (above).
            if (!withdraw.isPending) focusAfter();
          },
        }}
      />
    </Stack>
  );
}
