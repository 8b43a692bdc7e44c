import { Paper, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a page in its bordered box; `titleGap` is the space under the title, `id` where a link on the page leads. */
export function Section({ title, titleGap = 'sm', id, children }: { title: ReactNode; titleGap?: MantineSpacing; id?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" id={id}>
      <Title order={3} size="h4" mb={titleGap}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
