import { describe, expect, it } from '@jest/globals';
import { eventsOfMessage, topicMatches } from './event-message.ts';

const event = (id: string, type = 'trip.settled.v1') => ({ id, type, data: {} });

describe('eventsOfMessage', () => {
  it('reads a relay pass (an array of envelopes) in order, and a single envelope as one event', () => {
    expect(eventsOfMessage(JSON.stringify([event('1'), event('2', 'wallet.entry-posted.v1')])).map((e) => e.id)).toEqual(['1', '2']);
    expect(eventsOfMessage(Buffer.from(JSON.stringify(event('3'))))).toEqual([event('3')]);
  });

  it('refuses what is not a message of envelopes', () => {
    for (const body of ['not json', '[]', '{}', '[{"id":"1","type":"x"},{"id":2,"type":"x"}]', 'null', '"text"']) expect(() => eventsOfMessage(body)).toThrow();
  });
});

describe('topicMatches', () => {
  it.each([
    ['#', 'trip.settled.v1', true],
    ['trip.#', 'trip.settled.v1', true],
    ['trip.#', 'trip', true],
    ['trip.*', 'trip.settled.v1', false],
    ['trip.*.v1', 'trip.settled.v1', true],
    ['identity.user-registered.v1', 'identity.user-registered.v1', true],
    ['identity.user-registered.v1', 'identity.kyc-approved.v1', false],
    ['*.settled.#', 'trip.settled.v1', true],
    ['payout.#', 'trip.settled.v1', false],
  ])('%s against %s: %s', (pattern, key, matches) => {
    expect(topicMatches(pattern, key)).toBe(matches);
  });
});
