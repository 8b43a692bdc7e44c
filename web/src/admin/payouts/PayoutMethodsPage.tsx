import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { ReasonDialog } from '../ReasonDialog.tsx';

type Review = { id: string; verify: boolean; account: string };

/** Payout accounts whose name did not match the earner's legal name: verify or reject, with a note. */
export function PayoutMethodsPage() {
  const methods = useQuery({
    queryKey: ['payout-methods', 'PENDING_REVIEW'],
    queryFn: () => read(api.GET('/api/admin/payout-methods', { params: { query: { status: 'PENDING_REVIEW' } } })),
  });
  const [review, setReview] = useState<Review | null>(null);
  const queryClient = useQueryClient();
  return (
    <Stack>
      <Title order={2}>Payout accounts waiting for review</Title>
      <QueryState query={methods}>
        {(m) =>
          m.methods.length ? (
            <TableScroll minWidth={600} label="Payout accounts">
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Account</Table.Th>
                    <Table.Th>Name on the account</Table.Th>
                    <Table.Th>Country</Table.Th>
                    <Table.Th>Added</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {m.methods.map((x) => (
                    <Table.Tr key={x.id}>
                      <Table.Td>
                        {x.bankName ?? x.provider} {x.maskedNumber}
                      </Table.Td>
                      <Table.Td>{x.accountName}</Table.Td>
                      <Table.Td>{x.countryCode}</Table.Td>
                      <Table.Td>{new Date(x.createdAt).toLocaleDateString()}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end">
                          <Button size="xs" onClick={() => setReview({ id: x.id, verify: true, account: x.maskedNumber })}>
                            Verify
                          </Button>
                          <Button size="xs" color="red" variant="light" onClick={() => setReview({ id: x.id, verify: false, account: x.maskedNumber })}>
                            Reject
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          ) : (
            <Text c="dimmed">No payout account is waiting for review.</Text>
          )
        }
      </QueryState>
      {review && (
        <ReasonDialog
          title={`${review.verify ? 'Verify' : 'Reject'} account ${review.account}?`}
          summary={review.verify ? 'Withdrawals to this account become possible.' : 'The earner has to add another account before withdrawing.'}
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
          onDone={async () => {
            setReview(null);
            await queryClient.invalidateQueries({ queryKey: ['payout-methods'] });
          }}
        />
      )}
    </Stack>
  );
}
