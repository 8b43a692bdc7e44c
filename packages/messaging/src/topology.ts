/** The broker layout every service shares. */
export const EVENTS_EXCHANGE = 'ziba.events';
export const DEAD_LETTER_EXCHANGE = 'ziba.dlx';
/** A message that failed this many deliveries goes to the consumer's dead-letter queue. */
export const DEFAULT_DELIVERY_LIMIT = 5;

export const deadLetterQueueOf = (queue: string): string => `${queue}.dead`;

/** Arguments of a consumer's quorum queue: bounded redelivery, then dead-letter. */
export function quorumQueueArgs(queue: string, deliveryLimit = DEFAULT_DELIVERY_LIMIT): Record<string, unknown> {
  return {
    'x-queue-type': 'quorum',
    'x-delivery-limit': deliveryLimit,
    'x-dead-letter-exchange': DEAD_LETTER_EXCHANGE,
    'x-dead-letter-routing-key': queue,
  };
}
