import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list that fits a phone where a table would scroll sideways: no bullets, a line between rows. */
export function RowList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} component="ul" role="list" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {children}
    </Stack>
  );
}

/** One row of a RowList. */
export function RowItem({ children }: { children: ReactNode }) {
  return <li style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', padding: 'var(--mantine-spacing-xs) 0' }}>{children}</li>;
}
