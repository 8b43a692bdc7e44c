import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useRef, useState } from 'react';
import { useAttemptMutation } from '../api/attempt-keys.ts';
import { watchFocus } from './focus-return.ts';

type TripRef = Pick<Schemas['Trip'], 'id' | 'serviceType'>;

/**
 * An admin's money-moving step on a trip of a list (settle, cancel), asked in a dialog: the trip
 * asked about, the trip of the last step sent (what a result or a refusal is about), the server's
 * answer, and the line that says it (focus goes there once the row and its button are gone). The
 * request is the trip ("FOOD <id>"): a retry of a step whose answer was lost goes under the same
 * key and moves the money once. The lists are read again after a failure too (a step that went
 * through after all, a trip that moved on).
 */
export function useTripAction<Trip extends TripRef, Answer>(
  post: (kind: Trip['serviceType'], tripId: string, header: { 'idempotency-key': string }) => Promise<Answer>,
  lists: readonly QueryKey[],
) {
  const queryClient = useQueryClient();
  const [asked, setAsked] = useState<Trip | null>(null);
  const [sent, setSent] = useState<Trip | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const mutation = useAttemptMutation(
    (request, key) => {
      const [kind, tripId = ''] = request.split(' ');
      return post(kind as Trip['serviceType'], tripId, { 'idempotency-key': key });
    },
    {
      onSuccess: (done) => {
        watchFocus(() => [status.current]);
        setAnswer(done);
      },
      onSettled: async () => {
        setAsked(null);
        for (const queryKey of lists) await queryClient.invalidateQueries({ queryKey });
      },
    },
  );
  return {
    asked,
    sent,
    answer,
    status,
    mutation,
    ask: (t: Trip) => {
      mutation.reset();
      setAnswer(null);
      setAsked(t);
    },
    confirm: () => {
      if (!asked) return;
      setSent(asked);
      mutation.mutate(`${asked.serviceType} ${asked.id}`);
    },
    close: () => setAsked(null),
    dismiss: () => setAnswer(null),
  };
}
