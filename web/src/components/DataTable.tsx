import { Table, Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { TableScroll } from './TableScroll.tsx';

/** One column: its header, how its cells sit (amounts to the right; `nowrap` keeps a cell on one line) and what a row shows in it. */
export interface Column<T> {
  header: string;
  align?: 'right';
  nowrap?: boolean;
  cell: (row: T) => ReactNode;
}

export interface DataTableProps<T> {
  /** The scroll region's accessible name. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  /** Said instead of the table when there is no row; without it an empty table is shown. */
  empty?: string;
  emptySize?: 'sm';
  striped?: boolean;
  highlightOnHover?: boolean;
}

const alignStyle = (c: Column<never>): CSSProperties | undefined => (c.align ? { textAlign: c.align } : undefined);
const cellStyle = (c: Column<never>): CSSProperties | undefined =>
  c.align || c.nowrap ? { ...(c.align ? { textAlign: c.align } : {}), ...(c.nowrap ? { whiteSpace: 'nowrap' } : {}) } : undefined;

/** The console's tables, one shape: a header row, a row per item, in a box that scrolls sideways on a phone. */
export function DataTable<T>({ label, minWidth, columns, rows, rowKey, empty, emptySize, striped = true, highlightOnHover }: DataTableProps<T>) {
  if (!rows.length && empty !== undefined)
    return (
      <Text c="dimmed" size={emptySize}>
        {empty}
      </Text>
    );
  return (
    <TableScroll minWidth={minWidth} label={label}>
      <Table striped={striped} highlightOnHover={highlightOnHover}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i} style={alignStyle(c)}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c, i) => (
                <Table.Td key={i} style={cellStyle(c)}>
                  {c.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
