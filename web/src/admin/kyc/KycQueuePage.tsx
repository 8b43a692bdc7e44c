import { Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';

type Status = NonNullable<Schemas['Verification']['status']>;
type Decision = { kind: 'document' | 'profile'; id: string; approve: boolean; what: string };

/** Users waiting for a KYC decision, with their documents and flags; approve or reject with a reason. */
export function KycQueuePage() {
  const [status, setStatus] = useState<Status>('PENDING_REVIEW');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const queue = useQuery({
    queryKey: ['kyc', status, q],
    queryFn: () => read(api.GET('/api/admin/kyc', { params: { query: { status, limit: 50, ...(q ? { q } : {}) } } })),
  });
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: async (d: Decision) => {
      const r =
        d.kind === 'document'
          ? d.approve
            ? await api.POST('/api/admin/kyc/documents/{documentId}/approve', { params: { path: { documentId: d.id } }, body: reason ? { reason } : {} })
            : await api.POST('/api/admin/kyc/documents/{documentId}/reject', { params: { path: { documentId: d.id } }, body: { rejectionReason: reason } })
          : d.approve
            ? await api.POST('/api/admin/kyc/profiles/{userId}/approve', { params: { path: { userId: d.id } }, body: reason ? { reason } : {} })
            : await api.POST('/api/admin/kyc/profiles/{userId}/reject', { params: { path: { userId: d.id } }, body: { rejectionReason: reason } });
      if (r.error) throw r.error;
    },
    onSuccess: async () => {
      setDeciding(null);
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['kyc'] });
    },
  });
  const open = (d: Decision) => {
    decide.reset();
    setReason('');
    setDeciding(d);
  };
  return (
    <Stack>
      <Title order={2}>KYC review</Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <Group gap="sm" align="flex-end">
          <Select
            label="Status"
            data={['PENDING_REVIEW', 'INCOMPLETE', 'VERIFIED', 'REJECTED']}
            value={status}
            onChange={(v) => v && setStatus(v as Status)}
            allowDeselect={false}
            w={200}
          />
          <TextInput label="Email or user id" value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={254} w={280} />
          <Button type="submit" variant="default">
            Find
          </Button>
        </Group>
      </form>
      <QueryState query={queue}>
        {(q) =>
          q.items.length ? (
            <Stack>
              {q.items.map((item) => (
                <Paper key={item.userId} withBorder p="md" role="group" aria-label={item.email}>
                  <Group justify="space-between" mb="xs">
                    <Text fw={600}>
                      {item.email}{' '}
                      <Text span c="dimmed">
                        ({item.role}, {item.countryCode})
                      </Text>
                    </Text>
                    {item.verification?.reviewFlags.some((f) => f.status === 'OPEN') && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          color="teal"
                          onClick={() => open({ kind: 'profile', id: item.userId, approve: true, what: `the profile of ${item.email}` })}
                        >
                          Approve profile
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => open({ kind: 'profile', id: item.userId, approve: false, what: `the profile of ${item.email}` })}
                        >
                          Reject profile
                        </Button>
                      </Group>
                    )}
                  </Group>
                  {item.verification?.reviewFlags
                    .filter((f) => f.status === 'OPEN')
                    .map((f) => (
                      <Text key={f.id} size="sm">
                        <Badge color="orange" mr="xs">
                          {f.reason.replace(/_/g, ' ')}
                        </Badge>
                        {f.detail}
                      </Text>
                    ))}
                  <Table mt="xs">
                    <Table.Tbody>
                      {item.verification?.documents.map((d) => (
                        <Table.Tr key={d.id}>
                          <Table.Td>
                            {d.documentType.replace(/_/g, ' ')} ({d.countryCode})
                          </Table.Td>
                          <Table.Td>{d.status}</Table.Td>
                          <Table.Td>
                            {d.status === 'PENDING' && (
                              <Group gap="xs" justify="flex-end">
                                <Button
                                  size="xs"
                                  onClick={() =>
                                    open({ kind: 'document', id: d.id, approve: true, what: `${d.documentType.replace(/_/g, ' ')} of ${item.email}` })
                                  }
                                >
                                  Approve
                                </Button>
                                <Button
                                  size="xs"
                                  color="red"
                                  variant="light"
                                  onClick={() =>
                                    open({ kind: 'document', id: d.id, approve: false, what: `${d.documentType.replace(/_/g, ' ')} of ${item.email}` })
                                  }
                                >
                                  Reject
                                </Button>
                              </Group>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Paper>
              ))}
            </Stack>
          ) : (
            <Text c="dimmed">Nobody is waiting in this state.</Text>
          )
        }
      </QueryState>
      <Modal
        opened={deciding !== null}
        onClose={() => setDeciding(null)}
        title={deciding ? `${deciding.approve ? 'Approve' : 'Reject'} ${deciding.what}?` : ''}
        centered
      >
        {deciding && (
          <Stack>
            <Textarea
              label={deciding.approve ? 'Note (optional)' : 'Reason (shown to the user)'}
              required={!deciding.approve}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            {decide.isError && <ProblemAlert title="The decision was refused" error={decide.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeciding(null)}>
                Cancel
              </Button>
              <Button
                color={deciding.approve ? 'teal' : 'red'}
                disabled={!deciding.approve && !reason.trim()}
                loading={decide.isPending}
                onClick={() => decide.mutate(deciding)}
              >
                {deciding.approve ? 'Approve' : 'Reject'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
