import { Alert, List } from '@mantine/core';
import { problemWords } from '../api/problem-words.ts';
import { problemOf } from '../api/queries.ts';

/** Sentences in a red alert: one as text, several as a list. `info` for news that is no fault, in calm blue. */
export function ReasonsAlert({ title, reasons, info = false }: { title: string; reasons: string[]; info?: boolean }) {
  return (
    <Alert color={info ? 'blue' : 'red'} title={title} role={info ? 'status' : 'alert'}>
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
