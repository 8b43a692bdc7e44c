import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { EmailText } from './EmailText.tsx';
import { PersonCell } from './PersonCell.tsx';

afterEach(cleanup);

const email = 'a.very.long.name.of.a.restaurant.owner+payouts@some-long-company-domain.example.com';

it('shows a long email whole, wrapping at its @ rather than cut short with an ellipsis', () => {
  renderInApp(<PersonCell kind="RESTAURANT" id="f3b0c8de-0000-4000-8000-000000000000" email={email} />);
  const name = screen.getByText(email);
  expect(name.getAttribute('data-truncate')).toBeNull();
  expect(name.style.overflowWrap).toBe('break-word');
  expect(name.querySelectorAll('wbr')).toHaveLength(1);
  expect(name.style.textOverflow).toBe('');
  expect(name.style.whiteSpace).toBe('');
  expect(screen.getByText('Restaurant')).toBeTruthy();
});

it('names the platform’s own wallets by kind and id, wrapping the same way', () => {
  renderInApp(<PersonCell kind="PLATFORM" id="PAYOUT_CLEARING" email={null} />);
  expect(screen.getByText('Platform Payout clearing').style.overflowWrap).toBe('break-word');
});

it('lets an email outside a person cell (a payout account’s earner) wrap too', () => {
  renderInApp(<EmailText>{email}</EmailText>);
  expect(screen.getByText(email).style.overflowWrap).toBe('break-word');
});
