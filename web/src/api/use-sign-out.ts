import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api } from './client.ts';
import { announceSessionChange } from './session-broadcast.ts';

/** Ends the session (the gateway revokes its refresh family and clears the cookies), forgets every cached answer, and opens sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (why?: 'idle') => {
    await api.DELETE('/api/auth/session');
    announceSessionChange('signed-out');
    queryClient.clear();
    await navigate({ to: '/sign-in', search: { signedOut: why } });
  };
}
