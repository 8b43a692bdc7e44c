import { Button, Stack } from '@mantine/core';
import type { PagedList } from '../api/use-paged-list.ts';
import { DataTable, type DataTableProps } from './DataTable.tsx';
import { QueryState } from './QueryState.tsx';

type PagedTableProps<T> = Omit<DataTableProps<T>, 'rows' | 'empty'> & {
  list: PagedList<T>;
  empty: string;
};

/** A cursor-paged list as a table: loading and errors as everywhere, the empty text, and a button for the next page while there is one. */
export function PagedTable<T>({ list, ...table }: PagedTableProps<T>) {
  return (
    <QueryState query={list}>
      {(rows) => (
        <Stack>
          <DataTable rows={rows} {...table} />
          {list.hasNextPage && (
            <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {/* The same words on every list. */}
              Show more
            </Button>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
