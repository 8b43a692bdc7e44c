import { Box, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { RowItem, RowList } from './RowList.tsx';
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
  /** Below this width the table scrolls sideways instead of squeezing its columns (wider than a phone: on a phone each row is a card). */
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

/**
 * The console's tables, one shape: a header row and a row per item, in a box that scrolls sideways
 * when narrow. On a phone each row is a card instead, every column's header beside its value, so an
 * amount or a status is never off the screen behind a sideways scroll.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, minWidth, columns, rows, rowKey, empty, emptySize, striped = true, highlightOnHover } = props;
  // Read at the first render, so a phone never draws the table before its cards.
  const phone = useMediaQuery('(max-width: 40em)', undefined, { getInitialValueInEffect: false });
  if (!rows.length && empty !== undefined)
    return (
      <Text c="dimmed" size={emptySize}>
        {empty}
      </Text>
    );
  if (phone && rows.length) return <RowCards {...props} />;
  return (
    <TableScroll minWidth={minWidth} label={label}>
      <Table striped={striped} highlightOnHover={highlightOnHover}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i} style={alignStyle(c)}>
                {/* A column of buttons shows no header, but a screen reader still needs one (axe: empty-table-header). */}
                {c.header || <VisuallyHidden>Actions</VisuallyHidden>}
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

/** A row per card: the headed columns as a definition list, the columns without a header (actions) beneath it. */
function RowCards<T>({ label, columns, rows, rowKey }: DataTableProps<T>) {
  const headed = columns.filter((c) => c.header);
  const actions = columns.filter((c) => !c.header);
  return (
    <RowList label={label}>
      {rows.map((row) => (
        <RowItem key={rowKey(row)}>
          <Box component="dl" fz="sm" m={0} style={CARD_GRID}>
            {headed.map((c, i) => (
              <Fragment key={i}>
                <Box component="dt" c="dimmed">
                  {c.header}
                </Box>
                <Box component="dd" m={0} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {c.cell(row)}
                </Box>
              </Fragment>
            ))}
          </Box>
          {actions.length > 0 && (
            <Group gap="xs" mt={6}>
              {actions.map((c, i) => (
                <Fragment key={i}>{c.cell(row)}</Fragment>
              ))}
            </Group>
          )}
        </RowItem>
      ))}
    </RowList>
  );
}

const CARD_GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(6.5rem, 38%) minmax(0, 1fr)',
  columnGap: 'var(--mantine-spacing-sm)',
  rowGap: 4,
};
