import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { cutPage, historyKind, historyOwnerOf, historyPageSize } from './trip-history.ts';

const user = (role: string): Actor => ({ type: 'USER', id: 'u1', role }) as Actor;

describe('whose trips a caller lists', () => {
  it.each(['RIDER', 'DRIVER', 'RESTAURANT'])('a %s lists their own', (role) => {
    expect(historyOwnerOf(user(role))).toEqual({ party: role, ownerId: 'u1' });
  });

  it.each([
    ['no actor', null],
    ['an admin', { type: 'ADMIN', id: 'a1', role: 'ADMIN' }],
    ['a job', { type: 'SYSTEM', id: 'payout', role: '' }],
    ['a user of another role', user('AUDITOR')],
  ])('refuses %s', (_name, actor) => {
    expect(() => historyOwnerOf(actor as Actor | null)).toThrow(expect.objectContaining({ code: 'ACTION_NOT_ALLOWED' }));
  });
});

describe('the page asked for', () => {
  it('defaults to 20 and takes 1 to 100', () => {
    expect([historyPageSize(0), historyPageSize(undefined), historyPageSize(1), historyPageSize(100)]).toEqual([20, 20, 1, 100]);
  });

  it.each([-1, 101, 2.5])('refuses %p', (n) => {
    expect(() => historyPageSize(n)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('filters by a known kind only', () => {
    expect([historyKind(''), historyKind('RIDE'), historyKind('FOOD'), historyKind('PARCEL')]).toEqual([null, 'RIDE', 'FOOD', 'PARCEL']);
    expect(() => historyKind('ride')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('cuts a page from one row more than it shows', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(cutPage(rows, 2)).toEqual({ shown: [{ id: 'a' }, { id: 'b' }], nextCursor: 'b' });
    expect(cutPage(rows, 3)).toEqual({ shown: rows, nextCursor: '' });
    expect(cutPage([], 3)).toEqual({ shown: [], nextCursor: '' });
  });
});
