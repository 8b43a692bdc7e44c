import { Paper, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a page in its bordered box; `titleGap` is the space under the title. */
export function Section({ title, titleGap = 'sm', children }: { title: ReactNode; titleGap?: MantineSpacing; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb={titleGap}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
