import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePagedList, type Paging } from '../api/use-paged-list.ts';
import { renderInApp } from '../test-render.tsx';
import { PagedTable } from './PagedTable.tsx';

type Page = { items: { id: string }[]; page: { nextCursor: string | null } };

/** Two pages: the first says where the second starts, the second that there is no more. */
const twoPages = () =>
  vi.fn(async (paging: Paging): Promise<Page> =>
    paging.cursor === 'after-2'
      ? { items: [{ id: 'third' }], page: { nextCursor: null } }
      : { items: [{ id: 'first' }, { id: 'second' }], page: { nextCursor: 'after-2' } },
  );

function List({ fetchPage }: { fetchPage: (paging: Paging) => Promise<Page> }) {
  const list = usePagedList(['test-list'], fetchPage, (page) => page.items);
  return <PagedTable list={list} empty="Nothing here." label="Items" minWidth={300} columns={[{ header: 'Id', cell: (r) => r.id }]} rowKey={(r) => r.id} />;
}

afterEach(cleanup);

describe('PagedTable over usePagedList', () => {
  it('reads 50 rows at a time and the next page from the cursor the last one ended on, until there is none', async () => {
    const fetchPage = twoPages();
    renderInApp(<List fetchPage={fetchPage} />);
    await screen.findByRole('cell', { name: 'second' });
    expect(fetchPage).toHaveBeenLastCalledWith({ limit: 50 });
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByRole('cell', { name: 'third' });
    expect(fetchPage).toHaveBeenLastCalledWith({ limit: 50, cursor: 'after-2' });
    expect(screen.getAllByRole('row')).toHaveLength(4);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull());
  });

  it('says the empty text when the list is empty, with no button', async () => {
    renderInApp(<List fetchPage={async () => ({ items: [], page: { nextCursor: null } })} />);
    await screen.findByText('Nothing here.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
