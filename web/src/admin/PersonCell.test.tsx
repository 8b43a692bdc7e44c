import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { PersonCell } from './PersonCell.tsx';

afterEach(cleanup);

it('cuts a long email short on screen and keeps the whole of it in the title', () => {
  const email = 'a.very.long.name.of.a.restaurant.owner+payouts@some-long-company-domain.example.com';
  renderInApp(<PersonCell kind="RESTAURANT" id="f3b0c8de-0000-4000-8000-000000000000" email={email} />);
  const name = screen.getByText(email);
  expect(name.getAttribute('title')).toBe(email);
  expect(name.getAttribute('data-truncate')).toBe('end');
  expect(screen.getByText('Restaurant')).toBeTruthy();
});
