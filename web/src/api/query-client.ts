import { QueryClient } from '@tanstack/react-query';

// Balances change on the server (settlements, payouts): re-read on focus, never retry a refusal.
export const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 5_000 } } });
