import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-render.tsx';
import { MenuItemForm } from './MenuItemForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Answers every request with `answer`, and keeps what was sent: method, path and the body's exact text. */
function server(answer: { status: number; body: unknown }) {
  const sent: Array<{ method: string; path: string; text: string }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      sent.push({ method: request.method, path: new URL(request.url).pathname, text: await request.text() });
      const type = answer.status >= 400 ? 'application/problem+json' : 'application/json';
      return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': type } });
    }),
  );
  return sent;
}

const saved = { id: 'item-1', restaurantId: 'r-1', name: 'Jollof rice', price: { amount: '250050', currency: 'NGN' }, available: true };

it('adds an item with its price in minor units, written as digits in the JSON', async () => {
  const sent = server({ status: 201, body: saved });
  const onSaved = vi.fn();
  renderInApp(<MenuItemForm currency="NGN" onSaved={onSaved} />);
  fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Jollof rice' } });
  fireEvent.change(screen.getByLabelText(/Price \(NGN\)/), { target: { value: '2,500.50' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add to the menu' }));
  // The price is said in money and asked about before anything is sent.
  expect(screen.getByText((_, e) => e?.tagName === 'P' && e.textContent === 'Add Jollof rice to the menu at ₦2,500.50?')).toBeTruthy();
  expect(sent).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Add to the menu' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
  expect(sent).toEqual([{ method: 'POST', path: '/api/restaurant/menu-items', text: '{"name":"Jollof rice","price":250050,"available":true}' }]);
  // Ready for the next item.
  expect((screen.getByLabelText(/Name/) as HTMLInputElement).value).toBe('');
});

it('says what is wrong with a price before sending anything', () => {
  const sent = server({ status: 201, body: saved });
  renderInApp(<MenuItemForm currency="USD" onSaved={() => {}} />);
  fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Burger' } });
  fireEvent.change(screen.getByLabelText(/Price \(USD\)/), { target: { value: '12.345' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add to the menu' }));
  expect(screen.getByText('Enter an amount like 25 or 25.50')).toBeTruthy();
  expect(sent).toEqual([]);
});

it('changes an item’s name from its saved values, and leaves its availability as the server has it', async () => {
  const sent = server({ status: 200, body: { ...saved, name: 'Jollof rice and chicken' } });
  const onSaved = vi.fn();
  renderInApp(<MenuItemForm currency="NGN" item={saved} onSaved={onSaved} />);
  expect((screen.getByLabelText(/Price \(NGN\)/) as HTMLInputElement).value).toBe('2500.50');
  // Availability is the list's button, not this form's: the form may be older than the menu.
  expect(screen.queryByLabelText('Customers can order it now')).toBeNull();
  fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Jollof rice and chicken' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(sent).toEqual([{ method: 'PUT', path: '/api/restaurant/menu-items/item-1', text: '{"name":"Jollof rice and chicken","price":250050}' }]);
});

it('puts the server’s refusal on the field it names', async () => {
  server({
    status: 400,
    body: {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'body name must not contain control characters or text-direction overrides',
      errors: [{ field: 'name', message: 'must not contain control characters or text-direction overrides' }],
    },
  });
  renderInApp(<MenuItemForm currency="NGN" onSaved={() => {}} />);
  fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Suya' } });
  fireEvent.change(screen.getByLabelText(/Price \(NGN\)/), { target: { value: '1500' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add to the menu' }));
  fireEvent.click(screen.getByRole('button', { name: 'Add to the menu' }));
  await waitFor(() => expect(screen.getByLabelText(/Name/).getAttribute('aria-invalid')).toBe('true'));
});

it('asks before changing a price, from what to what, and Back sends nothing', () => {
  const sent = server({ status: 200, body: saved });
  renderInApp(<MenuItemForm currency="NGN" item={saved} onSaved={() => {}} />);
  fireEvent.change(screen.getByLabelText(/Price \(NGN\)/), { target: { value: '25005' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  expect(screen.getByText((_, e) => e?.tagName === 'P' && e.textContent === 'Change the price of Jollof rice from ₦2,500.50 to ₦25,005.00?')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Back' }));
  expect((screen.getByLabelText(/Price \(NGN\)/) as HTMLInputElement).value).toBe('25005');
  expect(sent).toEqual([]);
});
