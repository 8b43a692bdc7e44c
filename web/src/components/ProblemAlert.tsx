import { Alert, List } from '@mantine/core';
import type { ReactNode } from 'react';
import { problemWords } from '../api/problem-words.ts';
import { outcomeKnown } from '../api/attempt-keys.ts';
import { problemOf } from '../api/queries.ts';

/**
 * Sentences in a red alert: one as text, several as a list. `info` for news that is no fault, in calm
 * blue; `children` after the reasons (where to sort them out).
 */
export function ReasonsAlert({ title, reasons, info = false, children }: { title: string; reasons: string[]; info?: boolean; children?: ReactNode }) {
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
      {children}
    </Alert>
  );
}

/** A refusal or failure in words, with every reason the server gave; `words` as problemWords takes them. */
export function ProblemAlert({ error, title = 'This could not be done', words }: { error: unknown; title?: string; words?: Readonly<Record<string, string>> }) {
  return <ReasonsAlert title={title} reasons={problemWords(problemOf(error), words)} />;
}

/**
 * What became of a money request that failed: refused (the server's reasons, under `refused`), or
 * no answer, when it may have gone through: `check` says where to look, and that sending the same
 * amount again is safe (it goes under the same Idempotency-Key).
 */
export function AttemptFailedAlert({
  error,
  refused,
  unknown,
  check,
  words,
}: {
  error: unknown;
  refused: string;
  unknown: string;
  check: string;
  words?: Readonly<Record<string, string>>;
}) {
  return outcomeKnown(error) ? <ProblemAlert title={refused} error={error} words={words} /> : <ReasonsAlert title={unknown} reasons={[check]} />;
}
