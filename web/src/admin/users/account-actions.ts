import type { Schemas } from '@ziba/api-client';
import { api } from '../../api/client.ts';

export type AccountAction = 'block' | 'unblock' | 'suspend' | 'reinstate';

/** What each account action says and sends; the server records it with the reason and the admin. */
export const ACCOUNT_ACTIONS: Record<
  AccountAction,
  {
    label: string;
    summary: string;
    /** What the page says once it is done, after the user's email. */
    done: string;
    danger: boolean;
    send: (userId: string, reason: string) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  }
> = {
  block: {
    label: 'Block',
    done: 'is blocked: signed out everywhere, and cannot sign in or move money.',
    summary: 'A blocked user cannot sign in, move money or be paid until unblocked.',
    danger: true,
    send: (userId, reason) => api.POST('/api/admin/users/{userId}/block', { params: { path: { userId } }, body: { reason } }),
  },
  unblock: {
    label: 'Unblock',
    done: 'is unblocked and can sign in again.',
    summary: 'The user can sign in and use their wallet again.',
    danger: false,
    send: (userId, reason) => api.POST('/api/admin/users/{userId}/unblock', { params: { path: { userId } }, body: { reason } }),
  },
  suspend: {
    label: 'Suspend',
    done: 'is suspended: off the road and unable to withdraw.',
    summary: 'A suspended driver cannot go online, take trips or withdraw until reinstated.',
    danger: true,
    send: (userId, reason) => api.POST('/api/admin/drivers/{userId}/suspend', { params: { path: { userId } }, body: { reason } }),
  },
  reinstate: {
    label: 'Reinstate',
    done: 'is reinstated and can go online again.',
    summary: 'The driver can go online and withdraw again (their documents still count).',
    danger: false,
    send: (userId, reason) => api.POST('/api/admin/drivers/{userId}/reinstate', { params: { path: { userId } }, body: { reason } }),
  },
};

/** The actions that make sense for this user now: one of block/unblock, and for drivers one of suspend/reinstate. */
export function actionsFor(user: Pick<Schemas['AdminUser'], 'role' | 'userStatus' | 'driverStatus'>): AccountAction[] {
  const actions: AccountAction[] = [user.userStatus === 'BLOCKED' ? 'unblock' : 'block'];
  if (user.role === 'DRIVER') actions.push(user.driverStatus === 'SUSPENDED' ? 'reinstate' : 'suspend');
  return actions;
}
