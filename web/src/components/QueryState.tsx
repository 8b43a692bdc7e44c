import { Loader, Center } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert.tsx';

/** Loading and error states of a read, the same on every page; `children` once the data is there. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending)
    return (
      <Center p="lg">
        <Loader role="status" aria-label="Loading" />
      </Center>
    );
  if (query.isError) return <ProblemAlert title="Could not load this" error={query.error} />;
  return <>{children(query.data)}</>;
}
