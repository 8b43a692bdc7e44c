import { Alert, List } from '@mantine/core';
import { problemWords } from '../api/problem-words.ts';
import { problemOf } from '../api/queries.ts';

/** Sentences in a red alert: one as text, several as a list. */
export function ReasonsAlert({ title, reasons }: { title: string; reasons: string[] }) {
  return (
    <Alert color="red" title={title} role="alert">
      {reasons.length === 1 ? (
        reasons[0]
      ) : (
        <List size="sm">
          {reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** A refusal or failure in words, with every reason the server gave. */
export function ProblemAlert({ error, title = 'This could not be done' }: { error: unknown; title?: string }) {
  return <ReasonsAlert title={title} reasons={problemWords(problemOf(error))} />;
}
