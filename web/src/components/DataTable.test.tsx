import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { DataTable, type Column } from './DataTable.tsx';
import { moneyColumn } from './money-column.tsx';

type Row = { id: string; name: string; balance: { amount: string; currency: string } | null };
const COLUMNS: Column<Row>[] = [
  { header: 'Name', nowrap: true, cell: (r) => r.name },
  moneyColumn('Balance', (r) => r.balance),
  { header: '', cell: () => null },
];
const ROWS: Row[] = [
  { id: 'a', name: 'Ada', balance: { amount: '150000', currency: 'NGN' } },
  { id: 'b', name: 'Bola', balance: null },
];

afterEach(cleanup);

describe('DataTable', () => {
  it('shows a header row and a row per item in a named region that scrolls sideways', () => {
    renderInApp(<DataTable label="People" minWidth={500} columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} empty="Nobody." />);
    const region = screen.getByRole('region', { name: 'People' });
    expect(
      within(region)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Balance', 'Actions']); // the empty header is named for screen readers only
    const rows = within(region).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Ada', '₦1,500.00', ''],
      ['Bola', '—', ''],
    ]);
    expect(within(rows[0]!).getAllByRole('cell')[0]!.style.whiteSpace).toBe('nowrap');
    expect(within(rows[0]!).getAllByRole('cell')[1]!.style.textAlign).toBe('right');
    expect(screen.getByRole('columnheader', { name: 'Balance' }).style.textAlign).toBe('right');
  });

  it('says its empty text instead of an empty table, and shows the empty table when it has none', () => {
    renderInApp(<DataTable label="People" minWidth={500} columns={COLUMNS} rows={[]} rowKey={(r) => r.id} empty="Nobody." />);
    expect(screen.getByText('Nobody.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();
    renderInApp(<DataTable label="People" minWidth={500} columns={COLUMNS} rows={[]} rowKey={(r) => r.id} />);
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
  });

  it('on a phone shows each row as a card: every header beside its value, the actions beneath', () => {
    const stub = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...stub(query), matches: query === '(max-width: 40em)' })) as typeof window.matchMedia;
    try {
      const columns: Column<Row>[] = [...COLUMNS.slice(0, 2), { header: '', cell: (r) => <button type="button">Open {r.name}</button> }];
      renderInApp(<DataTable label="People" minWidth={500} columns={columns} rows={ROWS} rowKey={(r) => r.id} />);
      expect(screen.queryByRole('table')).toBeNull();
      const cards = within(screen.getByRole('list', { name: 'People' })).getAllByRole('listitem');
      expect(cards.map((c) => [...c.querySelectorAll('dt, dd')].map((d) => d.textContent))).toEqual([
        ['Name', 'Ada', 'Balance', '₦1,500.00'],
        ['Name', 'Bola', 'Balance', '—'],
      ]);
      expect(within(cards[1]!).getByRole('button', { name: 'Open Bola' })).toBeTruthy();
    } finally {
      window.matchMedia = stub;
    }
  });
});
