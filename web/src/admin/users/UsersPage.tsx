import { Alert, Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { AnchorLink } from '../../components/AnchorLink.tsx';
import { read } from '../../api/queries.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import type { Column } from '../../components/DataTable.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { FilterBar } from '../FilterBar.tsx';
import { kycStatusWord } from '../../pages/verification-status.ts';
import { usePermission } from '../permissions.ts';
import { kindWord } from '../person.ts';
import { ReasonDialog } from '../ReasonDialog.tsx';
import { useUrlFilters } from '../use-url-filters.ts';
import { ACCOUNT_ACTIONS, actionsFor, type AccountAction } from './account-actions.ts';
import { STANDINGS, type Standing, type UserSearch } from './user-search.ts';

type User = Schemas['AdminUser'];

const COLUMNS: Column<User>[] = [
  {
    header: 'Email',
    cell: (u) => (
      <>
        {u.email}
        <Text size="xs" c="dimmed">
          {u.userId}
        </Text>
      </>
    ),
  },
  { header: 'Role', cell: (u) => kindWord(u.role) },
  { header: 'Country', cell: (u) => u.countryCode },
  { header: 'Account', cell: (u) => <Badge color={u.userStatus === 'BLOCKED' ? 'red' : 'teal'}>{kindWord(u.userStatus)}</Badge> },
  { header: 'KYC', cell: (u) => kycStatusWord(u.verificationStatus) },
  { header: 'Driver', cell: (u) => (u.driverStatus ? kindWord(u.driverStatus) : '—') },
];

/**
 * The users a search finds (by email or id, or who is blocked or suspended now), 50 a page and "Show more" for the next (a short start of an email may
 * match many); mounted only once there is something to search for. Refreshed under ['admin-users'].
 */
function FoundUsers({ search, columns }: { search: UserSearch; columns: Column<User>[] }) {
  const { q, standing } = search;
  const users = usePagedList(
    ['admin-users', q, standing],
    (paging) => read(api.GET('/api/admin/users', { params: { query: { ...(q ? { q } : {}), ...(standing ? { standing } : {}), ...paging } } })),
    (page) => page.items,
  );
  const who = standing === 'BLOCKED' ? 'blocked account' : standing === 'SUSPENDED' ? 'suspended driver' : null;
  const empty = who ? (q ? `No ${who} matches “${q}”.` : `No ${who} now.`) : `No user matches “${q}”.`;
  return <PagedTable list={users} label="Users" minWidth={760} columns={columns} rowKey={(u) => u.userId} empty={empty} />;
}

/** Find a user by email or id, or list who is blocked or suspended now; block and unblock them, suspend and reinstate drivers, each with a reason. */
export function UsersPage() {
  const { search, filter } = useUrlFilters('/admin/users');
  const [text, setText] = useState(search.q ?? '');
  const [standing, setStanding] = useState<Standing | undefined>(search.standing);
  // Back and Forward change the search from outside the form: the form shows it.
  useEffect(() => {
    setText(search.q ?? '');
    setStanding(search.standing);
  }, [search.q, search.standing]);
  const searchInput = useRef<HTMLInputElement>(null);
  const mayManage = usePermission('MANAGE_USERS');
  const mayViewWallets = usePermission('VIEW_WALLETS');
  const [acting, setActing] = useState<{ user: User; action: AccountAction } | null>(null);
  // What the last action did, said where the list is: the button that was pressed has changed (Block is now Unblock).
  const [done, setDone] = useState<string | null>(null);
  const doneLine = useRef<HTMLDivElement>(null);
  const [askedEmpty, setAskedEmpty] = useState(false);
  const queryClient = useQueryClient();
  const columns: Column<User>[] = [
    ...COLUMNS,
    {
      header: '',
      cell: (u) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {mayViewWallets && (
            <AnchorLink to="/admin/wallets" search={{ ownerId: u.userId }} size="sm" aria-label={`Wallets of ${u.email}`}>
              Wallets
            </AnchorLink>
          )}
          {mayManage &&
            actionsFor(u).map((action) => (
              <Button
                key={action}
                size="xs"
                variant="light"
                color={ACCOUNT_ACTIONS[action].danger ? 'red' : 'teal'}
                onClick={() => {
                  setDone(null);
                  setActing({ user: u, action });
                }}
              >
                {ACCOUNT_ACTIONS[action].label}
              </Button>
            ))}
        </Group>
      ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>Users</Title>
      {/* A new search clears what was done to someone else: it would read as said of the accounts now shown. */}
      <FilterBar
        onSubmit={() => {
          setDone(null);
          const nothing = !text.trim() && !standing;
          setAskedEmpty(nothing);
          // Where the words saying what to type are, for a keyboard or screen reader user.
          if (nothing) searchInput.current?.focus();
          else void filter({ q: text.trim() || undefined, standing });
        }}
      >
        <TextInput
          ref={searchInput}
          label="Email or user id"
          description="the start of an email is enough"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setAskedEmpty(false);
          }}
          error={askedEmpty ? 'Type the start of an email or a user id, or choose who is stopped now.' : undefined}
          maxLength={254}
          w={360}
        />
        {/* Who to undo a stop for, without knowing their email. */}
        <Select
          label="Stopped now"
          data={STANDINGS}
          value={standing ?? null}
          onChange={(v) => {
            setStanding(STANDINGS.find((o) => o.value === v)?.value);
            setAskedEmpty(false);
          }}
          clearable
          placeholder="Anyone"
          w={200}
        />
        <Button type="submit">Find</Button>
      </FilterBar>
      {done && (
        <Alert ref={doneLine} tabIndex={-1} color="teal" role="status" title="Done">
          {done}
        </Alert>
      )}
      {(search.q || search.standing) && <FoundUsers search={search} columns={columns} />}
      {acting && (
        <ReasonDialog
          title={`${ACCOUNT_ACTIONS[acting.action].label} ${acting.user.email}?`}
          summary={ACCOUNT_ACTIONS[acting.action].summary}
          confirm={ACCOUNT_ACTIONS[acting.action].label}
          danger={ACCOUNT_ACTIONS[acting.action].danger}
          reasonRequired
          onClose={() => setActing(null)}
          doneFocus={() => doneLine.current}
          send={(reason) => read(ACCOUNT_ACTIONS[acting.action].send(acting.user.userId, reason))}
          onDone={async () => {
            setDone(`${acting.user.email} ${ACCOUNT_ACTIONS[acting.action].done}`);
            setActing(null);
            await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
          }}
        />
      )}
    </Stack>
  );
}
