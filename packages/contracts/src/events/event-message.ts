import type { EventEnvelope } from './envelope.ts';

/**
 * The body of a broker message of domain events. An outbox relay sends a pass's events as one
 * message: a JSON array of envelopes in the order they were written, routed by every type among
 * them (its routing key and `CC`), so each queue gets the message once and its consumer takes the
 * events it binds. A single envelope object is what relays sent before; both are read.
 */
export function eventsOfMessage(body: Buffer | string): EventEnvelope[] {
  const parsed: unknown = JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  const events = Array.isArray(parsed) ? parsed : [parsed];
  if (events.length === 0 || !events.every(isEnvelope)) throw new Error('not a message of event envelopes');
  return events;
}

const isEnvelope = (e: unknown): e is EventEnvelope =>
  typeof e === 'object' && e !== null && typeof (e as EventEnvelope).id === 'string' && typeof (e as EventEnvelope).type === 'string';

/** AMQP topic matching, as the broker routes: `*` is one word, `#` zero or more. */
export function topicMatches(pattern: string, key: string): boolean {
  const p = pattern.split('.');
  const k = key.split('.');
  const match = (i: number, j: number): boolean => {
    if (i === p.length) return j === k.length;
    if (p[i] === '#') return match(i + 1, j) || (j < k.length && match(i, j + 1));
    return j < k.length && (p[i] === '*' || p[i] === k[j]) && match(i + 1, j + 1);
  };
  return match(0, 0);
}
