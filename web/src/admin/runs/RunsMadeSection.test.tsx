import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-render.tsx';
import { RunsMadeSection } from './RunsMadeSection.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('says per week whether each job ran, who started it and what it moved; a week without a run says so', async () => {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      asked.push(new URL(request.url).search);
      return Response.json({
        weeks: [
          {
            weekStart: '2026-11-23',
            countryCode: 'NG',
            netting: {
              id: 'n1',
              status: 'COMPLETED',
              startedAt: '2026-11-30T00:05:00Z',
              completedAt: '2026-11-30T00:05:02Z',
              startedBy: 'WEEKLY_JOB',
              startedByEmail: null,
              walletsNetted: 3,
              netted: { amount: '123450', currency: 'NGN' },
            },
            autoPayouts: null,
          },
          {
            weekStart: '2026-11-16',
            countryCode: 'NG',
            netting: null,
            autoPayouts: {
              id: 'a1',
              createdAt: '2026-11-24T09:00:00Z',
              startedBy: 'ADMIN',
              startedByEmail: 'finance@ziba.test',
              payouts: 1,
              amount: { amount: '5000000', currency: 'NGN' },
              skipped: 2,
            },
          },
          {
            weekStart: '2026-11-09',
            countryCode: 'NG',
            netting: {
              id: 'n0',
              status: 'COMPLETED',
              startedAt: '2026-11-17T10:00:00Z',
              completedAt: '2026-11-17T10:00:01Z',
              startedBy: 'ADMIN',
              startedByEmail: null,
              walletsNetted: 0,
              netted: null,
            },
            autoPayouts: null,
          },
        ],
      });
    }),
  );
  renderInApp(<RunsMadeSection country="NG" />);
  const table = await screen.findByRole('region', { name: 'Runs made in NG' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((r) => r.textContent?.replace(/Nov \d+, 2026, \d+:\d+ [AP]M/g, '<when>'))).toEqual([
    '2026-11-233 wallets netted, ₦1,234.50<when> · Weekly jobNot run',
    '2026-11-16Not run1 payout, ₦50,000.00; 2 skipped<when> · finance@ziba.test',
    // Started by hand by an admin whose account cannot be found: not mistaken for the Monday job.
    '2026-11-090 wallets netted<when> · An adminNot run',
  ]);
  expect(asked).toEqual(['?countryCode=NG']);
});
