import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { Money } from '../../components/Money.tsx';
import { SendOnceButton } from '../../components/SendOnceButton.tsx';
import { ProblemAlert, ReasonsAlert } from '../../components/ProblemAlert.tsx';
import { flagLabel } from './flag-label.ts';
import { usePermission } from '../permissions.ts';
import { accountLabel } from '../../components/account-label.ts';
import { watchFocus } from '../focus-return.ts';
import { problemOf } from '../../api/queries.ts';

type Detail = Schemas['AdminPayoutDetail'];
type Action = Detail['nextActions'][number];

/** Each action: its button, what the confirmation asks for, and what it does to the money. */
const ACTIONS: Record<
  Action,
  {
    label: string;
    title: string;
    done: string;
    /** Said above the server's reason when the action is refused. */
    refused: string;
    color: string;
    field?: { label: string; required: boolean };
    consequence: string;
  }
> = {
  approve: {
    label: 'Approve',
    title: 'Approve this payout?',
    done: 'Your approval is recorded.',
    refused: 'Your approval was not recorded',
    color: 'teal',
    field: { label: 'Note', required: false },
    consequence: 'The payout goes to the provider once enough admins approve. The funds stay on hold.',
  },
  reject: {
    label: 'Reject',
    title: 'Reject this payout?',
    done: 'The payout is rejected.',
    refused: 'The payout was not rejected',
    color: 'red',
    field: { label: 'Reason (shown to the earner)', required: true },
    consequence: 'The funds on hold return to the earner’s available balance.',
  },
  mark_paid: {
    label: 'Mark paid',
    title: 'Mark this payout paid?',
    done: 'The payout is marked paid.',
    refused: 'The payout was not marked paid',
    color: 'teal',
    field: { label: 'Bank or provider reference', required: true },
    consequence: 'The funds on hold are paid out for good.',
  },
  mark_failed: {
    label: 'Mark failed',
    title: 'Mark this payout failed?',
    done: 'The payout is marked failed.',
    refused: 'The payout was not marked failed',
    color: 'orange',
    field: { label: 'What failed', required: true },
    consequence: 'The funds stay on hold until the payout is retried or reversed.',
  },
  retry: {
    label: 'Retry',
    title: 'Retry this payout?',
    done: 'The payout is sent to the provider again.',
    refused: 'The payout was not sent again',
    color: 'blue',
    consequence: 'The payout goes to the provider again. The funds stay on hold.',
  },
  reverse: {
    label: 'Reverse',
    title: 'Reverse this payout?',
    done: 'The payout is reversed.',
    refused: 'The payout was not reversed',
    color: 'red',
    consequence:
      'The payout is given up; the funds on hold return to the earner’s available balance. The provider is asked first whether it failed: if it was paid after all, it is marked paid instead.',
  },
  mark_returned: {
    label: 'Record a return',
    title: 'Did the bank or provider send this payout back?',
    done: 'The return is recorded; the money is back in the earner’s wallet.',
    refused: 'The return was not recorded',
    color: 'orange',
    field: { label: 'What the bank or provider said', required: true },
    consequence: 'The amount is credited back to the earner’s available balance; their next payout, and any still open, is flagged for review.',
  },
};

/** Sends one decision, each with the body its endpoint takes, under this dialog's Idempotency-Key. */
function send(action: Action, payoutId: string, key: string, text: string) {
  const params = { path: { payoutId }, header: { 'idempotency-key': key } };
  switch (action) {
    case 'approve':
      return api.POST('/api/admin/payouts/{payoutId}/approve', { params, body: text ? { note: text } : {} });
    case 'reject':
      return api.POST('/api/admin/payouts/{payoutId}/reject', { params, body: { rejectionReason: text } });
    case 'mark_paid':
      return api.POST('/api/admin/payouts/{payoutId}/mark-paid', { params, body: { externalReference: text } });
    case 'mark_failed':
      return api.POST('/api/admin/payouts/{payoutId}/mark-failed', { params, body: { failureReason: text } });
    case 'retry':
      return api.POST('/api/admin/payouts/{payoutId}/retry', { params, body: {} });
    case 'reverse':
      return api.POST('/api/admin/payouts/{payoutId}/reverse', { params, body: {} });
    case 'mark_returned':
      return api.POST('/api/admin/payouts/{payoutId}/mark-returned', { params, body: { returnReason: text } });
  }
}

/** A refusal's words where a decision meets it, when they differ from its words elsewhere. */
const DECISION_WORDS = {
  EXTERNAL_REFERENCE_USED: 'This reference is on another payout already: one transfer pays one payout. Nothing was recorded; check the bank’s reference.',
  PAYOUT_PAID_BY_PROVIDER: 'The provider says this payout was paid after all. It is now marked paid, and nothing was given back to the earner.',
  PROVIDER_FAILURE_UNCONFIRMED:
    'The provider has not confirmed that this payout failed, so giving the money back could pay the earner twice. Nothing moved: retry it, or reverse it once the provider confirms.',
};

/** The actions the server says are possible now, each behind a confirmation with the amount and account. */
export function PayoutActions({ payout }: { payout: Detail }) {
  const [open, setOpen] = useState<{ action: Action; key: string } | null>(null);
  const [text, setText] = useState('');
  // The last action done here, said in a status line: where focus goes when the refreshed payout no longer has the button that opened the dialog.
  const [done, setDone] = useState<Action | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const mayDecide = usePermission('MANAGE_PAYOUTS');
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: async ({ action, key }: { action: Action; key: string }) => {
      const { data, error } = await send(action, payout.id, key, text.trim());
      if (error) throw error;
      return data;
    },
    onSuccess: async (_data, { action }) => {
      // Mantine gives focus back to the button when the dialog closes; the refresh then usually takes that button away.
      watchFocus(() => [opener.current, status.current]);
      setDone(action);
      setOpen(null);
      setText('');
      await queryClient.invalidateQueries();
    },
    // Refused because the payout moved meanwhile (another admin, the provider): the page shows where it is now.
    onError: async (error) => {
      if (problemOf(error)?.status === 409) await queryClient.invalidateQueries();
    },
  });
  if (!mayDecide) return <Text c="dimmed">Deciding payouts needs the MANAGE_PAYOUTS permission.</Text>;
  // Approve, mark paid and retry wait while the earner may not be paid; the server says why.
  const heldBack = payout.heldBackReasons.length > 0 && (
    <ReasonsAlert title="The earner may not be paid now, so approving and paying are not offered" reasons={payout.heldBackReasons.map(flagLabel)} />
  );
  const doneLine = done && (
    <Text ref={status} role="status" tabIndex={-1} fw={500}>
      {ACTIONS[done].done}
    </Text>
  );
  // Refused because the payout moved on to where nothing can be done: the dialog is gone with the
  // actions, so the page says the action was not recorded, and why.
  const refusedHere = decide.isError && decide.variables && (
    <ProblemAlert title={ACTIONS[decide.variables.action].refused} error={decide.error} words={DECISION_WORDS} />
  );
  if (!payout.nextActions.length)
    return (
      <>
        {refusedHere}
        {doneLine}
        {heldBack || <Text c="dimmed">No action is possible in this state.</Text>}
      </>
    );
  const current = open ? ACTIONS[open.action] : null;
  const needsNote = open?.action === 'approve' && payout.reviewFlags.length > 0;
  return (
    <>
      {doneLine}
      {heldBack}
      <Group mt={heldBack ? 'sm' : undefined}>
        {payout.nextActions.map((action) => (
          <Button
            key={action}
            color={ACTIONS[action].color}
            onClick={(e) => {
              opener.current = e.currentTarget;
              decide.reset();
              setDone(null);
              setText('');
              setOpen({ action, key: crypto.randomUUID() });
            }}
          >
            {ACTIONS[action].label}
          </Button>
        ))}
      </Group>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={current?.title ?? ''} centered>
        {open && current && (
          <Stack>
            <Text>
              <strong>
                <Money amount={payout.amount.amount} currency={payout.amount.currency} />
              </strong>{' '}
              to {accountLabel(payout.accountInstitution, payout.maskedAccount, 'the earner’s account')} ({payout.earner.email})
            </Text>
            <Text size="sm" c="dimmed">
              {current.consequence}
            </Text>
            {current.field && (
              <Textarea
                data-autofocus
                label={needsNote ? 'Note (required: this payout is flagged)' : current.field.label}
                required={current.field.required || needsNote}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                autosize
                minRows={2}
              />
            )}
            {decide.isError && <ProblemAlert title={current.refused} error={decide.error} words={DECISION_WORDS} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(null)}>
                Cancel
              </Button>
              <SendOnceButton
                color={current.color}
                pending={decide.isPending}
                // The payout read again may no longer take this action (it moved on elsewhere): nothing to send.
                disabled={((current.field?.required || needsNote) && !text.trim()) || !payout.nextActions.includes(open.action)}
                onSend={() => decide.mutate(open)}
              >
                {current.label}
              </SendOnceButton>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
