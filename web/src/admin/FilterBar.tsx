import { Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { SubmitForm } from '../components/SubmitForm.tsx';

/** The fields that filter a list, side by side and wrapping on a phone; with `onSubmit`, a form sent by Enter or its button. */
export function FilterFields({ onSubmit, children }: { onSubmit?: () => void; children: ReactNode }) {
  const fields = (
    <Group gap="sm" align="flex-end">
      {children}
    </Group>
  );
  return onSubmit ? <SubmitForm onSubmit={onSubmit}>{fields}</SubmitForm> : fields;
}

/** The filters above a list, in their bordered box; `footer` goes in the box below them. */
export function FilterBar({ onSubmit, footer, children }: { onSubmit?: () => void; footer?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <FilterFields onSubmit={onSubmit}>{children}</FilterFields>
      {footer}
    </Paper>
  );
}
