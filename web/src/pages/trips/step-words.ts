import { formatMoney } from '../../money/format-money.ts';
import type { Schemas } from '@ziba/api-client';

type Trip = Pick<Schemas['Trip'], 'serviceType'>;
export type Step = Schemas['Trip']['nextActions'][number];

/** A step's button in the words of the one who takes it. */
export function stepLabel(step: Step, t: Trip): string {
  const food = t.serviceType === 'FOOD';
  const thing = food ? 'order' : t.serviceType === 'PARCEL' ? 'parcel' : 'ride';
  const labels: Record<Step, string> = {
    accept: food ? 'Accept order' : `Accept ${thing}`,
    prepare: 'Start preparing',
    ready: 'Ready for pick-up',
    'accept-delivery': 'Take the delivery',
    arrive: 'Arrived at pick-up',
    start: 'Start ride',
    'pick-up': `Picked up the ${thing}`,
    'on-the-way': 'On the way',
    complete: 'Complete ride',
    deliver: 'Delivered',
    cancel: `Cancel ${thing}`,
  };
  return labels[step];
}

/** What cancelling does to the money, said before it is done (the server releases an online hold). */
export function cancelNote(
  t: Pick<Schemas['Trip'], 'paymentMethod' | 'holdState' | 'serviceType' | 'riderId'> & { fare?: Schemas['Trip']['fare'] },
  readerId?: string,
): string {
  const who = t.serviceType === 'FOOD' ? 'customer' : 'rider';
  // The amount said as it is: the whole held fare or total comes back.
  const amount = t.fare ? `The ${formatMoney(t.fare.amount, t.fare.currency)}` : 'The amount';
  if (t.paymentMethod === 'ONLINE' && t.holdState === 'HELD')
    return t.riderId === readerId
      ? `${amount} held in your wallet is given back to you. This cannot be undone.`
      : `${amount} held in the ${who}’s wallet is given back to them. This cannot be undone.`;
  return `Nothing has been charged. This cannot be undone.`;
}
