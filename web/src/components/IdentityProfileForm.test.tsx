import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { IdentityProfileForm } from './IdentityProfileForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const saved = {
  legalFirstName: 'Adaeze',
  legalLastName: 'Okafor',
  dateOfBirth: '2015-04-12',
  residenceAddressLine1: '12 Admiralty Way',
  residenceCity: 'Lekki',
  residenceState: 'Lagos',
  residencePostalCode: '106104',
} as never;

it('says an under-age date of birth on the field, in plain words, and keeps the focus there', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'x',
            status: 400,
            code: 'INVALID_DATE',
            detail: 'dateOfBirth: account holders must be at least 18',
            errors: [{ field: 'dateOfBirth', message: 'account holders must be at least 18' }],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    ),
  );
  renderInApp(<IdentityProfileForm countryCode="NG" saved={saved} />);
  fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
  await screen.findByText('You must be at least 18 to hold an account.');
  expect(screen.queryByText(/dateOfBirth/)).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
  const dateOfBirth = screen.getByLabelText(/Date of birth/);
  expect(dateOfBirth.getAttribute('aria-invalid')).toBe('true');
  await waitFor(() => expect(document.activeElement).toBe(dateOfBirth));
});

it('puts the focus on the news once the profile is saved', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })),
  );
  renderInApp(<IdentityProfileForm countryCode="NG" saved={saved} />);
  fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
  const news = await screen.findByText('Profile saved.');
  await waitFor(() => expect(document.activeElement).toBe(news));
});

it('puts a refused address line on the address field, named as the request names it', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'x',
            status: 400,
            code: 'INVALID_FIELD',
            detail: 'residenceAddressLine1: must not contain control characters',
            errors: [{ field: 'residenceAddressLine1', message: 'must not contain control characters' }],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    ),
  );
  renderInApp(<IdentityProfileForm countryCode="NG" saved={saved} />);
  fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
  const address = screen.getByLabelText(/^Address/);
  await waitFor(() => expect(address.getAttribute('aria-invalid')).toBe('true'));
  expect(screen.queryByText(/residenceAddressLine1/)).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
  await waitFor(() => expect(document.activeElement).toBe(address));
});
