import { Button, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

type Review = { id: string; verify: boolean; account: string };

/** Payout accounts whose name did not match the earner's legal name: verify or reject, with a note. */
export function PayoutMethodsPage() {
  const methods = useQuery({
    queryKey: ['payout-methods', 'PENDING_REVIEW'],
    queryFn: () => read(api.GET('/api/admin/payout-methods', { params: { query: { status: 'PENDING_REVIEW' } } })),
  });
  const [review, setReview] = useState<Review | null>(null);
  const [note, setNote] = useState('');
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: async (r: Review) => {
      const path = r.verify ? '/api/admin/payout-methods/{methodId}/verify' : '/api/admin/payout-methods/{methodId}/reject';
      const { error } = await api.POST(path, { params: { path: { methodId: r.id } }, body: { note } });
      if (error) throw error;
    },
    onSuccess: async () => {
      setReview(null);
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['payout-methods'] });
    },
  });
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
                          <Button
                            size="xs"
                            onClick={() => {
                              decide.reset();
                              setReview({ id: x.id, verify: true, account: x.maskedNumber });
                            }}
                          >
                            Verify
                          </Button>
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            onClick={() => {
                              decide.reset();
                              setReview({ id: x.id, verify: false, account: x.maskedNumber });
                            }}
                          >
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
      <Modal
        opened={review !== null}
        onClose={() => setReview(null)}
        title={review ? `${review.verify ? 'Verify' : 'Reject'} account ${review.account}?` : ''}
        centered
      >
        {review && (
          <Stack>
            <Textarea label="Note (what you checked)" required value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
            {decide.isError && <ProblemAlert title="The decision was refused" error={decide.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReview(null)}>
                Cancel
              </Button>
              <Button color={review.verify ? 'teal' : 'red'} disabled={!note.trim()} loading={decide.isPending} onClick={() => decide.mutate(review)}>
                {review.verify ? 'Verify' : 'Reject'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
