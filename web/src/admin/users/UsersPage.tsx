import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { read } from '../../api/queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { usePermission } from '../permissions.ts';
import { ReasonDialog } from '../ReasonDialog.tsx';
import { ACCOUNT_ACTIONS, actionsFor, type AccountAction } from './account-actions.ts';

type User = Schemas['KycQueueItem'];

/** Find a user by email or id; block and unblock them, suspend and reinstate drivers, each with a reason. */
export function UsersPage() {
  const search = useSearch({ from: '/admin/users' });
  const navigate = useNavigate({ from: '/admin/users' });
  const [text, setText] = useState(search.q ?? '');
  const mayManage = usePermission('MANAGE_USERS');
  const [acting, setActing] = useState<{ user: User; action: AccountAction } | null>(null);
  const queryClient = useQueryClient();
  const users = useQuery({
    queryKey: ['admin-users', search.q],
    enabled: Boolean(search.q),
    queryFn: () => read(api.GET('/api/admin/kyc', { params: { query: { q: search.q!, limit: 50 } } })),
  });
  return (
    <Stack>
      <Title order={2}>Users</Title>
      <Paper withBorder p="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void navigate({ search: { q: text.trim() || undefined } });
          }}
        >
          <Group gap="sm" align="flex-end">
            <TextInput
              label="Email or user id"
              description="the start of an email is enough"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={254}
              w={360}
            />
            <Button type="submit">Find</Button>
          </Group>
        </form>
      </Paper>
      {search.q && (
        <QueryState query={users}>
          {(page) =>
            page.items.length ? (
              <TableScroll minWidth={760} label="Users">
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Email</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Country</Table.Th>
                      <Table.Th>Account</Table.Th>
                      <Table.Th>KYC</Table.Th>
                      <Table.Th>Driver</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((u) => (
                      <Table.Tr key={u.userId}>
                        <Table.Td>
                          {u.email}
                          <Text size="xs" c="dimmed">
                            {u.userId}
                          </Text>
                        </Table.Td>
                        <Table.Td>{u.role}</Table.Td>
                        <Table.Td>{u.countryCode}</Table.Td>
                        <Table.Td>
                          <Badge color={u.userStatus === 'BLOCKED' ? 'red' : 'teal'}>{u.userStatus}</Badge>
                        </Table.Td>
                        <Table.Td>{u.verification?.status ?? 'INCOMPLETE'}</Table.Td>
                        <Table.Td>{u.verification?.driverStatus ?? '—'}</Table.Td>
                        <Table.Td>
                          {mayManage && (
                            <Group gap="xs" justify="flex-end" wrap="nowrap">
                              {actionsFor(u).map((action) => (
                                <Button
                                  key={action}
                                  size="xs"
                                  variant="light"
                                  color={ACCOUNT_ACTIONS[action].danger ? 'red' : 'teal'}
                                  onClick={() => setActing({ user: u, action })}
                                >
                                  {ACCOUNT_ACTIONS[action].label}
                                </Button>
                              ))}
                            </Group>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            ) : (
              <Text c="dimmed">No user matches “{search.q}”.</Text>
            )
          }
        </QueryState>
      )}
      {acting && (
        <ReasonDialog
          title={`${ACCOUNT_ACTIONS[acting.action].label} ${acting.user.email}?`}
          summary={ACCOUNT_ACTIONS[acting.action].summary}
          confirm={ACCOUNT_ACTIONS[acting.action].label}
          danger={ACCOUNT_ACTIONS[acting.action].danger}
          reasonRequired
          onClose={() => setActing(null)}
          send={(reason) => read(ACCOUNT_ACTIONS[acting.action].send(acting.user.userId, reason))}
          onDone={async () => {
            setActing(null);
            await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
          }}
        />
      )}
    </Stack>
  );
}
