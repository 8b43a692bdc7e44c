import { Text } from '@mantine/core';
import { kindWord, personLabel } from './person.ts';

/** A table cell naming someone: their email (or kind and id), with their kind beneath it. */
export function PersonCell({ kind, id, email }: { kind: string; id: string; email: string | null | undefined }) {
  const label = personLabel(kind, id, email);
  return (
    <>
      {/* A long email is cut short (whole on hover) so the table's last columns stay on the screen. */}
      <Text inherit truncate="end" maw={260} title={label}>
        {label}
      </Text>
      {email && (
        <Text size="xs" c="dimmed">
          {kindWord(kind)}
        </Text>
      )}
    </>
  );
}
