import { Text } from '@mantine/core';
import { kindWord, personLabel } from './person.ts';

/** A table cell naming someone: their email (or kind and id), with their kind beneath it. */
export function PersonCell({ kind, id, email }: { kind: string; id: string; email: string | null | undefined }) {
  return (
    <>
      {personLabel(kind, id, email)}
      {email && (
        <Text size="xs" c="dimmed">
          {kindWord(kind)}
        </Text>
      )}
    </>
  );
}
