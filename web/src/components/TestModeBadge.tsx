import { Badge } from '@mantine/core';

/** Marks what belongs to a test-mode account (test money, never paid out for real); nothing for live. */
export function TestModeBadge({ mode }: { mode: 'live' | 'test' | string }) {
  return mode === 'test' ? (
    <Badge color="gray" variant="outline">
      Test mode
    </Badge>
  ) : null;
}
