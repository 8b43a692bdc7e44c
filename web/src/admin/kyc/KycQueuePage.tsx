import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { FilterFields } from '../FilterBar.tsx';
import { ReasonDialog } from '../ReasonDialog.tsx';

type Status = NonNullable<Schemas['Verification']['status']>;
type Decision = { kind: 'document' | 'profile'; id: string; approve: boolean; what: string };

/** Sends one decision to the endpoint of its kind; an approval's note is optional, a rejection's reason is not. */
function sendDecision(d: Decision, reason: string): Promise<{ data?: unknown; error?: unknown; response: Response }> {
  if (d.kind === 'document')
    return d.approve
      ? api.POST('/api/admin/kyc/documents/{documentId}/approve', { params: { path: { documentId: d.id } }, body: reason ? { reason } : {} })
      : api.POST('/api/admin/kyc/documents/{documentId}/reject', { params: { path: { documentId: d.id } }, body: { rejectionReason: reason } });
  return d.approve
    ? api.POST('/api/admin/kyc/profiles/{userId}/approve', { params: { path: { userId: d.id } }, body: reason ? { reason } : {} })
    : api.POST('/api/admin/kyc/profiles/{userId}/reject', { params: { path: { userId: d.id } }, body: { rejectionReason: reason } });
}

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
  const queryClient = useQueryClient();
  const open = (d: Decision) => setDeciding(d);
  return (
    <Stack>
      <Title order={2}>KYC review</Title>
      <FilterFields onSubmit={() => setQ(text.trim())}>
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
      </FilterFields>
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
      {deciding && (
        <ReasonDialog
          title={`${deciding.approve ? 'Approve' : 'Reject'} ${deciding.what}?`}
          summary={deciding.approve ? 'Recorded in the audit trail with your note.' : 'The user sees the reason and can send a new one.'}
          confirm={deciding.approve ? 'Approve' : 'Reject'}
          danger={!deciding.approve}
          reasonRequired={!deciding.approve}
          label={deciding.approve ? 'Note (optional)' : 'Reason (shown to the user)'}
          onClose={() => setDeciding(null)}
          send={(reason) => read(sendDecision(deciding, reason))}
          onDone={async () => {
            setDeciding(null);
            await queryClient.invalidateQueries({ queryKey: ['kyc'] });
          }}
        />
      )}
    </Stack>
  );
}
