import { Text } from '@mantine/core';
import { EmailText } from './EmailText.tsx';
import { kindWord, personLabel } from './person.ts';

/** A table cell naming someone: their email (or kind and id), whole and wrapping when long, with their kind beneath it. */
export function PersonCell({ kind, id, email }: { kind: string; id: string; email: string | null | undefined }) {
  return (
    <>
      <EmailText>{personLabel(kind, id, email)}</EmailText>
      {email && (
        <Text size="xs" c="dimmed">
          {kindWord(kind)}
        </Text>
      )}
    </>
  );
}
