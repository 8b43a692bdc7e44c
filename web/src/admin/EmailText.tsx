import { Text } from '@mantine/core';
import type { CSSProperties } from 'react';

/** An email has no space to break at: it may break anywhere, so a long one wraps onto more lines instead of running out of its cell. */
export const WRAP_ANYWHERE: CSSProperties = { overflowWrap: 'anywhere' };

/**
 * An email (or other long name) in a table cell or a phone's card: shown whole, wrapping onto more
 * lines past `maw` (or the cell's width, when narrower), never cut short with "…".
 */
export function EmailText({ children, maw = 260 }: { children: string; maw?: number }) {
  return (
    <Text inherit maw={maw} style={WRAP_ANYWHERE}>
      {children}
    </Text>
  );
}
