import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from '@tanstack/react-router';
import { meQuery } from '../api/queries.ts';

/** Where each kind of account starts; signed-out visitors go to sign in. */
const START = { RIDER: '/wallet', DRIVER: '/driver', RESTAURANT: '/restaurant', ADMIN: '/admin/payouts' } as const;

export function HomePage() {
  const me = useQuery(meQuery);
  if (me.isPending)
    return (
      <Center p="xl">
        <Loader role="status" aria-label="Loading" />
      </Center>
    );
  if (me.isError) return <Navigate to="/sign-in" />;
  return <Navigate to={START[me.data.role]} />;
}
