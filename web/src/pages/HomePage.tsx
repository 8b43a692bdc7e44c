import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from '@tanstack/react-router';
import { START } from '../access.ts';
import { meQuery } from '../api/queries.ts';

/** Each kind of account's start page; signed-out visitors go to sign in. */
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
