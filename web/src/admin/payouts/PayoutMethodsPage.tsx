import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmailText } from '../EmailText.tsx';
import { usePermission } from '../permissions.ts';
import { ReasonDialog } from '../ReasonDialog.tsx';
import { ReviewFlagBadges } from './ReviewFlagBadges.tsx';
import { day } from '../../dates.ts';

type Method = Schemas['AdminPayoutMethod'];
type Review = { id: string; verify: boolean; account: string };

/** Payout accounts waiting for review (a name that is not the legal name, a number another earner had), each with why: verify or reject, with a note. */
export function PayoutMethodsPage() {
  const methods = useQuery({
    queryKey: ['payout-methods', 'PENDING_REVIEW'],
    queryFn: () => read(api.GET('/api/admin/payout-methods', { params: { query: { status: 'PENDING_REVIEW' } } })),
  });
  const [review, setReview] = useState<Review | null>(null);
  // What the last decision did, said where the row was (the row goes from the list), with focus on it.
  const [decided, setDecided] = useState<Review | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const mayDecide = usePermission('MANAGE_PAYOUTS');
  const queryClient = useQueryClient();
  const columns: Column<Method>[] = [
    {
      header: 'Account',
      cell: (x) => (
        <>
          {x.bankName ?? x.provider} {x.maskedNumber}
        </>
      ),
    },
    { header: 'Earner', cell: (x) => <EmailText>{x.ownerEmail ?? x.ownerId.slice(0, 8)}</EmailText> },
    { header: 'Name on the account', cell: (x) => x.accountName },
    { header: 'Legal name', cell: (x) => x.ownerLegalName ?? 'no identity profile' },
    { header: 'Why in review', cell: (x) => <ReviewFlagBadges flags={x.reviewFlags} /> },
    { header: 'Country', cell: (x) => x.countryCode },
    { header: 'Added', cell: (x) => day(x.createdAt) },
  ];
  // Verifying and rejecting need MANAGE_PAYOUTS: an admin who may only look is not offered them.
  if (mayDecide)
    columns.push({
      header: '',
      cell: (x) => (
        <Group gap="xs" justify="flex-end">
          <Button size="xs" aria-label={`Verify ${x.maskedNumber}`} onClick={() => setReview({ id: x.id, verify: true, account: x.maskedNumber })}>
            Verify
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            aria-label={`Reject ${x.maskedNumber}`}
            onClick={() => setReview({ id: x.id, verify: false, account: x.maskedNumber })}
          >
            Reject
          </Button>
        </Group>
      ),
    });
  return (
    <Stack>
      <Title order={2}>Payout accounts waiting for review</Title>
      {!mayDecide && <Text c="dimmed">Verifying or rejecting a payout account needs the MANAGE_PAYOUTS permission.</Text>}
      {decided && (
        <Alert
          ref={status}
          tabIndex={-1}
          color="teal"
          role="status"
          title={`Account ${decided.account} ${decided.verify ? 'verified' : 'rejected'}`}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setDecided(null)}
        >
          {decided.verify ? 'The earner may now withdraw to it, and is told so.' : 'The earner is told to add another account before withdrawing.'}
        </Alert>
      )}
      <QueryState query={methods}>
        {(m) => (
          <DataTable
            label="Payout accounts"
            minWidth={600}
            columns={columns}
            rows={m.methods}
            rowKey={(x) => x.id}
            empty="No payout account is waiting for review."
          />
        )}
      </QueryState>
      {review && (
        <ReasonDialog
          title={`${review.verify ? 'Verify' : 'Reject'} account ${review.account}?`}
          summary={
            review.verify
              ? 'Withdrawals to this account become possible. The earner is told it was verified.'
              : 'The earner is told it was rejected (your note stays with the admins) and has to add another account before withdrawing.'
          }
          confirm={review.verify ? 'Verify' : 'Reject'}
          danger={!review.verify}
          reasonRequired
          label="Note (what you checked)"
          onClose={() => setReview(null)}
          send={(note) =>
            read(
              api.POST(review.verify ? '/api/admin/payout-methods/{methodId}/verify' : '/api/admin/payout-methods/{methodId}/reject', {
                params: { path: { methodId: review.id } },
                body: { note },
              }),
            )
          }
          doneFocus={() => status.current}
          onDone={async () => {
            setDecided(review);
            setReview(null);
            await queryClient.invalidateQueries({ queryKey: ['payout-methods'] });
          }}
        />
      )}
    </Stack>
  );
}
