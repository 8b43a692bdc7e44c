import { Button, Group } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { useRef, useState } from 'react';
import { useAttemptMutation } from '../../api/attempt-keys.ts';
import { api } from '../../api/client.ts';
import { meQuery, read } from '../../api/queries.ts';
import { ConfirmMoneyDialog } from '../../components/ConfirmMoneyDialog.tsx';
import { AttemptFailedAlert } from '../../components/ProblemAlert.tsx';
import { watchFocus } from '../../admin/focus-return.ts';
import { cancelNote, stepLabel, type Step } from './step-words.ts';

type Trip = Schemas['Trip'];

/**
 * A step that locks the fare (starting a ride, picking up a parcel, accepting a food order) is taken
 * by the driver or restaurant, but the funds that fall short are the customer's.
 */
const stepRefusals = (t: Pick<Trip, 'serviceType'>) => {
  const [price, what] = t.serviceType === 'FOOD' ? ['this order’s total', 'order'] : ['the fare', 'trip'];
  // Not "add funds": a customer with money on hold for another trip cannot add any until it ends.
  return {
    INSUFFICIENT_FUNDS: `The customer’s wallet does not cover ${price} now (their money may be on hold for another trip or order), so this step cannot be taken yet. Try again once that ends, or cancel the ${what}.`,
  };
};

/** Sends one step of a trip or food order under its attempt's Idempotency-Key. */
function sendStep(t: Trip, step: Step, key: string) {
  const header = { 'idempotency-key': key };
  return t.serviceType === 'FOOD'
    ? read(
        api.POST(`/api/food-orders/{orderId}/${step as Exclude<Step, 'arrive' | 'start' | 'complete'>}`, {
          params: { header, path: { orderId: t.id } },
          body: {},
        }),
      )
    : read(
        api.POST(`/api/trips/{tripId}/${step as Exclude<Step, 'prepare' | 'ready' | 'accept-delivery'>}`, {
          params: { header, path: { tripId: t.id } },
          body: {},
        }),
      );
}

/**
 * The steps the server says the reader may take now (the trip's `nextActions`), as buttons: the way
 * forward, and cancel behind a confirmation that says what happens to the money. `forwardOnly` leaves
 * cancel out (a list's row, where a slip would be costly). A step the server refuses says why; one
 * with no answer can be pressed again under the same key, and happens once.
 */
export function TripSteps({ trip, forwardOnly = false }: { trip: Trip; forwardOnly?: boolean }) {
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const [cancelling, setCancelling] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  const take = useAttemptMutation((request, key) => sendStep(trip, request.split(' ')[1] as Step, key), {
    // The pressed button gives way to the next step's: focus goes there, else to the row (a keyboard user stays in place).
    onSuccess: () => watchFocus(() => [group.current?.querySelector('button'), group.current?.closest('tr, li')]),
    onSettled: async () => {
      setCancelling(false);
      // Also after a failure: a step taken after all shows.
      await queryClient.invalidateQueries({ queryKey: ['trip', trip.id] });
      await queryClient.invalidateQueries({ queryKey: ['trip-history'] });
    },
  });
  const steps = trip.nextActions.filter((s) => !(forwardOnly && s === 'cancel'));
  if (!steps.length && !take.isError) return null;
  const send = (step: Step) => take.mutate(`${trip.id} ${step}`);
  return (
    <>
      {take.isError && (
        <AttemptFailedAlert
          error={take.error}
          refused="That step was not taken"
          unknown="No answer: the step may have been taken"
          check="The status above shows where it stands. Pressing the step again is safe: it happens once."
          words={stepRefusals(trip)}
        />
      )}
      <Group gap="xs" ref={group}>
        {steps.map((step) =>
          step === 'cancel' ? (
            <Button key={step} color="red" variant="light" size="sm" onClick={() => setCancelling(true)}>
              {stepLabel(step, trip)}
            </Button>
          ) : (
            <Button key={step} size="sm" loading={take.isPending && take.variables === `${trip.id} ${step}`} onClick={() => send(step)}>
              {stepLabel(step, trip)}
            </Button>
          ),
        )}
      </Group>
      <ConfirmMoneyDialog
        opened={cancelling}
        title={`${stepLabel('cancel', trip)}?`}
        question={`${stepLabel('cancel', trip)} ${trip.id.slice(0, 8)}?`}
        note={cancelNote(trip, me.data?.id)}
        action={stepLabel('cancel', trip)}
        dismiss={`Keep ${trip.serviceType === 'FOOD' ? 'order' : trip.serviceType === 'PARCEL' ? 'parcel' : 'ride'}`}
        danger
        pending={take.isPending}
        onConfirm={() => send('cancel')}
        onClose={() => setCancelling(false)}
      />
    </>
  );
}
