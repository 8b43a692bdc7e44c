import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { EarnerWalletPage } from './EarnerWalletPage.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The payout account read answers `status` with `code`; every other read fails, which this test does not look at. */
function bankAccountAnswers(status: number, code: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const answer = request.url.endsWith('/api/restaurant/bank-account') ? { status, code } : { status: 500, code: 'INTERNAL' };
      return new Response(JSON.stringify({ type: 'about:blank', title: 'x', ...answer }), {
        status: answer.status,
        headers: { 'content-type': 'application/problem+json' },
      });
    }),
  );
}

it('offers to add an account only when the server says there is none', async () => {
  bankAccountAnswers(404, 'PAYOUT_METHOD_NOT_FOUND');
  renderInApp(<EarnerWalletPage earner="restaurant" />);
  await screen.findByRole('button', { name: 'Add account' });
  expect(screen.queryByText(/could not be loaded/)).toBeNull();
});

it('says the account could not be loaded, with no form, while the payout service is down', async () => {
  bankAccountAnswers(503, 'DEPENDENCY_UNAVAILABLE');
  renderInApp(<EarnerWalletPage earner="restaurant" />);
  await screen.findByText('Your payout account could not be loaded right now. Try again in a moment.', {}, { timeout: 5000 });
  expect(screen.queryByRole('button', { name: 'Add account' })).toBeNull();
  expect(screen.queryByLabelText('Account number')).toBeNull();
});
